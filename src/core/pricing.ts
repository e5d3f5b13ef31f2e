import { createHash } from 'node:crypto';

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
