/**
 * Coupons on the money path, which is not changed: the purchase question names the discount and
 * the total it includes, the yes charges exactly that total, a promotion that ended between the
 * question and the yes makes the shop ask again (nothing charged), and a coupon counts against
 * its per-customer limit once an order with it is placed, not when it is only asked about.
 */
import { IntentName, OrderState } from '../../../src/core';
import type { Promotion } from '../../../src/core/promotions';
import type { MemoryPaymentGateway } from '../../../src/infra/payment/memory';
import { MemoryPromotionStore } from '../../../src/infra/memory/deciding-stores';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

const linked = { accessToken: `token:${SHOPPER.customerId}` };
const valid = { startsAt: '2026-11-01T00:00:00.000Z', endsAt: '2026-12-01T00:00:00.000Z' };
const SAVE10: Promotion = { id: 'save-ten', kind: 'percent-off', target: { kind: 'cart' }, percent: 10, code: 'SAVE10', minSpend: 2000, perCustomerLimit: 1, ...valid };

function shopAt(iso: string, promotions: Promotion[]) {
  let now = new Date(iso);
  const m = memoryShop(now);
  m.deps.clock = { now: () => now };
  m.deps.promotions = new MemoryPromotionStore(promotions);
  return { ...m, setNow: (next: string) => (now = new Date(next)) };
}

describe('A coupon at checkout', () => {
  it('is named in the purchase question, and the yes charges the total said', async () => {
    const m = shopAt('2026-11-20T10:00:00Z', [SAVE10]);
    await m.say(IntentName.AddToCart, { product: { value: 'SKU-10002', id: 'SKU-10002' } }, linked);
    expect((await m.say(IntentName.ApplyCoupon, { code: { value: 'save ten' } }, linked)).speech).toMatch(/^Done: code SAVE10 gives you 10% off orders of \$20\.00 or more\./);
    const question = await m.say(IntentName.Checkout, {}, linked);
    expect(question.speech).toContain('Subtotal $23.49, less $2.35 with code SAVE10, tax $1.74, delivery $4.99, total $27.87');
    const placed = await m.say(IntentName.Yes, {}, linked);
    expect(placed.speech).toMatch(/is placed, total \$27\.87\./);
    const [order] = await m.deps.orders.listByCustomer(SHOPPER.customerId, 1);
    expect(order).toMatchObject({
      state: OrderState.Placed,
      subtotal: 2349,
      discount: 235,
      total: 2787,
      discounts: [{ promotionId: 'save-ten', code: 'SAVE10', amount: 235, on: 'goods' }],
    });
    expect(await (m.deps.payments as MemoryPaymentGateway).recorded(order.orderId)).toMatchObject({ amount: 2787 });
  });

  it('that ended between the question and the yes: the question again, at the price now, nothing charged', async () => {
    const flash: Promotion = {
      id: 'flash',
      kind: 'amount-off',
      target: { kind: 'product', sku: 'SKU-10002' },
      amount: 300,
      startsAt: '2026-11-20T09:00:00.000Z',
      endsAt: '2026-11-20T10:05:00.000Z',
    };
    const m = shopAt('2026-11-20T10:00:00Z', [flash]);
    await m.say(IntentName.AddToCart, { product: { value: 'SKU-10002', id: 'SKU-10002' } }, linked);
    expect((await m.say(IntentName.Checkout, {}, linked)).speech).toContain('less $3.00 in offers');
    m.setNow('2026-11-20T10:06:00Z');
    const again = await m.say(IntentName.Yes, {}, linked);
    expect(again.speech).toMatch(
      /^Your order changed since I asked\. From Corner Shop: 1 Brightfield Paper Towels\. Subtotal \$23\.49, tax \$1\.94, delivery \$4\.99, total \$30\.42/,
    );
    expect((m.deps.payments as MemoryPaymentGateway).succeeded).toBe(0);
    const orders = await m.deps.orders.listByCustomer(SHOPPER.customerId, 5);
    expect(orders.map((o) => [o.state, o.total])).toEqual([
      [OrderState.AwaitingConfirmation, 3042],
      [OrderState.Cancelled, 2717],
    ]);
  });

  it('that started between the question and the yes: asked again with the discount, never charged the old total', async () => {
    const later: Promotion = { ...SAVE10, id: 'later', code: undefined, minSpend: undefined, perCustomerLimit: undefined, startsAt: '2026-11-20T10:05:00.000Z' };
    const m = shopAt('2026-11-20T10:00:00Z', [later]);
    await m.say(IntentName.AddToCart, { product: { value: 'SKU-10002', id: 'SKU-10002' } }, linked);
    expect((await m.say(IntentName.Checkout, {}, linked)).speech).toContain('total $30.42');
    m.setNow('2026-11-20T10:06:00Z');
    expect((await m.say(IntentName.Yes, {}, linked)).speech).toMatch(/^Your order changed since I asked\..*less \$2\.35 in offers.*total \$27\.87/);
    expect((m.deps.payments as MemoryPaymentGateway).succeeded).toBe(0);
  });

  it('counts against its limit only once an order with it is placed', async () => {
    const m = shopAt('2026-11-20T10:00:00Z', [SAVE10]);
    await m.say(IntentName.AddToCart, { product: { value: 'SKU-10002', id: 'SKU-10002' } }, linked);
    await m.say(IntentName.ApplyCoupon, { code: { value: 'save ten' } }, linked);
    await m.say(IntentName.Checkout, {}, linked);
    // the question is answered no: the order with the discount is cancelled, not placed
    await m.say(IntentName.No, {}, linked);
    expect((await m.say(IntentName.ApplyCoupon, { code: { value: 'save ten' } }, { ...linked, sessionId: 'session-2', isNewSession: true })).speech).toMatch(/^Done: code SAVE10/);
    await m.say(IntentName.Checkout, {}, { ...linked, sessionId: 'session-2' });
    await m.say(IntentName.Yes, {}, { ...linked, sessionId: 'session-2' });
    const again = await m.say(IntentName.ApplyCoupon, { code: { value: 'save ten' } }, { ...linked, sessionId: 'session-3', isNewSession: true });
    expect(again.speech).toBe("You've already used code SAVE10 as often as it allows, so I can't apply it again.");
  });
});
