/**
 * A merchant's promotions file: each good row becomes one promotion, whole; a broken row is named
 * by its line and skipped, never half applied; two rows with one id or one code are refused.
 */
import { parsePromotionsFile } from '../../../src/infra/catalog/promotions-file';

const HEADER = 'id,kind,applies_to,value,starts,ends,code,min_spend,per_customer_limit';

describe('parsePromotionsFile', () => {
  it('reads every kind, a day as the whole day, amounts into minor units and codes as written', () => {
    const text = [
      HEADER,
      'coffee,percent-off,category:Coffee,10,2026-03-01,2026-03-31,,,',
      'towels,amount-off,sku:SKU-10002,2.50,2026-03-01T08:00:00Z,2026-03-02T20:00:00Z,,,',
      'pasta,buy n get one,product:SKU-10126,2,2026-03-01,2026-03-31,,,',
      'save,Percent Off,cart,15%,2026-03-01,2026-03-31,save-15,$30.00,1',
      'ship,free-delivery,,,2026-03-01,2026-03-31,,25,',
    ].join('\n');
    const { promotions, problems, rows } = parsePromotionsFile(text, 'csv');
    expect(problems).toEqual([]);
    expect(rows).toBe(5);
    expect(promotions).toEqual([
      {
        id: 'coffee',
        kind: 'percent-off',
        target: { kind: 'category', category: 'coffee' },
        percent: 10,
        startsAt: '2026-03-01T00:00:00.000Z',
        endsAt: '2026-04-01T00:00:00.000Z',
      },
      { id: 'towels', kind: 'amount-off', target: { kind: 'product', sku: 'SKU-10002' }, amount: 250, startsAt: '2026-03-01T08:00:00.000Z', endsAt: '2026-03-02T20:00:00.000Z' },
      { id: 'pasta', kind: 'buy-n-get-one', target: { kind: 'product', sku: 'SKU-10126' }, buy: 2, startsAt: '2026-03-01T00:00:00.000Z', endsAt: '2026-04-01T00:00:00.000Z' },
      {
        id: 'save',
        kind: 'percent-off',
        target: { kind: 'cart' },
        percent: 15,
        startsAt: '2026-03-01T00:00:00.000Z',
        endsAt: '2026-04-01T00:00:00.000Z',
        code: 'SAVE15',
        minSpend: 3000,
        perCustomerLimit: 1,
      },
      { id: 'ship', kind: 'free-delivery', target: { kind: 'cart' }, startsAt: '2026-03-01T00:00:00.000Z', endsAt: '2026-04-01T00:00:00.000Z', minSpend: 2500 },
    ]);
  });

  it('skips each broken row whole, naming its line, and keeps the good ones', () => {
    const text = [
      HEADER,
      'ok,percent-off,cart,10,2026-03-01,2026-03-31,,,',
      'p1,percent-off,cart,0,2026-03-01,2026-03-31,,,',
      'p2,half-price,cart,50,2026-03-01,2026-03-31,,,',
      'p3,amount-off,sku:A B,1.00,2026-03-01,2026-03-31,,,',
      'p4,buy-n-get-one,cart,2,2026-03-01,2026-03-31,,,',
      'p5,free-delivery,category:tea,,2026-03-01,2026-03-31,,,',
      'p6,percent-off,cart,10,2026-03-31,2026-03-01,,,',
      'p7,percent-off,cart,10,next week,2026-03-31,,,',
      'p8,percent-off,cart,10,2026-03-01,2026-03-31,X,,',
      'p9,percent-off,cart,10,2026-03-01,2026-03-31,,ten,',
      'p10,percent-off,cart,10,2026-03-01,2026-03-31,,,0',
      'ok,amount-off,cart,1.00,2026-03-01,2026-03-31,,,',
      'p11,percent-off,cart,5,2026-03-01,2026-03-31,SAVE5,,',
      'p12,percent-off,cart,6,2026-03-01,2026-03-31,save 5,,',
      'p13,percent-off,cart',
    ].join('\n');
    const { promotions, problems } = parsePromotionsFile(text, 'csv');
    expect(promotions.map((p) => p.id)).toEqual(['ok', 'p11']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'value must be a whole percentage from 1 to 100, got "0"'],
      [4, 'kind "half-price" is not one of percent-off, amount-off, buy-n-get-one, free-delivery'],
      [5, 'sku "A B" may only hold letters, digits, - and _'],
      [6, 'buy-n-get-one needs a product or a category (sku:… or category:…)'],
      [7, 'free delivery applies to the cart only'],
      [8, 'ends must come after starts'],
      [9, 'starts must be a day (2026-12-01) or an ISO time (2026-12-01T08:00:00Z), got "next week"'],
      [10, 'code "X" must be 3 to 20 letters and digits, with at least one letter'],
      [11, 'min_spend must be an amount like 30.00, got "ten"'],
      [12, 'per_customer_limit must be a whole number of orders (1 or more), got "0"'],
      [13, 'duplicate id ok (first on line 2)'],
      [15, 'code SAVE5 is already used on line 14: one promotion per code'],
      [16, 'expected 9 fields as in the header, found 3'],
    ]);
  });

  it('reads JSON with the same keys, each row by its line', () => {
    const text =
      '[\n  { "id": "a", "kind": "percent-off", "applies_to": "cart", "value": 10, "starts": "2026-03-01", "ends": "2026-03-31" },\n  { "id": "b", "kind": "percent-off" }\n]';
    const { promotions, problems } = parsePromotionsFile(text, 'json');
    expect(promotions.map((p) => p.id)).toEqual(['a']);
    expect(problems).toEqual([{ line: 3, sku: 'b', message: 'applies_to is empty: cart, category:<category> or sku:<sku>' }]);
  });

  it('refuses a file it cannot read at all, with the line where it breaks', () => {
    expect(parsePromotionsFile(`${HEADER}\nx,"percent-off,cart`, 'csv')).toMatchObject({
      fatal: true,
      promotions: [],
      problems: [{ line: 2, message: 'a quoted field is never closed' }],
    });
    expect(parsePromotionsFile('{ "id": "a" }', 'json')).toMatchObject({ fatal: true, problems: [{ line: 1, message: 'the file must hold a JSON array of promotions' }] });
  });
});
