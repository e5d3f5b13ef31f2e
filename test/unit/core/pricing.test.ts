import { addBusinessDays, quote } from '../../../src/core/pricing';
import { TEST_POLICY } from '../../support/memory-shop';

const policy = TEST_POLICY;
const line = (sku: string, quantity: number, unitPrice: number) => ({ sku, name: sku, quantity, unitPrice });

describe('quote', () => {
  it('adds tax rounded half up to the cent and the delivery fee under the free-delivery threshold', () => {
    const q = quote([line('A', 2, 999)], policy);
    expect(q.subtotal).toBe(1998);
    expect(q.tax).toBe(165); // 19.98 × 8.25% = 1.648…
    expect(q.deliveryFee).toBe(499);
    expect(q.total).toBe(1998 + 165 + 499);
  });

  it('delivers free from the threshold on', () => {
    expect(quote([line('A', 1, 3500)], policy).deliveryFee).toBe(0);
    expect(quote([line('A', 1, 3499)], policy).deliveryFee).toBe(499);
  });

  it('gives a different hash when a price, a quantity or an item changes, and the same hash otherwise', () => {
    const base = quote([line('A', 1, 500), line('B', 2, 300)], policy);
    expect(quote([line('A', 1, 500), line('B', 2, 300)], policy).hash).toBe(base.hash);
    expect(quote([line('A', 1, 501), line('B', 2, 300)], policy).hash).not.toBe(base.hash);
    expect(quote([line('A', 2, 500), line('B', 2, 300)], policy).hash).not.toBe(base.hash);
    expect(quote([line('A', 1, 500)], policy).hash).not.toBe(base.hash);
  });
});

describe('addBusinessDays', () => {
  it('skips the weekend', () => {
    // Friday 2026-11-20 + 2 business days = Tuesday 2026-11-24
    expect(addBusinessDays(new Date('2026-11-20T15:00:00Z'), 2).toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(addBusinessDays(new Date('2026-11-23T09:00:00Z'), 2).toISOString().slice(0, 10)).toBe('2026-11-25');
  });
});
