import { createHash } from 'node:crypto';

/** What the shop charges on top of goods. Amounts are integer minor units. */
export interface ShopPolicy {
  sellerName: string;
  currency: string;
  /** sales tax in basis points (825 = 8.25%) */
  taxRateBps: number;
  deliveryFee: number;
  /** subtotal at or above which delivery is free; 0 turns free delivery off */
  freeDeliveryFrom: number;
  /** business days from order to delivery */
  deliveryDays: number;
  maxQuantity: number;
  supportPhone: string;
  supportHours: string;
  /** minutes a purchase question stays answerable */
  confirmationTtlMinutes: number;
  /** minutes after placing during which the shopper may cancel an order by voice (unset: 30; see cancelWindowMs) */
  cancelWindowMinutes?: number;
}

export interface QuoteLine {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface Quote {
  lines: QuoteLine[];
  subtotal: number;
  tax: number;
  deliveryFee: number;
  total: number;
  currency: string;
  /** hash of lines, prices and totals: a yes is bound to exactly what was asked about */
  hash: string;
}

export function quote(lines: readonly QuoteLine[], policy: ShopPolicy): Quote {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  // Half-up rounding on integer cents, as a till would.
  const tax = Math.floor((subtotal * policy.taxRateBps + 5000) / 10000);
  const freeDelivery = policy.freeDeliveryFrom > 0 && subtotal >= policy.freeDeliveryFrom;
  const deliveryFee = lines.length === 0 || freeDelivery ? 0 : policy.deliveryFee;
  const total = subtotal + tax + deliveryFee;
  const canonical = JSON.stringify({
    lines: lines.map((l) => [l.sku, l.quantity, l.unitPrice]),
    subtotal,
    tax,
    deliveryFee,
    total,
    currency: policy.currency,
  });
  const hash = createHash('sha256').update(canonical).digest('hex').slice(0, 32);
  return { lines: [...lines], subtotal, tax, deliveryFee, total, currency: policy.currency, hash };
}

/** Adds business days (Mon–Fri) to a date, in UTC. */
export function addBusinessDays(from: Date, days: number): Date {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}
