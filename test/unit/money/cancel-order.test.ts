/**
 * Cancelling a placed order by voice: only after a yes, only the shopper's own order, only within
 * the cancellation window and before fulfilment has it; the refund goes through the payment port
 * and the shopper hears what became of it. In-memory ports on fake time, so "31 minutes later" is
 * one advance; the payment provider is the scripted stand-in that follows Stripe's rules.
 */
import { OrderSource, OrderState, type Order } from '../../../src/core';
import { cancellability } from '../../../src/core/flows/cancel-order';
import { BUYER, cheap, moneyShop } from '../../support/money-shop';
import { TEST_POLICY } from '../../support/memory-shop';

type Shop = ReturnType<typeof moneyShop>;

async function placeOne(m: Shop, sku = cheap.sku, quantity = 2): Promise<Order> {
  await m.atQuestion(sku, quantity);
  expect((await m.say('YesIntent')).speech).toMatch(/is placed/);
  const [order] = await m.deps.orders.listByCustomer(BUYER.customerId, 1);
  expect(order.state).toBe(OrderState.Placed);
  m.newSession();
  return order;
}

const spelled = (n: string) => n.split('').join(' ');

describe('Cancelling a placed order by voice', () => {
  it('asks first, naming the order, its items and total, and changes nothing until the yes', async () => {
    // Given an order placed a minute ago
    const m = moneyShop();
    const order = await placeOne(m);
    await m.scheduler.advance(60_000);
    // When the shopper asks to cancel it
    const asked = await m.say('CancelOrderIntent');
    // Then the shop asks about exactly that order, and it is still placed
    expect(asked.speech).toBe(`Cancel order ${spelled(order.orderNumber)} with ${cheap.name}, total $${(order.total / 100).toFixed(2)}? You'll get the money back.`);
    expect(asked.reprompt).toBe(`Should I cancel order ${spelled(order.orderNumber)}? Say yes or no.`);
    expect(asked.endSession).toBe(false);
    expect((await m.deps.orders.get(order.orderId))?.state).toBe(OrderState.Placed);
  });

  it('on a yes cancels, refunds the charge through the payment port, emails, and says the money is back', async () => {
    const m = moneyShop();
    const order = await placeOne(m);
    await m.say('CancelOrderIntent');
    const done = await m.say('YesIntent');
    expect(done.speech).toMatch(new RegExp(`^Done\\. Order ${spelled(order.orderNumber)} is cancelled, and \\$[\\d.]+ is refunded to your card\\.`));
    expect(done.card?.title).toBe('Order cancelled');
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({
      state: OrderState.Cancelled,
      cancelReason: 'customer-cancelled',
      refundState: 'succeeded',
      refundId: expect.stringMatching(/^re_/),
    });
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed', 'refunded']);
    // one charge, never a second
    expect(m.payments.succeeded).toBe(1);
  });

  it('on a no leaves the order placed', async () => {
    const m = moneyShop();
    const order = await placeOne(m);
    await m.say('CancelOrderIntent');
    const kept = await m.say('NoIntent');
    expect(kept.speech).toBe(`Okay, order ${spelled(order.orderNumber)} stays as it is. Anything else?`);
    expect((await m.deps.orders.get(order.orderId))?.state).toBe(OrderState.Placed);
  });

  it('a yes that does not answer the cancel question cancels nothing', async () => {
    const m = moneyShop();
    const order = await placeOne(m);
    await m.say('CancelOrderIntent');
    await m.say('ViewCartIntent');
    await m.say('YesIntent');
    expect((await m.deps.orders.get(order.orderId))?.state).toBe(OrderState.Placed);
  });

  it('says the refund is under way, truthfully, when the provider does not answer', async () => {
    const m = moneyShop();
    const order = await placeOne(m);
    const { PaymentUnavailableError } = await import('../../../src/core/errors');
    m.payments.refund = async () => {
      throw new PaymentUnavailableError('provider down');
    };
    await m.say('CancelOrderIntent');
    const done = await m.say('YesIntent');
    expect(done.speech).toMatch(/^Order [\d ]+ is cancelled\. The refund of \$[\d.]+ is under way, and I'll email you once your bank has it\./);
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ state: OrderState.Cancelled, refundState: 'requested' });
  });

  describe('the cancellation window', () => {
    it('after 30 minutes says it is too late, gives the way to a person, and changes nothing', async () => {
      const m = moneyShop();
      const order = await placeOne(m);
      await m.scheduler.advance(31 * 60_000);
      const reply = await m.say('CancelOrderIntent');
      expect(reply.speech).toMatch(
        new RegExp(`^Your order with ${cheap.name} is past the 30-minute window, so I can't cancel it\\. For a return, call customer service at 1 800 555 0199\\.`),
      );
      expect(reply.card).toEqual({ title: 'Customer service', text: `Call 1 800 555 0199, ${TEST_POLICY.supportHours}.` });
      expect(reply.endSession).toBe(false);
      expect((await m.deps.orders.get(order.orderId))?.state).toBe(OrderState.Placed);
    });

    it('is checked again at the yes: a question asked in time and answered too late cancels nothing', async () => {
      const m = moneyShop();
      const order = await placeOne(m);
      await m.scheduler.advance(29 * 60_000);
      await m.say('CancelOrderIntent');
      await m.scheduler.advance(2 * 60_000);
      const reply = await m.say('YesIntent');
      expect(reply.speech).toMatch(/past the 30-minute window/);
      expect((await m.deps.orders.get(order.orderId))?.state).toBe(OrderState.Placed);
      expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
    });

    it('follows the configured window', async () => {
      const m = moneyShop();
      m.deps.policy = { ...TEST_POLICY, cancelWindowMinutes: 90 };
      await placeOne(m);
      await m.scheduler.advance(60 * 60_000);
      expect((await m.say('CancelOrderIntent')).speech).toMatch(/^Cancel order /);
    });

    it('never lets an order go once fulfilment has it, whatever the window says', () => {
      const now = new Date('2026-12-01T15:05:00Z');
      const order = { state: OrderState.Placed, placedAt: '2026-12-01T15:00:00Z', createdAt: '2026-12-01T15:00:00Z' } as Order;
      expect(cancellability(order, TEST_POLICY, now)).toBe('cancellable');
      expect(cancellability({ ...order, fulfilmentState: 'handed-over' }, TEST_POLICY, now)).toBe('with-fulfilment');
      expect(cancellability({ ...order, state: OrderState.Pending }, TEST_POLICY, now)).toBe('still-confirming');
      expect(cancellability({ ...order, state: OrderState.Cancelled, cancelReason: 'customer-cancelled' }, TEST_POLICY, now)).toBe('already-cancelled');
      expect(cancellability(order, { ...TEST_POLICY, cancelWindowMinutes: 0 }, now)).toBe('window-passed');
    });
  });

  describe('which order', () => {
    it('finds the newest one that can still be cancelled, or the one named by number or product', async () => {
      const m = moneyShop();
      const tea = await placeOne(m, 'SKU-10054', 1);
      const soap = await placeOne(m, 'SKU-10022', 1);
      expect((await m.say('CancelOrderIntent')).speech).toMatch(new RegExp(`^Cancel order ${spelled(soap.orderNumber)} with`));
      m.newSession();
      expect(
        (
          await m.say('CancelOrderIntent', {
            orderNumber: { value: spelled(tea.orderNumber).replace(/\d/g, (d) => ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][Number(d)]) },
          })
        ).speech,
      ).toMatch(new RegExp(`^Cancel order ${spelled(tea.orderNumber)} with Willow Lane Earl Grey Tea`));
      m.newSession();
      expect((await m.say('CancelOrderIntent', { product: { value: 'earl grey tea' } })).speech).toMatch(new RegExp(`^Cancel order ${spelled(tea.orderNumber)} `));
    });

    it("does not find another shopper's order by its number, and says so without saying whose it is", async () => {
      const m = moneyShop();
      await placeOne(m);
      const theirs: Order = {
        ...(await m.deps.orders.listByCustomer(BUYER.customerId, 1))[0],
        orderId: 'ord_someone_else',
        orderNumber: '55554444',
        customerId: 'cust-someone-else',
        state: OrderState.AwaitingConfirmation,
        source: OrderSource.Direct,
      };
      await m.deps.orders.create(theirs);
      await m.deps.orders.transition(theirs.orderId, [OrderState.AwaitingConfirmation], OrderState.Placed, { placedAt: m.deps.clock.now().toISOString() });
      const reply = await m.say('CancelOrderIntent', { orderNumber: { value: '55554444' } });
      expect(reply.speech).toBe('I can\'t find order 5 5 5 5 4 4 4 4 in your account. Please check the number, or say "where is my order".');
      await m.say('YesIntent');
      expect((await m.deps.orders.get('ord_someone_else'))?.state).toBe(OrderState.Placed);
    });

    it('says there is nothing to cancel for a shopper without orders', async () => {
      const m = moneyShop();
      const reply = await m.say('CancelOrderIntent');
      expect(reply.speech).toBe("You don't have any orders to cancel.");
      expect(reply.endSession).toBe(false);
    });

    it('says an order already cancelled is cancelled, and refunds nothing twice', async () => {
      const m = moneyShop();
      const order = await placeOne(m);
      await m.say('CancelOrderIntent');
      await m.say('YesIntent');
      m.newSession();
      const again = await m.say('CancelOrderIntent', { orderNumber: { value: order.orderNumber } });
      expect(again.speech).toMatch(new RegExp(`^Order ${spelled(order.orderNumber)} is already cancelled\\.`));
      expect(m.emails.map((e) => e.outcome)).toEqual(['placed', 'refunded']);
    });

    it('at the purchase question, "cancel my order" answers the question: nothing is placed, nothing cancelled', async () => {
      const m = moneyShop();
      const earlier = await placeOne(m, 'SKU-10054', 1);
      await m.atQuestion();
      const reply = await m.say('CancelOrderIntent');
      expect(reply.speech).toMatch(/^Okay, I didn't place the order and nothing was charged\./);
      const asked = (await m.deps.orders.listByCustomer(BUYER.customerId)).find((o) => o.orderId !== earlier.orderId);
      expect(asked?.state).toBe(OrderState.Cancelled);
      expect((await m.deps.orders.get(earlier.orderId))?.state).toBe(OrderState.Placed);
      expect(m.payments.succeeded).toBe(1);
    });

    it('asks a guest to link an account, and cancels nothing', async () => {
      const m = moneyShop();
      const reply = await m.say('CancelOrderIntent', {}, { accessToken: undefined });
      expect(reply.speech).toMatch(/^To cancel an order, please link your account/);
      expect(reply.linkAccount).toBe(true);
    });
  });
});

describe('Cancelling when the payment provider is slow to refund', () => {
  it('answers within the turn that the order is cancelled and the refund is under way, and reconciliation finishes it', async () => {
    const m = moneyShop();
    const order = await placeOne(m);
    const refund = m.payments.refund.bind(m.payments);
    m.payments.refund = async (request) => {
      await m.scheduler.sleep(20_000);
      return refund(request);
    };
    await m.say('CancelOrderIntent');
    const reply = await m.say('YesIntent');
    // in time, not the timeout's "very busy", and truthful about the money
    expect(reply.speech).toMatch(/is cancelled/);
    expect(reply.speech).not.toMatch(/is refunded/);
    expect(reply.speech).not.toMatch(/very busy/);
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ state: OrderState.Cancelled, refundState: 'requested' });
    m.payments.refund = refund;
    expect(await m.reconcile()).toMatchObject({ refundsMade: 1, noticesSent: 1 });
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ refundState: 'succeeded' });
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed', 'refunded']);
  });
});
