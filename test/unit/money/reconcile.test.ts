/**
 * Reconciliation settles from what the payment provider says happened — never by sending the
 * charge again — and one settlement module takes every order out of PENDING exactly once,
 * whether the live yes or reconciliation gets there. In-memory ports on fake time; the provider
 * follows Stripe's replay rule (a first 500 or `processing` answer is replayed for the same key).
 */
import { OrderState, type Order } from '../../../src/core';
import { settleOrder } from '../../../src/core/settlement';
import { BUYER, cheap, moneyShop } from '../../support/money-shop';

async function pendingAfterSlowYes(m: ReturnType<typeof moneyShop>): Promise<Order> {
  await m.atQuestion();
  const reply = await m.say('YesIntent');
  expect(reply.speech).toMatch(/being confirmed/);
  const [order] = await m.deps.orders.listByCustomer(BUYER.customerId);
  expect(order.state).toBe(OrderState.Pending);
  return order;
}

describe('Reconciliation', () => {
  it('settles an order whose first answer was a 500 in one run, by looking the charge up, without charging again', async () => {
    const m = moneyShop();
    m.payments.next({ kind: 'error-after-charging' });
    const order = await pendingAfterSlowYes(m);
    const report = await m.reconcile();
    expect(report).toMatchObject({ examined: 1, placed: 1 });
    expect(m.payments.requests).toHaveLength(1);
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ state: OrderState.Placed, chargeId: 'pi_test_1' });
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
    expect(m.cartStore.carts.get('alexa:money-user')?.lines).toEqual([]);
  });

  it('waits while the provider says processing, and settles in the first run after it decides', async () => {
    const m = moneyShop();
    m.payments.next({ kind: 'processing', settlesAfterMs: 90_000 });
    const order = await pendingAfterSlowYes(m);
    expect(await m.reconcile()).toMatchObject({ stillPending: 1, placed: 0 });
    await m.scheduler.advance(90_000);
    expect(await m.reconcile()).toMatchObject({ placed: 1 });
    expect((await m.deps.orders.get(order.orderId))?.state).toBe(OrderState.Placed);
    expect(m.payments.succeeded).toBe(1);
    expect(m.emails).toHaveLength(1);
  });

  it("fails a declined charge, gives the day's spending back and emails that nothing was charged", async () => {
    const m = moneyShop();
    m.payments.delayMs = 9_000;
    m.payments.next({ kind: 'decline', code: 'insufficient_funds' });
    const order = await pendingAfterSlowYes(m);
    expect((await m.security.get(BUYER.customerId)).spentToday).toBe(order.total);
    await m.scheduler.advance(10_000);
    await m.reconcile();
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ state: OrderState.Failed, declineCode: 'insufficient_funds' });
    expect((await m.security.get(BUYER.customerId)).spentToday).toBe(0);
    expect(m.emails.map((e) => e.outcome)).toEqual(['failed']);
    // the items stay in the cart
    expect(m.cartStore.carts.get('alexa:money-user')?.lines).toEqual([{ sku: cheap.sku, quantity: 2 }]);
  });

  it('cancels an order whose charge never reached the provider, and tells the shopper nothing was charged', async () => {
    const m = moneyShop();
    await m.atQuestion();
    // the turn died right after its yes was recorded: PENDING, no charge ever sent
    m.faults.current = (method, args) => (method === 'transition' && args[2] === OrderState.Pending ? { thenThrow: new Error('process crashed') } : undefined);
    await m.say('YesIntent');
    m.faults.current = undefined;
    const [order] = await m.deps.orders.listByCustomer(BUYER.customerId);
    expect(order.state).toBe(OrderState.Pending);
    expect(await m.reconcile()).toMatchObject({ cancelled: 1 });
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ state: OrderState.Cancelled, cancelReason: 'not-charged' });
    expect(m.payments.requests).toHaveLength(0);
    expect(m.emails.map((e) => e.outcome)).toEqual(['cancelled']);
  });

  it('leaves orders younger than the threshold to their turn', async () => {
    const m = moneyShop();
    m.payments.delayMs = 9_000;
    await pendingAfterSlowYes(m);
    expect(await m.reconcile(120)).toMatchObject({ examined: 0 });
  });

  it('flags a charge still processing after a day for a person, and never charges it', async () => {
    const m = moneyShop();
    m.payments.next({ kind: 'processing', settlesAfterMs: 48 * 3600_000 });
    await pendingAfterSlowYes(m);
    await m.scheduler.advance(24 * 3600_000);
    expect(await m.reconcile()).toMatchObject({ needsReview: 1, placed: 0 });
    expect(m.payments.requests).toHaveLength(1);
  });

  it('sends an email the turn could not, once, on its next run', async () => {
    const m = moneyShop();
    let down = true;
    m.deps.notifier = {
      orderSettled: async (notice) => {
        if (down) throw new Error('mail server down');
        m.emails.push(notice);
      },
    };
    await m.atQuestion();
    expect((await m.say('YesIntent')).speech).toMatch(/is placed/);
    expect(m.emails).toHaveLength(0);
    down = false;
    // a claim by a sender that failed is taken over once its lease runs out
    await m.scheduler.advance(3 * 60_000);
    expect(await m.reconcile()).toMatchObject({ noticesSent: 1 });
    expect(await m.reconcile()).toMatchObject({ noticesSent: 0 });
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
  });
});

describe('Settlement', () => {
  it('happens once when the live yes and reconciliation settle the same order', async () => {
    const m = moneyShop();
    m.payments.next({ kind: 'error-after-charging' });
    const order = await pendingAfterSlowYes(m);
    // the shopper adds another of the same product after the yes
    await m.say('AddToCartIntent', { product: { value: 'x', id: cheap.sku } });
    const charge = { chargeId: 'pi_test_1', amount: order.total, currency: order.currency };
    const log = m.deps.logger;
    const [a, b] = await m.scheduler
      .run(
        Promise.all([
          settleOrder(m.deps, order, { outcome: 'placed', charge }, { log, token: 'live' }),
          settleOrder(m.deps, order, { outcome: 'placed', charge }, { log, token: 'reconcile' }),
        ]),
      )
      .then((r) => r.value);
    expect(a.state).toBe(OrderState.Placed);
    expect(b.state).toBe(OrderState.Placed);
    expect(m.emails).toHaveLength(1);
    // the two ordered were taken out once; the one added since stays
    expect(m.cartStore.carts.get('alexa:money-user')?.lines).toEqual([{ sku: cheap.sku, quantity: 1 }]);
  });

  it('keeps an order placed when a late report of no charge arrives after it was placed', async () => {
    const m = moneyShop();
    m.payments.next({ kind: 'error-after-charging' });
    const order = await pendingAfterSlowYes(m);
    await m.reconcile();
    const late = await m.scheduler
      .run(settleOrder(m.deps, order, { outcome: 'cancelled', reason: 'not-charged' }, { log: m.deps.logger, token: 'late', cancelledOwesNotice: true }))
      .then((r) => r.value);
    expect(late.state).toBe(OrderState.Placed);
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
  });
});

describe('Cancelling a placed order', () => {
  async function placed(m: ReturnType<typeof moneyShop>): Promise<Order> {
    await m.atQuestion();
    expect((await m.say('YesIntent')).speech).toMatch(/is placed/);
    const [order] = await m.deps.orders.listByCustomer(BUYER.customerId);
    return order;
  }

  it('cancels it, refunds the charge once and emails that it is cancelled', async () => {
    const m = moneyShop();
    const order = await placed(m);
    const { cancelPlacedOrder } = await import('../../../src/core/settlement');
    const first = await m.scheduler.run(cancelPlacedOrder(m.deps, order, { log: m.deps.logger, token: 'cancel-1' })).then((r) => r.value);
    const again = await m.scheduler.run(cancelPlacedOrder(m.deps, order, { log: m.deps.logger, token: 'cancel-2' })).then((r) => r.value);
    expect(first).toMatchObject({ cancelledNow: true, refund: 'refunded', order: { state: OrderState.Cancelled, refundState: 'succeeded' } });
    expect(again.cancelledNow).toBe(false);
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed', 'refunded']);
  });

  it('keeps asking for a refund the provider did not answer, until it does', async () => {
    const m = moneyShop();
    const order = await placed(m);
    const refund = m.payments.refund.bind(m.payments);
    let down = true;
    m.payments.refund = async (request) => {
      if (down) throw new (await import('../../../src/core/errors')).PaymentUnavailableError('provider down');
      return refund(request);
    };
    const { cancelPlacedOrder } = await import('../../../src/core/settlement');
    const result = await m.scheduler.run(cancelPlacedOrder(m.deps, order, { log: m.deps.logger, token: 'cancel-1' })).then((r) => r.value);
    expect(result).toMatchObject({ cancelledNow: true, refund: 'refund-requested' });
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
    down = false;
    expect(await m.reconcile()).toMatchObject({ refundsMade: 1, noticesSent: 1 });
    expect(await m.deps.orders.get(order.orderId)).toMatchObject({ refundState: 'succeeded' });
    expect(m.emails.map((e) => e.outcome)).toEqual(['placed', 'refunded']);
    expect(await m.reconcile()).toMatchObject({ refundsMade: 0, noticesSent: 0 });
  });
});
