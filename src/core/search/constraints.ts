/**
 * What a spoken search asks for besides the product: a price ceiling or floor ("under five
 * dollars", "zwischen 5 und 10 Euro"), an order ("cheapest", "best rated") and attributes
 * ("gluten free", "bio"). Parsed per language and taken out of the query, so "coffee under ten
 * dollars" searches for coffee and then keeps what costs less than 10. Amounts are
 * currency-agnostic: "five dollars", "5 euros" and "a fiver" all mean 500 minor units.
 */
import { ATTRIBUTE_WORDS } from '../attributes';
import { hasAttribute, type Product } from '../product';

export const SortOrder = {
  PriceAscending: 'price-ascending',
  PriceDescending: 'price-descending',
  Rating: 'rating',
} as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];

/** Price limits in minor units, kept as said so they can be said back ("under $10", "up to $10"). */
export interface PriceLimits {
  /** less than this */
  below?: number;
  /** this or less */
  upTo?: number;
  /** more than this */
  above?: number;
  /** this or more */
  from?: number;
}

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

type Language = 'en' | 'de';

interface PriceWords {
  /** a price at most this, not including it ("under", "less than") */
  below: readonly string[];
  /** a price at most this, including it ("up to", "at most") */
  upTo: readonly string[];
  /** more than this ("over") */
  above: readonly string[];
  /** at least this ("at least", "from") */
  from: readonly string[];
  /** "between A and B", "von A bis B": [opening word, joining word] */
  between: ReadonlyArray<readonly [string, string]>;
  /** after an amount: "5 dollars or less" */
  orLess: readonly string[];
  orMore: readonly string[];
  /** nothing to pay at all: "for free" */
  free: readonly string[];
  currency: Readonly<Record<string, number>>;
  /** a number word's value; German compounds ("fünfundzwanzig") are read by numberWord */
  numbers: Readonly<Record<string, number>>;
  /** "a fiver", "a tenner": an amount said as one word, in major units */
  amountWords: Readonly<Record<string, number>>;
  sort: Readonly<Record<SortOrder, readonly string[]>>;
  /** words left at either end once the constraints are out ("what's your", "that cost") */
  filler: ReadonlySet<string>;
  /** a query of only these asks about the whole catalog ("anything under a dollar") */
  anything: ReadonlySet<string>;
}

const EN_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};

const DE_UNITS: Record<string, number> = {
  null: 0, ein: 1, eins: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

const WORDS: Readonly<Record<Language, PriceWords>> = {
  en: {
    below: ['under', 'below', 'beneath', 'less than', 'cheaper than', 'lower than', 'for less than', 'for under', 'under about'],
    upTo: ['up to', 'at most', 'no more than', 'not more than', 'max', 'maximum', 'within', 'for no more than', 'tops'],
    above: ['over', 'above', 'more than', 'pricier than', 'more expensive than', 'upwards of'],
    from: ['at least', 'starting at', 'from', 'no less than'],
    between: [['between', 'and'], ['from', 'to']],
    orLess: ['or less', 'or under', 'or cheaper', 'and under', 'and below', 'or below', 'max', 'tops'],
    orMore: ['or more', 'or over', 'and up', 'and over', 'and above', 'or above'],
    free: ['for free', 'free of charge', 'for nothing', 'at no cost'],
    currency: { dollar: 1, dollars: 1, buck: 1, bucks: 1, pound: 1, pounds: 1, quid: 1, euro: 1, euros: 1, usd: 1, cent: 0.01, cents: 0.01, pence: 0.01, p: 0.01 },
    numbers: EN_NUMBERS,
    amountWords: { fiver: 5, tenner: 10 },
    sort: {
      'price-ascending': ['cheapest', 'least expensive', 'lowest priced', 'lowest price', 'most affordable', 'cheap', 'inexpensive', 'cheaper'],
      'price-descending': ['most expensive', 'priciest', 'dearest', 'highest priced'],
      rating: ['best rated', 'best-rated', 'top rated', 'top-rated', 'highest rated', 'best reviewed', 'top reviewed', 'highest reviewed', 'most highly rated', 'with the best reviews', 'with the best ratings', 'best rating'],
    },
    filler: new Set([
      'what', 'whats', 'which', 'is', 'are', 'your', 'you', 'have', 'got', 'do', 'does', 'show', 'me', 'the', 'a', 'an', 'any',
      'some', 'there', 'theres', 'find', 'get', 'need', 'want', 'i', 'im', 'of', 'in', 'for', 'with', 'that', 'thats', 'please',
      'price', 'priced', 'prices', 'costing', 'cost', 'costs', 'rated', 'sold', 'sell', 'list', 'tell', 'about', 'looking',
      'um', 'uh', 'can', 'could', 'one', 'ones', 'just', 'only', 'guys', 'stock', 'carry', 'on', 'offer', 'would', 'like', 'to',
    ]),
    anything: new Set(['anything', 'something', 'stuff', 'things', 'thing', 'products', 'product', 'items', 'item', 'everything', 'options', 'all']),
  },
  de: {
    below: ['unter', 'weniger als', 'billiger als', 'günstiger als', 'für weniger als', 'für unter', 'unterhalb von'],
    upTo: ['bis', 'bis zu', 'höchstens', 'maximal', 'max', 'nicht mehr als', 'für höchstens'],
    above: ['über', 'mehr als', 'teurer als', 'oberhalb von'],
    from: ['ab', 'mindestens', 'nicht weniger als'],
    between: [['zwischen', 'und'], ['von', 'bis']],
    orLess: ['oder weniger', 'oder billiger', 'oder günstiger', 'maximal', 'höchstens'],
    orMore: ['oder mehr', 'und mehr', 'aufwärts'],
    free: ['kostenlos', 'gratis', 'umsonst', 'für nichts'],
    currency: { euro: 1, euros: 1, dollar: 1, dollars: 1, franken: 1, cent: 0.01, cents: 0.01 },
    numbers: { ...DE_UNITS, ...DE_TENS, hundert: 100, einhundert: 100 },
    amountWords: {},
    sort: {
      'price-ascending': ['günstigste', 'günstigsten', 'günstigster', 'günstigstes', 'billigste', 'billigsten', 'billigster', 'billigstes', 'am günstigsten', 'am billigsten', 'preiswerteste', 'preiswertesten', 'günstige', 'günstigen', 'günstiges', 'günstigen', 'günstig', 'billige', 'billigen', 'billig'],
      'price-descending': ['teuerste', 'teuersten', 'teuerster', 'teuerstes', 'am teuersten'],
      rating: ['bestbewertete', 'bestbewerteten', 'bestbewerteter', 'bestbewertetes', 'best bewertete', 'best bewerteten', 'am besten bewertet', 'am besten bewertete', 'am besten bewerteten', 'mit den besten bewertungen', 'beliebteste', 'beliebtesten'],
    },
    filler: new Set([
      'was', 'ist', 'sind', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'haben', 'habt', 'hast', 'sie', 'ihr',
      'du', 'es', 'gibt', 'zeig', 'zeige', 'zeigen', 'mir', 'mal', 'finde', 'such', 'suche', 'ich', 'brauche', 'möchte', 'welche',
      'welcher', 'welches', 'für', 'mit', 'kostet', 'kosten', 'preis', 'um', 'äh', 'ähm', 'bitte', 'gern', 'gerne', 'euer', 'eure',
      'euren', 'ihre', 'ihren', 'bewertet', 'da', 'vorrätig', 'im', 'angebot', 'dabei', 'auch', 'noch', 'nur',
    ]),
    anything: new Set(['etwas', 'was', 'alles', 'sachen', 'produkte', 'produkt', 'artikel', 'dinge', 'irgendwas', 'irgendetwas']),
  },
};

/** Attribute forms too ambiguous to take out of a product query ("light bulbs", "da"). */
const NOT_IN_QUERIES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['light', 'bio', 'available', 'in store']),
  de: new Set(['light', 'da', 'verfügbar']),
};

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Words as a recogniser or keyboard hands them over: "$5" -> "5 dollars", "4,99 €" -> "4.99 euros". */
function tokens(spoken: string): string[] {
  return saidTokens(spoken).map((w) => w.toLowerCase());
}

/** The same words with their case as said, to say them back ("Vollkornbrot", not "vollkornbrot"). */
function saidTokens(spoken: string): string[] {
  return spoken
    .replace(/(\d),(\d{2})(?!\d)/g, '$1.$2')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/[$£](\s*)(\d+(\.\d+)?)/g, ' $2 dollars ')
    .replace(/€(\s*)(\d+(\.\d+)?)/g, ' $2 euros ')
    .replace(/(\d+(\.\d+)?)\s*[$£]/g, ' $1 dollars ')
    .replace(/(\d+(\.\d+)?)\s*€/g, ' $1 euros ')
    .replace(/(\d)\s*-\s*(\d)/g, '$1 to $2')
    .replace(/[^\p{L}\p{N}.%'\s-]+/gu, ' ')
    .replace(/(^|\s)[.'-]+|[.'-]+(?=\s|$)/g, ' ')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** A German number word, compounds included: "fünfundzwanzig" -> 25, "neunundneunzig" -> 99. */
export function germanNumber(word: string): number | undefined {
  if (word in DE_UNITS) return DE_UNITS[word];
  if (word in DE_TENS) return DE_TENS[word];
  const compound = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\p{L}+)$/u.exec(word);
  if (compound && compound[2] in DE_TENS) return DE_UNITS[compound[1]] + DE_TENS[compound[2]];
  const hundreds = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(\p{L}*)$/u.exec(word);
  if (hundreds) {
    const rest = hundreds[2] === '' ? 0 : germanNumber(hundreds[2].replace(/^und/, ''));
    return rest === undefined ? undefined : (hundreds[1] ? DE_UNITS[hundreds[1]] : 1) * 100 + rest;
  }
  return undefined;
}

/** A whole number said at `i` (digits, or number words): its value and the next index. */
function readNumber(words: readonly string[], i: number, language: Language): { value: number; next: number } | undefined {
  const word = words[i];
  if (word === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(word)) return { value: Number(word), next: i + 1 };
  if (language === 'de') {
    const value = germanNumber(word);
    return value === undefined ? undefined : { value, next: i + 1 };
  }
  const table = WORDS.en.numbers;
  if (!(word in table)) return undefined;
  // "a" and "an" are one only before a currency word or "hundred" ("under a dollar"), never alone
  if ((word === 'a' || word === 'an') && !(words[i + 1] in WORDS.en.currency) && words[i + 1] !== 'hundred') return undefined;
  let value = 0;
  let j = i;
  // one number, as long as the words go on building it: "twenty five", "a hundred", "one hundred
  // twelve"; "five ninety nine" is five, then ninety nine
  for (; j < words.length && words[j] in table; j += 1) {
    if (j > i && (words[j] === 'a' || words[j] === 'an')) break;
    const n = table[words[j]];
    if (n === 100) value = (value || 1) * 100;
    else if (value === 0 || value % 100 === 0) value += n;
    else if (n < 10 && value % 10 === 0 && value % 100 >= 20) value += n;
    else break;
  }
  return j > i ? { value, next: j } : undefined;
}

/**
 * An amount said at `i`: "5", "five dollars", "4.99", "five ninety nine", "five dollars and fifty
 * cents", "a fiver", "vier Euro neunundneunzig". Minor units (x100) and the next index.
 */
function readAmount(words: readonly string[], i: number, language: Language): { minor: number; next: number } | undefined {
  const w = WORDS[language];
  let start = i;
  if ((words[start] === 'a' || words[start] === 'an') && words[start + 1] in w.amountWords) start += 1;
  if (words[start] in w.amountWords) {
    return { minor: Math.round(w.amountWords[words[start]] * 100), next: start + 1 };
  }
  const first = readNumber(words, i, language);
  if (!first) return undefined;
  let next = first.next;
  let major = first.value;
  const unit = w.currency[words[next]];
  if (unit !== undefined) {
    major *= unit;
    next += 1;
    if (unit === 1) {
      // "five dollars fifty", "five dollars and fifty cents", "vier Euro neunundneunzig"
      const andAt = words[next] === 'and' || words[next] === 'und' ? next + 1 : next;
      const cents = readNumber(words, andAt, language);
      if (cents && Number.isInteger(cents.value) && cents.value > 0 && cents.value < 100) {
        const centWord = w.currency[words[cents.next]];
        if (centWord === 0.01 || (centWord === undefined && andAt === next)) {
          major += cents.value / 100;
          next = cents.next + (centWord === 0.01 ? 1 : 0);
        }
      }
    }
  } else {
    // "five ninety nine": a two-digit number right after reads as the cents
    const cents = readNumber(words, next, language);
    if (cents && Number.isInteger(major) && major < 100 && Number.isInteger(cents.value) && cents.value >= 10 && cents.value < 100) {
      const after = w.currency[words[cents.next]];
      major += cents.value / 100;
      next = cents.next + (after === 1 ? 1 : 0);
    }
  }
  return { minor: Math.round(major * 100), next };
}

/** The phrase from `list` that starts at `i`, longest first, as a word count. */
function phraseAt(words: readonly string[], i: number, list: readonly string[]): number {
  let best = 0;
  for (const phrase of list) {
    const parts = phrase.split(' ');
    if (parts.length > best && parts.every((p, k) => words[i + k] === p)) best = parts.length;
  }
  return best;
}

interface PriceAndOrder extends PriceLimits {
  words: string[];
  sort?: SortOrder;
}

/** Takes price limits and an order out of the words; what is left is the product and its attributes. */
function takePriceAndOrder(all: readonly string[], language: Language): PriceAndOrder {
  const w = WORDS[language];
  const out: PriceAndOrder = { words: [] };
  const keep: string[] = [];
  for (let i = 0; i < all.length; ) {
    const between = w.between.find(([open]) => all[i] === open);
    if (between) {
      const low = readAmount(all, i + 1, language);
      if (low && all[low.next] === between[1]) {
        const high = readAmount(all, low.next + 1, language);
        if (high) {
          // "between 5 and 10 dollars": the currency may come only once, at the end
          out.from = Math.min(low.minor, high.minor);
          out.upTo = Math.max(low.minor, high.minor);
          i = high.next;
          continue;
        }
      }
    }
    const free = phraseAt(all, i, w.free);
    if (free > 0) {
      out.upTo = 0;
      i += free;
      continue;
    }
    const limits: Array<[readonly string[], (minor: number) => void]> = [
      [w.below, (m) => (out.below = m)],
      [w.upTo, (m) => (out.upTo = m)],
      [w.above, (m) => (out.above = m)],
      [w.from, (m) => (out.from = m)],
    ];
    let taken = false;
    for (const [list, set] of limits) {
      const length = phraseAt(all, i, list);
      if (length === 0) continue;
      const amount = readAmount(all, i + length, language);
      if (!amount) continue;
      set(amount.minor);
      i = amount.next;
      taken = true;
      break;
    }
    if (taken) continue;
    // "5 dollars or less", "10 euro oder mehr"
    const amount = /^\d|^[a-zäöüß]/.test(all[i]) ? readAmount(all, i, language) : undefined;
    if (amount) {
      const less = phraseAt(all, amount.next, w.orLess);
      const more = phraseAt(all, amount.next, w.orMore);
      if (less > 0 || more > 0) {
        if (less > 0) out.upTo = amount.minor;
        else out.from = amount.minor;
        i = amount.next + less + more;
        continue;
      }
    }
    const order = (Object.keys(w.sort) as SortOrder[])
      .map((sort) => [sort, phraseAt(all, i, w.sort[sort])] as const)
      .sort((a, b) => b[1] - a[1])[0];
    if (order && order[1] > 0) {
      out.sort = order[0];
      i += order[1];
      continue;
    }
    keep.push(all[i]);
    i += 1;
  }
  out.words = keep;
  return out;
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

/** Attribute words German writes as the first part of a compound noun. */
const GERMAN_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['bio', 'organic'],
  ['öko', 'organic'],
  ['vollkorn', 'whole-grain'],
];

/** German adjectives take endings ("glutenfreies", "vegane", "biologischen"). */
const GERMAN_ENDING = /(e|en|er|es|em)$/;

/**
 * Takes attribute words out: exact forms however they are split or joined ("gluten free",
 * "gluten-free", "glutenfree"), German with its endings, and a long form one letter off, as a
 * recogniser splits it ("glue ten free"). Up to three spoken words may make one form.
 */
function takeAttributes(all: readonly string[], language: Language): { words: string[]; attributes: string[] } {
  const forms = attributeForms(language);
  const attributes: string[] = [];
  const keep: string[] = [];
  for (let i = 0; i < all.length; ) {
    let found: { id: string; length: number } | undefined;
    for (let length = Math.min(3, all.length - i); length >= 1 && !found; length -= 1) {
      const joined = all.slice(i, i + length).join('').replace(/-/g, '');
      const stripped = language === 'de' ? joined.replace(GERMAN_ENDING, '') : joined;
      const exact = forms.find((f) => f.joined === joined || (language === 'de' && f.joined === stripped));
      // a near miss only for long forms said in more than one piece: "glue ten free", not "vega"
      const near = exact ?? (length > 1 ? forms.find((f) => f.joined.length >= 8 && distance(f.joined, joined, 1) <= 1) : undefined);
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

/**
 * Splits a spoken query into the product words and its constraints, in the locale's language.
 * English attribute words are heard in every locale, since the catalog's own words are English
 * (a German query reaches the catalog as "gluten free bread" after its words are translated).
 */
export function parseSpokenQuery(spoken: string, locale: string): ParsedQuery {
  const language = languageOf(locale);
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
  return kept.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => order(a, b) || i - j).map(([p]) => p);
}
