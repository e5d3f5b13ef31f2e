/**
 * The spine, end to end on both platforms: real request envelopes into the exported Lambda
 * handlers, dynalite over HTTP as the store, the sandbox payment provider, JWTs verified against
 * a JWKS served on loopback.
 */
import { PutCommand } from '../../src/infra/dynamodb/commands';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import { OrderState, type Customer, type Order } from '../../src/core';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
let customerSeq = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** A fresh linked customer with an approving (or declining) sandbox card. */
async function newCustomer(paymentMethodRef = 'pm_sandbox_visa'): Promise<Customer> {
  customerSeq += 1;
  const customer: Customer = {
    customerId: `cust-test-${customerSeq}`,
    name: 'Test Shopper',
    email: `shopper${customerSeq}@example.com`,
    address: { line1: `${customerSeq} Harbor Road`, city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
    paymentMethodRef,
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(customer);
  return customer;
}

async function linkedSpeaker(platform: PlatformName, customer: Customer): Promise<Speaker> {
  return new Speaker(h, platform, `user-${customer.customerId}-${platform}`, await h.idp.token(customer.customerId));
}

const ordersOf = (customerId: string): Promise<Order[]> => h.runtime.deps.orders.listByCustomer(customerId, 50);
const cartOf = async (s: Speaker) => (await h.runtime.deps.carts.get(`${s.platform}:${s.userId}`))?.lines ?? [];

describe.each<PlatformName>(['alexa', 'dialogflow'])('Shopping by voice on %s', (platform) => {
  describe('the full purchase conversation', () => {
    it('searches, describes, adds, asks before charging, places exactly one order and reports its status', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      const chargesBefore = h.payments.succeeded;

      const launch = await s.launch();
      expect(launch.speech).toMatch(/find paper towels/i);
      expect(launch.endSession).toBe(false);

      const found = await s.say('SearchIntent', { query: 'paper towels' });
      expect(found.speech).toMatch(/paper towels/i);
      expect(found.speech.match(/\$\d+\.\d\d/g)?.length).toBe(3);
      expect(found.endSession).toBe(false);

      const details = await s.say('ProductDetailsIntent', { ordinal: '2' });
      expect(details.speech).toMatch(/costs \$\d+\.\d\d/);
      expect(details.speech).toMatch(/Rated \d\.\d stars from \d+ reviews?/);
      expect(details.speech).toMatch(/in stock/i);

      const added = await s.say('AddToCartIntent', { quantity: 'two' });
      expect(added.speech).toMatch(/^Added 2 /);
      expect(await cartOf(s)).toEqual([expect.objectContaining({ quantity: 2 })]);

      const cart = await s.say('ViewCartIntent');
      expect(cart.speech).toMatch(/You have 2 items/);

      const question = await s.say('CheckoutIntent');
      expect(question.speech).toMatch(/^From Corner Shop: 2 /);
      expect(question.speech).toMatch(/Subtotal \$[\d.]+, tax \$[\d.]+, delivery \$[\d.]+, total \$[\d.]+/);
      expect(question.speech).toContain(`delivered to ${customer.address.line1}, Portland`);
      expect(question.speech).toMatch(/Should I place the order\?$/);
      expect(question.endSession).toBe(false);
      expect(h.payments.succeeded).toBe(chargesBefore);
      const [asked] = await ordersOf(customer.customerId);
      expect(asked.state).toBe(OrderState.AwaitingConfirmation);

      const placed = await s.say('YesIntent');
      expect(placed.speech).toMatch(/Order [\d ]+ is placed, total \$[\d.]+\. It arrives \w+day, \w+ \d+/);
      expect(placed.card?.text).toContain(asked.orderNumber);
      expect(placed.card?.text).toContain(`Total: $${(asked.total / 100).toFixed(2)}`);
      expect(h.payments.succeeded).toBe(chargesBefore + 1);

      const [order] = await ordersOf(customer.customerId);
      expect(order).toMatchObject({ orderId: asked.orderId, state: OrderState.Placed, total: asked.total });
      expect(order.chargeId).toMatch(/^ch_sandbox_/);
      expect(await h.payments.recorded(order.orderId)).toMatchObject({ chargeId: order.chargeId, amount: order.total });
      expect(await cartOf(s)).toEqual([]);

      s.newSession();
      const status = await s.say('OrderStatusIntent');
      expect(status.speech).toContain(order.lines[0].name);
      // no word from fulfilment yet: confirmed, with the promised date
      expect(status.speech).toMatch(/is confirmed\. It should arrive \w+day/);
    });

    it('charges nothing and keeps the cart when the shopper says no', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      const chargesBefore = h.payments.succeeded;
      await s.say('SearchIntent', { query: 'dish soap' });
      await s.say('AddToCartIntent', { ordinal: 'first' });
      await s.say('CheckoutIntent');
      const no = await s.say('NoIntent');
      expect(no.speech).toMatch(/didn't place the order and nothing was charged/);
      expect(h.payments.succeeded).toBe(chargesBefore);
      expect((await ordersOf(customer.customerId))[0].state).toBe(OrderState.Cancelled);
      expect(await cartOf(s)).toHaveLength(1);
      const lateYes = await s.say('YesIntent');
      expect(lateYes.speech).toMatch(/nothing waiting for a yes/);
      expect(h.payments.succeeded).toBe(chargesBefore);
    });

    it('charges nothing when the session ends on the question, and a yes in the next session buys nothing', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      const chargesBefore = h.payments.succeeded;
      await s.say('SearchIntent', { query: 'coffee' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      await s.say('CheckoutIntent');
      await s.endSession('EXCEEDED_MAX_REPROMPTS');
      const yes = await s.say('YesIntent');
      expect(yes.speech).toMatch(/nothing waiting for a yes/);
      expect(h.payments.succeeded).toBe(chargesBefore);
      expect((await ordersOf(customer.customerId))[0].state).toBe(OrderState.Cancelled);
      expect(await cartOf(s)).toHaveLength(1);
    });

    it('stops in the middle of checkout without ordering', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      await s.say('SearchIntent', { query: 'tea' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      await s.say('CheckoutIntent');
      const stop = await s.say('StopIntent');
      expect(stop.speech).toMatch(/nothing was ordered/);
      expect(stop.endSession).toBe(true);
      expect((await ordersOf(customer.customerId))[0].state).toBe(OrderState.Cancelled);
    });

    it('asks again when a price changed between the question and the yes', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      await s.say('SearchIntent', { query: 'peanut butter' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      const [line] = await cartOf(s);
      const first = await s.say('CheckoutIntent');
      const product = (await h.runtime.deps.catalog.getProduct(line.sku))!;
      await h.runtime.dynamo.doc.send(new PutCommand({ TableName: h.runtime.config.tables.products, Item: { ...product, price: product.price + 100 } }));
      const chargesBefore = h.payments.succeeded;
      const again = await s.say('YesIntent');
      expect(again.speech).toMatch(/^Your order changed since I asked\. From Corner Shop/);
      expect(again.speech).not.toEqual(first.speech);
      expect(h.payments.succeeded).toBe(chargesBefore);
      const placed = await s.say('YesIntent');
      expect(placed.speech).toMatch(/is placed/);
      const [order, cancelled] = await ordersOf(customer.customerId);
      expect(order.lines[0].unitPrice).toBe(product.price + 100);
      expect(cancelled.state).toBe(OrderState.Cancelled);
      expect(h.payments.succeeded).toBe(chargesBefore + 1);
    });

    it('asks again when the cart changed between the question and the yes', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      await s.say('SearchIntent', { query: 'rice' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      await s.say('CheckoutIntent');
      // Another device on the same account adds to the cart while the question is open.
      const cart = (await h.runtime.deps.carts.get(`${s.platform}:${s.userId}`))!;
      await h.runtime.deps.carts.save({ ...cart, lines: [...cart.lines, { sku: 'SKU-10002', quantity: 1 }] });
      const chargesBefore = h.payments.succeeded;
      const again = await s.say('YesIntent');
      expect(again.speech).toMatch(/^Your order changed since I asked/);
      expect(h.payments.succeeded).toBe(chargesBefore);
    });

    it('tells the shopper a declined card charged nothing and keeps the cart', async () => {
      const customer = await newCustomer('pm_sandbox_decline');
      const s = await linkedSpeaker(platform, customer);
      await s.say('SearchIntent', { query: 'batteries' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      await s.say('CheckoutIntent');
      const chargesBefore = h.payments.succeeded;
      const declined = await s.say('YesIntent');
      expect(declined.speech).toMatch(/card was declined.*nothing was charged/);
      expect(h.payments.succeeded).toBe(chargesBefore);
      const [order] = await ordersOf(customer.customerId);
      expect(order).toMatchObject({ state: OrderState.Failed, declineCode: 'card_declined' });
      expect(await cartOf(s)).toHaveLength(1);
    });

    it('charges once and places one order when two yeses arrive together', async () => {
      const customer = await newCustomer();
      const s = await linkedSpeaker(platform, customer);
      await s.say('SearchIntent', { query: 'toilet paper' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      await s.say('CheckoutIntent');
      const chargesBefore = h.payments.succeeded;
      const replies = await Promise.all([s.say('YesIntent'), s.say('YesIntent'), s.say('YesIntent')]);
      expect(h.payments.succeeded).toBe(chargesBefore + 1);
      const orders = await ordersOf(customer.customerId);
      expect(orders.filter((o) => o.state === OrderState.Placed)).toHaveLength(1);
      const placedSpeech = replies.filter((r) => /is placed/.test(r.speech));
      expect(placedSpeech.length).toBeGreaterThanOrEqual(1);
      for (const reply of replies) expect(reply.speech).not.toMatch(/declined|went wrong/);
    });
  });

  describe('reorder', () => {
    it('finds coffee in the order history and reorders it after a yes', async () => {
      const s = new Speaker(h, platform, `user-reorder-${platform}`, await h.idp.token('cust-demo-1'));
      const history = await ordersOf('cust-demo-1');
      const coffeeLine = history.flatMap((o) => o.lines).find((l) => /coffee/i.test(l.name))!;
      const question = await s.say('ReorderIntent', { product: 'coffee' });
      expect(question.speech).toContain(coffeeLine.name);
      expect(question.speech).toMatch(/Should I place the order\?$/);
      const chargesBefore = h.payments.succeeded;
      const placed = await s.say('YesIntent');
      expect(placed.speech).toMatch(/is placed/);
      expect(h.payments.succeeded).toBe(chargesBefore + 1);
      const [latest] = await ordersOf('cust-demo-1');
      expect(latest).toMatchObject({ source: 'reorder', state: OrderState.Placed });
      expect(latest.lines.map((l) => l.sku)).toEqual([coffeeLine.sku]);
    });

    it('reorders the whole last order', async () => {
      const s = new Speaker(h, platform, `user-reorder-last-${platform}`, await h.idp.token('cust-demo-1'));
      const [last] = (await ordersOf('cust-demo-1')).filter((o) => o.state === OrderState.Placed);
      const question = await s.say('ReorderIntent');
      for (const line of last.lines) expect(question.speech).toContain(line.name);
      await s.say('NoIntent');
    });

    it('says so when nothing in the history matches', async () => {
      const s = new Speaker(h, platform, `user-reorder-miss-${platform}`, await h.idp.token('cust-demo-1'));
      const reply = await s.say('ReorderIntent', { product: 'snorkel' });
      expect(reply.speech).toMatch(/couldn't find snorkel in your past orders/);
    });

    it('tells a customer without orders there is nothing to reorder', async () => {
      const s = new Speaker(h, platform, `user-reorder-none-${platform}`, await h.idp.token('cust-demo-3'));
      expect((await s.say('ReorderIntent')).speech).toMatch(/don't see any past orders/);
    });
  });

  describe('order status', () => {
    it('gives the latest order with a product, in plain speech', async () => {
      const s = new Speaker(h, platform, `user-status-${platform}`, await h.idp.token('cust-demo-1'));
      const reply = await s.say('OrderStatusIntent', { product: 'bananas' });
      expect(reply.speech).toMatch(/Bananas/);
      expect(reply.speech).toMatch(/is confirmed\. It should arrive|was delivered/);
      expect(reply.card?.title).toMatch(/^Order \d{8}$/);
    });
  });

  describe('account linking', () => {
    it('asks an unlinked shopper to link before checkout, and creates no order', async () => {
      const s = new Speaker(h, platform, `user-unlinked-${platform}`);
      await s.say('SearchIntent', { query: 'milk' });
      await s.say('AddToCartIntent', { ordinal: '1' });
      const reply = await s.say('CheckoutIntent');
      // Alexa links in its app; Dialogflow has no account linking, and this stage has no device-code client
      expect(reply.speech).toMatch(platform === 'alexa' ? /link your account/ : /^I can't link your account in this conversation\. Sign in on the Corner Shop website/);
      expect(reply.linkAccount).toBe(platform === 'alexa');
      expect(await cartOf(s)).toHaveLength(1);
    });

    it.each([
      ['garbage', async () => 'not-a-jwt'],
      ['expired', () => h.idp.token('cust-demo-1', { expiresIn: '-10m' })],
      ['for another audience', () => h.idp.token('cust-demo-1', { audience: 'someone-else' })],
      ['from another issuer', () => h.idp.token('cust-demo-1', { issuer: 'https://evil.example/' })],
    ])('treats a %s token as not linked: a spoken answer, no charge', async (_label, makeToken) => {
      const s = new Speaker(h, platform, `user-badtoken-${platform}-${_label}`, await makeToken());
      const chargesBefore = h.payments.succeeded;
      for (const intent of ['CheckoutIntent', 'ReorderIntent', 'OrderStatusIntent']) {
        const reply = await s.say(intent);
        // on Dialogflow the token came from the page the shopper signed in on: that is where to sign in again
        expect(reply.speech).toMatch(platform === 'alexa' ? /link your account/ : /^Your sign-in on this page has run out\. Please sign in again/);
        expect(reply.linkAccount).toBe(platform === 'alexa');
      }
      expect(h.payments.succeeded).toBe(chargesBefore);
    });
  });

  describe('unhappy input', () => {
    it.each([
      ['0', /from 1 to 99/],
      ['-1', /from 1 to 99/],
      ['10000', /from 1 to 99/],
      ['banana', /from 1 to 99/],
      ['a dozen', /^Added 12 /],
    ])('answers a quantity of %s', async (quantity, expected) => {
      const s = new Speaker(h, platform, `user-qty-${platform}-${quantity}`);
      await s.say('SearchIntent', { query: 'eggs' });
      const reply = await s.say('AddToCartIntent', { quantity, ordinal: '1' });
      expect(reply.speech).toMatch(expected);
      expect(reply.endSession).toBe(false);
    });

    it('suggests a broader word when nothing matches', async () => {
      const s = new Speaker(h, platform, `user-nomatch-${platform}`);
      const reply = await s.say('SearchIntent', { query: 'zzqx flurbo' });
      expect(reply.speech).toMatch(/couldn't find anything for zzqx flurbo\. Try a broader word/);
      expect(reply.endSession).toBe(false);
    });

    it('pages on with more and says when the list is done', async () => {
      const s = new Speaker(h, platform, `user-paging-${platform}`);
      const first = await s.say('SearchIntent', { query: 'coffee' });
      const total = Number(/I found (\d+)/.exec(first.speech)?.[1]);
      expect(total).toBeGreaterThan(3);
      for (let shown = 3; shown < total; shown += 3) {
        const reply = await s.say('MoreResultsIntent');
        expect(reply.speech).toMatch(/^Next: /);
      }
      const past = await s.say('MoreResultsIntent');
      expect(past.speech).toMatch(new RegExp(`That's all ${total} results`));
    });

    it('asks which one when "add it" has nothing to refer to', async () => {
      const s = new Speaker(h, platform, `user-which-${platform}`);
      expect((await s.say('AddToCartIntent')).speech).toMatch(/Which one\?/);
    });

    it('answers an unknown intent with examples', async () => {
      const s = new Speaker(h, platform, `user-unknown-${platform}`);
      const reply = await s.say('SomethingNobodyDefinedIntent');
      expect(reply.speech).toMatch(/didn't get that.*find milk/);
      expect(reply.endSession).toBe(false);
    });

    it('refuses to add an out-of-stock product', async () => {
      const outOfStock = (await h.runtime.deps.catalog.search('paper towels', { limit: 300 })).length;
      expect(outOfStock).toBeGreaterThan(0);
      const [product] = (await import('../../src/infra/demo/seed')).DEMO_PRODUCTS.filter((p) => !p.inStock);
      const s = new Speaker(h, platform, `user-oos-${platform}`);
      const reply = await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } });
      expect(reply.speech).toMatch(/out of stock right now/);
      expect(await cartOf(s)).toEqual([]);
    });
  });

  it('gives a way to a human', async () => {
    const s = new Speaker(h, platform, `user-human-${platform}`);
    const reply = await s.say('TalkToHumanIntent');
    expect(reply.speech).toMatch(/talk to a person at 1 800 555 0199/);
    expect(reply.card?.text).toMatch(/1 800 555 0199/);
  });
});
