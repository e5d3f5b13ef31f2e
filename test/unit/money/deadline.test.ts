/**
 * What the shopper hears about money is what happens, whatever the clock does: the core on
 * in-memory ports and fake time (FakeScheduler), with stores and a payment provider that are slow
 * exactly where each case needs it.
 */
import { OrderState } from '../../../src/core';
import { DEFAULT_TURN_BUDGET } from '../../../src/core/budget';
import { moneyShop } from '../../support/money-shop';

const ALEXA_WITHIN = DEFAULT_TURN_BUDGET.alexaMs - DEFAULT_TURN_BUDGET.marginMs; // 6.5 s
const DIALOGFLOW_WITHIN = DEFAULT_TURN_BUDGET.dialogflowMs - DEFAULT_TURN_BUDGET.marginMs; // 3.5 s
const NOTHING_CHARGED = /Nothing was charged|nothing was charged/;

describe('The turn deadline', () => {
  describe('when the stores are slow before the charge starts', () => {
    it.each([
      ['alexa', ALEXA_WITHIN],
      ['dialogflow', DIALOGFLOW_WITHIN],
    ] as const)('answers on %s at the deadline that nothing was charged, and nothing ever is', async (platform, within) => {
      // Given a purchase question, and a store whose reads take 40% of the turn from now on
      const m = moneyShop();
      await m.atQuestion(undefined, undefined, platform);
      m.faults.current = (method) => (method === 'get' ? { beforeMs: within * 0.4 } : undefined);
      // When the shopper says yes on a slow store
      const reply = await m.say('YesIntent', {}, { platform });
      // Then the reply came at the deadline and says nothing was charged
      expect(reply.tookMs).toBe(within);
      expect(reply.speech).toMatch(NOTHING_CHARGED);
      // ... and however long the late work runs on, no charge is ever made
      await m.scheduler.advance(120_000);
      expect(m.payments.requests).toHaveLength(0);
      expect(m.payments.succeeded).toBe(0);
      const orders = await m.deps.orders.listByCustomer('cust-money-1');
      expect(orders.every((o) => o.state !== OrderState.Placed && o.state !== OrderState.Pending)).toBe(true);
      // ... and reconciliation has nothing to charge either
      m.faults.current = undefined;
      await m.reconcile();
      expect(m.payments.succeeded).toBe(0);
    });

    it("cancels the order a late yes moved to PENDING after the timer spoke, and gives the day's spending back", async () => {
      const m = moneyShop();
      await m.atQuestion();
      // the move to PENDING lands only after the deadline
      m.faults.current = (method, args) => (method === 'transition' && args[2] === OrderState.Pending ? { beforeMs: 7000 } : undefined);
      const reply = await m.say('YesIntent');
      expect(reply.speech).toMatch(NOTHING_CHARGED);
      await m.scheduler.advance(10_000);
      const [order] = await m.deps.orders.listByCustomer('cust-money-1');
      expect(order).toMatchObject({ state: OrderState.Cancelled, cancelReason: 'too-slow' });
      expect(m.payments.requests).toHaveLength(0);
      expect((await m.security.get('cust-money-1')).spentToday).toBe(0);
      // nobody was told the order was being confirmed, so no email is owed
      expect(m.emails).toHaveLength(0);
    });
  });

  describe('taken when the request arrived', () => {
    it('starts no charge when the time before the deadline cannot cover the provider and the save, and keeps the question', async () => {
      const m = moneyShop();
      await m.atQuestion();
      // the request arrived 6.2 s ago (a cold start, a slow network): 300 ms are left
      const arrivedAt = m.scheduler.now() - 6_200;
      const reply = await m.say('YesIntent', {}, {}, { arrivedAt });
      expect(reply.speech).toMatch(/took too long.*nothing was charged.*Should I place the order\?/);
      expect(reply.endSession).toBe(false);
      expect(m.payments.requests).toHaveLength(0);
      // the shopper can say yes again, in time now
      const again = await m.say('YesIntent');
      expect(again.speech).toMatch(/is placed/);
      expect(m.payments.succeeded).toBe(1);
    });

    it("answers by Lambda's own remaining time when that is shorter than the platform's", async () => {
      const m = moneyShop();
      m.faults.current = (method) => (method === 'get' ? { beforeMs: 5_000 } : undefined);
      const reply = await m.say('ViewCartIntent', {}, {}, { lambdaRemainingMs: 3_000 });
      expect(reply.tookMs).toBe(3_000 - DEFAULT_TURN_BUDGET.marginMs);
      expect(reply.speech).toMatch(/very busy/);
    });
  });

  describe('once the charge has started', () => {
    it('says the order is being confirmed when the provider is slower than the turn, and settles it with one email', async () => {
      const m = moneyShop();
      await m.atQuestion();
      m.payments.delayMs = 10_000;
      const reply = await m.say('YesIntent');
      expect(reply.speech).toMatch(/still being confirmed.*email/);
      expect(reply.card?.text).toMatch(/being confirmed/);
      expect(reply.tookMs).toBeLessThanOrEqual(ALEXA_WITHIN);
      const [pending] = await m.deps.orders.listByCustomer('cust-money-1');
      expect(pending.state).toBe(OrderState.Pending);
      expect(m.emails).toHaveLength(0);
      // the provider charged it; reconciliation asks and settles, once
      await m.scheduler.advance(10_000);
      const report = await m.reconcile();
      expect(report).toMatchObject({ placed: 1 });
      expect((await m.deps.orders.get(pending.orderId))?.state).toBe(OrderState.Placed);
      expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
      expect(m.payments.succeeded).toBe(1);
      expect(await m.reconcile()).toMatchObject({ examined: 0, noticesSent: 0 });
      expect(m.emails).toHaveLength(1);
    });

    it('lets the timer say "being confirmed" when the save after the charge is late, and the email follows from the late turn', async () => {
      const m = moneyShop();
      await m.atQuestion();
      m.faults.current = (method, args) => (method === 'transition' && args[2] === OrderState.Placed ? { beforeMs: 8_000 } : undefined);
      const reply = await m.say('YesIntent');
      expect(reply.tookMs).toBe(ALEXA_WITHIN);
      expect(reply.speech).toMatch(/still being confirmed/);
      expect(reply.speech).not.toMatch(NOTHING_CHARGED);
      await m.scheduler.advance(10_000);
      const [order] = await m.deps.orders.listByCustomer('cust-money-1');
      expect(order.state).toBe(OrderState.Placed);
      expect(m.payments.succeeded).toBe(1);
      expect(m.emails.map((e) => e.outcome)).toEqual(['placed']);
    });

    it('emails a decline the shopper never heard because the timer spoke first', async () => {
      const m = moneyShop();
      await m.atQuestion();
      m.payments.next({ kind: 'decline' });
      m.faults.current = (method, args) => (method === 'transition' && args[2] === OrderState.Failed ? { beforeMs: 8_000 } : undefined);
      const reply = await m.say('YesIntent');
      expect(reply.speech).toMatch(/still being confirmed/);
      await m.scheduler.advance(10_000);
      const [order] = await m.deps.orders.listByCustomer('cust-money-1');
      expect(order).toMatchObject({ state: OrderState.Failed, declineCode: 'card_declined' });
      expect(m.emails.map((e) => e.outcome)).toEqual(['failed']);
      expect(m.payments.succeeded).toBe(0);
    });
  });

  describe('a turn that finishes late', () => {
    it('does not overwrite the dialog state of a newer turn', async () => {
      const m = moneyShop();
      await m.say('Launch');
      m.faults.current = (method) => (method === 'save' ? { beforeMs: 9_000 } : undefined);
      const slow = m.shop.handle(m.turn('SearchIntent', { product: { value: 'coffee' } }));
      await m.scheduler.advance(ALEXA_WITHIN);
      expect((await slow).speech).toMatch(/very busy/);
      m.faults.current = undefined;
      const next = await m.say('SearchIntent', { product: { value: 'paper towels' } });
      expect(next.speech).toMatch(/paper towels/i);
      await m.scheduler.advance(10_000);
      const state = await m.stateStore.get('alexa:money-user');
      expect(state?.list?.query).toMatch(/paper towels/);
    });
  });
});
