/**
 * Deals and coupons: "any deals", "apply code save ten", and the promotions every quote of this
 * turn applies. The promotions in force are read once per turn that may quote, with the
 * shopper's code and how often they already used each promotion (counted from the discounts
 * stored on their placed orders), and handed to pricing through the turn's policy.
 */
import type { TurnContext } from '../context';
import { IntentName, LOYALTY, SlotName } from '../intents';
import { readSpokenCode } from '../promotion-codes';
import { isCurrent, PromotionKind, usesOf, type ActivePromotion, type Promotion, type PromotionsInForce } from '../promotions';
import type { Quote } from '../pricing';
import { slug } from '../entity-id';
import type { Reply } from '../turn';
import { loadCart, priceLines } from './cart-store';
import { placedOrders } from './history';

/** Turns whose work may ask the purchase question or answer it: they are priced with promotions. */
const QUOTING = new Set<string>([IntentName.Checkout, IntentName.Yes, IntentName.VoicePin, IntentName.Reorder, IntentName.Select]);

/** Deals read out at most. */
const DEALS_READ = 3;
const MAX_REPLY_WORDS = 40;

/** Attaches the promotions in force to the turn before a flow that may quote (see TurnContext.promotions). */
export async function preparePricing(ctx: TurnContext): Promise<void> {
  if (!ctx.deps.promotions || !QUOTING.has(ctx.turn.intent)) return;
  ctx.promotions = await promotionsInForce(ctx);
}

/** Current promotions (category targets resolved to their skus), the shopper's code and their uses. */
export async function promotionsInForce(ctx: TurnContext): Promise<PromotionsInForce> {
  const current = await currentPromotions(ctx);
  const active = await resolved(ctx, current);
  const limited = current.some((p) => p.perCustomerLimit !== undefined);
  return { active, ...(ctx.state.coupon ? { code: ctx.state.coupon } : {}), ...(limited ? { used: await usesIfLinked(ctx) } : {}) };
}

async function currentPromotions(ctx: TurnContext): Promise<Promotion[]> {
  if (!ctx.deps.promotions) return [];
  const now = ctx.deps.clock.now();
  return (await ctx.deps.promotions.all()).filter((p) => isCurrent(p, now));
}

/** Category promotions with the skus of their category, from one read of the catalog's snapshot (or its search). */
async function resolved(ctx: TurnContext, promotions: readonly Promotion[]): Promise<ActivePromotion[]> {
  if (!promotions.some((p) => p.target.kind === 'category')) return [...promotions];
  const all = ctx.deps.catalog.all ? await ctx.deps.catalog.all() : undefined;
  return Promise.all(
    promotions.map(async (promotion) => {
      if (promotion.target.kind !== 'category') return promotion;
      const category = slug(promotion.target.category);
      const products = all ?? (await ctx.deps.catalog.search(promotion.target.category, { limit: 100 }));
      return { ...promotion, skus: new Set(products.filter((p) => slug(p.category) === category).map((p) => p.sku)) };
    }),
  );
}

async function usesIfLinked(ctx: TurnContext): Promise<Map<string, number>> {
  if (!ctx.turn.accessToken) return new Map();
  const identity = await ctx.identify();
  return identity.linked ? usesOf(await placedOrders(ctx, identity.customer.customerId)) : new Map();
}

/** A promotion as the shopper hears it: "10% off coffee", "free delivery on orders of $25.00 or more". */
export async function dealWords(ctx: TurnContext, promotion: Promotion, withCode = true): Promise<string> {
  const target = promotion.target;
  const what =
    target.kind === 'category'
      ? ctx.msgs.categoryName(target.category)
      : target.kind === 'product'
        ? ((await ctx.deps.catalog.getProduct(target.sku))?.name ?? target.sku)
        : undefined;
  return ctx.msgs.dealText({
    kind: promotion.kind,
    what,
    percent: promotion.percent,
    amount: promotion.amount !== undefined ? ctx.price(promotion.amount) : undefined,
    buy: promotion.buy,
    minimum: promotion.minSpend !== undefined ? ctx.price(promotion.minSpend) : undefined,
    code: withCode ? promotion.code : undefined,
  });
}

/** "any deals", "what's on sale": at most three current promotions, those that need no code first, and free delivery. */
export async function deals(ctx: TurnContext): Promise<Reply> {
  // "do you have a loyalty program": there is none, and the deals there are follow
  if (ctx.slot(SlotName.Query)?.value === LOYALTY) {
    const before = ctx.msgs.noLoyaltyScheme;
    const reply = await readDeals(ctx, MAX_REPLY_WORDS - before.split(/\s+/).length);
    return { ...reply, speech: `${before} ${reply.speech}` };
  }
  return readDeals(ctx, MAX_REPLY_WORDS);
}

async function readDeals(ctx: TurnContext, words: number): Promise<Reply> {
  const freeFrom = ctx.policy.freeDeliveryFrom > 0 ? ctx.price(ctx.policy.freeDeliveryFrom) : undefined;
  const current = (await currentPromotions(ctx)).sort((a, b) => Number(a.code !== undefined) - Number(b.code !== undefined) || a.endsAt.localeCompare(b.endsAt));
  if (current.length === 0) return ctx.ask(ctx.msgs.dealsNone(freeFrom), ctx.msgs.dealsReprompt);
  const read = current.slice(0, DEALS_READ);
  const items = await Promise.all(read.map((p) => dealWords(ctx, p)));
  // a free-delivery promotion already says so; the policy's threshold is said only when it is not beaten
  const deliveryDeal = read.some((p) => p.kind === PromotionKind.FreeDelivery);
  // three when they fit in 40 words, else fewer, with how many more there are
  let speech = '';
  for (let n = items.length; n >= 1; n -= 1) {
    speech = ctx.msgs.deals(items.slice(0, n), current.length - n, deliveryDeal ? undefined : freeFrom);
    if (speech.split(/\s+/).filter(Boolean).length <= words) break;
  }
  return ctx.ask(speech, ctx.msgs.dealsReprompt);
}

/**
 * "apply code save ten": the code is found among the shop's promotions by any reading of the
 * words, checked (current, not used up by this shopper) and kept for this session's quotes; a
 * minimum not yet reached is said with what is missing. Nothing is charged here: the purchase
 * question names the discount, and a yes pays what it named.
 */
export async function applyCoupon(ctx: TurnContext): Promise<Reply> {
  const said = readSpokenCode(ctx.slot(SlotName.Code)?.value ?? ctx.slot(SlotName.Query)?.value);
  if (said.kind === 'empty') return ctx.ask(ctx.msgs.couponEmpty, ctx.msgs.couponEmpty);
  if (said.kind === 'too-long') return ctx.ask(ctx.msgs.couponTooLong, ctx.msgs.couponEmpty);
  if (said.kind === 'several') return ctx.ask(ctx.msgs.couponSeveral, ctx.msgs.couponEmpty);
  const all = ctx.deps.promotions ? await ctx.deps.promotions.all() : [];
  const promotion = said.readings.map((r) => all.find((p) => p.code === r)).find((p) => p !== undefined);
  if (!promotion?.code) return ctx.ask(ctx.msgs.couponUnknown(said.readings[0]), ctx.msgs.dealsReprompt);
  const code = promotion.code;
  const now = ctx.deps.clock.now();
  if (now.getTime() < Date.parse(promotion.startsAt)) return ctx.ask(ctx.msgs.couponNotYet(code, ctx.date(promotion.startsAt)), ctx.msgs.dealsReprompt);
  if (!isCurrent(promotion, now)) return ctx.ask(ctx.msgs.couponExpired(code), ctx.msgs.dealsReprompt);
  if (promotion.perCustomerLimit !== undefined && ((await usesIfLinked(ctx)).get(promotion.id) ?? 0) >= promotion.perCustomerLimit) {
    return ctx.ask(ctx.msgs.couponUsedUp(code), ctx.msgs.dealsReprompt);
  }
  const previous = ctx.state.coupon;
  if (previous === code) return ctx.ask(`${ctx.msgs.couponAlready(code)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
  ctx.state.coupon = code;
  const deal = await dealWords(ctx, promotion, false);
  let missing: string | undefined;
  if (promotion.minSpend !== undefined) {
    const subtotal = (await priceLines(ctx, (await loadCart(ctx)).lines)).reduce((sum, l) => sum + l.product.price * l.quantity, 0);
    if (subtotal < promotion.minSpend) missing = ctx.price(promotion.minSpend - subtotal);
  }
  if (previous) return ctx.ask(`${ctx.msgs.couponReplaced(previous, code, deal)} ${missing ? ctx.msgs.couponAddMore(missing) : ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
  if (missing) return ctx.ask(ctx.msgs.couponBelowMinimum(code, deal, missing), ctx.msgs.anythingElse);
  return ctx.ask(ctx.msgs.couponApplied(code, deal), ctx.msgs.anythingElse);
}

/**
 * The purchase question's subtotal, with what promotions take off and the codes that did it:
 * the shopper hears every discount the total includes before saying yes.
 */
export function saidSubtotal(ctx: TurnContext, q: Quote): string {
  const subtotal = ctx.price(q.subtotal);
  if (!q.discounts || q.discounts.length === 0) return subtotal;
  const codes = [...new Set(q.discounts.flatMap((d) => (d.code ? [d.code] : [])))];
  if (q.discount > 0) return ctx.msgs.subtotalLess(subtotal, ctx.price(q.discount), codes);
  return ctx.msgs.subtotalFreeDelivery(subtotal, codes);
}
