/**
 * The shop's promotions and what they take off a quote. A promotion is a percentage or an amount
 * off a product, a category or the whole cart, a buy-N-get-one on a product or a category, or
 * free delivery; each has validity dates, and may need a code, a minimum spend, and a limit of
 * uses per customer. Pricing (`quote` in pricing.ts) is the only caller of `discountsFor`: what a
 * shopper is asked to pay and what is charged come from the same sum.
 */

export const PromotionKind = {
  PercentOff: 'percent-off',
  AmountOff: 'amount-off',
  BuyNGetOne: 'buy-n-get-one',
  FreeDelivery: 'free-delivery',
} as const;
export type PromotionKind = (typeof PromotionKind)[keyof typeof PromotionKind];

/** What a promotion applies to. */
export type PromotionTarget = { kind: 'cart' } | { kind: 'category'; category: string } | { kind: 'product'; sku: string };

export interface Promotion {
  /** the merchant's own id ("spring-coffee"); an import replaces the promotion with the same id */
  id: string;
  kind: PromotionKind;
  target: PromotionTarget;
  /** percent-off: 1 to 100 */
  percent?: number;
  /** amount-off, in minor units: off each item of a product or category, once off a cart */
  amount?: number;
  /** buy-n-get-one: buy this many of one product, the next one is free */
  buy?: number;
  /** valid from this ISO time on … */
  startsAt: string;
  /** … until this ISO time (not included) */
  endsAt: string;
  /** the code a shopper says to use it, as written (upper-case letters and digits); none: it applies by itself */
  code?: string;
  /** the cart's subtotal (before any discount, minor units) from which it applies */
  minSpend?: number;
  /** placed orders per customer that may use it; none: no limit */
  perCustomerLimit?: number;
}

/** A promotion in force for one quote; a category's products are resolved to their skus. */
export type ActivePromotion = Promotion & { skus?: ReadonlySet<string> };

/**
 * What a quote applies besides the shop's policy: the promotions valid at the moment it is
 * asked for, the code the shopper applied, and how often each promotion is already used on this
 * shopper's placed orders.
 */
export interface PromotionsInForce {
  active: readonly ActivePromotion[];
  code?: string;
  used?: ReadonlyMap<string, number>;
}

/** One discount on a quote, as stored on the order: a promotion used counts against its limit from there. */
export interface QuoteDiscount {
  promotionId: string;
  code?: string;
  /** minor units taken off */
  amount: number;
  /** taken off the goods (before tax) or off the delivery fee */
  on: 'goods' | 'delivery';
}

/** A line as pricing sees it. */
export interface PricedItem {
  sku: string;
  quantity: number;
  unitPrice: number;
}

/** Valid at `now`: from its start (included) to its end (not included). */
export function isCurrent(promotion: Pick<Promotion, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(promotion.startsAt) <= at && at < Date.parse(promotion.endsAt);
}

/** Whether a promotion may be used by this shopper on a cart of this subtotal (items aside). */
export function usable(promotion: Promotion, subtotal: number, inForce: Pick<PromotionsInForce, 'code' | 'used'>): boolean {
  if (promotion.code !== undefined && promotion.code !== inForce.code) return false;
  if (promotion.minSpend !== undefined && subtotal < promotion.minSpend) return false;
  const limit = promotion.perCustomerLimit;
  return limit === undefined || (inForce.used?.get(promotion.id) ?? 0) < limit;
}

function covers(promotion: ActivePromotion, sku: string): boolean {
  if (promotion.target.kind === 'product') return promotion.target.sku === sku;
  if (promotion.target.kind === 'category') return promotion.skus?.has(sku) ?? false;
  return false;
}

/** What an item-level promotion takes off one line (0 when it does not apply). */
function offLine(promotion: ActivePromotion, line: PricedItem): number {
  if (!covers(promotion, line.sku)) return 0;
  const value = line.unitPrice * line.quantity;
  switch (promotion.kind) {
    case PromotionKind.PercentOff:
      return Math.round((value * (promotion.percent ?? 0)) / 100);
    case PromotionKind.AmountOff:
      return Math.min(promotion.amount ?? 0, line.unitPrice) * line.quantity;
    case PromotionKind.BuyNGetOne: {
      const buy = promotion.buy ?? 0;
      return buy > 0 ? Math.floor(line.quantity / (buy + 1)) * line.unitPrice : 0;
    }
    default:
      return 0;
  }
}

/**
 * The discounts on the goods: each line takes the one item-level promotion that saves it most
 * (they do not stack on one line), then cart-level promotions come off what is left. Never more
 * than the subtotal. One entry per promotion, in the order the promotions were given.
 */
export function goodsDiscounts(lines: readonly PricedItem[], subtotal: number, inForce: PromotionsInForce): QuoteDiscount[] {
  const usableNow = inForce.active.filter((p) => p.kind !== PromotionKind.FreeDelivery && usable(p, subtotal, inForce));
  const byPromotion = new Map<string, number>();
  const itemLevel = usableNow.filter((p) => p.target.kind !== 'cart');
  for (const line of lines) {
    let best: { id: string; off: number } | undefined;
    for (const promotion of itemLevel) {
      const off = offLine(promotion, line);
      if (off > 0 && (!best || off > best.off)) best = { id: promotion.id, off };
    }
    if (best) byPromotion.set(best.id, (byPromotion.get(best.id) ?? 0) + best.off);
  }
  let left = subtotal - [...byPromotion.values()].reduce((a, b) => a + b, 0);
  for (const promotion of usableNow.filter((p) => p.target.kind === 'cart')) {
    const off =
      promotion.kind === PromotionKind.PercentOff
        ? Math.round((left * (promotion.percent ?? 0)) / 100)
        : promotion.kind === PromotionKind.AmountOff
          ? Math.min(promotion.amount ?? 0, left)
          : 0;
    if (off <= 0) continue;
    byPromotion.set(promotion.id, (byPromotion.get(promotion.id) ?? 0) + off);
    left -= off;
  }
  return usableNow
    .filter((p) => (byPromotion.get(p.id) ?? 0) > 0)
    .map((p) => ({ promotionId: p.id, ...(p.code ? { code: p.code } : {}), amount: Math.min(byPromotion.get(p.id) ?? 0, subtotal), on: 'goods' as const }));
}

/** The free-delivery promotion that takes this fee off, if one may be used. */
export function deliveryDiscount(fee: number, subtotal: number, inForce: PromotionsInForce): QuoteDiscount | undefined {
  if (fee <= 0) return undefined;
  const promotion = inForce.active.find((p) => p.kind === PromotionKind.FreeDelivery && usable(p, subtotal, inForce));
  return promotion && { promotionId: promotion.id, ...(promotion.code ? { code: promotion.code } : {}), amount: fee, on: 'delivery' };
}

/** How many of a shopper's placed orders used each promotion, from the discounts stored on them. */
export function usesOf(orders: ReadonlyArray<{ discounts?: readonly QuoteDiscount[] }>): Map<string, number> {
  const used = new Map<string, number>();
  for (const order of orders) {
    for (const id of new Set((order.discounts ?? []).map((d) => d.promotionId))) used.set(id, (used.get(id) ?? 0) + 1);
  }
  return used;
}
