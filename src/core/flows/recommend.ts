/**
 * Suggestions that say why, from what the store knows: what this shopper bought before, what
 * others bought with it ("what goes with coffee"), what suits an occasion ("for breakfast", "to
 * make pancakes", "something healthy"), what is on promotion, and what is rated best. Nothing
 * out of stock is suggested, nor anything the shopper's own words rule out (an attribute, a
 * price). The reason is kept, so "why did you suggest that" says it again.
 */
import type { TurnContext } from '../context';
import type { RecommendReason } from '../dialog-state';
import { groupOfSlot, groupWords, slug, type ProductGroup } from '../entity-id';
import { SlotName } from '../intents';
import { DEFAULT_OCCASIONS, occasionIn } from '../occasions';
import { hasAttribute, type Product } from '../product';
import { isCurrent, type Promotion } from '../promotions';
import { formatList, formatRating } from '../replies';
import type { SpokenReason } from '../replies/messages';
import { applyConstraints, parseSpokenQuery, type SearchConstraints } from '../search/constraints';
import type { Reply } from '../turn';
import { dealWords } from './deals';
import { productsInGroup } from './groups';
import { historyIfLinked } from './history';
import { findProduct, pointsAtFocus } from './products';

/** Products suggested for one occasion at most. */
const OCCASION_PICKS = 3;
const CANDIDATES = 20;

/** Rating, tempered by how many reviews stand behind it. */
export function ratingScore(p: Product): number {
  return p.rating * Math.log10(10 + p.reviewCount);
}

const best = (products: readonly Product[]) => [...products].sort((a, b) => ratingScore(b) - ratingScore(a))[0];

/** What the shopper's words rule out: their attributes and price limits; out of stock always. */
function allowed(products: readonly Product[], constraints: SearchConstraints): Product[] {
  return applyConstraints(products, { ...constraints, sort: undefined }).filter((p) => p.inStock);
}

/** Says the pick and why, and remembers both. */
async function suggest(ctx: TurnContext, pick: Product, reason: RecommendReason): Promise<Reply> {
  ctx.state.focusSku = pick.sku;
  ctx.state.awaiting = 'add';
  ctx.state.recommended = { skus: [pick.sku], reason };
  const rating = formatRating(pick.rating, ctx.turn.locale);
  const speech = ctx.msgs.recommend(pick.name, ctx.price(pick.price), rating, pick.reviewCount, ctx.msgs.recommendReason(spokenReason(ctx, reason)));
  return ctx.ask(speech, ctx.msgs.detailsReprompt);
}

/** A reason in the shopper's language (an occasion's words, a category's name). */
export function spokenReason(ctx: TurnContext, reason: RecommendReason): SpokenReason {
  if (reason.kind === 'rating') return reason.category ? { kind: 'rating', category: ctx.msgs.categoryName(reason.category) } : { kind: 'rating' };
  if (reason.kind === 'occasion') {
    const occasion = (ctx.deps.occasions ?? DEFAULT_OCCASIONS)[reason.occasion];
    const language = ctx.turn.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
    return { kind: 'occasion', occasion: occasion?.said[language] ?? reason.occasion };
  }
  return reason;
}

/** Promotions current now that need no code (a code is the shopper's to apply, not a reason to buy). */
async function openPromotions(ctx: TurnContext): Promise<Promotion[]> {
  if (!ctx.deps.promotions) return [];
  const now = ctx.deps.clock.now();
  return (await ctx.deps.promotions.all()).filter((p) => isCurrent(p, now) && p.code === undefined && p.target.kind !== 'cart');
}

/** The best of these on a promotion, with the deal as said. */
async function onPromotion(ctx: TurnContext, candidates: readonly Product[]): Promise<{ pick: Product; deal: string } | undefined> {
  const promotions = await openPromotions(ctx);
  if (promotions.length === 0) return undefined;
  const covering = (p: Product) =>
    promotions.find((promo) =>
      promo.target.kind === 'product' ? promo.target.sku === p.sku : promo.target.kind === 'category' && slug(promo.target.category) === slug(p.category),
    );
  const pick = best(candidates.filter((p) => covering(p)));
  const promotion = pick && covering(pick);
  return pick && promotion ? { pick, deal: await dealWords(ctx, promotion) } : undefined;
}

/** Products bought with these, best first, as allowed; with the name of what they went with. */
async function boughtWith(ctx: TurnContext, skus: readonly string[], constraints: SearchConstraints): Promise<Product | undefined> {
  if (!ctx.deps.coPurchases || skus.length === 0) return undefined;
  const together = await ctx.deps.coPurchases.boughtWith(skus, CANDIDATES);
  const products = allowed(await ctx.deps.catalog.getProducts(together.map((t) => t.sku)), constraints);
  const count = new Map(together.map((t) => [t.sku, t.orders]));
  return products.sort((a, b) => (count.get(b.sku) ?? 0) - (count.get(a.sku) ?? 0) || ratingScore(b) - ratingScore(a))[0];
}

/** "what goes with coffee": what others bought with it (a category or brand stands for all of it). */
async function goesWith(ctx: TurnContext, said: { value: string; id?: string }, constraints: SearchConstraints): Promise<Reply> {
  const group = groupOfSlot(said);
  const anchor = group ? await productsInGroup(ctx, group) : [await findProduct(ctx, said.value, said.id)].filter((p): p is Product => p !== undefined);
  if (anchor.length === 0) return ctx.ask(ctx.msgs.productNotFound(said.value), ctx.msgs.searchEmptyQuery);
  const pick = await boughtWith(
    ctx,
    anchor.map((p) => p.sku),
    constraints,
  );
  const named = group ? (group.kind === 'category' ? ctx.msgs.categoryName(groupWords(group)) : groupWords(group)) : anchor[0].name;
  if (pick) return suggest(ctx, pick, { kind: 'together', with: named });
  // nobody has bought anything with it yet: the best rated of its kind instead, said as such
  const others = allowed(await productsInGroup(ctx, { kind: 'category', slug: slug(anchor[0].category) }), constraints).filter((p) => !anchor.some((a) => a.sku === p.sku));
  const fallback = best(others);
  return fallback ? suggest(ctx, fallback, { kind: 'rating', category: fallback.category }) : ctx.ask(ctx.msgs.recommendNothing, ctx.msgs.searchEmptyQuery);
}

/** "for breakfast", "to make pancakes": one product from each of the occasion's picks, at most three. */
async function forOccasion(ctx: TurnContext, id: string, constraints: SearchConstraints): Promise<Reply | undefined> {
  const occasion = (ctx.deps.occasions ?? DEFAULT_OCCASIONS)[id];
  if (!occasion) return undefined;
  const history = await historyIfLinked(ctx);
  const picks: Product[] = [];
  for (const wanted of occasion.picks) {
    if (picks.length >= OCCASION_PICKS) break;
    const group: ProductGroup = { kind: 'category', slug: slug(wanted.category) };
    const members = allowed(await productsInGroup(ctx, group, history), constraints).filter(
      (p) => !picks.some((q) => q.sku === p.sku) && (!wanted.name || wanted.name.some((w) => p.name.toLowerCase().includes(w))),
    );
    // the shopper's own first, else the best rated
    const own = history ? members.filter((p) => history.has(p.sku)).sort((a, b) => (history.get(b.sku) ?? 0) - (history.get(a.sku) ?? 0))[0] : undefined;
    const pick = own ?? best(members);
    if (pick) picks.push(pick);
  }
  if (picks.length === 0 && occasion.attributes && ctx.deps.catalog.all) {
    const tagged = allowed(await ctx.deps.catalog.all(), constraints).filter((p) => occasion.attributes?.some((a) => hasAttribute(p, a)));
    const pick = best(tagged);
    if (pick) picks.push(pick);
  }
  if (picks.length === 0) return undefined;
  const reason: RecommendReason = { kind: 'occasion', occasion: id };
  if (picks.length === 1) return suggest(ctx, picks[0], reason);
  const language = ctx.turn.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  // the picks are the list now: "add the second one", "tell me about the first"
  ctx.state.list = { kind: 'search', query: occasion.said[language], skus: picks.map((p) => p.sku), offset: 0 };
  ctx.state.focusSku = undefined;
  ctx.state.awaiting = 'add';
  ctx.state.recommended = { skus: picks.map((p) => p.sku), reason };
  const items = picks.map((p) => `${p.name}, ${ctx.price(p.price)}`);
  return ctx.ask(ctx.msgs.recommendSeveral(occasion.said[language], items), ctx.msgs.searchReprompt);
}

/** "recommend coffee", "which organic milk do you recommend": within what was named. */
async function within(ctx: TurnContext, said: { value: string; id?: string }, query: string, constraints: SearchConstraints): Promise<Reply> {
  const group = groupOfSlot(said);
  const history = await historyIfLinked(ctx);
  const found = group
    ? await productsInGroup(ctx, group, history)
    : query
      ? await ctx.deps.catalog.search(ctx.msgs.catalogQuery(query), { limit: CANDIDATES, history })
      : ctx.deps.catalog.all
        ? await ctx.deps.catalog.all()
        : [];
  const candidates = allowed(found, constraints);
  if (candidates.length === 0) return ctx.ask(ctx.msgs.recommendNothing, ctx.msgs.searchEmptyQuery);
  const own = history ? candidates.filter((p) => history.has(p.sku)).sort((a, b) => (history.get(b.sku) ?? 0) - (history.get(a.sku) ?? 0))[0] : undefined;
  if (own) return suggest(ctx, own, { kind: 'history' });
  const offer = await onPromotion(ctx, candidates);
  if (offer) return suggest(ctx, offer.pick, { kind: 'promotion', deal: offer.deal });
  const pick = best(candidates);
  return suggest(ctx, pick, { kind: 'rating', category: group || query ? pick.category : undefined });
}

/**
 * "what do you recommend", "what goes with it" with nothing named: what goes with what they are
 * looking at (the question is about it), their own, a deal, the best rated.
 */
async function anything(ctx: TurnContext, constraints: SearchConstraints): Promise<Reply> {
  const focus = ctx.state.focusSku ? await ctx.deps.catalog.getProduct(ctx.state.focusSku) : undefined;
  if (focus) {
    const pick = await boughtWith(ctx, [focus.sku], constraints);
    if (pick) return suggest(ctx, pick, { kind: 'together', with: focus.name });
  }
  const history = await historyIfLinked(ctx);
  if (history && history.size > 0) {
    const bought = allowed(await ctx.deps.catalog.getProducts([...history.keys()]), constraints);
    const own = bought.sort((a, b) => (history.get(b.sku) ?? 0) - (history.get(a.sku) ?? 0))[0];
    if (own) return suggest(ctx, own, { kind: 'history' });
  }
  return within(ctx, { value: '' }, '', constraints);
}

/** "something", "anything else", "something good for me": nothing named at all. */
const VAGUE = /^(something|anything|some|any|stuff|things?|etwas|was|irgendwas)( (else|good|nice|new|different|for me|today|please|anderes|gutes|neues|für mich))*$/i;

export async function recommend(ctx: TurnContext): Promise<Reply> {
  // a product or category named with the request narrows it, as the query does
  const said = ctx.slot(SlotName.Query) ?? ctx.slot(SlotName.Product);
  const querySlot = said && !said.id && VAGUE.test(said.value.trim()) ? undefined : said;
  const companion = ctx.slot(SlotName.Companion);
  const raw = querySlot?.value ?? '';
  const parsed = parseSpokenQuery(groupOfSlot(querySlot) ? '' : raw, ctx.turn.locale);
  // "what goes with that", "what goes well with it": the product just talked about
  if (companion && !companion.id && pointsAtFocus(companion.value)) {
    const focus = ctx.state.focusSku ? await ctx.deps.catalog.getProduct(ctx.state.focusSku) : undefined;
    if (!focus) return anything(ctx, parsed.constraints);
    return goesWith(ctx, { value: focus.name, id: focus.sku }, parsed.constraints);
  }
  if (companion) return goesWith(ctx, companion, parsed.constraints);
  const occasion = raw ? occasionIn(raw, ctx.turn.locale, ctx.deps.occasions ?? DEFAULT_OCCASIONS) : undefined;
  if (occasion) {
    const reply = await forOccasion(ctx, occasion, parsed.constraints);
    if (reply) return reply;
  }
  if (querySlot && (groupOfSlot(querySlot) || parsed.query)) return within(ctx, querySlot, parsed.query, parsed.constraints);
  return anything(ctx, parsed.constraints);
}

/** "why did you suggest that": the reason given, said again. */
export async function whyRecommended(ctx: TurnContext): Promise<Reply> {
  const last = ctx.state.recommended;
  if (!last) return ctx.ask(ctx.msgs.whyNothing, ctx.msgs.searchEmptyQuery);
  const products = await ctx.deps.catalog.getProducts(last.skus);
  const names = formatList(
    last.skus.flatMap((sku) => products.find((p) => p.sku === sku)?.name ?? []),
    ctx.turn.locale,
  );
  if (last.skus.length === 1) {
    // "add it" after the reason means the product it was about
    ctx.state.focusSku = last.skus[0];
    ctx.state.awaiting = 'add';
  }
  return ctx.ask(ctx.msgs.whyRecommended(names, ctx.msgs.recommendReason(spokenReason(ctx, last.reason))), ctx.msgs.detailsReprompt);
}
