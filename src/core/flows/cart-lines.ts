import type { Cart } from '../cart';
import type { TurnContext } from '../context';
import { PAGE_SIZE } from '../dialog-state';
import { groupOf, groupOfSlot, groupWords, inGroup } from '../entity-id';
import { SlotName } from '../intents';
import type { Product } from '../product';
import { parseOrdinal } from '../spoken-numbers';
import { boundedEditDistance } from '../search/phonetic';
import { REASON_AFTER } from '../search/carrier';
import { groupLabel } from './groups';

/** Which line of the cart the shopper means. */
export type CartLineRef =
  | { kind: 'line'; product: Product; quantity: number }
  /** several lines fit what was said ("the milk" with two milks in the cart) */
  | { kind: 'ambiguous'; products: Product[] }
  | { kind: 'not-in-cart'; name: string; product?: Product }
  /** nothing said, nothing in focus, and more than one line */
  | { kind: 'none' }
  | { kind: 'empty' }
  | { kind: 'out-of-range'; position: number; length: number };

type PricedLine = { product: Product; quantity: number };

/** Words that say nothing about which product: articles, carrier words, the cart itself. */
const NOT_A_NAME = new Set([
  'the',
  'a',
  'an',
  'my',
  'of',
  'and',
  'that',
  'this',
  'those',
  'these',
  'one',
  'ones',
  'some',
  'all',
  'please',
  'out',
  'off',
  'from',
  'cart',
  'basket',
  'trolley',
  'it',
  'them',
  // "two of em": them, as said
  'em',
  "'em",
  'thing',
  'things',
  'stuff',
  'item',
  'items',
  // "change the quantity to three": how many, not which
  'quantity',
  'amount',
  'number',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'meine',
  'meinen',
  'mein',
  'warenkorb',
  'bitte',
  'raus',
  'aus',
]);

const stem = (w: string) =>
  w.length > 4
    ? w
        .replace(/ies$/, 'y')
        .replace(/(oes|ses|xes|ches|shes)$/, (m) => m.slice(0, -2))
        .replace(/s$/, '')
    : w.replace(/s$/, '');

function terms(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  )
    .filter((w) => !NOT_A_NAME.has(w))
    .map(stem);
}

/**
 * The products one of the sentence's words names ("onions" in "oh i've got onions already"): a word
 * of four letters or more of the product's name or category, the brand aside, compared as the
 * cart's lines are (lower case, stemmed).
 */
export function productsNamedIn(words: string, products: readonly Product[]): Product[] {
  const said = new Set(terms(words));
  return products.filter((p) => {
    const brand = new Set(terms(p.brand));
    return terms(`${p.name} ${p.category}`).some((w) => w.length >= 3 && !brand.has(w) && said.has(w));
  });
}

function productTerms(p: Product): Set<string> {
  return new Set(terms(`${p.name} ${p.brand} ${p.category}`));
}

/**
 * Finds the cart line a turn refers to: "the second one" (the list just read, else the cart's
 * own order), a product named (its resolved sku, a category or brand, or the words said matched
 * against the lines in the cart, then search as a last resort for misheard names), or nothing
 * said: the product just talked about, or the only line. `spoken` overrides the product slot
 * (a product said with its quantity in one breath, already split).
 */
export async function findCartLine(ctx: TurnContext, cart: Cart, lines: readonly PricedLine[], spoken?: { value: string; id?: string }): Promise<CartLineRef> {
  const said = spoken ?? ctx.slot(SlotName.Product);
  // "those", "it", "that one": no name at all, so the product in focus is meant
  const product = said && (said.id || terms(ctx.msgs.catalogQuery(said.value)).length > 0) ? said : undefined;
  const ordinal = ctx.slot(SlotName.Ordinal);
  const bySku = (sku: string) => lines.find((l) => l.product.sku === sku);
  const asRef = (line: PricedLine | undefined): CartLineRef | undefined => (line ? { kind: 'line', product: line.product, quantity: line.quantity } : undefined);

  if (ordinal && !product) return byPosition(ctx, lines, ordinal.id ?? ordinal.value);
  if (product) {
    if (lines.length === 0) return { kind: 'not-in-cart', name: await nameOf(ctx, product) };
    for (const candidate of [product.id, product.value]) {
      const hit = candidate ? bySku(candidate) : undefined;
      if (hit) return asRef(hit) as CartLineRef;
    }
    const group = groupOfSlot(product);
    if (group) {
      // Dialogflow sends the group's id as the value: its words are the name then
      const words = groupOf(product.value) ? groupWords(group) : product.value;
      const members = byName(
        ctx,
        words,
        lines.filter((l) => inGroup(group, l.product)),
      );
      if (members.length === 1) return asRef(members[0]) as CartLineRef;
      if (members.length > 1) return { kind: 'ambiguous', products: members.map((l) => l.product) };
      // "die limonade" heard as the soda category, with lemonade in the cart
      // (Dialogflow sends the group's id as the value: the words are the sentence's then)
      const alike = soundsLikeOneLine(lines, groupOf(product.value) ? (ctx.turn.utterance ?? '') : product.value);
      if (alike) return asRef(alike) as CartLineRef;
      return { kind: 'not-in-cart', name: groupLabel(ctx, group, product.value) };
    }
    // Dialogflow sends the sku as the value: the product's own name is what to match then (the
    // cart may hold the same product in its other size)
    const resolved = isIdLike(product.value) ? await ctx.deps.catalog.getProduct(product.value) : undefined;
    const byTheWords = await byWords(ctx, lines, resolved ? { value: resolved.name } : product);
    // "the spinach anymore my neighbor gave me a bag", "the bagels i'll bake my own": the name without the reason after it
    const named = byTheWords.kind === 'not-in-cart' && !resolved ? product.value.replace(REASON_AFTER, '').replace(REASON_FOR_LINE, '').trim() : product.value;
    const retried = named !== product.value && named !== '' ? await byWords(ctx, lines, { value: named }) : undefined;
    if (retried && retried.kind !== 'not-in-cart') return retried;
    const alike = byTheWords.kind === 'not-in-cart' && !resolved ? soundsLikeOneLine(lines, product.value) : undefined;
    return alike ? (asRef(alike) as CartLineRef) : byTheWords;
  }
  if (lines.length === 0) return { kind: 'empty' };
  const focus = ctx.state.focusSku ? bySku(ctx.state.focusSku) : undefined;
  if (focus) return asRef(focus) as CartLineRef;
  if (lines.length === 1) return asRef(lines[0]) as CartLineRef;
  return lines.length <= PAGE_SIZE ? { kind: 'ambiguous', products: lines.map((l) => l.product) } : { kind: 'none' };
}

/** What follows a line's name to say why it goes ("… anymore", "… i'll bake my own", "… we have plenty"). */
const REASON_FOR_LINE =
  /\s+(?:any ?more|after all|either|(?:i|we|she|he|they)(?:'ll|'ve|'d| will| have| already| just| got| can)?\s+\S+|(?:my|our|the) (?:neighbou?r|wife|husband|kids?|son|daughter|mom|mum|dad|friend)s?)\b.*$/;

/**
 * The one cart line with a name word one letter from a word said, six letters or more and the
 * same length ("limonade" for Fresh Harvest Lemonade, said in German); undefined when none or several.
 */
function soundsLikeOneLine(lines: readonly PricedLine[], words: string): PricedLine | undefined {
  const said = words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 6);
  const alike = lines.filter((l) =>
    l.product.name
      .toLowerCase()
      .split(/\s+/)
      // one letter swapped, never one added or dropped ("apples" is not "apple juice"), and never
      // a word the name has as said ("cream cheese" is not the cheddar cheese)
      .some((n) => said.some((w) => w.length === n.length && w !== n && boundedEditDistance(w, n, 1) === 1)),
  );
  return alike.length === 1 ? alike[0] : undefined;
}

/** "The second one": of the page just read (search results or the cart), else of the cart in its order. */
async function byPosition(ctx: TurnContext, lines: readonly PricedLine[], said: string): Promise<CartLineRef> {
  const list = ctx.state.list;
  const skus = list && list.skus.length > 0 ? list.skus : lines.map((l) => l.product.sku);
  const offset = list && list.skus.length > 0 ? list.offset : 0;
  const pageLength = Math.min(PAGE_SIZE, skus.length - offset);
  const position = parseOrdinal(said, pageLength);
  if (position === undefined) return { kind: 'none' };
  const index = position <= pageLength ? offset + position - 1 : position - 1;
  const sku = position >= 1 ? skus[index] : undefined;
  if (sku === undefined) return { kind: 'out-of-range', position, length: pageLength };
  const line = lines.find((l) => l.product.sku === sku);
  if (line) return { kind: 'line', product: line.product, quantity: line.quantity };
  const product = await ctx.deps.catalog.getProduct(sku);
  return { kind: 'not-in-cart', name: product?.name ?? said, product };
}

/**
 * A name said against the lines in the cart. Lines that carry every word said are the
 * candidates (two of them: ask which). A name only partly heard ("vanilla all mend milk") is
 * left to search, and only a line search ranks near the top counts, so "the chocolate milk"
 * never takes out the plain milk.
 */
async function byWords(ctx: TurnContext, lines: readonly PricedLine[], spoken: { value: string; id?: string }): Promise<CartLineRef> {
  const query = ctx.msgs.catalogQuery(spoken.value);
  const said = [...new Set(terms(query))];
  if (said.length > 0) {
    const full = byName(
      ctx,
      spoken.value,
      lines.filter((l) => {
        const known = productTerms(l.product);
        return said.every((w) => known.has(w));
      }),
    );
    if (full.length === 1) return { kind: 'line', product: full[0].product, quantity: full[0].quantity };
    if (full.length > 1) return { kind: 'ambiguous', products: full.map((l) => l.product) };
  }
  const hits = await ctx.deps.catalog.search(query, { limit: SEARCH_DEPTH });
  const inCart = new Map(lines.map((l) => [l.product.sku, l]));
  // a product not in the cart carries every word said ("cream cheese" with cheddar cheese in the cart): that one is meant
  const other = said.length > 0 ? hits.find((p) => !inCart.has(p.sku) && said.every((w) => productTerms(p).has(w))) : undefined;
  if (other) return { kind: 'not-in-cart', name: spoken.value, product: other };
  const best = hits.find((p) => inCart.has(p.sku));
  if (best) {
    const known = productTerms(best);
    // search reads sounds, not only words: it must still share a word with what was said
    if (said.length === 0 || said.some((w) => known.has(w)) || hits.indexOf(best) === 0) {
      const line = inCart.get(best.sku) as PricedLine;
      return { kind: 'line', product: line.product, quantity: line.quantity };
    }
  }
  return { kind: 'not-in-cart', name: spoken.value, product: hits[0] };
}

/**
 * Of several lines that fit, the ones whose own name carries the words said: "take the crisps
 * out" means the Sea Salt Chips, not the salsa filed with the chips. All of them when none does.
 */
function byName(ctx: TurnContext, spoken: string, candidates: readonly PricedLine[]): PricedLine[] {
  if (candidates.length < 2) return [...candidates];
  const said = [...new Set(terms(ctx.msgs.catalogQuery(spoken)))];
  if (said.length === 0) return [...candidates];
  const named = candidates.filter((l) => {
    const own = new Set(terms(l.product.name));
    return said.every((w) => own.has(w));
  });
  return named.length > 0 ? named : [...candidates];
}

/** How deep search may go to find a misheard name among the cart's lines. */
const SEARCH_DEPTH = 5;

/** A slot value that is an id (a sku as Dialogflow sends it), not words. */
const isIdLike = (value: string) => /^[A-Za-z0-9_-]{1,64}$/.test(value) && /\d/.test(value);

async function nameOf(ctx: TurnContext, slot: { value: string; id?: string }): Promise<string> {
  const group = groupOfSlot(slot);
  if (group) return groupLabel(ctx, group, slot.value);
  // say the product's name, never its id
  const product = isIdLike(slot.value) ? await ctx.deps.catalog.getProduct(slot.value) : undefined;
  return product?.name ?? slot.value;
}
