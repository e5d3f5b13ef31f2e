/**
 * What a shopper hears about their orders: the history read-out (newest first, at most three,
 * each with its date, main items and total), the status of one order by product or by number
 * (their own orders only), several orders on the way, and changes and returns handed to a person.
 * The core on in-memory ports with the clock fixed at 2026-11-20 10:00 UTC.
 */
import { OrderSource, OrderState, type Order } from '../../../src/core';
import { quotedAmounts } from '../../../src/core/order';
import { addBusinessDays, quote } from '../../../src/core/pricing';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop, SHOPPER, TEST_POLICY } from '../../support/memory-shop';

const NOW = new Date('2026-11-20T10:00:00Z');
const dollars = (o: Order) => `$${(o.total / 100).toFixed(2)}`;
const token = `token:${SHOPPER.customerId}`;
let seq = 0;
/** What the fulfilment feed writes when it says an order was delivered `hoursAgo` hours back. */
const delivered = (hoursAgo: number): Partial<Order> => {
  const at = new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString();
  return { fulfilmentState: 'delivered', deliveredAt: at, fulfilmentAt: at };
};

/** A placed order `hoursAgo` hours back, priced as the shop would have quoted it. */
async function placed(m: ReturnType<typeof memoryShop>, items: Array<[string, number]>, hoursAgo: number, overrides: Partial<Order> = {}): Promise<Order> {
  const bySku = new Map(DEMO_PRODUCTS.map((p) => [p.sku, p]));
  const lines = items.map(([sku, quantity]) => ({ sku, name: bySku.get(sku)!.name, quantity, unitPrice: bySku.get(sku)!.price }));
  const at = new Date(NOW.getTime() - hoursAgo * 3_600_000);
  seq += 1;
  const order: Order = {
    orderId: `ord_h_${seq}`,
    orderNumber: String(31_000_000 + seq),
    customerId: SHOPPER.customerId,
    userKey: 'elsewhere',
    source: OrderSource.Cart,
    ...quotedAmounts(quote(lines, TEST_POLICY)),
    sellerName: 'Corner Shop',
    address: SHOPPER.address,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    ...overrides,
    // created awaiting confirmation, then moved to the state asked for, as the shop does
    state: OrderState.AwaitingConfirmation,
  };
  await m.deps.orders.create(order);
  const to = overrides.state ?? OrderState.Placed;
  return m.deps.orders.transition(order.orderId, [OrderState.AwaitingConfirmation], to, {
    placedAt: at.toISOString(),
    deliveryDate: addBusinessDays(at, 2).toISOString(),
    ...(to === OrderState.Cancelled ? { cancelReason: overrides.cancelReason } : {}),
  });
}

describe('Order history', () => {
  it('reads how many orders there are, then the newest three with date, main items and total', async () => {
    // Given four placed orders over the last weeks
    const m = memoryShop(NOW);
    await placed(
      m,
      [
        ['SKU-10042', 1],
        ['SKU-10002', 1],
      ],
      24 * 30,
    );
    const tea = await placed(m, [['SKU-10054', 2]], 24 * 20);
    const butter = await placed(
      m,
      [
        ['SKU-10088', 1],
        ['SKU-10080', 1],
        ['SKU-10094', 1],
      ],
      24 * 9,
    );
    const milk = await placed(
      m,
      [
        ['SKU-10060', 2],
        ['SKU-10206', 1],
      ],
      24,
    );
    // When the shopper asks for their recent orders
    const reply = await m.say('OrderHistoryIntent', {}, { accessToken: token });
    // Then they hear the count and the newest three, newest first, one product name each
    expect(reply.speech).toBe(
      `You've placed 4 orders. The latest 3: November 19, Sunny Acres Whole Milk and 1 more, ${dollars(milk)}; ` +
        `November 11, Sunny Acres Salted Butter and 2 more, ${dollars(butter)}; October 31, Willow Lane Earl Grey Tea, ${dollars(tea)}. Anything else?`,
    );
    expect(reply.reprompt).toBeTruthy();
    expect(reply.card?.text.split('\n')).toHaveLength(3);
  });

  it('names more of the newest order when it is the only one', async () => {
    const m = memoryShop(NOW);
    const milk = await placed(
      m,
      [
        ['SKU-10060', 2],
        ['SKU-10206', 1],
      ],
      24,
    );
    const reply = await m.say('OrderHistoryIntent', {}, { accessToken: token });
    // 2 × $3.89 + $1.99, tax $0.81, delivery $4.99
    expect(milk.total).toBe(1557);
    expect(reply.speech).toBe("You've placed one order: November 19, Sunny Acres Whole Milk and Sunny Acres Organic Bananas, $15.57. Anything else?");
  });

  it('marks an order the shopper cancelled, and leaves out purchase questions never answered', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10054', 1]], 48);
    await placed(m, [['SKU-10042', 1]], 30, { state: OrderState.Cancelled, cancelReason: 'customer-cancelled' });
    await placed(m, [['SKU-10002', 1]], 10, { state: OrderState.Cancelled, cancelReason: 'declined' });
    const reply = await m.say('OrderHistoryIntent', {}, { accessToken: token });
    expect(reply.speech).toMatch(
      /^You've placed 2 orders\. Newest first: November 19, Harbor Mills Dark Roast Ground Coffee, \$[\d.]+, cancelled; November 18, Willow Lane Earl Grey Tea/,
    );
  });

  it('says so when there are no orders yet', async () => {
    const m = memoryShop(NOW);
    const reply = await m.say('OrderHistoryIntent', {}, { accessToken: token });
    expect(reply.speech).toMatch(/^You haven't placed any orders yet\./);
    expect(reply.endSession).toBe(false);
  });

  it('asks a guest to link an account', async () => {
    const m = memoryShop(NOW);
    const reply = await m.say('OrderHistoryIntent');
    expect(reply.linkAccount).toBe(true);
  });

  it('speaks German dates and words in German', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10054', 1]], 24 * 5);
    await placed(
      m,
      [
        ['SKU-10060', 2],
        ['SKU-10206', 1],
      ],
      24,
    );
    const reply = await m.say('OrderHistoryIntent', {}, { accessToken: token, locale: 'de-DE' });
    expect(reply.speech).toMatch(
      /^Sie haben 2 Bestellungen: am 19\. November mit Sunny Acres Whole Milk und Sunny Acres Organic Bananas, 15,57\s\$; am 15\. November mit Willow Lane Earl Grey Tea, 9,63\s\$\. Darf es sonst noch etwas sein\?$/,
    );
  });
});

describe('Order status', () => {
  it('finds an order by its number said digit by digit', async () => {
    const m = memoryShop(NOW);
    // the fulfilment feed said it was delivered: status comes from the feed, never the clock
    const tea = await placed(m, [['SKU-10054', 1]], 24 * 10, delivered(24 * 8));
    await placed(m, [['SKU-10060', 1]], 2);
    const words = tea.orderNumber
      .split('')
      .map((d) => ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][Number(d)])
      .join(' ');
    const reply = await m.say('OrderStatusIntent', { orderNumber: { value: words } }, { accessToken: token });
    expect(reply.speech).toMatch(new RegExp(`^Your order ${tea.orderNumber.split('').join(' ')} with Willow Lane Earl Grey Tea was delivered`));
  });

  it("finds only the shopper's own orders: another's number is not found", async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10054', 1]], 5);
    const theirs = await placed(m, [['SKU-10042', 1]], 5, { customerId: 'cust-someone-else' });
    const reply = await m.say('OrderStatusIntent', { orderNumber: { value: theirs.orderNumber } }, { accessToken: token });
    expect(reply.speech).toMatch(/^I can't find order [\d ]+ in your account\./);
    expect(reply.speech).not.toMatch(/Coffee/);
  });

  it('names each order on its way when there are several and none was named', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10042', 1]], 24 * 14, delivered(24 * 12));
    await placed(
      m,
      [
        ['SKU-10054', 1],
        ['SKU-10052', 1],
      ],
      20,
    );
    await placed(m, [['SKU-10060', 2]], 2);
    const reply = await m.say('OrderStatusIntent', {}, { accessToken: token });
    expect(reply.speech).toBe(
      'You have 2 orders on the way: the one with Sunny Acres Whole Milk should arrive Tuesday, November 24; ' +
        'the one with Willow Lane Earl Grey Tea should arrive Monday, November 23. Anything else?',
    );
    expect(reply.reprompt).toMatch(/where is my/);
  });

  it('names the latest two of three orders on their way, so the reply stays short', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10042', 1]], 30);
    await placed(m, [['SKU-10054', 1]], 20);
    await placed(m, [['SKU-10060', 2]], 2);
    const reply = await m.say('OrderStatusIntent', {}, { accessToken: token });
    expect(reply.speech).toMatch(
      /^You have 3 orders on the way, the latest 2: the one with Sunny Acres Whole Milk should arrive [^;]+; the one with Willow Lane Earl Grey Tea should arrive [^.]+\. Anything else\?$/,
    );
  });

  it('describes the one order on its way when only one is: confirmed, with its promised date, while the feed has said nothing', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10042', 1]], 24 * 14, delivered(24 * 12));
    await placed(m, [['SKU-10060', 2]], 2);
    const reply = await m.say('OrderStatusIntent', {}, { accessToken: token });
    expect(reply.speech).toMatch(/^Your order [\d ]+ with Sunny Acres Whole Milk is confirmed\. It should arrive Tuesday, November 24\./);
  });

  it('never calls an order delivered from the clock alone: past its date without a word from the feed, it says so', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10042', 1]], 24 * 14);
    const reply = await m.say('OrderStatusIntent', {}, { accessToken: token });
    expect(reply.speech).toMatch(/^Your order [\d ]+ with .+ was due \w+day, November \d+\. I haven't had a delivery update yet\./);
    expect(reply.speech).not.toMatch(/delivered|on its way/);
  });
});

describe('Changes and returns', () => {
  it('hands an address change to a person with a card, and offers cancelling while it still can', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10054', 1]], 0.1);
    const reply = await m.say('ChangeOrderIntent', {}, { accessToken: token });
    expect(reply.speech).toBe(
      'I can\'t change a placed order or its delivery address by voice. Customer service can help at 1 800 555 0199. The number is on a card in your app. Or say "cancel my order", and order again.',
    );
    expect(reply.card).toEqual({ title: 'Customer service', text: `Call 1 800 555 0199, ${TEST_POLICY.supportHours}.` });
    expect(reply.endSession).toBe(false);
  });

  it('offers no cancelling once no order can be cancelled', async () => {
    const m = memoryShop(NOW);
    await placed(m, [['SKU-10054', 1]], 5);
    const reply = await m.say('ChangeOrderIntent', {}, { accessToken: token });
    expect(reply.speech).not.toMatch(/cancel my order/);
  });

  it('explains returns and gives the number, naming the product', async () => {
    const m = memoryShop(NOW);
    const reply = await m.say('ReturnItemIntent', { product: { value: 'x', id: 'SKU-10042' } }, { locale: 'en-GB' });
    expect(reply.speech).toBe(
      "To send Harbor Mills Dark Roast Ground Coffee back, please ring customer services on 1 800 555 0199. They'll sort out the return. The number is on a card in your app.",
    );
    expect(reply.card?.title).toBe('Customer services');
  });
});
