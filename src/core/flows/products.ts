import type { TurnContext } from '../context';
import { PAGE_SIZE } from '../dialog-state';
import { groupOf, groupOfSlot, type ProductGroup } from '../entity-id';
import type { Product } from '../product';
import { IntentName, SlotName } from '../intents';
import { SELF_CORRECTION } from '../context';
import { isContainerWord } from '../quantity-words';
import { formatRating } from '../replies';
import type { Reply } from '../turn';
import { boundedEditDistance } from '../search/phonetic';
import { toTerms } from '../search/normalise';
import { parseOrdinal, UNIT_WORDS } from '../spoken-numbers';
import { bestInGroup } from './groups';
import { historyIfLinked } from './history';
import { asSizes, pickSize } from './sizes';

/** How a spoken reference to a product turned out. */
export type ProductRef =
  /** `named`: found by its name, so the shopper may not have said which size */
  | { kind: 'found'; product: Product; named?: boolean }
  | { kind: 'none' }
  | { kind: 'not-found'; spoken: string }
  /** a whole category or brand ("paper towels"): the caller lists it rather than guessing one */
  | { kind: 'group'; group: ProductGroup; spoken: string }
  | { kind: 'out-of-range'; position: number; length: number };

/**
 * Works out which product the shopper means: "the second one" (the list just read),
 * a product name (resolved sku first, then search), or "it" (the product in focus).
 */
export async function resolveProductRef(ctx: TurnContext): Promise<ProductRef> {
  const ordinalSlot = ctx.slot(SlotName.Ordinal);
  // a position slot open to any words can be handed a name ("tell me about the golden valley honey"): read it as one
  const nameInOrdinal = ordinalSlot && !ordinalSlot.id && parseOrdinal(ordinalSlot.value, PAGE_SIZE) === undefined && /\p{L}{3,}/u.test(ordinalSlot.value);
  if (ordinalSlot && !nameInOrdinal) return byPosition(ctx, ordinalSlot.id ?? ordinalSlot.value, ordinalSlot.value);
  const productSlot = ctx.slot(SlotName.Product) ?? (nameInOrdinal ? ordinalSlot : undefined);
  if (productSlot) {
    // a size of the product whose sizes were just read ("the twelve roll one", "the big one")
    const sized = (await sizeFromList(ctx, productSlot.value)) ?? (productSlot.id ? undefined : await sizeOnPage(ctx, productSlot.value));
    if (sized) return { kind: 'found', product: sized };
    if (!productSlot.id) {
      // a recogniser may put "the first one" or "that one" into the product slot
      const position = spokenPosition(productSlot.value);
      if (position !== undefined) return byPosition(ctx, position, productSlot.value);
      if (pointsAtFocus(productSlot.value)) return inFocus(ctx);
      // "merk dir die mal": a slot that took only a particle names nothing; the one talked about
      if (productSlot.value.trim() !== '' && `${productSlot.value.trim()} `.replace(PADDING, '') === '') return inFocus(ctx);
    }
    const group = groupOfSlot(productSlot);
    if (group) return { kind: 'group', group, spoken: productSlot.value };
    const product = await findProduct(ctx, productSlot.value, productSlot.id);
    return product ? { kind: 'found', product, named: true } : { kind: 'not-found', spoken: productSlot.value };
  }
  return inFocus(ctx);
}

/** "the second one" means the second of the page just read; a larger number counts from the top. */
async function byPosition(ctx: TurnContext, raw: string, spoken: string): Promise<ProductRef> {
  const list = ctx.state.list;
  if (!list || list.skus.length === 0) return { kind: 'none' };
  const pageLength = Math.min(PAGE_SIZE, list.skus.length - list.offset);
  const position = parseOrdinal(raw, pageLength);
  if (position === undefined) return { kind: 'none' };
  const index = position <= pageLength ? list.offset + position - 1 : position - 1;
  const sku = list.skus[index];
  if (position < 1 || sku === undefined) return { kind: 'out-of-range', position, length: pageLength };
  const product = await ctx.deps.catalog.getProduct(sku);
  return product ? { kind: 'found', product } : { kind: 'not-found', spoken };
}

/** "it", "that one", "das": the product in focus, or the only one just read. */
const PRONOUN = /^(it|they|them|em|'em|those|these|that|this|that one|this one|those ones|these ones|the one|the same|same one|es|das|dies|dieses|das da|den|die|der|sie|diese)$/i;

/** "that bag", "this box", "those bottles", "die Packung": the product in focus, by what it comes in. */
const POINTING = /^(that|this|those|these|the|der|die|das|diese|dieser|dieses)$/i;

/**
 * Words that name no product but point at the one just talked about: a pronoun ("it", "they",
 * "those") or a pointing word with what the product comes in or a word for any thing ("that bag",
 * "this thing", "die Packung").
 */
export function pointsAtFocus(spoken: string): boolean {
  // "how much does that pack weigh", heard with the verb: the pack
  const said = spoken.trim().toLowerCase().replace(/\s+/g, ' ');
  const text = said.replace(/\s+(?:weigh|weighs|cost|costs|hold|holds|contain|contains|come in|comes in|go for|goes for|run|runs)$/, '');
  // "how much does a pack weigh": one of what it comes in, asked about, is the one talked about
  if (text !== said && /^(?:a|an|one|each)\s+\S+$/.test(text) && isContainerWord(text.split(' ')[1])) return true;
  if (PRONOUN.test(text)) return true;
  // "another box of that", "a bag of those"
  if (
    /^(?:(?:a|an|one|another)\s+)?(?:\w+)\s+of\s+(?:that|those|it|them|these|this|the same)$/.test(text) &&
    (isContainerWord(text.split(' ').at(-3) ?? '') || text.split(' ').at(-3) === 'one')
  )
    return true;
  const words = text.split(' ');
  // "how big is the package" heard with the container alone
  if (words.length === 1 && isContainerWord(words[0]) && !/^(?:pound|pounds|lb|lbs|gallon|gallons|pint|pints|quart|quarts)$/.test(words[0])) return true;
  return words.length === 2 && POINTING.test(words[0]) && (isContainerWord(words[1]) || /^(one|ones|thing|things|stuff|product|item|ding|teil|zeug)$/.test(words[1]));
}

/** German ordinals with their endings, as English ones parseOrdinal knows. */
const GERMAN_ORDINALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^erste[nmrs]?$/, 'first'],
  [/^zweite[nmrs]?$/, 'second'],
  [/^dritte[nmrs]?$/, 'third'],
  [/^vierte[nmrs]?$/, 'fourth'],
  [/^fünfte[nmrs]?$/, 'fifth'],
  [/^letzte[nmrs]?$/, 'last'],
];

/**
 * A position said as words: "the first one", "number two", "the 2nd", "the last one", "das
 * zweite", "nummer drei". A bare number ("two") is a quantity or a name, not a position.
 */
export function spokenPosition(spoken: string): string | undefined {
  const words = spoken
    .trim()
    .toLowerCase()
    .replace(/[.,!?]/g, '')
    .split(/\s+/)
    .filter((w) => !['the', 'one', 'das', 'den', 'die', 'der', 'dem', 'item', 'product'].includes(w));
  if (words.length === 0 || words.length > 2) return undefined;
  const numbered = (words[0] === 'number' || words[0] === 'nummer') && words.length === 2;
  const word = numbered ? words[1] : words.length === 1 ? words[0] : undefined;
  if (word === undefined) return undefined;
  const german = GERMAN_ORDINALS.find(([form]) => form.test(word))?.[1];
  if (german) return german;
  if (numbered) return word;
  return /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d+(st|nd|rd|th))$/.test(word) ? word : undefined;
}

export async function inFocus(ctx: TurnContext): Promise<ProductRef> {
  if (ctx.state.focusSku) {
    const product = await ctx.deps.catalog.getProduct(ctx.state.focusSku);
    if (product) return { kind: 'found', product };
  }
  const list = ctx.state.list;
  if (list && list.kind === 'search' && list.skus.length === 1) {
    const product = await ctx.deps.catalog.getProduct(list.skus[0]);
    if (product) return { kind: 'found', product };
  }
  const only = await onlyOneCalledSo(ctx);
  return only ? { kind: 'found', product: only } : { kind: 'none' };
}

/**
 * "How big is that bottle" after "olive oil" read the olive oil and a butter made with it: the one
 * product of the page whose name is what was looked for (not just made "with" it).
 */
async function onlyOneCalledSo(ctx: TurnContext): Promise<Product | undefined> {
  const list = ctx.state.list;
  const query = list?.kind === 'search' ? (list.about ?? list.query) : undefined;
  if (!list || !query) return undefined;
  const said = ctx.msgs
    .catalogQuery(query)
    .toLowerCase()
    .replace(/^(?:the|a|an|some)\s+/, '')
    .trim();
  if (said.length < 3) return undefined;
  const page = await ctx.deps.catalog.getProducts(list.skus.slice(list.offset, list.offset + PAGE_SIZE));
  const called = page.filter((p) => nameBeforeWith(p).includes(said));
  return called.length === 1 ? called[0] : undefined;
}

/** The page of search results just read, when it offers a choice (two results or more). */
async function searchPage(ctx: TurnContext): Promise<readonly Product[] | undefined> {
  const list = ctx.state.list;
  if (!list || list.kind !== 'search' || list.skus.length < 2) return undefined;
  return ctx.deps.catalog.getProducts(list.skus.slice(list.offset, list.offset + PAGE_SIZE));
}

/** A product named by its size among the sizes just read (a list of one product's sizes). */
export async function sizeFromList(ctx: TurnContext, spoken: string): Promise<Product | undefined> {
  const page = await searchPage(ctx);
  const sizes = page ? asSizes(page) : undefined;
  return sizes ? pickSize(spoken, sizes, ctx.turn.locale) : undefined;
}

/** Units a size is said in, as search terms ("pound" and "lbs" are "lb"). */
const UNIT_TERMS = new Set(toTerms('lb oz gallon fl liter litre ml kg gram roll count ct pack inch quart pint sheet wipe'));
/** Words around a size that name nothing ("one of the five pound bags", "i'll take the 12 count"). */
const AROUND_A_SIZE = new Set(
  toTerms(
    "one ones of the a an yes yeah please put in i'll i will take want get me give us that those these them it size sized big thanks for bag box can tin bottle jar carton tub packet package",
  ),
);

/**
 * "one of the five pound bags", "the 64 ounce one": the one product on the page just read that
 * comes in the size said, whatever its name; the other words said must be in its name. Undefined
 * without a number and a unit, or when not exactly one product fits.
 */
export async function sizeOnPage(ctx: TurnContext, spoken: string): Promise<Product | undefined> {
  const terms = toTerms(spoken).filter((t) => !AROUND_A_SIZE.has(t));
  const numbers = terms.filter((t) => /^\d/.test(t));
  const units = terms.filter((t) => UNIT_TERMS.has(t));
  if (numbers.length === 0 || units.length === 0) return undefined;
  const others = terms.filter((t) => !numbers.includes(t) && !units.includes(t));
  const page = await searchPage(ctx);
  const fits = (page ?? []).filter((p) => {
    const size = toTerms(p.size);
    const name = toTerms(`${p.brand} ${p.name}`);
    return numbers.every((n) => size.includes(n)) && units.every((u) => size.includes(u) || name.includes(u)) && others.every((o) => name.includes(o) || size.includes(o));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A product by resolved id, by a value that is itself a sku, or by the best search match. A
 * category or brand id stands for the shopper's usual product in it, else its best match.
 */
export async function findProduct(ctx: TurnContext, spoken: string, id?: string): Promise<Product | undefined> {
  const group = groupOf(id) ?? groupOf(spoken);
  if (group) return bestInGroup(ctx, group, await historyIfLinked(ctx));
  for (const candidate of [id, spoken]) {
    if (!candidate || !/^[A-Za-z0-9_-]{1,64}$/.test(candidate)) continue;
    const product = await ctx.deps.catalog.getProduct(candidate);
    if (product) return product;
  }
  // "the vanilla almond milk no sorry the unsweetened one": the first name's kind, as corrected
  const corrected = id ? undefined : SELF_CORRECTION.exec(spoken.trim().toLowerCase());
  if (corrected) {
    const wanted = listWords(corrected[2]).filter((w) => !LIST_FILLER.has(w));
    const first = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(corrected[1]), { limit: 10 });
    const meant = wanted.length > 0 ? first.find((p) => wanted.every((w) => listWords(`${p.name} ${p.size}`).includes(w))) : undefined;
    return meant ?? findProduct(ctx, corrected[2]);
  }
  // "eigentlich das Olivenöl", "um like the olive oil": the words that pad a name are no part of it
  const query = ctx.msgs.catalogQuery(spoken.replace(PADDING, ''));
  const results = await ctx.deps.catalog.search(query, { limit: 3 });
  // "the vanilla one", "the size three pack", "the whitening one": one product of the list just read
  // (in the catalog's words: "die Bio" is the organic one)
  const listed = id ? undefined : await fromList(ctx, query, results);
  if (listed) return listed;
  const best = results[0];
  // "olive oil" is the oil, not "Spreadable Butter with Olive Oil": a name with the words only after "with" gives way to one they end
  const said = query
    .toLowerCase()
    .replace(/^(?:the|a|an|some)\s+/, '')
    .trim();
  const onlyAfterWith = (p: Product) => p.name.toLowerCase().includes(said) && !nameBeforeWith(p).includes(said);
  if (best && said.length > 2 && onlyAfterWith(best)) return results.find((p) => !onlyAfterWith(p) && p.name.toLowerCase().endsWith(said)) ?? best;
  return best;
}

/** Words said before a name that pad it ("eigentlich das …", "um like the …"); said alone, they name nothing. */
const PADDING = /^(?:(?:eigentlich|denn|mal|bitte|noch|so|also|halt|eben|doch|bei euch|bei ihnen|hier|actually|just|like|then|um|uh|er|erm|please)\s+)+/i;

/** A product's name up to what it is made "with" ("spreadable butter" of "Spreadable Butter with Olive Oil"), lower case. */
function nameBeforeWith(p: Product): string {
  return p.name.toLowerCase().split(' with ')[0];
}

/** Words that say which one without naming anything ("the … one", "that … pack"). */
const LIST_FILLER = new Set(
  'the a an one ones that this those these of please pack packs packet bag bags box boxes bottle bottles tub tubs jar jars can cans tin tins carton cartons kind type sort der die das den dem eine einen ein packung flasche dose glas sorte'.split(
    ' ',
  ),
);

function listWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (UNIT_WORDS[w] !== undefined && w !== 'one' && w !== 'a' ? String(UNIT_WORDS[w]) : w));
}

/**
 * A product of the list just read that the words single out: every word of them (less the
 * pointing words) is in its name, brand or size, and no other product of the page has them all.
 * Taken when the words point ("the vanilla one", "that big bag") or the catalog's own best matches
 * for them include it; "milk" after a list of oat milks still means milk.
 */
async function fromList(ctx: TurnContext, spoken: string, bestMatches: readonly Product[]): Promise<Product | undefined> {
  const list = ctx.state.list;
  if (!list || list.skus.length === 0) return undefined;
  const all = listWords(spoken);
  const words = all.filter((w) => !LIST_FILLER.has(w));
  if (words.length === 0) return undefined;
  const pointing = all.some((w) => w === 'one' || w === 'ones' || w === 'that' || w === 'this' || w === 'those' || w === 'these');
  const page = list.skus.slice(list.offset, list.offset + PAGE_SIZE);
  const products = await ctx.deps.catalog.getProducts(page);
  const has = (p: Product) => {
    // "the olive oil" is not the butter made with olive oil
    const before = nameBeforeWith(p);
    if (before !== p.name.toLowerCase() && !words.every((w) => listWords(`${before} ${p.brand} ${p.size}`).some((t) => t === w || (w.length > 3 && t.startsWith(w))))) return false;
    const text = listWords(`${p.name} ${p.brand} ${p.size}`);
    return words.every((w) => text.some((t) => t === w || (w.length > 3 && (t.startsWith(w) || (w.startsWith(t) && t.length > 3)))));
  };
  const hits = products.filter(has);
  // right after the list was read, a word only one product on it has picks that one ("die Bio")
  const justRead = ctx.state.heard?.intent === IntentName.Search || ctx.state.heard?.intent === IntentName.MoreResults;
  // "the golden valley one" when the page has three: the first of them, as the list ranked them
  // (the catalog's best match for the words among them first: "the oak hollow oat milk" is the milk, not the yogurt)
  if (hits.length > 1) return pointing || justRead ? (bestMatches.find((b) => hits.some((h) => h.sku === b.sku)) ?? hits[0]) : undefined;
  if (hits.length === 0) {
    // "the lemon one" after the page of dish soaps: the one further down the same list
    if (!pointing && !justRead) return undefined;
    const rest = await ctx.deps.catalog.getProducts(list.skus.filter((sku) => !page.includes(sku)));
    const further = rest.filter(has);
    return further.length === 1 ? further[0] : undefined;
  }
  const hit = hits[0];
  return pointing || justRead || bestMatches.some((p) => p.sku === hit.sku) ? hit : undefined;
}

/**
 * One match that cannot be bought today: what it is and that it is out of stock, never "want to
 * add it?"; undefined when the results are anything else.
 */
export function onlyOutOfStock(ctx: TurnContext, results: readonly Product[]): Reply | undefined {
  const only = results.length === 1 ? results[0] : undefined;
  if (!only || only.inStock) return undefined;
  const speech = ctx.msgs.details(only.name, only.brand, only.size, ctx.price(only.price), formatRating(only.rating, ctx.turn.locale), only.reviewCount, false);
  return ctx.ask(speech, ctx.msgs.searchReprompt);
}

/** Speech for one item in a list: short name, size and price. */
export function listItem(ctx: TurnContext, product: Product): string {
  return ctx.msgs.listItem(product.name, product.size, ctx.price(product.price), !product.inStock);
}

/** Words that name nothing in a request to add ("a", "some", "to my cart"). */
const NAMES_NOTHING = new Set(toTerms('a an the some any of to my our in into on for me please cart basket trolley one ones'));

/**
 * Whether a word the shopper said is a word of the product (its name, brand, category or size),
 * as spelled or nearly ("bananna"), as a stem or a start ("choc" of "chocolate"), or two said words
 * joined ("sham poo"). A product found only because a word sounds like one of its own ("puppy"
 * for "baby carrots") is not named by the words.
 */
export function wordsNameProduct(spoken: string, product: Product): boolean {
  if (spoken.trim().toLowerCase() === product.sku.toLowerCase()) return true;
  const said = toTerms(spoken).filter((t) => !NAMES_NOTHING.has(t));
  if (said.length === 0) return true;
  const own = toTerms(`${product.brand} ${product.name} ${product.category} ${product.size ?? ''}`);
  const near = (a: string, b: string) =>
    a === b ||
    (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a))) ||
    (a.length >= 4 && boundedEditDistance(a, b, 1) <= 1) ||
    (a.length >= 7 && boundedEditDistance(a, b, 2) <= 2);
  const joined = said.slice(1).map((t, i) => said[i] + t);
  return [...said, ...joined].some((t) => own.some((o) => near(t, o)));
}
