import { ATTRIBUTE_WORDS, type IN_STOCK, type ProductAttribute } from '../attributes';
import type { TurnContext } from '../context';
import { SlotName } from '../intents';
import { PAGE_SIZE } from '../dialog-state';
import type { ProductGroup } from '../entity-id';
import { formatRating } from '../replies';
import type { SpokenFilter } from '../replies/messages';
import type { Product } from '../product';
import {
  applyConstraints,
  catalogAttributes,
  hasAttributes,
  hasPriceLimit,
  priceLimitPossible,
  priceRange,
  SortOrder,
  type ParsedQuery,
  type SearchConstraints,
} from '../search/constraints';
import type { Reply } from '../turn';
import { groupLabel, productsInGroup } from './groups';
import { historyIfLinked } from './history';
import { listItem, onlyOutOfStock } from './products';

/** Matches at least this share of the best score are what a constrained search filters. */
const RELEVANT_SHARE = 0.85;
const CANDIDATES = 100;

/**
 * A search with constraints: the product words searched as usual, then what they found kept by
 * price and attribute and put in the order asked for, and the constraints said back ("coffee
 * under $10.00: …"). When nothing is left, the shopper hears why and what there is instead.
 */
/**
 * The products of a list as good a match for its words as its best ("pasta" keeps the penne and
 * the macaroni, not the marinara sauce further down); the whole list when none is.
 */
export async function strongMatches(ctx: TurnContext, query: string, products: readonly Product[], history?: ReadonlyMap<string, number>): Promise<Product[]> {
  const relevant = new Set((await ctx.deps.catalog.search(ctx.msgs.catalogQuery(query), { limit: CANDIDATES, history, minScoreShare: RELEVANT_SHARE })).map((p) => p.sku));
  const strong = products.filter((p) => relevant.has(p.sku));
  return strong.length > 0 ? strong : [...products];
}

export async function filteredSearch(ctx: TurnContext, parsed: ParsedQuery, group?: { group: ProductGroup; spoken?: string }): Promise<Reply> {
  const constraints: SearchConstraints = { ...parsed.constraints, attributes: [...parsed.constraints.attributes] };
  const history = await historyIfLinked(ctx);
  let candidates: Product[];
  let fromSnapshot = false;
  let query = parsed.query;
  // the candidates are what the words found (not the list just read)
  let fromWords = false;
  if (group) {
    query = groupLabel(ctx, group.group, parsed.query || group.spoken);
    candidates = await productsInGroup(ctx, group.group, history);
  } else if (query) {
    // the catalog's words may carry attributes the locale's did not ("Vollkornbrot" is whole wheat bread)
    const translated = catalogAttributes(ctx.msgs.catalogQuery(query));
    for (const a of translated.attributes) if (!constraints.attributes.includes(a)) constraints.attributes.push(a);
    fromSnapshot = !translated.query;
    fromWords = true;
    candidates = translated.query ? await ctx.deps.catalog.search(translated.query, { limit: CANDIDATES, history, minScoreShare: RELEVANT_SHARE }) : await everything(ctx);
    // "the cheapest laundry detergent": the products of the category the words name whose name
    // has one of its words ("Tidewater Sensitive Skin Detergent"), not only those that repeat it all
    const category = translated.query.toLowerCase().trim().replace(/s$/, '');
    if (category) {
      const words = category.split(/\s+/).map((w) => w.replace(/s$/, ''));
      const inCategory = (await everything(ctx)).filter(
        (p) =>
          p.category.toLowerCase().replace(/s$/, '') === category &&
          !candidates.some((c) => c.sku === p.sku) &&
          p.name
            .toLowerCase()
            .split(/\s+/)
            .some((w) => words.includes(w.replace(/s$/, ''))),
      );
      candidates = [...candidates, ...inCategory];
    }
  } else if (listJustRead(ctx)) {
    // "just the ones under ten bucks", "anything organic": the list just read, kept by the constraints
    const list = listJustRead(ctx)!;
    query = list.about ?? list.query ?? '';
    candidates = await inOrder(ctx, list.skus.slice(0, CANDIDATES));
    // the list's tail may hold weaker matches ("toilet paper" after "paper towels"): sorted, only
    // those as good as its best are kept (a filter keeps the whole list: a diet cola is a soda by its category)
    if (query && constraints.attributes.length === 0 && !hasPriceLimit(constraints)) candidates = await strongMatches(ctx, query, candidates, history);
    // nothing on the list meets them: the whole shop, as if no list had been read
    if (ctx.deps.catalog.all && applyConstraints(candidates, constraints).length === 0 && constraints.attributes.length === 0) {
      query = '';
      fromSnapshot = true;
      candidates = await everything(ctx);
    }
  } else {
    fromSnapshot = true;
    candidates = await everything(ctx);
  }
  const label = labelFor(ctx, parsed, query, constraints, Boolean(group));
  if (hasPriceLimit(constraints) && !priceLimitPossible(constraints)) return ctx.ask(ctx.msgs.priceImpossible, ctx.msgs.searchEmptyQuery);
  if (!group && !query && !ctx.deps.catalog.all) return ctx.ask(ctx.msgs.filterNeedsProduct(label), ctx.msgs.searchEmptyQuery);
  if (candidates.length === 0) {
    ctx.state.list = undefined;
    return ctx.ask(ctx.msgs.searchNoMatch(query || label), ctx.msgs.searchEmptyQuery);
  }
  let kept = applyConstraints(candidates, constraints);
  // the snapshot's prices may be minutes old: what is said is read again by sku
  if (fromSnapshot && kept.length > 0) kept = applyConstraints(await fresh(ctx, kept.slice(0, CANDIDATES)), constraints);
  // "sugar free soda": what has the attribute may rank below the names that say the word ("Diet Cola" under "soda")
  if (kept.length === 0 && constraints.attributes.length > 0 && query && (fromWords || group)) {
    const wider = await ctx.deps.catalog.search(catalogAttributes(ctx.msgs.catalogQuery(query)).query || query, { limit: CANDIDATES, history });
    kept = applyConstraints(wider, constraints);
    // …or only by their category ("soda" for the colas)
    if (kept.length === 0 && ctx.deps.catalog.all) {
      const kind = query.toLowerCase().replace(/s$/, '');
      kept = applyConstraints(
        (await everything(ctx)).filter((p) => p.category.toLowerCase().replace(/s$/, '') === kind),
        constraints,
      );
    }
  }
  if (kept.length === 0) return nothingLeft(ctx, label, query, candidates, constraints);
  return readFiltered(ctx, label, kept, constraints, query);
}

/**
 * What the search looked for, said back: the product and its attributes, then the price. German
 * inflects an attribute before its noun, so there the shopper's own words carry them
 * ("glutenfreies Brot"); English says them as the catalog knows them ("gluten free pasta" for a
 * misheard "glue ten free pasta").
 */
function labelFor(ctx: TurnContext, parsed: ParsedQuery, query: string, c: SearchConstraints, grouped: boolean): string {
  const filter = spokenFilter(ctx, c);
  const german = ctx.turn.locale.toLowerCase().startsWith('de');
  if (german && !grouped && parsed.query && parsed.described) return ctx.msgs.filterLabel(parsed.described, { ...filter, attributes: [] });
  return ctx.msgs.filterLabel(query, filter);
}

/** The search results read out last, when that is what the shopper is looking at. */
function listJustRead(ctx: TurnContext): { query?: string; about?: string; skus: string[] } | undefined {
  const list = ctx.state.list;
  if (!list || list.kind !== 'search' || list.skus.length < 2) return undefined;
  // "anything under a dollar", "alles unter 5 Euro": the whole shop, not the list
  const said = (ctx.slot(SlotName.Query) ?? ctx.slot(SlotName.Product))?.value ?? '';
  return WHOLE_SHOP.test(said) ? undefined : list;
}

/** Words that ask about the whole shop rather than the list just read ("anything" may be either: the list first). */
const WHOLE_SHOP = /\b(everything|products|items|in the (?:shop|store)|you (?:have|sell|carry)|alles|produkte|artikel|im laden)\b/iu;

/** The products of these skus, in that order. */
async function inOrder(ctx: TurnContext, skus: readonly string[]): Promise<Product[]> {
  const bySku = new Map((await ctx.deps.catalog.getProducts(skus)).map((p) => [p.sku, p]));
  return skus.flatMap((sku) => bySku.get(sku) ?? []);
}

/** Every product, as of the catalog's snapshot; none where the catalog cannot list them. */
function everything(ctx: TurnContext): Promise<Product[]> {
  return ctx.deps.catalog.all ? ctx.deps.catalog.all() : Promise.resolve([]);
}

/** The same products read again, in the same order. */
async function fresh(ctx: TurnContext, products: readonly Product[]): Promise<Product[]> {
  const bySku = new Map((await ctx.deps.catalog.getProducts(products.map((p) => p.sku))).map((p) => [p.sku, p]));
  return products.flatMap((p) => bySku.get(p.sku) ?? []);
}

function readFiltered(ctx: TurnContext, label: string, kept: readonly Product[], c: SearchConstraints, about: string): Reply {
  const { sort } = c;
  ctx.state.list = { kind: 'search', query: label, ...(about ? { about } : {}), skus: kept.map((p) => p.sku), offset: 0 };
  ctx.state.focusSku = kept.length === 1 ? kept[0].sku : undefined;
  const unavailable = onlyOutOfStock(ctx, kept);
  if (unavailable) return unavailable;
  ctx.state.awaiting = 'add';
  const page = kept.slice(0, PAGE_SIZE);
  if (sort) {
    const items = page.map((p) => (sort === SortOrder.Rating ? ctx.msgs.ratedItem(p.name, p.size, ctx.price(p.price), formatRating(p.rating, ctx.turn.locale)) : listItem(ctx, p)));
    return ctx.ask(ctx.msgs.sortedResults(label, sort, kept.length, items), ctx.msgs.searchReprompt);
  }
  const items = page.map((p) => listItem(ctx, p));
  // attributes alone read like any search ("I found 2 for organic milk"); a price is said first
  if (!hasPriceLimit(c)) return ctx.ask(ctx.msgs.searchResults(label, kept.length, page.length, items), ctx.msgs.searchReprompt);
  return ctx.ask(ctx.msgs.filteredResults(label, kept.length, items), ctx.msgs.searchReprompt);
}

/**
 * Nothing meets the constraints. No product has the attribute: say so, and how many there are
 * without it. Something has it, only not at that price: the nearest price there is.
 */
function nothingLeft(ctx: TurnContext, label: string, query: string, candidates: readonly Product[], c: SearchConstraints): Reply {
  // the list read before stays: "the second one" still means what it meant
  const withAttributes = candidates.filter((p) => hasAttributes(p, c));
  if (withAttributes.length === 0) {
    return ctx.ask(ctx.msgs.filterNoMatch(label, query, query ? candidates.length : 0), ctx.msgs.searchEmptyQuery);
  }
  const { max } = priceRange(c);
  const cheaper = Number.isFinite(max);
  const byPrice = [...withAttributes].sort((a, b) => a.price - b.price);
  const nearest = cheaper ? byPrice[0] : byPrice[byPrice.length - 1];
  ctx.state.focusSku = nearest.sku;
  ctx.state.awaiting = nearest.inStock ? 'add' : undefined;
  const speech = ctx.msgs.priceNoMatch(label, { name: nearest.name, price: ctx.price(nearest.price), cheaper });
  return ctx.ask(`${speech} ${nearest.inStock ? ctx.msgs.detailsReprompt : ctx.msgs.anythingElse}`, ctx.msgs.searchEmptyQuery);
}

/** The constraints as the locale says them. */
function spokenFilter(ctx: TurnContext, c: SearchConstraints): SpokenFilter {
  const language = ctx.turn.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  const price = (amount: number | undefined) => (amount === undefined ? undefined : ctx.price(amount));
  return {
    attributes: c.attributes.map((a) => ATTRIBUTE_WORDS[language][a as ProductAttribute | typeof IN_STOCK]?.[0] ?? a),
    below: price(c.below),
    upTo: price(c.upTo),
    above: price(c.above),
    from: price(c.from),
  };
}
