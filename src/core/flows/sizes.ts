import type { TurnContext } from '../context';
import type { Product } from '../product';
import { germanNumber } from '../search/constraint-words';
import { toTerms } from '../search/normalise';
import type { Reply } from '../turn';

/**
 * One product in several sizes ("Brightfield Paper Towels", 6 or 12 double rolls): rather than
 * read near-identical names, the shop says the sizes with their prices and asks which. The sizes
 * become the list in dialog state, so "the first one" (a Select) or "the twelve roll one" (a
 * product named by its size) resolves against them.
 */

/** Matches at least this share of the best score count as "the same answer" to a query. */
export const SAME_MATCH_SHARE = 0.92;
const MAX_SIZES = 3;

const sameName = (a: Product, b: Product) => a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** Two or three products with one name and different sizes, smallest (cheapest) first; else undefined. */
export function asSizes(products: readonly Product[]): Product[] | undefined {
  if (products.length < 2 || products.length > MAX_SIZES) return undefined;
  if (!products.every((p) => sameName(p, products[0]))) return undefined;
  if (new Set(products.map((p) => p.size.trim().toLowerCase())).size !== products.length) return undefined;
  return [...products].sort((a, b) => a.price - b.price);
}

/**
 * The matches as good as the best one (a few at most): one product's sizes, a single product
 * that stands out, or several products the query fits equally.
 */
export async function bestMatches(ctx: TurnContext, catalogQuery: string, history?: ReadonlyMap<string, number>): Promise<Product[]> {
  return ctx.deps.catalog.search(catalogQuery, { limit: MAX_SIZES + 1, history, minScoreShare: SAME_MATCH_SHARE });
}

/** The other sizes of a product found by name, when the shopper did not say which size. */
export async function sizesOfProduct(ctx: TurnContext, product: Product, spoken: string): Promise<Product[] | undefined> {
  const found = await ctx.deps.catalog.search(product.name, { limit: MAX_SIZES + 3, minScoreShare: SAME_MATCH_SHARE });
  const sizes = asSizes(found.filter((p) => sameName(p, product)));
  if (!sizes || !sizes.some((p) => p.sku === product.sku)) return undefined;
  return pickSize(spoken, sizes, ctx.turn.locale) ? undefined : sizes;
}

/** Asks which size, leaving the sizes as the list "the first one" resolves against. */
export function askWhichSize(ctx: TurnContext, sizes: readonly Product[], query: string): Reply {
  ctx.state.list = { kind: 'search', query, skus: sizes.map((p) => p.sku), offset: 0 };
  ctx.state.focusSku = undefined;
  // a bare yes is no size: it is asked which one, as after any list
  ctx.state.awaiting = 'add';
  const options = sizes.map((p) => ctx.msgs.sizeOption(p.size, ctx.price(p.price)));
  return ctx.ask(ctx.msgs.whichSize(sizes[0].name, options), ctx.msgs.whichSizeReprompt);
}

const BIGGER = /\b(big|bigger|biggest|large|larger|largest|huge|family|bulk|more|groß\w*|gross\w*|größer\w*|mehr)\b/iu;
const SMALLER = /\b(small|smaller|smallest|little|less|mini|klein\w*|weniger)\b/iu;

/**
 * The size the shopper names among one product's sizes: by its amount ("the twelve roll one",
 * "die mit zwölf Rollen", "half gallon") or as bigger or smaller ("the big one", "die kleine"),
 * where bigger is the one that costs more. Undefined when the words do not pick exactly one.
 */
export function pickSize(spoken: string, sizes: readonly Product[], locale: string): Product | undefined {
  if (sizes.length < 2) return undefined;
  const german = locale.toLowerCase().startsWith('de');
  const words = spoken
    .toLowerCase()
    .split(/\s+/)
    // "the twelve roll one": a closing "one" is the pronoun, not an amount ("the one gallon" keeps it)
    .filter((w, i, all) => !(i === all.length - 1 && (w === 'one' || w === 'ones')))
    .map((w) => (german && germanNumber(w) !== undefined ? String(germanNumber(w)) : w));
  const said = new Set(toTerms(words.join(' ')));
  const numbers = [...said].filter((t) => /^\d/.test(t));
  const scored = sizes.map((p) => {
    const terms = toTerms(p.size);
    const sizeNumbers = terms.filter((t) => /^\d/.test(t));
    // a number said must be this size's number; a size with no number is named by its words
    const numberFits = numbers.length === 0 || numbers.some((n) => sizeNumbers.includes(n));
    const matched = terms.filter((t) => said.has(t)).length;
    return { p, score: numberFits ? matched + (numbers.length > 0 && sizeNumbers.some((n) => said.has(n)) ? 1 : 0) : 0 };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best > 0 && top.length === 1) return top[0].p;
  const byPrice = [...sizes].sort((a, b) => a.price - b.price);
  if (BIGGER.test(spoken) && !SMALLER.test(spoken)) return byPrice[byPrice.length - 1];
  if (SMALLER.test(spoken) && !BIGGER.test(spoken)) return byPrice[0];
  return undefined;
}
