/**
 * The words a spoken search's constraints are said with, per language: price limits, orders,
 * amounts, attribute forms that are too ambiguous inside a product query, German compounds.
 */
import { wordTable } from '../word-table';

export const SortOrder = {
  PriceAscending: 'price-ascending',
  PriceDescending: 'price-descending',
  Rating: 'rating',
} as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];

export type Language = 'en' | 'de';

export interface PriceWords {
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
  /** a number word's value; German compounds ("fünfundzwanzig") are read by germanNumber */
  numbers: Readonly<Record<string, number>>;
  /** "a fiver", "a tenner": an amount said as one word, in major units */
  amountWords: Readonly<Record<string, number>>;
  sort: Readonly<Record<SortOrder, readonly string[]>>;
  /** words left at either end once the constraints are out ("what's your", "that cost") */
  filler: ReadonlySet<string>;
  /** a query of only these asks about the whole catalog ("anything under a dollar") */
  anything: ReadonlySet<string>;
}

const EN_NUMBERS: Record<string, number> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
});

const DE_UNITS: Record<string, number> = wordTable({
  null: 0,
  ein: 1,
  eins: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
});
const DE_TENS: Record<string, number> = wordTable({
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
});

export const WORDS: Readonly<Record<Language, PriceWords>> = {
  en: {
    below: ['under', 'below', 'beneath', 'less than', 'cheaper than', 'lower than', 'for less than', 'for under', 'under about'],
    upTo: [
      'up to',
      'at most',
      'no more than',
      'not more than',
      'max',
      'maximum',
      'within',
      'for no more than',
      'tops',
      'nothing over',
      'nothing above',
      'nothing more than',
      'not over',
      'no higher than',
      'a max of',
      'dont want to spend more than',
      'dont wanna spend more than',
      'dont want to pay more than',
      'dont wanna pay more than',
      'not spending more than',
      'not paying more than',
    ],
    above: ['over', 'above', 'more than', 'pricier than', 'more expensive than', 'upwards of'],
    from: ['at least', 'starting at', 'from', 'no less than'],
    between: [
      ['between', 'and'],
      ['from', 'to'],
    ],
    orLess: ['or less', 'or under', 'or cheaper', 'and under', 'and below', 'or below', 'max', 'tops'],
    orMore: ['or more', 'or over', 'and up', 'and over', 'and above', 'or above'],
    free: ['for free', 'free of charge', 'for nothing', 'at no cost'],
    currency: { dollar: 1, dollars: 1, buck: 1, bucks: 1, pound: 1, pounds: 1, quid: 1, euro: 1, euros: 1, usd: 1, cent: 0.01, cents: 0.01, pence: 0.01, p: 0.01 },
    numbers: EN_NUMBERS,
    amountWords: { fiver: 5, tenner: 10 },
    sort: {
      'price-ascending': ['cheapest', 'least expensive', 'lowest priced', 'lowest price', 'most affordable', 'cheap', 'inexpensive', 'cheaper'],
      'price-descending': ['most expensive', 'priciest', 'dearest', 'highest priced'],
      rating: [
        'best rated',
        'best-rated',
        'top rated',
        'top-rated',
        'highest rated',
        'best reviewed',
        'top reviewed',
        'highest reviewed',
        'most highly rated',
        'with the best reviews',
        'with the best ratings',
        'best rating',
      ],
    },
    filler: new Set([
      'what',
      'whats',
      'which',
      'is',
      'are',
      'your',
      'you',
      'have',
      'got',
      'do',
      'does',
      'show',
      'me',
      'the',
      'a',
      'an',
      'any',
      'some',
      'there',
      'theres',
      'find',
      'get',
      'need',
      'want',
      'i',
      'im',
      'of',
      'in',
      'for',
      'with',
      'that',
      'thats',
      'please',
      'price',
      'priced',
      'prices',
      'costing',
      'cost',
      'costs',
      'rated',
      'sold',
      'sell',
      'list',
      'tell',
      'about',
      'looking',
      'um',
      'uh',
      'can',
      'could',
      'one',
      'ones',
      'just',
      'only',
      'guys',
      'youve',
      'it',
      'ya',
      'sells',
      'stock',
      'carry',
      'on',
      'offer',
      'would',
      'like',
      'to',
      'but',
      'though',
      'then',
      'preferably',
      'ideally',
      'maybe',
    ]),
    anything: new Set(['anything', 'something', 'stuff', 'things', 'thing', 'products', 'product', 'items', 'item', 'everything', 'options', 'all']),
  },
  de: {
    below: ['unter', 'weniger als', 'billiger als', 'günstiger als', 'für weniger als', 'für unter', 'unterhalb von'],
    upTo: ['bis', 'bis zu', 'höchstens', 'maximal', 'max', 'nicht mehr als', 'für höchstens', 'nicht über', 'nichts über', 'nicht teurer als', 'nichts teurer als'],
    above: ['über', 'mehr als', 'teurer als', 'oberhalb von'],
    from: ['ab', 'mindestens', 'nicht weniger als'],
    between: [
      ['zwischen', 'und'],
      ['von', 'bis'],
    ],
    orLess: ['oder weniger', 'oder billiger', 'oder günstiger', 'maximal', 'höchstens'],
    orMore: ['oder mehr', 'und mehr', 'aufwärts'],
    free: ['kostenlos', 'gratis', 'umsonst', 'für nichts'],
    currency: { euro: 1, euros: 1, dollar: 1, dollars: 1, franken: 1, cent: 0.01, cents: 0.01 },
    numbers: { ...DE_UNITS, ...DE_TENS, hundert: 100, einhundert: 100 },
    amountWords: {},
    sort: {
      'price-ascending': [
        'günstigste',
        'günstigsten',
        'günstigster',
        'günstigstes',
        'billigste',
        'billigsten',
        'billigster',
        'billigstes',
        'am günstigsten',
        'am billigsten',
        'preiswerteste',
        'preiswertesten',
        'günstige',
        'günstigen',
        'günstiges',
        'günstigen',
        'günstig',
        'billige',
        'billigen',
        'billig',
      ],
      'price-descending': ['teuerste', 'teuersten', 'teuerster', 'teuerstes', 'am teuersten'],
      rating: [
        'bestbewertete',
        'bestbewerteten',
        'bestbewerteter',
        'bestbewertetes',
        'best bewertete',
        'best bewerteten',
        'am besten bewertet',
        'am besten bewertete',
        'am besten bewerteten',
        'mit den besten bewertungen',
        'beliebteste',
        'beliebtesten',
      ],
    },
    filler: new Set([
      'was',
      'ist',
      'sind',
      'der',
      'die',
      'das',
      'den',
      'dem',
      'des',
      'ein',
      'eine',
      'einen',
      'haben',
      'habt',
      'hast',
      'sie',
      'ihr',
      'du',
      'es',
      'gibt',
      'zeig',
      'zeige',
      'zeigen',
      'mir',
      'mal',
      'finde',
      'such',
      'suche',
      'ich',
      'brauche',
      'möchte',
      'welche',
      'welcher',
      'welches',
      'für',
      'mit',
      'kostet',
      'kosten',
      'preis',
      'um',
      'äh',
      'ähm',
      'bitte',
      'gern',
      'gerne',
      'euer',
      'eure',
      'euren',
      'ihre',
      'ihren',
      'bewertet',
      'da',
      'vorrätig',
      'im',
      'angebot',
      'dabei',
      'auch',
      'noch',
      'nur',
      'aber',
      'dann',
      'lieber',
      'eher',
      'davon',
      'doch',
      'vielleicht',
    ]),
    anything: new Set(['etwas', 'was', 'alles', 'sachen', 'produkte', 'produkt', 'artikel', 'dinge', 'irgendwas', 'irgendetwas']),
  },
};

/** Attribute forms too ambiguous to take out of a product query ("light bulbs", "da"). */
export const NOT_IN_QUERIES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['light', 'bio', 'available', 'in store']),
  de: new Set(['light', 'da', 'verfügbar']),
};

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
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

/** Attribute words German writes as the first part of a compound noun. */
export const GERMAN_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['bio', 'organic'],
  ['öko', 'organic'],
  ['vollkorn', 'whole-grain'],
];

/** German adjectives take endings ("glutenfreies", "vegane", "biologischen"). */
export const GERMAN_ENDING = /(e|en|er|es|em)$/;
