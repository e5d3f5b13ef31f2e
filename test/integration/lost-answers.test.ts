/**
 * Writes whose answers were lost: the store applies the write, the answer never reaches the
 * runtime's DynamoDB client (a StoreTap drops the connection after the store answered), the
 * client retries into a failed condition. Through the exported handlers on both platforms,
 * against dynalite over HTTP. What the shopper hears and what was charged must still agree.
 */
import { OrderState, type Customer } from '../../src/core';
import { hashVoicePin } from '../../src/core/voice-pin';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import { injectDynamoFaults } from '../support/faults';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';
import { LostAnswer, type StoreCall } from '../support/store-tap';

let h: Harness;
let faults: ReturnType<typeof injectDynamoFaults>;
let seq = 0;

beforeAll(async () => {
  // a short client timeout, so a lost answer is noticed and retried quickly
  h = await startHarness({ DAILY_SPEND_LIMIT_CENTS: '5000', VOICE_PIN_THRESHOLD_CENTS: '100000' });
  faults = injectDynamoFaults(h.tap);
});
afterAll(async () => {
  await h.close();
});
afterEach(() => faults.clear());

const product = DEMO_PRODUCTS.find((p) => p.inStock && p.price > 1000 && p.price < 1500)!;

async function shopper(platform: PlatformName, pin?: string): Promise<{ s: Speaker; customer: Customer }> {
  seq += 1;
  const customer: Customer = {
    customerId: `cust-lost-${seq}`,
    name: 'Lost Answer',
    email: `lost${seq}@example.com`,
    address: { line1: `${seq} Wire Street`, city: 'Albany', region: 'NY', postalCode: '12207', country: 'US' },
    paymentMethodRef: 'pm_sandbox_visa',
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(customer);
  if (pin) await h.runtime.deps.voiceSecurity!.setPin(customer.customerId, await hashVoicePin(pin), true);
  return { s: new Speaker(h, platform, `user-${customer.customerId}-${platform}`, await h.idp.token(customer.customerId)), customer };
}

/** Loses the answer of the first call that `match` picks, once. */
function loseFirst(match: (call: StoreCall) => boolean): { lost: () => number } {
  let lost = 0;
  faults.set((call) => {
    if (lost > 0 || !match(call)) return undefined;
    lost += 1;
    return new LostAnswer();
  });
  return { lost: () => lost };
}

const updateTo = (state: string) => (call: StoreCall) => call.operation === 'UpdateItem' && call.input.ExpressionAttributeValues?.[':to']?.S === state;

describe.each<PlatformName>(['alexa', 'dialogflow'])('lost answers on %s', (platform) => {
  it('the move to PENDING: the yes knows the order is its own, places it and charges once', async () => {
    const { s, customer } = await shopper(platform);
    await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } });
    await s.say('CheckoutIntent');
    const charges = h.payments.succeeded;
    const rule = loseFirst(updateTo(OrderState.Pending));
    const reply = await s.say('YesIntent');
    expect(rule.lost()).toBe(1);
    expect(reply.speech).toMatch(/is placed/);
    expect(h.payments.succeeded).toBe(charges + 1);
    expect((await h.runtime.deps.orders.listByCustomer(customer.customerId)).map((o) => o.state)).toEqual([OrderState.Placed]);
  });

  it('the move to PLACED: the shopper hears it is placed, once', async () => {
    const { s, customer } = await shopper(platform);
    await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } });
    await s.say('CheckoutIntent');
    const charges = h.payments.succeeded;
    const rule = loseFirst(updateTo(OrderState.Placed));
    expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
    expect(rule.lost()).toBe(1);
    expect(h.payments.succeeded).toBe(charges + 1);
    const [order] = await h.runtime.deps.orders.listByCustomer(customer.customerId);
    expect(order.state).toBe(OrderState.Placed);
  });

  it("the day's spending: counted once, so the limit holds exactly", async () => {
    const { s, customer } = await shopper(platform);
    await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku }, quantity: '2' });
    await s.say('CheckoutIntent');
    const rule = loseFirst((call) => call.table.endsWith('-customers') && call.operation === 'UpdateItem' && /spentToday|#spent/.test(JSON.stringify(call.input)));
    expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
    expect(rule.lost()).toBe(1);
    const [order] = await h.runtime.deps.orders.listByCustomer(customer.customerId);
    expect((await h.runtime.deps.voiceSecurity!.get(customer.customerId)).spentToday).toBe(order.total);
    // a second order over the $50 limit is refused, charging nothing
    const charges = h.payments.succeeded;
    await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku }, quantity: '2' });
    expect((await s.say('CheckoutIntent')).speech).toMatch(/daily limit/);
    expect((await s.say('YesIntent')).speech).not.toMatch(/is placed/);
    expect(h.payments.succeeded).toBe(charges);
  });

  it('a wrong voice code: counted once', async () => {
    const { s } = await shopper(platform, '2468');
    await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } });
    await s.say('CheckoutIntent');
    expect((await s.say('YesIntent')).speech).toMatch(/voice code/);
    const rule = loseFirst((call) => call.table.endsWith('-customers') && call.operation === 'UpdateItem' && /pinFailures|#failures/.test(JSON.stringify(call.input)));
    const reply = await s.say('VoicePinIntent', { pin: '1111' });
    expect(rule.lost()).toBe(1);
    expect(reply.speech).toMatch(/2 (more )?tries|two (more )?tries/i);
  });

  it('a cart save: the item is added once', async () => {
    const { s } = await shopper(platform);
    const rule = loseFirst((call) => call.table.endsWith('-carts') && call.operation === 'PutItem');
    expect((await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku }, quantity: '3' })).speech).toMatch(/^Added 3 /);
    expect(rule.lost()).toBe(1);
    expect((await h.runtime.deps.carts.get(`${platform}:${s.userId}`))?.lines).toEqual([{ sku: product.sku, quantity: 3 }]);
  });
});
