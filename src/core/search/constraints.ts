/**
 * What a spoken search asks for besides the product: a price ceiling or floor ("under five
 * dollars", "zwischen 5 und 10 Euro"), an order ("cheapest", "best rated") and attributes
 * ("gluten free", "bio"). Parsed per language and taken out of the query, so "coffee under ten
 * dollars" searches for coffee and then keeps what costs less than 10. Amounts are
 * currency-agnostic: "five dollars", "5 euros" and "a fiver" all mean 500 minor units.
 */
import { ATTRIBUTE_WORDS } from '../attributes';
import { phoneticKey } from './phonetic';
import { hasAttribute, type Product } from '../product';
import { GERMAN_ENDING, GERMAN_PREFIXES, languageOf, NOT_IN_QUERIES, WORDS, type Language } from './constraint-words';
import { saidTokens, SortOrder, takePriceAndOrder, tokens, type PriceLimits } from './spoken-price';

export { SortOrder, type PriceLimits } from './spoken-price';

export interface SearchConstraints extends PriceLimits {
  sort?: SortOrder;
  /** ProductAttribute ids, or IN_STOCK, every one of which a product must have */
  attributes: string[];
}

/** A spoken query split into the product words and what constrains them. */
export interface ParsedQuery {
  /** what is left to search for, as said ("coffee"); '' when only constraints were said */
  query: string;
  /**
   * the product with its attributes in the shopper's own words, price and order taken out
   * ("glutenfreies Brot"): how a language that inflects them says it back
   */
  described: string;
  constraints: SearchConstraints;
}

/** Levenshtein distance, stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

interface AttributeForm {
  id: string;
  /** the form without spaces or hyphens ("glutenfree") */
  joined: string;
  wordCount: number;
}

const formsCache = new Map<Language, AttributeForm[]>();

function attributeForms(language: Language): AttributeForm[] {
  let forms = formsCache.get(language);
  if (!forms) {
    forms = Object.entries(ATTRIBUTE_WORDS[language])
      .flatMap(([id, said]) => said.filter((f) => !NOT_IN_QUERIES[language].has(f)).map((f) => ({ id, joined: f.replace(/[\s-]+/g, ''), wordCount: f.split(/[\s-]+/).length })))
      .sort((a, b) => b.joined.length - a.joined.length);
    formsCache.set(language, forms);
  }
  return forms;
}

/**
 * A one-word form as a recogniser may hand it over: split at its first sound ("d caf", "vee gun":
 * the same consonants) or one letter off ("organik", "vegen", same first letter). Forms under five
 * letters ("bio") are too easily another word.
 */
const SMALL_WORDS = new Set('the a an of and or to in on for my no any its it is at by with from our your'.split(' '));

function misheardForm(forms: readonly AttributeForm[], pieces: readonly string[], joined: string): AttributeForm | undefined {
  const oneWord = forms.filter((f) => f.wordCount === 1 && f.joined.length >= 5);
  if (pieces.length === 2 && pieces[0].length <= 3 && !SMALL_WORDS.has(pieces[0])) return oneWord.find((f) => phoneticKey(f.joined) === phoneticKey(joined));
  if (pieces.length === 1 && joined.length >= 5) return oneWord.find((f) => f.joined[0] === joined[0] && f.joined !== joined && distance(f.joined, joined, 1) <= 1);
  return undefined;
}

/**
 * Takes attribute words out: exact forms however they are split or joined ("gluten free",
 * "gluten-free", "glutenfree"), German with its endings, and a long form one letter off, as a
 * recogniser splits it ("glue ten free"). Up to three spoken words may make one form.
 */
function takeAttributes(all: readonly string[], language: Language): { words: string[]; attributes: string[] } {
  const forms = attributeForms(language);
  const attributes: string[] = [];
  const keep: string[] = [];
  for (let i = 0; i < all.length;) {
    let found: { id: string; length: number } | undefined;
    for (let length = Math.min(3, all.length - i); length >= 1 && !found; length -= 1) {
      const joined = all
        .slice(i, i + length)
        .join('')
        .replace(/-/g, '');
      const stripped = language === 'de' ? joined.replace(GERMAN_ENDING, '') : joined;
      const exact = forms.find((f) => f.joined === joined || (language === 'de' && f.joined === stripped));
      // a near miss only for long forms said in more than one piece: "glue ten free", not "vega"
      const near =
        exact ??
        (length > 1 ? forms.find((f) => f.joined.length >= 8 && distance(f.joined, joined, 1) <= 1) : undefined) ??
        (language === 'en' ? misheardForm(forms, all.slice(i, i + length), joined) : undefined);
      if (near) found = { id: near.id, length };
    }
    if (found) {
      if (!attributes.includes(found.id)) attributes.push(found.id);
      i += found.length;
      continue;
    }
    // German joins these to the noun: "Biomilch", "Vollkornnudeln"
    const prefix = language === 'de' ? GERMAN_PREFIXES.find(([p]) => all[i].startsWith(p) && all[i].length >= p.length + 4) : undefined;
    if (prefix) {
      if (!attributes.includes(prefix[1])) attributes.push(prefix[1]);
      keep.push(all[i].slice(prefix[0].length));
      i += 1;
      continue;
    }
    keep.push(all[i]);
    i += 1;
  }
  return { words: keep, attributes };
}

/** Drops filler at both ends ("what's your … that cost"); the middle of a product name stays. */
function trimFiller(words: string[], language: Language): string[] {
  const filler = WORDS[language].filler;
  let start = 0;
  let end = words.length;
  while (start < end && filler.has(words[start])) start += 1;
  while (end > start && filler.has(words[end - 1])) end -= 1;
  return words.slice(start, end);
}

/** A budget in the shopper's words, said the way a price limit is ("up to", "höchstens"); the amount follows in English, comes first in German. */
const BUDGET: Readonly<Record<Language, readonly [RegExp, string]>> = {
  en: [
    /\b(?:(?:but|and|so)\s+)?(?:(?:i|we|i'd|we'd)\s+)?(?:(?:don't|dont|do not|won't|wont|can't|cant|cannot|would rather not|rather not)\s+(?:really\s+)?(?:want to\s+|wanna\s+|like to\s+|afford to\s+|need to\s+)?(?:spend|pay)\s+(?:much\s+)?(?:more than|over|above|anything over)|(?:can\s+)?only\s+(?:spend|afford|pay)(?:\s+(?:about|around|like|up to))?|(?:my|our|the)\s+budget(?:'s|\s+is)?(?:\s+(?:only|about|around|like))*)\s+(?=\S)/,
    ' up to ',
  ],
  de: [
    /\b(?:(?:aber|und)\s+)?(?:(?:(?:ich|wir)\s+(?:will|wollen|möchte|möchten|kann|können)\s+)?(?:nur\s+|höchstens\s+|maximal\s+|nicht mehr als\s+)+(.+?)\s+(?:ausgeben|zahlen|bezahlen)|(?:mein|unser)\s+budget(?:\s+ist|\s+liegt bei)?(?:\s+(?:nur|etwa|so))*\s+(.+?))(?=\s|$)/,
    ' höchstens $1$2 ',
  ],
};

/**
 * "cereal but i don't wanna spend more than four bucks a box", "ich will nicht mehr als zehn Euro
 * ausgeben": the words with the budget said as a price limit the search reads ("cereal up to four
 * bucks"); undefined when the words say no budget, or no amount the search can read.
 */
export function budgetAsLimit(said: string, locale: string): string | undefined {
  const limited = budgetSaidAsLimit(said, languageOf(locale));
  return limited !== undefined && hasPriceLimit(parseSpokenQuery(limited, locale).constraints) ? limited : undefined;
}

function budgetSaidAsLimit(said: string, language: Language): string | undefined {
  const [pattern, limit] = BUDGET[language];
  if (!pattern.test(said)) return undefined;
  return (
    said
      .toLowerCase()
      .replace(pattern, limit)
      // a price per box or bag is the product's price
      .replace(
        /\s+(?:a|per|each|for (?:a|one)|pro)\s+(?:box|bag|pack|packet|bottle|item|one|piece|can|tin|jar|carton|tub|loaf|packung|flasche|stück|dose|glas)\b|\s+(?:each|apiece|das stück)\b/g,
        '',
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words a recogniser hands over for a number ("under dirty dollars", "ate bucks", "add for cans"), read where only a number can stand. */
export const NUMBER_SOUNDALIKES: Readonly<Record<string, string>> = {
  won: 'one',
  to: 'two',
  too: 'two',
  tree: 'three',
  for: 'four',
  fore: 'four',
  fife: 'five',
  sicks: 'six',
  ate: 'eight',
  tin: 'ten',
  twenny: 'twenty',
  dirty: 'thirty',
  thirdy: 'thirty',
  fourty: 'forty',
  fitty: 'fifty',
};
const SOUNDALIKE_AMOUNT = new RegExp(`\\b(${Object.keys(NUMBER_SOUNDALIKES).join('|')})(?=\\s+(?:dollars?|bucks|euros?|pounds?|quid)\\b)`, 'gi');

/** "diapers under dirty dollars": the number meant, where only a number can stand (English only). */
function amountsHeardRight(text: string, language: 'en' | 'de'): string {
  return language === 'en' ? text.replace(SOUNDALIKE_AMOUNT, (w) => NUMBER_SOUNDALIKES[w.toLowerCase()] ?? w) : text;
}

/** "but nothing with sugar in it", "that doesn't have a scent", "nichts mit Zucker": the "no …" form an attribute is said in. */
const NEGATION_SAID: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [
    /\b(?:but\s+|and\s+)?(?:nothing|none|no ones?|not anything)\s+(?:with|that has|that's got)\s+(?:any\s+|a\s+)?(\w+)(?:\s+in (?:it|them))?/g,
    /\b(?:but\s+|and\s+)?(?:that|which)?\s*(?:doesn't|don't|does not|do not|didn't)\s+(?:have|contain|got)\s+(?:any\s+|a\s+)?(\w+)(?:\s+in (?:it|them))?/g,
    /\b(?:that|which)\s+(?:has|have)\s+no\s+(\w+)(?:\s+in (?:it|them))?/g,
  ],
  de: [/\b(?:aber\s+)?nichts\s+mit\s+(\w+)(?:\s+drin)?/g, /\b(?:aber\s+)?(?:das|die|der|was)\s+keine?n?\s+(\w+)\s+(?:hat|haben|enthält|enthalten)\b/g],
};

function negationSaidAsFree(text: string, language: Language): string {
  const no = language === 'de' ? 'ohne' : 'no';
  return (NEGATION_SAID[language] ?? []).reduce((said, pattern) => said.replace(pattern, (_all, thing: string) => `${no} ${thing}`), text);
}

/**
 * Splits a spoken query into the product words and its constraints, in the locale's language.
 * English attribute words are heard in every locale, since the catalog's own words are English
 * (a German query reaches the catalog as "gluten free bread" after its words are translated).
 */
export function parseSpokenQuery(text: string, locale: string): ParsedQuery {
  const language = languageOf(locale);
  // "cereal but i don't want to spend more than four dollars": "cereal up to four dollars"
  const spoken = negationSaidAsFree(amountsHeardRight(budgetSaidAsLimit(text, language) ?? text, language), language);
  const priced = takePriceAndOrder(tokens(spoken), language);
  let { words, attributes } = takeAttributes(priced.words, language);
  if (language !== 'en') {
    const english = takeAttributes(words, 'en');
    words = english.words;
    attributes = [...attributes, ...english.attributes.filter((a) => !attributes.includes(a))];
  }
  const anything = WORDS[language].anything;
  const generic = (list: readonly string[]) => list.every((word) => anything.has(word));
  const rest = trimFiller(words, language);
  const withAttributes = trimFiller(priced.words, language);
  // the words back in the case they were said in
  const cased = new Map(saidTokens(spoken).map((w) => [w.toLowerCase(), w]));
  // a noun split off a German compound ("Bio|milch") is a noun, capitalised
  const said = (list: readonly string[]) => list.map((w) => cased.get(w) ?? (language === 'de' ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  const { words: _taken, ...limits } = priced;
  return {
    query: generic(rest) ? '' : said(rest),
    described: generic(withAttributes) ? '' : said(withAttributes),
    constraints: { ...limits, attributes },
  };
}

/** Attributes found in text already in the catalog's words ("gluten free bread" after a German query is translated). */
export function catalogAttributes(text: string): { query: string; attributes: string[] } {
  const { words, attributes } = takeAttributes(tokens(text), 'en');
  return { query: words.join(' '), attributes };
}

/** The attribute a slot value names, in any language the shop speaks ("bio", "gluten free", an id). */
export function attributeFromWords(spoken: string, locale: string): string | undefined {
  const words = tokens(spoken);
  for (const language of [languageOf(locale), 'en'] as const) {
    const { attributes } = takeAttributes(words, language);
    if (attributes.length > 0) return attributes[0];
  }
  // forms too ambiguous inside a query are fine as a whole answer ("is it bio", "is it available")
  const whole = words.join(' ');
  for (const language of [languageOf(locale), 'en'] as const) {
    const hit = Object.entries(ATTRIBUTE_WORDS[language]).find(([, said]) => said.includes(whole));
    if (hit) return hit[0];
  }
  return undefined;
}

export function hasConstraints(c: SearchConstraints): boolean {
  return hasPriceLimit(c) || c.sort !== undefined || c.attributes.length > 0;
}

export function hasPriceLimit(c: PriceLimits): boolean {
  return c.below !== undefined || c.upTo !== undefined || c.above !== undefined || c.from !== undefined;
}

/** The highest and lowest price kept, inclusive, in minor units. */
export function priceRange(c: PriceLimits): { min: number; max: number } {
  const max = Math.min(c.below !== undefined ? c.below - 1 : Infinity, c.upTo ?? Infinity);
  const min = Math.max(c.above !== undefined ? c.above + 1 : 0, c.from ?? 0);
  return { min, max };
}

/** Some price meets the limits at all ("for free", "under zero dollars", "over 10 and under 5" cannot). */
export function priceLimitPossible(c: PriceLimits): boolean {
  const { min, max } = priceRange(c);
  return max > 0 && min <= max;
}

/** True when the product meets the price limits. */
export function withinPrice(product: Product, c: PriceLimits): boolean {
  const { min, max } = priceRange(c);
  return product.price >= min && product.price <= max;
}

/** True when the product has every attribute asked for. */
export function hasAttributes(product: Product, c: SearchConstraints): boolean {
  return c.attributes.every((a) => hasAttribute(product, a));
}

/**
 * Keeps what meets every constraint, in the order asked for: by price or rating, else as found.
 * What is in stock comes first either way; the shopper can buy it today.
 */
export function applyConstraints(products: readonly Product[], c: SearchConstraints): Product[] {
  const kept = products.filter((p) => withinPrice(p, c) && hasAttributes(p, c));
  const order = (a: Product, b: Product): number => {
    if (a.inStock !== b.inStock) return a.inStock ? -1 : 1;
    if (c.sort === SortOrder.PriceAscending) return a.price - b.price;
    if (c.sort === SortOrder.PriceDescending) return b.price - a.price;
    if (c.sort === SortOrder.Rating) return b.rating - a.rating || b.reviewCount - a.reviewCount;
    return 0;
  };
  return kept
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => order(a, b) || i - j)
    .map(([p]) => p);
}
