/**
 * Cart editing and orders on both platforms, through the exported Lambda handlers with real
 * request envelopes, on dynalite over HTTP, with the sandbox payment provider (its ledger in the
 * store) and account-linking tokens checked against a JWKS on loopback.
 */
import { OrderState } from '../../src/core';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const spelled = (n: string) => n.split('').join(' ');

describe.each<PlatformName>(['alexa', 'dialogflow'])('Cart editing and orders on %s', (platform) => {
  const linesOf = async (s: Speaker) => (await h.runtime.deps.carts.get(`${s.platform}:${s.userId}`))?.lines ?? [];

  it('sets a quantity, adds more, takes some out, reading back the running total each time', async () => {
    const s = new Speaker(h, platform, `edit-${platform}`);
    await s.say('AddToCartIntent', { product: { value: 'Harbor Mills Brown Sugar', id: 'SKU-10226' } });
    const set = await s.say('SetQuantityIntent', { quantity: { value: 'three', id: '3' } });
    expect(set.speech).toBe('Okay, you now have 3 Harbor Mills Brown Sugar. Your cart has 3 items, $8.97. Anything else?');
    const more = await s.say('AddMoreIntent', { quantity: { value: 'two', id: '2' } });
    expect(more.speech).toMatch(/^Added 2 more Harbor Mills Brown Sugar, so you have 5\. Your cart has 5 items, \$14\.95\./);
    const less = await s.say('RemoveFromCartIntent', { product: 'one of the sugar' });
    expect(less.speech).toMatch(/^I took 1 Harbor Mills Brown Sugar out, so you have 4 left\./);
    expect(await linesOf(s)).toEqual([{ sku: 'SKU-10226', quantity: 4 }]);
    expect(less.endSession).toBe(false);
  });

  it('keeps a quantity said with the product in one breath', async () => {
    const s = new Speaker(h, platform, `breath-${platform}`);
    const added = await s.say('AddToCartIntent', { product: 'three northstar waffles' });
    expect(added.speech).toMatch(/^Added 3 Northstar Waffles\./);
    expect(await linesOf(s)).toEqual([{ sku: 'SKU-10220', quantity: 3 }]);
  });

  it.each([
    ['SetQuantityIntent', 'a million', /from 1 to 99, so I've left it at 1/],
    ['SetQuantityIntent', 'minus two', /from 1 to 99, so I've left it at 1/],
    ['AddMoreIntent', '0', /from 1 to 99/],
  ])('%s with "%s" changes nothing and says why', async (intent, said, heard) => {
    const s = new Speaker(h, platform, `bad-${intent}-${said.replace(/\W/g, '')}-${platform}`);
    await s.say('AddToCartIntent', { product: { value: 'Harbor Mills Brown Sugar', id: 'SKU-10226' } });
    const reply = await s.say(intent, { quantity: said });
    expect(reply.speech).toMatch(heard);
    expect(reply.endSession).toBe(false);
    expect(await linesOf(s)).toEqual([{ sku: 'SKU-10226', quantity: 1 }]);
  });

  it('reads the order history, newest first, with dates and totals', async () => {
    const s = new Speaker(h, platform, `history-${platform}`, await h.idp.token('cust-demo-1'));
    const reply = await s.say('OrderHistoryIntent');
    expect(reply.speech).toMatch(/^You've placed 2 orders\. Newest first: \w+ \d+, .*Milk.*, \$\d+\.\d\d; \w+ \d+, .*Coffee.*, \$\d+\.\d\d\. Anything else\?$/);
    expect(reply.card?.title).toBe('Your orders');
  });

  it("finds an order by its number, and not another shopper's", async () => {
    const mine = new Speaker(h, platform, `number-${platform}`, await h.idp.token('cust-demo-1'));
    const found = await mine.say('OrderStatusIntent', { orderNumber: 'one zero zero zero zero zero zero one' });
    expect(found.speech).toMatch(/^Your order 1 0 0 0 0 0 0 1 with .*Coffee.* was delivered/);
    const other = new Speaker(h, platform, `number-other-${platform}`, await h.idp.token('cust-demo-3'));
    const refused = await other.say('OrderStatusIntent', { orderNumber: '10000001' });
    expect(refused.speech).toMatch(/^I can't find order 1 0 0 0 0 0 0 1 in your account\./);
    expect(refused.speech).not.toMatch(/Coffee|delivered/);
  });

  it('cancels an order just placed after a yes, refunded through the sandbox', async () => {
    const customer = 'cust-demo-3';
    const s = new Speaker(h, platform, `cancel-${platform}`, await h.idp.token(customer));
    await s.say('AddToCartIntent', { product: { value: 'Willow Lane Earl Grey Tea', id: 'SKU-10054' } });
    await s.say('CheckoutIntent');
    expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
    const [placed] = await h.runtime.deps.orders.listByCustomer(customer, 1);
    expect(placed.state).toBe(OrderState.Placed);
    s.newSession();

    const asked = await s.say('CancelOrderIntent');
    expect(asked.speech).toMatch(
      new RegExp(`^Cancel order ${spelled(placed.orderNumber)} with Willow Lane Earl Grey Tea, total \\$\\d+\\.\\d\\d\\? You'll get the money back\\.$`),
    );
    const done = await s.say('YesIntent');
    expect(done.speech).toMatch(new RegExp(`^Done\\. Order ${spelled(placed.orderNumber)} is cancelled, and \\$\\d+\\.\\d\\d is refunded to your card\\.`));
    expect(done.card?.title).toBe('Order cancelled');

    const cancelled = await h.runtime.deps.orders.get(placed.orderId);
    expect(cancelled).toMatchObject({ state: OrderState.Cancelled, cancelReason: 'customer-cancelled', refundState: 'succeeded' });
    // the sandbox holds that refund under the order's key: asking again returns the same one
    const again = await h.payments.refund({ chargeId: placed.chargeId!, idempotencyKey: `refund:${placed.orderId}` });
    expect(again).toMatchObject({ refundId: cancelled?.refundId, amount: placed.total, status: 'succeeded' });

    const twice = await s.say('CancelOrderIntent', { orderNumber: placed.orderNumber });
    expect(twice.speech).toMatch(/is already cancelled/);
  });

  it('after the window says what can be done instead, and cancels nothing', async () => {
    const s = new Speaker(h, platform, `too-late-${platform}`, await h.idp.token('cust-demo-1'));
    const reply = await s.say('CancelOrderIntent');
    expect(reply.speech).toMatch(/past the 30-minute window, so I can't cancel it\. For a return, call customer service at 1 800 555 0199\./);
    expect(reply.card?.title).toBe('Customer service');
    expect((await h.runtime.deps.orders.get('ord_demo_0002'))?.state).toBe(OrderState.Placed);
  });

  it('says there is nothing to cancel when there is no order', async () => {
    const s = new Speaker(h, platform, `nothing-${platform}`, await h.idp.token('cust-demo-2'));
    const reply = await s.say('CancelOrderIntent');
    expect(reply.speech).toBe("You don't have any orders to cancel.");
    expect(reply.endSession).toBe(false);
  });

  it('hands a change of address to a person, with the number on a card', async () => {
    const s = new Speaker(h, platform, `change-${platform}`, await h.idp.token('cust-demo-1'));
    const reply = await s.say('ChangeOrderIntent');
    expect(reply.speech).toMatch(/^I can't change a placed order or its delivery address by voice\. Customer service can help at 1 800 555 0199\./);
    expect(reply.card).toMatchObject({ title: 'Customer service' });
  });
});
