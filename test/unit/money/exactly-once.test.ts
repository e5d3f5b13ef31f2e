/**
 * Every charge once, every sentence about it true: concurrent yeses, writes whose answers were
 * lost (applied, then retried into a failed condition), a second checkout while an order is
 * still being confirmed, and the voice-purchase safeguards under the same faults. In-memory
 * ports on fake time.
 */
import { OrderAlreadyExistsError, OrderState, OrderStateConflictError } from '../../../src/core';
import { hashVoicePin } from '../../../src/core/voice-pin';
import { BUYER, cheap, moneyShop } from '../../support/money-shop';

const NOTHING_CHARGED = /nothing was charged/i;

describe('A yes', () => {
  describe('said many times at once', () => {
    it('charges once, places one order, and no one hears that nothing was charged', async () => {
      const m = moneyShop();
      await m.atQuestion();
      m.payments.delayMs = 400;
      const replies = await m.scheduler.run(Promise.all(Array.from({ length: 20 }, () => m.shop.handle(m.turn('YesIntent')))));
      expect(m.payments.succeeded).toBe(1);
      expect(m.payments.requests).toHaveLength(1);
      const orders = await m.deps.orders.listByCustomer(BUYER.customerId);
      expect(orders.filter((o) => o.state === OrderState.Placed)).toHaveLength(1);
      for (const reply of replies.value) {
        expect(reply.speech).not.toMatch(NOTHING_CHARGED);
        expect(reply.speech).toMatch(/is placed|being confirmed|nothing waiting/);
      }
      expect(replies.value.filter((r) => /is placed/.test(r.speech)).length).toBeGreaterThanOrEqual(2);
      expect(m.emails).toHaveLength(1);
    });
  });

  describe('whose write to PENDING was applied but its answer lost', () => {
    it('knows the order is its own and charges it once', async () => {
      const m = moneyShop();
      await m.atQuestion();
      let lost = false;
      m.faults.current = (method, args) => {
        if (method !== 'transition' || args[2] !== OrderState.Pending || lost) return undefined;
        lost = true;
        return { thenThrow: new OrderStateConflictError(String(args[0]), [OrderState.AwaitingConfirmation]) };
      };
      const reply = await m.say('YesIntent');
      expect(lost).toBe(true);
      expect(reply.speech).toMatch(/is placed/);
      expect(m.payments.succeeded).toBe(1);
    });
  });

  describe('whose purchase question write was applied but its answer lost', () => {
    it('asks the question as if the write had answered', async () => {
      const m = moneyShop();
      await m.say('AddToCartIntent', { product: { value: 'x', id: cheap.sku } });
      m.faults.current = (method, args) => (method === 'create' ? { thenThrow: new OrderAlreadyExistsError((args[0] as { orderId: string }).orderId) } : undefined);
      expect((await m.say('CheckoutIntent')).speech).toMatch(/Should I place the order\?/);
      m.faults.current = undefined;
      expect((await m.say('YesIntent')).speech).toMatch(/is placed/);
    });
  });

  describe('repeated after the turn that charged died before saving', () => {
    it('asks the provider, places the order and does not charge again', async () => {
      const m = moneyShop();
      await m.atQuestion();
      m.faults.current = (method, args) => (method === 'transition' && args[2] === OrderState.Placed ? { thenThrow: new Error('process crashed') } : undefined);
      const first = await m.say('YesIntent');
      expect(first.speech).not.toMatch(NOTHING_CHARGED);
      expect(first.speech).toMatch(/being confirmed/);
      // the failed save left it PENDING in fact: the crash happened before the write
      m.faults.current = undefined;
      const [order] = await m.deps.orders.listByCustomer(BUYER.customerId);
      await m.orderStore.transition(order.orderId, [OrderState.Placed], OrderState.Pending, {}).catch(() => undefined);
      const retried = await m.say('YesIntent');
      expect(retried.speech).toMatch(/is placed|being confirmed/);
      expect(m.payments.requests).toHaveLength(1);
      expect(m.payments.succeeded).toBe(1);
    });
  });
});

describe('A second checkout while an order is being confirmed', () => {
  it('says it is still being confirmed, asks nothing and charges nothing', async () => {
    const m = moneyShop();
    await m.atQuestion();
    m.payments.delayMs = 20_000;
    expect((await m.say('YesIntent')).speech).toMatch(/being confirmed/);
    m.payments.delayMs = 0;
    m.newSession();
    const again = await m.say('CheckoutIntent', {}, { isNewSession: true });
    expect(again.speech).toMatch(/still being confirmed, so I won't charge for them again/);
    expect(again.speech).not.toMatch(/Should I place the order/);
    expect(await m.say('YesIntent')).toMatchObject({ speech: expect.stringMatching(/nothing waiting for a yes/) });
    await m.scheduler.advance(30_000);
    expect(m.payments.requests).toHaveLength(1);
    const orders = await m.deps.orders.listByCustomer(BUYER.customerId);
    expect(orders.filter((o) => o.state !== OrderState.Cancelled)).toHaveLength(1);
  });

  it('still lets the shopper buy other products', async () => {
    const m = moneyShop();
    await m.atQuestion();
    m.payments.delayMs = 20_000;
    await m.say('YesIntent');
    m.payments.delayMs = 0;
    m.newSession();
    const other = 'SKU-10100';
    await m.say('AddToCartIntent', { product: { value: 'x', id: other } }, { isNewSession: true });
    await m.say('RemoveFromCartIntent', { product: { value: 'x', id: cheap.sku } });
    expect((await m.say('CheckoutIntent')).speech).toMatch(/Should I place the order\?/);
  });
});

describe('The daily limit', () => {
  it('counts an order once when its reservation was applied but the answer lost, and gives it back once', async () => {
    const m = moneyShop();
    await m.atQuestion(cheap.sku, 1);
    // the same reservation written twice, as a retried write would
    const order = (await m.deps.orders.listByCustomer(BUYER.customerId))[0];
    expect(await m.security.reserveSpend(BUYER.customerId, '2026-12-01', order.total, 50_000, order.orderId)).toBe(true);
    expect(await m.security.reserveSpend(BUYER.customerId, '2026-12-01', order.total, 50_000, order.orderId)).toBe(true);
    expect((await m.security.get(BUYER.customerId)).spentToday).toBe(order.total);
    await m.security.releaseSpend(BUYER.customerId, '2026-12-01', order.orderId);
    await m.security.releaseSpend(BUYER.customerId, '2026-12-01', order.orderId);
    expect((await m.security.get(BUYER.customerId)).spentToday).toBe(0);
  });

  it('never lets concurrent yeses for different orders pass the limit together', async () => {
    const m = moneyShop();
    m.security.setDailyLimit(BUYER.customerId, 5_000);
    // two shoppers' devices, each with a ~$30 question for the same customer
    await m.atQuestion(cheap.sku, 2);
    await m.say('AddToCartIntent', { product: { value: 'x', id: cheap.sku }, quantity: { value: '2' } }, { userId: 'second-device' });
    await m.say('CheckoutIntent', {}, { userId: 'second-device' });
    const [a, b] = await m.scheduler
      .run(Promise.all([m.shop.handle(m.turn('YesIntent')), m.shop.handle(m.turn('YesIntent', {}, { userId: 'second-device' }))]))
      .then((r) => r.value);
    const placed = [a, b].filter((r) => /is placed/.test(r.speech));
    expect(placed).toHaveLength(1);
    expect([a, b].find((r) => !/is placed/.test(r.speech))?.speech).toMatch(/daily limit/);
    expect(m.payments.succeeded).toBe(1);
  });
});

describe('The voice code', () => {
  it('counts one wrong code once even when its write is repeated', async () => {
    const m = moneyShop();
    await m.security.setPin(BUYER.customerId, await hashVoicePin('4321'));
    const first = await m.security.recordPinFailure(BUYER.customerId, 'attempt-1');
    const repeated = await m.security.recordPinFailure(BUYER.customerId, 'attempt-1');
    const next = await m.security.recordPinFailure(BUYER.customerId, 'attempt-2');
    expect([first, repeated, next]).toEqual([1, 1, 2]);
  });

  it('places a large order with the right code, once', async () => {
    const m = moneyShop();
    await m.security.setPin(BUYER.customerId, await hashVoicePin('4321'));
    await m.atQuestion(cheap.sku, 20);
    expect((await m.say('YesIntent')).speech).toMatch(/voice code/);
    expect((await m.say('VoicePinIntent', { pin: { value: 'four three two one' } })).speech).toMatch(/is placed/);
    expect(m.payments.succeeded).toBe(1);
  });

  it('locks buying by voice after three wrong codes, charging nothing', async () => {
    const m = moneyShop();
    await m.security.setPin(BUYER.customerId, await hashVoicePin('4321'));
    await m.atQuestion(cheap.sku, 20);
    expect((await m.say('YesIntent')).speech).toMatch(/voice code/);
    for (const [said, heard] of [
      ['1111', /2 tries left|two tries left|try again/i],
      ['2222', /1 try left|one try left|try again/i],
      ['3333', /turned off buying by voice/i],
    ] as const) {
      expect((await m.say('VoicePinIntent', { pin: { value: said } })).speech).toMatch(heard);
    }
    expect(m.payments.requests).toHaveLength(0);
    expect((await m.security.get(BUYER.customerId)).pinFailures).toBe(3);
  });
});
