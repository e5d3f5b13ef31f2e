import { createHash } from 'node:crypto';
import { deliveryDiscount, goodsDiscounts, type PromotionsInForce, type QuoteDiscount } from './promotions';

export type { QuoteDiscount } from './promotions';

/** Days of the week as a policy file names them. */
export const Weekday = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' } as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];
export const WEEK: readonly Weekday[] = Object.values(Weekday);

/** Open from `opens` to `closes` ("08:00", "20:00", 24-hour clock) on each of `days`. */
export interface OpeningHours {
  days: Weekday[];
  opens: string;
  closes: string;
}

/**
 * Text the shop configures, said as written: one string for every locale, or one per locale or
 * language ({ "en": "…", "de": "…" }); a locale without its own text uses its language's, then English.
 */
export type PolicyText = string | Readonly<Record<string, string>>;

/** A store or pickup point a shopper can go to. */
export interface StoreLocation {
  name: string;
  address: PolicyText;
  /** when it is open; none: not said */
  hours?: OpeningHours[];
  /** orders can be collected here */
  pickup: boolean;
}

/** What the shop charges on top of goods, and how it delivers, takes back and is reached. Amounts are integer minor units. */
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

  // — what the shop tells shoppers about itself; unset means the shop makes no claim —
  /** where the shop delivers ("Seattle and the Eastside"); unset: not said */
  deliveryArea?: PolicyText;
  /** days after delivery an item can be sent back; unset: returns go through customer service, no number is promised */
  returnsWindowDays?: number;
  /** how a return is made ("Call us and we'll collect it"); unset: call customer service */
  returnsHow?: PolicyText;
  /** when customer service (the shop, for an online shop) answers; unset: the supportHours text alone */
  openingHours?: OpeningHours[];
  /** IANA time zone of the opening hours, so "are you open now" can be answered; unset: not answered */
  timeZone?: string;
  /** stores and pickup points; none: delivery only */
  stores?: StoreLocation[];
  /** card brands the saved payment method may be ("Visa", "Mastercard"); empty: "a card" */
  paymentMethods?: string[];

  // — deals and coupons (decide) —
  /**
   * The promotions in force for one turn, the shopper's code and their past uses: attached to
   * the turn's policy by the deals flow before anything is quoted (see TurnContext.policy). The
   * configured policy has none, and a quote without them has no discounts.
   */
  promotions?: PromotionsInForce;
}

/** The text for a locale: its own, else its language's, else English, else the first there is. */
export function policyText(text: PolicyText | undefined, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const language = locale.split('-')[0];
  return text[locale] ?? text[language] ?? text.en ?? Object.values(text)[0];
}

/** The part of the subtotal still missing for free delivery; 0 when it is free already, undefined when it never is. */
export function toFreeDelivery(subtotal: number, policy: Pick<ShopPolicy, 'freeDeliveryFrom'>): number | undefined {
  if (policy.freeDeliveryFrom <= 0) return undefined;
  return Math.max(0, policy.freeDeliveryFrom - subtotal);
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
  /** taken off the goods by promotions (before tax); 0 when none applies */
  discount: number;
  /** every promotion used, on the goods or the delivery fee; empty when none applies */
  discounts: QuoteDiscount[];
  tax: number;
  deliveryFee: number;
  total: number;
  currency: string;
  /** hash of lines, prices, discounts and totals: a yes is bound to exactly what was asked about */
  hash: string;
}

/**
 * The one place totals are computed. Promotions in force (`policy.promotions`) come off the
 * goods first; tax is on what is left, half up to the cent; delivery is free from the policy's
 * threshold (on the discounted goods) or by a free-delivery promotion. The hash covers every
 * discount, so a promotion that starts or ends between the purchase question and the "yes"
 * changes it and the shop asks again.
 */
export function quote(lines: readonly QuoteLine[], policy: ShopPolicy): Quote {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const inForce = lines.length > 0 ? policy.promotions : undefined;
  const discounts = inForce ? goodsDiscounts(lines, subtotal, inForce) : [];
  const discount = Math.min(
    subtotal,
    discounts.reduce((sum, d) => sum + d.amount, 0),
  );
  const goods = subtotal - discount;
  // Half-up rounding on integer cents, as a till would.
  const tax = Math.floor((goods * policy.taxRateBps + 5000) / 10000);
  const freeDelivery = policy.freeDeliveryFrom > 0 && goods >= policy.freeDeliveryFrom;
  let deliveryFee = lines.length === 0 || freeDelivery ? 0 : policy.deliveryFee;
  const delivery = inForce ? deliveryDiscount(deliveryFee, subtotal, inForce) : undefined;
  if (delivery) {
    discounts.push(delivery);
    deliveryFee = 0;
  }
  const total = goods + tax + deliveryFee;
  const canonical = JSON.stringify({
    lines: lines.map((l) => [l.sku, l.quantity, l.unitPrice]),
    subtotal,
    tax,
    deliveryFee,
    total,
    currency: policy.currency,
    // only when there are any, so a quote without promotions hashes as it always has
    ...(discounts.length > 0 ? { discounts: discounts.map((d) => [d.promotionId, d.code ?? '', d.amount, d.on]) } : {}),
  });
  const hash = createHash('sha256').update(canonical).digest('hex').slice(0, 32);
  return { lines: [...lines], subtotal, discount, discounts, tax, deliveryFee, total, currency: policy.currency, hash };
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
