/**
 * Quantities as a shopper says them while editing a cart: how a quantity slot reads (including
 * the ones a shop must refuse: "minus two", "a million"), and a quantity said in one breath with
 * the product ("2 bananas", "a dozen eggs", "zwei Bananen").
 */
import { germanNumber } from './search/constraint-words';
import { wordTable } from './word-table';
import { parseQuantity, TENS_WORDS, UNIT_WORDS } from './spoken-numbers';

/** What a spoken quantity turned out to be. Only `count` may change a cart. */
export type QuantityReading =
  | { kind: 'count'; n: number }
  | { kind: 'zero' }
  /** "minus two", "-2" */
  | { kind: 'negative' }
  /** more than any line may hold ("a million"); `n` is Infinity when too large to say */
  | { kind: 'too-many'; n: number }
  /** relative: "double" / "twice" (the line times `factor`) */
  | { kind: 'times'; factor: number }
  /** not a quantity at all ("?", "some bananas", "one and a half") */
  | { kind: 'unclear' };

const HUGE = /\b(thousand|thousands|million|millions|billion|billions|trillion|zillion|tausend|million(en)?|milliarde(n)?)\b/;
const NEGATIVE = /^(-|−|minus\b|negative\b)/;
const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  double: 2,
  twice: 2,
  x2: 2,
  doppelt: 2,
  doppelte: 2,
  'das doppelte': 2,
  triple: 3,
  x3: 3,
  half: 0.5,
  halve: 0.5,
  'in half': 0.5,
  halbieren: 0.5,
  dreifach: 3,
  'das dreifache': 3,
});

/**
 * Number words a recogniser hands over as their sound-alikes, read as numbers only where a
 * quantity is all that can be meant (a quantity slot), never inside a product's name.
 */
const HOMOPHONES: Readonly<Record<string, number>> = wordTable({ won: 1, to: 2, too: 2, tu: 2, tree: 3, for: 4, fore: 4, ate: 8 });

/** German number words a German shopper says for a quantity (the platform usually sends digits). */
const GERMAN_NUMBERS: Readonly<Record<string, number>> = wordTable({
  null: 0,
  kein: 0,
  keine: 0,
  ein: 1,
  eine: 1,
  einen: 1,
  eins: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  dutzend: 12,
  'ein dutzend': 12,
  'ein halbes dutzend': 6,
  'zwei dutzend': 24,
  hundert: 100,
  einhundert: 100,
  'ein paar': 2,
  paar: 2,
});

/**
 * What a product is counted in: "two bags of apples", "a jar of jelly", "make it four bottles",
 * "eine Packung Reis", "zwei Dosen Tomaten". Said after the number, the word counts the product
 * itself (one bag is one of the product), so the number is the quantity and the word goes.
 * "A thing of cream cheese" is the same, said loosely.
 */
const CONTAINERS = new Set(
  (
    'bag bags box boxes can cans tin tins jar jars bottle bottles carton cartons pack packs packet packets package packages ' +
    'gallon gallons half-gallon loaf loaves bunch bunches tub tubs container containers thing things case cases roll rolls ' +
    'block blocks bar bars tube tubes pouch pouches sack sacks head heads stick sticks piece pieces pint pints quart quarts ' +
    'jug jugs tray trays punnet punnets crate crates pound pounds lb lbs ' +
    'packung packungen dose dosen flasche flaschen glas gläser tüte tüten beutel schachtel schachteln becher kiste kisten ' +
    'karton kartons tube tuben netz netze bund laib laibe tafel tafeln kasten päckchen sack säcke rolle rollen stück stueck schale schalen staude stauden kopf köpfe'
  ).split(' '),
);

/** "bag", "bottles", "Packung": a word a product is counted in. */
export function isContainerWord(word: string): boolean {
  return CONTAINERS.has(word.toLowerCase());
}

/** An article that counts one when a container follows it ("a bag of", "eine Packung"). */
const ONE_OF = new Set(['a', 'an', 'ein', 'eine', 'einen']);

/** "two bags", "a jar", "four bottles of", "eine Packung": the number said, without what it counts in. */
function withoutContainer(text: string): string {
  const words = text.split(' ');
  if (words.at(-1) === 'of' || words.at(-1) === 'von') words.pop();
  if (words.length < 2 || !CONTAINERS.has(words[words.length - 1])) return text;
  words.pop();
  if (words.length === 1 && ONE_OF.has(words[0])) return '1';
  return words.join(' ');
}

/**
 * Reads a quantity slot. Digits, English number words and phrases ("a dozen", "a couple"),
 * German number words, a number with what it counts in ("two bags", "a jar"); "double" as a
 * factor; and what must be refused, told apart so the shopper hears why.
 */
export function readQuantity(raw: string | undefined): QuantityReading {
  if (raw === undefined) return { kind: 'unclear' };
  const text = withoutContainer(
    raw
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(?:(?:doch|dann|ach)\s+)*(?:just|only|nur|lieber|eher|bloß)\s+/, '')
      .replace(/\s+(?:of (?:those|them|these|it|that|each)|davon|dazu|please|bitte|instead|then)$/, '')
      .replace(/^(?:davon|noch)\s+(?=\S+$)/, '')
      // "a hundred and twenty": the "and" inside a number
      .replace(/\b(hundred|thousand)\s+and\s+(?=\S)/, '$1 ')
      .replace(/^an?\s+(?=(?:hundred|thousand)\s+\S)/, 'one '),
  );
  if (text === '') return { kind: 'unclear' };
  if (MULTIPLIERS[text] !== undefined) return { kind: 'times', factor: MULTIPLIERS[text] };
  if (NEGATIVE.test(text)) return { kind: 'negative' };
  if (HUGE.test(text)) return { kind: 'too-many', n: Infinity };
  if (/^(none|no|nothing)$/.test(text)) return { kind: 'zero' };
  const n = parseQuantity(text) ?? GERMAN_NUMBERS[text] ?? germanNumber(text) ?? HOMOPHONES[text];
  if (n === undefined || !Number.isFinite(n) || !Number.isInteger(n)) return { kind: 'unclear' };
  if (n < 0) return { kind: 'negative' };
  if (n === 0) return { kind: 'zero' };
  return { kind: 'count', n };
}

/** A quantity phrase, the number it stands for, and whether it counts single items ("a dozen"). */
interface Lead {
  words: readonly string[];
  n: number;
  /** dozens count eggs, not cartons: a product sold in that count is one pack of it */
  itemCount: boolean;
}

const ENGLISH_LEADS: readonly Lead[] = [
  { words: ['half', 'a', 'dozen'], n: 6, itemCount: true },
  { words: ['a', 'half', 'dozen'], n: 6, itemCount: true },
  { words: ['half', 'dozen'], n: 6, itemCount: true },
  { words: ['a', 'dozen'], n: 12, itemCount: true },
  { words: ['one', 'dozen'], n: 12, itemCount: true },
  { words: ['two', 'dozen'], n: 24, itemCount: true },
  { words: ['2', 'dozen'], n: 24, itemCount: true },
  { words: ['dozen'], n: 12, itemCount: true },
  // a recogniser's "too" before a name is two ("add too bagels"); "to" only before what it comes in
  { words: ['too'], n: 2, itemCount: false },
  { words: ['a', 'couple', 'of'], n: 2, itemCount: false },
  { words: ['a', 'couple'], n: 2, itemCount: false },
  { words: ['couple', 'of'], n: 2, itemCount: false },
  { words: ['a', 'pair', 'of'], n: 2, itemCount: false },
  { words: ['a', 'hundred'], n: 100, itemCount: false },
  { words: ['one', 'hundred'], n: 100, itemCount: false },
  // a carrier phrase may have taken the "a" ("add a {product}"): the number is still said
  { words: ['hundred'], n: 100, itemCount: false },
  { words: ['a', 'thousand'], n: 1000, itemCount: false },
  { words: ['thousand'], n: 1000, itemCount: false },
  { words: ['a', 'million'], n: 1_000_000, itemCount: false },
  { words: ['million'], n: 1_000_000, itemCount: false },
];

const GERMAN_LEADS: readonly Lead[] = [
  { words: ['ein', 'halbes', 'dutzend'], n: 6, itemCount: true },
  { words: ['ein', 'dutzend'], n: 12, itemCount: true },
  { words: ['zwei', 'dutzend'], n: 24, itemCount: true },
  // "zweimal die cat treats": times, as a count
  ...['einmal', 'zweimal', 'dreimal', 'viermal', 'fünfmal', 'sechsmal', 'siebenmal', 'achtmal', 'neunmal', 'zehnmal'].map((word, i) => ({
    words: [word],
    n: i + 1,
    itemCount: false,
  })),
  ...Object.entries(GERMAN_NUMBERS)
    .filter(([word, n]) => !word.includes(' ') && n > 0 && !['ein', 'eine', 'einen', 'eins', 'paar', 'dutzend'].includes(word))
    .map(([word, n]) => ({ words: [word], n, itemCount: false })),
];

/**
 * Words that make a leading number part of the product's name or size rather than a quantity:
 * "2 percent milk", "9 volt batteries", "2 in 1 shampoo", "12 pack of cola", "5 grain bread".
 */
const NAME_NUMBER_FOLLOWERS = new Set([
  'percent',
  'pct',
  '%',
  'prozent',
  'in',
  'volt',
  'volts',
  'watt',
  'watts',
  'mg',
  'milligram',
  'milligrams',
  'pack',
  'packs',
  'pk',
  'count',
  'ct',
  'oz',
  'ounce',
  'ounces',
  'lb',
  'lbs',
  'pound',
  'pounds',
  'g',
  'gram',
  'grams',
  'gramm',
  'kg',
  'ml',
  'l',
  'liter',
  'liters',
  'litre',
  'litres',
  'gallon',
  'gallons',
  'fl',
  'grain',
  'bean',
  'cheese',
  'layer',
  'minute',
  'ply',
  'inch',
  'inches',
]);

/** Joining words between a quantity and its product: "two of the soups", "drei Stück Butter". */
const JOINERS = new Set(['of', 'the', 'those', 'these', 'stück', 'stueck', 'mal', 'x', 'packungen', 'packung', 'von', 'der', 'den', 'die', 'dem']);

/** A quantity said in one breath with the product: the number and what is left of the name. */
export interface LeadingQuantity {
  quantity: number;
  rest: string;
  /** the number counts single items ("a dozen eggs"): a pack of exactly that count is one pack */
  itemCount: boolean;
}

/**
 * Splits "2 bananas", "two bananas", "twenty four eggs", "a dozen eggs", "half a dozen eggs",
 * "zwei Bananen" into a quantity and the product's words. Undefined when the text does not begin
 * with a quantity, when nothing would be left of the name, or when the number belongs to the
 * name or size ("two percent milk", "9 volt batteries").
 */
export function splitLeadingQuantity(text: string, locale: string): LeadingQuantity | undefined {
  const words = text.trim().toLowerCase().replace(/[,]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const german = locale.toLowerCase().startsWith('de');
  const lead = leadOf(words, german) ?? oneContainer(words, german);
  if (!lead) return undefined;
  let restWords = words.slice(lead.length);
  // "two bags of apples", "zwei Dosen Tomaten": the bags are the apples, counted
  const counted = restWords.length > 1 && CONTAINERS.has(restWords[0]) && (german || restWords[1] === 'of') && !packSize(lead, restWords[0]);
  if (counted) restWords = restWords.slice(german ? 1 : 2);
  if (restWords.length === 0 || (!counted && NAME_NUMBER_FOLLOWERS.has(restWords[0]))) return undefined;
  while (restWords.length > 1 && JOINERS.has(restWords[0])) restWords = restWords.slice(1);
  // "two of those" names no product: the caller's reference to the product in focus does
  if (restWords.length === 1 && JOINERS.has(restWords[0])) return undefined;
  return { quantity: lead.n, rest: restWords.join(' '), itemCount: lead.itemCount };
}

/** "a bag of apples", "eine Packung Reis": one, counted in a container. */
function oneContainer(words: readonly string[], german: boolean): (Lead & { length: number }) | undefined {
  if (!ONE_OF.has(words[0]) || !CONTAINERS.has(words[1] ?? '')) return undefined;
  if (!german && words[2] !== 'of') return undefined;
  return { words: [words[0]], n: 1, itemCount: false, length: 1 };
}

/** "a 12 pack of cola", "a 2 lb bag of": a number before a singular pack or weight word is the product's size. */
function packSize(lead: Lead & { length: number }, container: string): boolean {
  return lead.n > 1 && ['pack', 'pound', 'lb', 'gallon', 'pint', 'quart', 'roll'].includes(container);
}

function leadOf(words: readonly string[], german: boolean): (Lead & { length: number }) | undefined {
  const phrases = german ? GERMAN_LEADS : ENGLISH_LEADS;
  for (const lead of phrases) {
    if (lead.words.every((w, i) => words[i] === w)) return { ...lead, length: lead.words.length };
  }
  if (!german && words[0] === 'to' && CONTAINERS.has(words[1] ?? '')) return { words: ['to'], n: 2, itemCount: false, length: 1 };
  if (/^\d+$/.test(words[0])) {
    // "2 dozen" is handled above; "100 sodas" is a hundred
    return { words: [words[0]], n: Number(words[0]), itemCount: false, length: 1 };
  }
  // "hundertzwanzig Dosen", "dreiundzwanzig": one German number word, however long
  if (german) {
    const n = germanNumber(words[0]);
    return n !== undefined && n >= 1 ? { words: [words[0]], n, itemCount: false, length: 1 } : undefined;
  }
  // "twenty four", "ninety nine", "three", "a hundred and two" is rare enough to leave out
  const first = words[0];
  if (first in TENS_WORDS) {
    const second = words[1];
    if (second !== undefined && second in UNIT_WORDS && UNIT_WORDS[second] > 0 && UNIT_WORDS[second] < 10) {
      return { words: [first, second], n: TENS_WORDS[first] + UNIT_WORDS[second], itemCount: false, length: 2 };
    }
    return { words: [first], n: TENS_WORDS[first], itemCount: false, length: 1 };
  }
  if (first in UNIT_WORDS && UNIT_WORDS[first] > 0) {
    if (words[1] === 'hundred') return { words: [first, 'hundred'], n: UNIT_WORDS[first] * 100, itemCount: false, length: 2 };
    return { words: [first], n: UNIT_WORDS[first], itemCount: false, length: 1 };
  }
  return undefined;
}

/** "12 count", "12 ct", "12 pack", "12 eggs": the single items a pack holds, when its size says so. */
export function itemsInPack(size: string): number | undefined {
  const match = /^\s*(\d+)\s*(count|ct|pack|pk|eggs?|pieces?|stück)\b/i.exec(size);
  return match ? Number(match[1]) : undefined;
}
