/**
 * "Compare the first two", "Brightfield or Cozy Home", "which is cheaper, the jasmine or the
 * basmati rice", "is the organic milk worth it over the regular": two products side by side —
 * price, size, unit price (per ounce, per roll, per count), rating and stock — in one reply that
 * ends by offering the better buy; or, with a criterion ("cheaper", "better value", "better
 * rated", "bigger"), the answer to that one question.
 */
import type { TurnContext } from '../context';
import { Criterion, CRITERION_WORDS, criterionOf } from '../compare-criteria';
import { PAGE_SIZE } from '../dialog-state';
import { groupOf } from '../entity-id';
import { IntentName, SlotName } from '../intents';
import { hasAttribute, type Product } from '../product';
import { catalogAttributes } from '../search/constraints';
import { formatRating } from '../replies';
import { parseOrdinal, parseQuantity } from '../spoken-numbers';
import type { Reply } from '../turn';
import { amountOf, comparableUnitPrices, unitPriceOf, type SizeUnit, type UnitPrice } from '../unit-price';
import { findProduct, sizeFromList, spokenPosition } from './products';
import { strongMatches } from './filtered-search';
import { pickSize, SAME_MATCH_SHARE } from './sizes';

const MAX_REPLY_WORDS = 40;
/** at most this many products of a search list are weighed against one another */
const MAX_OVER_LIST = 20;
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
const PRONOUN = /^(it|that|this|that one|this one|the one|es|das|dies|dieses)$/i;
/** "the regular", "the normal one", "die normale": the plain version of the other product */
const PLAIN = /^(the )?(regular|normal|ordinary|standard|plain|usual|non organic|conventional|normale?n?|gewöhnliche?n?|herkömmliche?n?)( one| version| kind| ones| milk)?$/i;
const FILLER = /^(the|a|an|der|die|das|den)\s+/i;

type Side = { product: Product } | { notFound: string } | undefined;
type Said = { value: string; id?: string };

/** "… or vanilla which one gets better ratings": the question said after the products */
const TRAILING_QUESTION = /\s+(?:which|what|welche[rsn]?|was)(?:\s+(?:one|ones|of (?:them|the two|those|these)|von (?:beiden|denen|den beiden)))?\s.*$/i;

/**
 * "which has better ratings the chamomile": the question said before the first name, and the name
 * without it (the longest opening that names a criterion); a criterion slot may have taken part
 * of it, leaving "ratings the chamomile".
 */
function questionBefore(said: Said | undefined, locale: string): { criterion?: Criterion; said: Said } | undefined {
  if (!said || said.id) return undefined;
  const words = said.value.trim().split(/\s+/);
  const leftOver = /^(?:ratings?|reviews?|stars|rated|value|priced?|costs? less)\s+(?:the\s+)?(.+)$/i.exec(said.value.trim());
  if (!/^(?:which|what|welche[rsn]?|was)$/i.test(words[0])) return leftOver ? { said: { value: leftOver[1] } } : undefined;
  for (let k = words.length - 1; k >= 2; k--) {
    const criterion = criterionOf(words.slice(0, k).join(' '), locale);
    const name = words
      .slice(k)
      .join(' ')
      .replace(/^(?:the|der|die|das)\s+/i, '');
    if (criterion && name) return { criterion, said: { value: name } };
  }
  return undefined;
}

/**
 * The criterion asked after a product's name ("harbor mills brown rice or their white rice which
 * one costs less"), and that name without the question; undefined when the words ask none.
 */
function questionAfter(said: Said | undefined, locale: string): { criterion: Criterion; said: Said } | undefined {
  if (!said || said.id) return undefined;
  const question = TRAILING_QUESTION.exec(said.value);
  if (!question) return undefined;
  const criterion = criterionOf(question[0], locale);
  const name = said.value.slice(0, question.index).trim();
  return criterion && name ? { criterion, said: { value: name } } : undefined;
}

/** "shredded mozzarella cheaper": a name with a criterion said last, split; undefined when the words end in none. */
function criterionAtEnd(words: string, locale: string): { name: string; criterion: Criterion } | undefined {
  const said = words.trim().toLowerCase().split(/\s+/);
  const forms = Object.entries(CRITERION_WORDS[locale.toLowerCase().startsWith('de') ? 'de' : 'en']) as Array<[Criterion, readonly string[]]>;
  for (let k = Math.min(3, said.length - 1); k >= 1; k--) {
    const ending = said.slice(said.length - k).join(' ');
    const named = forms.find(([, spoken]) => spoken.includes(ending));
    // ("vanilla which one gets better ratings": the question said after the name is read as a question)
    const name = said.slice(0, said.length - k).join(' ');
    if (named && !/\b(?:which|what|welche[rsn]?|was)\b/.test(name)) return { name, criterion: named[0] };
  }
  return undefined;
}

/** The products of the list the shopper last heard, in its order (the current page first). */
async function listProducts(ctx: TurnContext): Promise<Product[]> {
  const list = ctx.state.list;
  if (!list || list.skus.length === 0) return [];
  const skus = [...list.skus.slice(list.offset, list.offset + PAGE_SIZE), ...list.skus.filter((_, i) => i < list.offset || i >= list.offset + PAGE_SIZE)];
  const products = await ctx.deps.catalog.getProducts(skus);
  return skus.flatMap((sku) => products.find((p) => p.sku === sku) ?? []);
}

async function currentPage(ctx: TurnContext): Promise<Product[]> {
  const list = ctx.state.list;
  if (!list) return [];
  const skus = list.skus.slice(list.offset, list.offset + PAGE_SIZE);
  const products = await ctx.deps.catalog.getProducts(skus);
  return skus.flatMap((sku) => products.find((p) => p.sku === sku) ?? []);
}

/** A position in the list just read ("second", "2", "last"); a larger number counts from the top. */
async function atPosition(ctx: TurnContext, raw: string): Promise<Product | undefined> {
  const list = ctx.state.list;
  if (!list || list.skus.length === 0) return undefined;
  const pageLength = Math.min(PAGE_SIZE, list.skus.length - list.offset);
  const position = parseOrdinal(raw, pageLength);
  if (position === undefined || position < 1) return undefined;
  const sku = list.skus[position <= pageLength ? list.offset + position - 1 : position - 1];
  return sku ? ctx.deps.catalog.getProduct(sku) : undefined;
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !['the', 'a', 'an', 'one', 'ones', 'of'].includes(w));

/** A product of the list whose brand, name and size hold every word said ("brightfield", "the cozy home"). */
function fromList(products: readonly Product[], words: string): Product | undefined {
  const said = tokens(words);
  if (said.length === 0) return undefined;
  return products.find((p) => {
    const have = new Set(tokens(`${p.brand} ${p.name} ${p.size}`));
    return said.every((w) => have.has(w));
  });
}

/** The other sizes of a product (same name), for "the twelve rolls" said after "the six rolls". */
async function sizesOf(ctx: TurnContext, product: Product): Promise<Product[]> {
  const found = await ctx.deps.catalog.search(product.name, { limit: 6, minScoreShare: SAME_MATCH_SHARE });
  const same = found.filter((p) => p.name.trim().toLowerCase() === product.name.trim().toLowerCase());
  return same.some((p) => p.sku === product.sku) ? same : [product, ...same];
}

/** "the regular": the same kind of product without the attribute the other one is named for ("organic whole milk"). */
async function plainVersionOf(ctx: TurnContext, other: Product): Promise<Product | undefined> {
  const nameWords = tokens(other.name).filter((w) => !tokens(other.brand).includes(w));
  const { query, attributes } = catalogAttributes(nameWords.join(' '));
  if (attributes.length === 0 || query.trim() === '') return undefined;
  const found = await ctx.deps.catalog.search(query, { limit: 10 });
  const plain = found.filter((p) => p.sku !== other.sku && p.category === other.category && attributes.every((a) => !hasAttribute(p, a)));
  // the same product words ("whole milk"), else anything plain of its kind; the same size reads best
  const same = plain.filter((p) => tokens(query).every((w) => tokens(p.name).includes(w)));
  const candidates = same.length > 0 ? same : plain;
  return candidates.find((p) => p.size === other.size && p.inStock) ?? candidates.find((p) => p.inStock) ?? candidates[0];
}

/**
 * One side of the comparison from what was said: a position, "it", a size of what was just
 * read, "the regular", a size of the other side's product, a product of the list, or a search
 * (with the other side's noun when only a modifier was said: "salted or unsalted butter").
 */
async function resolveSide(
  ctx: TurnContext,
  said: { value: string; id?: string } | undefined,
  ordinal: { value: string; id?: string } | undefined,
  other?: { product?: Product; spoken?: string },
): Promise<Side> {
  if (ordinal) {
    const product = await atPosition(ctx, ordinal.id ?? ordinal.value);
    if (product) return { product };
    // a position slot open to any words may hold "big" of "the big one": read it as words
    if (parseOrdinal(ordinal.id ?? ordinal.value, PAGE_SIZE) !== undefined || said) return { notFound: ordinal.value };
    return resolveSide(ctx, { value: `the ${ordinal.value} one` }, undefined, other);
  }
  if (!said) return undefined;
  const words = said.value.trim();
  if (said.id && !groupOf(said.id)) {
    const product = await ctx.deps.catalog.getProduct(said.id);
    if (product) return { product };
  }
  const position = spokenPosition(words);
  if (position) {
    const product = await atPosition(ctx, position);
    return product ? { product } : { notFound: words };
  }
  if (PRONOUN.test(words)) {
    // "how does that compare to …" right after a list: the one read first
    const product = ctx.state.focusSku ? await ctx.deps.catalog.getProduct(ctx.state.focusSku) : (await currentPage(ctx))[0];
    // nothing talked about yet: the side is unknown, never a product called "that"
    return product ? { product } : undefined;
  }
  const sized = await sizeFromList(ctx, words);
  if (sized) return { product: sized };
  if (other?.product && PLAIN.test(words)) {
    const plain = await plainVersionOf(ctx, other.product);
    return plain ? { product: plain } : { notFound: words };
  }
  if (other?.product) {
    const sibling = pickSize(words, await sizesOf(ctx, other.product), ctx.turn.locale);
    // only a size said ("the twelve rolls"): every word is the sibling's, or a number
    const sizeOnly = (w: string) => tokens(`${sibling?.size} ${sibling?.name}`).includes(w) || /^\d/.test(w) || parseQuantity(w) !== undefined;
    if (sibling && sibling.sku !== other.product.sku && tokens(words).every(sizeOnly)) return { product: sibling };
  }
  const listed = fromList(await listProducts(ctx), words.replace(FILLER, ''));
  if (listed) return { product: listed };
  const found =
    (await ellipticProduct(ctx, words, other)) ??
    (await ofTheSameKind(ctx, words, other?.product)) ??
    (await findProduct(ctx, ownBrand(words, other?.product), groupOf(said.id) ? said.id : undefined));
  if (!found) return { notFound: words };
  // a size said with the name ("cozy home six rolls") picks that size of it
  const sizes = await sizesOf(ctx, found);
  return { product: (sizes.length > 1 ? pickSize(words, sizes, ctx.turn.locale) : undefined) ?? found };
}

/**
 * "the cheddar" beside the shredded mozzarella is the cheddar cheese, not the cheddar crackers: a
 * product of the other side's category whose name holds every word said, when there is one.
 */
async function ofTheSameKind(ctx: TurnContext, words: string, other: Product | undefined): Promise<Product | undefined> {
  const said = tokens(words.replace(FILLER, ''));
  if (!other || said.length === 0) return undefined;
  // in the catalog's words ("weißen" is white)
  const meant = tokens(ctx.msgs.catalogQuery(said.join(' ')));
  if (meant.length === 0) return undefined;
  const found = await ctx.deps.catalog.search(meant.join(' '), { limit: 10 });
  return found.find((p) => p.sku !== other.sku && p.category === other.category && meant.every((w) => tokens(p.name).includes(w)));
}

/** "their white rice" beside "harbor mills brown rice": the other product's brand's white rice. */
function ownBrand(words: string, other: Product | undefined): string {
  const possessive = /^(?:their|its|the same brand'?s?|same brand)\s+(.+)$/i.exec(words);
  return possessive && other ? `${other.brand} ${possessive[1]}` : words;
}

/**
 * "salted" said beside "unsalted butter from sunny acres" means "salted butter from sunny acres";
 * "vanilla" beside "greek yogurt plain", the vanilla greek yogurt: the one word said stands in
 * for one of the other side's words, the first whose swap finds a product named with it.
 */
async function ellipticProduct(ctx: TurnContext, words: string, other: { product?: Product; spoken?: string } | undefined): Promise<Product | undefined> {
  if (!other?.spoken) return undefined;
  const mine = tokens(words);
  const theirs = tokens(other.spoken);
  if (mine.length !== 1 || theirs.length < 2) return undefined;
  for (let i = 0; i < theirs.length; i++) {
    const query = [...theirs.slice(0, i), mine[0], ...theirs.slice(i + 1)].join(' ');
    const found = await findProduct(ctx, query);
    // in the catalog's words ("die weißen" beside "die braunen eier" is the white eggs)
    const meant = tokens(ctx.msgs.catalogQuery(mine[0]));
    if (found && found.sku !== other.product?.sku && (tokens(found.name).includes(mine[0]) || meant.some((w) => tokens(found.name).includes(w)))) return found;
  }
  return undefined;
}

/** The two (or, for a criterion over the list just read, up to three) products asked about, or the reply that says why not. */
async function productsAskedAbout(ctx: TurnContext, criterion: Criterion | undefined, said: { first?: Said; second?: Said }): Promise<Product[] | Reply> {
  const { first: firstSaid, second: secondSaid } = said;
  const firstOrdinal = ctx.slot(SlotName.Ordinal);
  const secondOrdinal = ctx.slot(SlotName.SecondOrdinal);
  if (!firstSaid && !secondSaid && !firstOrdinal && !secondOrdinal) {
    // "which is cheaper" right after a comparison: the two just compared
    if (criterion && ctx.state.compared?.length === 2 && ctx.state.heard?.intent === IntentName.Compare) {
      const pair = await ctx.deps.catalog.getProducts(ctx.state.compared);
      const ordered = ctx.state.compared.flatMap((sku) => pair.find((p) => p.sku === sku) ?? []);
      if (ordered.length === 2) return ordered;
    }
    // "compare the first two", "which is cheaper": the page just read
    const page = await currentPage(ctx);
    // "which one's the cheapest" after a search: every product it found, not only the page read
    const list = ctx.state.list;
    if (criterion && page.length >= 2 && list?.kind === 'search') {
      const all = await listProducts(ctx);
      const strong = list.query ? await strongMatches(ctx, list.query, all) : all;
      // the cheapest one can buy today: what is out of stock is no answer to "which one"
      const buyable = strong.filter((p) => p.inStock);
      if (buyable.length >= 2) return buyable.slice(0, MAX_OVER_LIST);
      if (strong.length >= 2) return strong.slice(0, MAX_OVER_LIST);
    }
    if (page.length >= 2) return criterion ? page : page.slice(0, 2);
    return ctx.ask(ctx.msgs.compareWhich, ctx.msgs.compareWhich);
  }
  // the side said in full first, so a modifier or "the regular" can lean on it
  const firstIsShort = firstSaid && secondSaid && tokens(firstSaid.value).length < tokens(secondSaid.value).length;
  let first: Side;
  let second: Side;
  if (firstIsShort) {
    second = await resolveSide(ctx, secondSaid, secondOrdinal);
    first = await resolveSide(ctx, firstSaid, firstOrdinal, { product: second && 'product' in second ? second.product : undefined, spoken: secondSaid?.value });
  } else {
    first = await resolveSide(ctx, firstSaid, firstOrdinal);
    second = await resolveSide(ctx, secondSaid, secondOrdinal, { product: first && 'product' in first ? first.product : undefined, spoken: firstSaid?.value });
  }
  for (const side of [first, second]) {
    if (side && 'notFound' in side) return ctx.ask(ctx.msgs.productNotFound(side.notFound), ctx.msgs.compareWhich);
  }
  const one = first && 'product' in first ? first.product : undefined;
  const two = second && 'product' in second ? second.product : undefined;
  if (one && two) return [one, two];
  const only = one ?? two;
  if (!only) return ctx.ask(ctx.msgs.compareWhich, ctx.msgs.compareWhich);
  // one named, and the one in focus is another of its kind: "compare it with the cozy home"
  const focus = ctx.state.focusSku && ctx.state.focusSku !== only.sku ? await ctx.deps.catalog.getProduct(ctx.state.focusSku) : undefined;
  if (focus && focus.category === only.category) return [focus, only];
  ctx.state.focusSku = only.sku;
  return ctx.ask(ctx.msgs.compareWithWhat(only.name), ctx.msgs.compareWhich);
}

/** How a product is named beside another: by name, or by name and size when the names are the same. */
function label(p: Product, other: Product): string {
  return p.name.trim().toLowerCase() === other.name.trim().toLowerCase() ? `${p.name}, ${p.size}` : p.name;
}

function unitSaid(ctx: TurnContext, unit: UnitPrice): string {
  const price =
    unit.perUnit >= 100
      ? ctx.price(Math.round(unit.perUnit))
      : ctx.msgs.minorAmount(new Intl.NumberFormat(ctx.turn.locale, { maximumFractionDigits: unit.perUnit < 10 ? 1 : 0 }).format(unit.perUnit));
  return ctx.msgs.unitPrice(price, unit.unit, unit.regularRolls === true);
}

/** "Want the cheaper one per roll?": the product the reply offers, and how it is said. */
function offerFor(ctx: TurnContext, a: Product, b: Product, ua?: UnitPrice, ub?: UnitPrice): { pick?: Product; offer: string } {
  const inStock = [a, b].filter((p) => p.inStock);
  const choose = (best: Product, why: 'cheaper-per-unit' | 'cheaper' | 'better-rated', unit?: SizeUnit) =>
    best.inStock ? { pick: best, offer: ctx.msgs.compareOffer(why, unit && ctx.msgs.unitName(unit)) } : undefined;
  if (inStock.length === 0) return { offer: ctx.msgs.anythingElse };
  if (comparableUnitPrices(ua, ub) && ub && ua.perUnit !== ub.perUnit) {
    const offer = choose(ua.perUnit < ub.perUnit ? a : b, 'cheaper-per-unit', ua.unit);
    if (offer) return offer;
  }
  if (a.price !== b.price) {
    const offer = choose(a.price < b.price ? a : b, 'cheaper');
    if (offer) return offer;
  }
  if (a.rating !== b.rating) {
    const offer = choose(a.rating > b.rating ? a : b, 'better-rated');
    if (offer) return offer;
  }
  return inStock.length === 1 ? { pick: inStock[0], offer: ctx.msgs.compareWantIt(inStock[0].name) } : { offer: ctx.msgs.compareOffer('either') };
}

/** Price, size, unit price, rating and stock of both, within 40 words, ending with the offer. */
function sideBySide(ctx: TurnContext, a: Product, b: Product): Reply {
  const ua = unitPriceOf(a);
  const ub = unitPriceOf(b);
  const unitsCompare = comparableUnitPrices(ua, ub);
  const { pick, offer } = offerFor(ctx, a, b, ua, ub);
  const stock = ctx.msgs.compareStock({ name: label(a, b), inStock: a.inStock }, { name: label(b, a), inStock: b.inStock });
  const build = (withUnits: boolean, shortNames: boolean) => {
    // the size is said with each item anyway, so two sizes of one product are named once
    const name = (p: Product, other: Product) => (shortNames && p.brand !== other.brand ? p.brand : p.name);
    const item = (p: Product, other: Product, unit?: UnitPrice) =>
      ctx.msgs.compareItem(
        name(p, other),
        p.size,
        ctx.price(p.price),
        withUnits && unitsCompare && unit ? unitSaid(ctx, unit) : undefined,
        formatRating(p.rating, ctx.turn.locale),
      );
    return ctx.msgs.compareBoth(item(a, b, ua), item(b, a, ub), stock, offer);
  };
  const speech = [build(true, false), build(true, true), build(false, true)].find((s) => wordsIn(s) <= MAX_REPLY_WORDS) ?? build(false, true);
  if (pick) {
    ctx.state.focusSku = pick.sku;
    ctx.state.awaiting = 'add';
  }
  return ctx.ask(speech, pick ? ctx.msgs.detailsReprompt : ctx.msgs.searchReprompt);
}

/** The answer to one question: which is cheaper, better value, better rated or bigger. */
function byCriterion(ctx: TurnContext, products: readonly Product[], criterion: Criterion): Reply {
  const withUnits = products.map((p) => ({ p, unit: unitPriceOf(p), amount: amountOf(p.size) }));
  const offer = (winner: Product, speech: string): Reply => {
    if (!winner.inStock) return ctx.ask(`${speech} ${ctx.msgs.compareStock({ name: winner.name, inStock: false }, { name: '', inStock: true })}`, ctx.msgs.searchReprompt);
    ctx.state.focusSku = winner.sku;
    ctx.state.awaiting = 'add';
    return ctx.ask(`${speech} ${ctx.msgs.compareWantIt(winner.name)}`, ctx.msgs.detailsReprompt);
  };
  // over a whole list ("which one's the cheapest" after a search): the first on it and the next
  const many = products.length > 2;
  const allInStock = products.every((p) => p.inStock);
  if (criterion === Criterion.Cheaper) {
    const [a, b] = [...withUnits].sort((x, y) => x.p.price - y.p.price);
    if (a.p.price === b.p.price) return sideBySideTie(ctx, 'price', ctx.price(a.p.price));
    if (many) return offer(a.p, ctx.msgs.compareBest('price', products.length, allInStock, a.p.name, ctx.price(a.p.price), b.p.name, ctx.price(b.p.price)));
    const unitWinner = comparableUnitPrices(a.unit, b.unit) && b.unit && b.unit.perUnit < a.unit.perUnit ? ctx.msgs.unitName(b.unit.unit) : undefined;
    return offer(a.p, ctx.msgs.compareCheaper(label(a.p, b.p), ctx.price(a.p.price), label(b.p, a.p), ctx.price(b.p.price), unitWinner));
  }
  if (criterion === Criterion.BetterValue) {
    const priced = withUnits.filter((x) => x.unit);
    const [a, b] = [...priced].sort((x, y) => (x.unit?.perUnit ?? 0) - (y.unit?.perUnit ?? 0));
    if (!a || !b || !comparableUnitPrices(a.unit, b.unit)) return byCriterion(ctx, products, Criterion.Cheaper);
    if (Math.round(a.unit.perUnit * 10) === Math.round((b.unit?.perUnit ?? 0) * 10)) return sideBySideTie(ctx, 'value', unitSaid(ctx, a.unit));
    if (many) return offer(a.p, ctx.msgs.compareBest('value', priced.length, allInStock, a.p.name, unitSaid(ctx, a.unit), b.p.name, unitSaid(ctx, b.unit as UnitPrice)));
    return offer(
      a.p,
      ctx.msgs.compareBetterValue(label(a.p, b.p), ctx.price(a.p.price), unitSaid(ctx, a.unit), label(b.p, a.p), ctx.price(b.p.price), unitSaid(ctx, b.unit as UnitPrice)),
    );
  }
  if (criterion === Criterion.BetterRated) {
    const [a, b] = [...withUnits].sort((x, y) => y.p.rating - x.p.rating || y.p.reviewCount - x.p.reviewCount);
    const ra = formatRating(a.p.rating, ctx.turn.locale);
    if (a.p.rating === b.p.rating) return sideBySideTie(ctx, 'rating', ra);
    if (many) return offer(a.p, ctx.msgs.compareBest('rating', products.length, allInStock, a.p.name, ra, b.p.name, formatRating(b.p.rating, ctx.turn.locale)));
    return offer(a.p, ctx.msgs.compareBetterRated(label(a.p, b.p), ra, label(b.p, a.p), formatRating(b.p.rating, ctx.turn.locale)));
  }
  const sized = withUnits.filter((x) => x.amount);
  const [a, b] = [...sized].sort((x, y) => (y.amount?.amount ?? 0) - (x.amount?.amount ?? 0));
  if (!a || !b || a.amount?.unit !== b.amount?.unit) {
    const [x, y] = products;
    return ctx.ask(`${ctx.msgs.compareUnlike(label(x, y), x.size, label(y, x), y.size)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
  }
  if (a.amount?.amount === b.amount?.amount) return sideBySideTie(ctx, 'size', a.p.size);
  if (many) return offer(a.p, ctx.msgs.compareBest('size', sized.length, allInStock, a.p.name, a.p.size, b.p.name, b.p.size));
  return offer(a.p, ctx.msgs.compareBigger(label(a.p, b.p), a.p.size, label(b.p, a.p), b.p.size));
}

function sideBySideTie(ctx: TurnContext, criterion: 'price' | 'rating' | 'size' | 'value', value: string): Reply {
  return ctx.ask(`${ctx.msgs.compareTie(criterion, value)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
}

export async function compare(ctx: TurnContext): Promise<Reply> {
  const criterionSlot = ctx.slot(SlotName.Criterion);
  let criterion = criterionOf(criterionSlot?.id ?? criterionSlot?.value, ctx.turn.locale);
  const said = { first: ctx.slot(SlotName.Product), second: ctx.slot(SlotName.SecondProduct) };
  const before = questionBefore(said.first, ctx.turn.locale);
  if (before) {
    said.first = before.said;
    criterion ??= before.criterion;
  }
  // "is the cheddar or the shredded mozzarella cheaper", heard as "{product} or {secondProduct}": the question's words out of the names
  if (said.first && !said.first.id && /^(?:is|are|was|which is|what's|ist|sind)\s+/i.test(said.first.value)) {
    said.first = { value: said.first.value.replace(/^(?:is|are|was|which is|what's|ist|sind)\s+(?:the\s+|der\s+|die\s+|das\s+)?/i, '') };
  }
  const endsAsked = !criterion && said.second && !said.second.id ? criterionAtEnd(said.second.value, ctx.turn.locale) : undefined;
  if (endsAsked) {
    said.second = { value: endsAsked.name };
    criterion = endsAsked.criterion;
  }
  if (!criterion) {
    const afterSecond = questionAfter(said.second, ctx.turn.locale);
    const afterFirst = afterSecond ? undefined : questionAfter(said.first, ctx.turn.locale);
    if (afterSecond) said.second = afterSecond.said;
    if (afterFirst) said.first = afterFirst.said;
    criterion = (afterSecond ?? afterFirst)?.criterion;
  }
  const products = await productsAskedAbout(ctx, criterion, said);
  if (!Array.isArray(products)) return products;
  const [a, b] = products;
  if (a.sku === b.sku) return ctx.ask(ctx.msgs.compareSame(a.name), ctx.msgs.compareWhich);
  if (products.length === 2) ctx.state.compared = [a.sku, b.sku];
  if (criterion) return byCriterion(ctx, products, criterion);
  return sideBySide(ctx, a, b);
}
