/**
 * quote() with promotions: every kind takes off what it says, the right lines only, never more
 * than the goods; tax is on what is left; and the hash covers every discount, so a promotion
 * that starts or ends between the purchase question and the yes changes it.
 */
import { createHash } from 'node:crypto';
import { quote, type ShopPolicy } from '../../../src/core/pricing';
import { isCurrent, usesOf, type ActivePromotion, type Promotion, type PromotionsInForce } from '../../../src/core/promotions';
import { TEST_POLICY } from '../../support/memory-shop';

const line = (sku: string, quantity: number, unitPrice: number) => ({ sku, name: sku, quantity, unitPrice });
const base = { startsAt: '2026-03-01T00:00:00.000Z', endsAt: '2026-04-01T00:00:00.000Z' };
const withPromotions = (inForce: PromotionsInForce): ShopPolicy => ({ ...TEST_POLICY, promotions: inForce });

const coffeeTenPercent: ActivePromotion = {
  id: 'coffee',
  kind: 'percent-off',
  target: { kind: 'category', category: 'coffee' },
  percent: 10,
  ...base,
  skus: new Set(['COFFEE-1', 'COFFEE-2']),
};
const dollarOffTowels: ActivePromotion = { id: 'towels', kind: 'amount-off', target: { kind: 'product', sku: 'TOWELS' }, amount: 100, ...base };
const pastaThreeForTwo: ActivePromotion = { id: 'pasta', kind: 'buy-n-get-one', target: { kind: 'product', sku: 'PASTA' }, buy: 2, ...base };
const saveTen: ActivePromotion = { id: 'save-ten', kind: 'percent-off', target: { kind: 'cart' }, percent: 10, code: 'SAVE10', minSpend: 2000, perCustomerLimit: 1, ...base };
const freeDelivery: ActivePromotion = { id: 'ship', kind: 'free-delivery', target: { kind: 'cart' }, minSpend: 1500, ...base };

describe('quote with promotions', () => {
  it('takes a percentage off the lines of a category only, and tax from what is left', () => {
    const q = quote([line('COFFEE-1', 2, 899), line('MILK', 1, 389)], withPromotions({ active: [coffeeTenPercent] }));
    expect(q.subtotal).toBe(2187);
    expect(q.discount).toBe(180); // 10% of 17.98
    expect(q.discounts).toEqual([{ promotionId: 'coffee', amount: 180, on: 'goods' }]);
    expect(q.tax).toBe(Math.floor(((2187 - 180) * 825 + 5000) / 10000));
    expect(q.total).toBe(2187 - 180 + q.tax + 499);
  });

  it('takes an amount off each item of a product, never more than its price', () => {
    expect(quote([line('TOWELS', 3, 1299)], withPromotions({ active: [dollarOffTowels] })).discount).toBe(300);
    expect(quote([line('TOWELS', 1, 50)], withPromotions({ active: [dollarOffTowels] })).discount).toBe(50);
  });

  it('gives one free for every N bought of the same product', () => {
    const q = (n: number) => quote([line('PASTA', n, 159)], withPromotions({ active: [pastaThreeForTwo] })).discount;
    expect([q(2), q(3), q(5), q(6)]).toEqual([0, 159, 159, 318]);
  });

  it('lets a line take the one promotion that saves it most, not both', () => {
    const alsoCoffee: ActivePromotion = { ...dollarOffTowels, id: 'coffee-dollar', target: { kind: 'product', sku: 'COFFEE-1' } };
    const q = quote([line('COFFEE-1', 1, 899)], withPromotions({ active: [coffeeTenPercent, alsoCoffee] }));
    expect(q.discounts).toEqual([{ promotionId: 'coffee-dollar', amount: 100, on: 'goods' }]);
  });

  it('applies a coded promotion only with its code, from its minimum spend, within its limit', () => {
    const lines = [line('A', 1, 2500)];
    expect(quote(lines, withPromotions({ active: [saveTen] })).discount).toBe(0);
    expect(quote(lines, withPromotions({ active: [saveTen], code: 'SAVE10' })).discounts).toEqual([{ promotionId: 'save-ten', code: 'SAVE10', amount: 250, on: 'goods' }]);
    expect(quote([line('A', 1, 1999)], withPromotions({ active: [saveTen], code: 'SAVE10' })).discount).toBe(0);
    expect(quote(lines, withPromotions({ active: [saveTen], code: 'SAVE10', used: new Map([['save-ten', 1]]) })).discount).toBe(0);
  });

  it('takes the cart discount off what the item discounts left', () => {
    const q = quote([line('COFFEE-1', 3, 1000)], withPromotions({ active: [coffeeTenPercent, saveTen], code: 'SAVE10' }));
    expect(q.discounts.map((d) => [d.promotionId, d.amount])).toEqual([
      ['coffee', 300],
      ['save-ten', 270],
    ]);
    expect(q.discount).toBe(570);
  });

  it('makes delivery free from its threshold, and says so as a discount on the delivery', () => {
    const below = quote([line('A', 1, 1400)], withPromotions({ active: [freeDelivery] }));
    expect(below.deliveryFee).toBe(499);
    const above = quote([line('A', 1, 1500)], withPromotions({ active: [freeDelivery] }));
    expect(above.deliveryFee).toBe(0);
    expect(above.discounts).toEqual([{ promotionId: 'ship', amount: 499, on: 'delivery' }]);
    expect(above.discount).toBe(0);
    expect(above.total).toBe(1500 + above.tax);
  });

  it('never takes off more than the goods', () => {
    const huge: ActivePromotion = { ...saveTen, id: 'huge', kind: 'amount-off', amount: 10_000, code: undefined, minSpend: undefined };
    const q = quote([line('A', 1, 300)], withPromotions({ active: [huge] }));
    expect(q.discount).toBe(300);
    expect(q.tax).toBe(0);
  });

  it('hashes a quote without promotions as it always did, and apart from the same quote with one', () => {
    const lines = [line('COFFEE-1', 1, 899)];
    const plain = quote(lines, TEST_POLICY);
    expect(plain.discounts).toEqual([]);
    expect(quote(lines, withPromotions({ active: [] })).hash).toBe(plain.hash);
    // the hash as it was before promotions existed: lines, prices, totals and currency only,
    // so orders asked about before this change are still confirmed by a yes
    const legacy = JSON.stringify({ lines: [['COFFEE-1', 1, 899]], subtotal: 899, tax: plain.tax, deliveryFee: 499, total: plain.total, currency: 'USD' });
    expect(plain.hash).toBe(createHash('sha256').update(legacy).digest('hex').slice(0, 32));
    expect(quote(lines, withPromotions({ active: [coffeeTenPercent] })).hash).not.toBe(plain.hash);
  });

  it('changes the hash when a promotion starts or ends between the question and the yes', () => {
    const lines = [line('COFFEE-1', 2, 899)];
    const asked = new Date('2026-03-31T23:59:00Z');
    const answered = new Date('2026-04-01T00:01:00Z');
    const inForceAt = (at: Date) => ({ active: [coffeeTenPercent].filter((p) => isCurrent(p, at)) });
    expect(quote(lines, withPromotions(inForceAt(asked))).hash).not.toBe(quote(lines, withPromotions(inForceAt(answered))).hash);
    const starting: Promotion = { ...coffeeTenPercent, startsAt: '2026-04-01T00:00:00.000Z', endsAt: '2026-05-01T00:00:00.000Z' };
    const startingAt = (at: Date) => ({ active: [starting].filter((p) => isCurrent(p, at)).map((p) => ({ ...p, skus: coffeeTenPercent.skus })) });
    expect(quote(lines, withPromotions(startingAt(asked))).hash).not.toBe(quote(lines, withPromotions(startingAt(answered))).hash);
  });
});

describe('promotions', () => {
  it('are current from their start to just before their end', () => {
    expect(isCurrent(base, new Date('2026-02-28T23:59:59Z'))).toBe(false);
    expect(isCurrent(base, new Date('2026-03-01T00:00:00Z'))).toBe(true);
    expect(isCurrent(base, new Date('2026-03-31T23:59:59Z'))).toBe(true);
    expect(isCurrent(base, new Date('2026-04-01T00:00:00Z'))).toBe(false);
  });

  it('count one use per placed order that carried their discount', () => {
    const used = usesOf([
      { discounts: [{ promotionId: 'save-ten', amount: 100, on: 'goods' }] },
      { discounts: [] },
      {},
      {
        discounts: [
          { promotionId: 'save-ten', amount: 50, on: 'goods' },
          { promotionId: 'ship', amount: 499, on: 'delivery' },
        ],
      },
    ]);
    expect(Object.fromEntries(used)).toEqual({ 'save-ten': 2, ship: 1 });
  });
});
