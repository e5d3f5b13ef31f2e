/**
 * Turning product names and recognised speech into the same comparable terms.
 * Both sides go through `toTerms`, so "Twelve-Pack Lite Cookies" and "12 pack light cooky"
 * meet on identical terms; only queries additionally lose carrier words ("i need", "please").
 */
import { wordTable } from '../word-table';
import { TENS_WORDS, UNIT_WORDS } from '../spoken-numbers';

/** Longest query we read; anything longer is noise from a runaway recogniser. */
export const MAX_QUERY_CHARS = 256;
/** Longest run of query terms we score; more words never make a spoken query clearer. */
export const MAX_QUERY_TERMS = 12;

const ONES = UNIT_WORDS;
const TENS = TENS_WORDS;

/** Spellings a listener cannot tell apart, and abbreviations said as words. */
const SPELLINGS: Record<string, string> = wordTable({
  lite: 'light',
  xtra: 'extra',
  nite: 'night',
  doughnut: 'donut',
  doughnuts: 'donuts',
  bbq: 'barbecue',
  barbeque: 'barbecue',
  yoghurt: 'yogurt',
  yoghurts: 'yogurts',
  lowfat: 'low fat',
  nonfat: 'non fat',
  fatfree: 'fat free',
  glutenfree: 'gluten free',
  percent: 'pct',
  pct: 'pct',
  w: 'with',
  n: 'and',
  choc: 'chocolate',
  chkn: 'chicken',
  ckn: 'chicken',
  org: 'organic',
  veg: 'vegetable',
  vanila: 'vanilla',
  grn: 'green',
  bfast: 'breakfast',
  assorted: 'assorted',
  asst: 'assorted',
  mozz: 'mozzarella',
  beverage: 'drink',
  beverages: 'drinks',
  bev: 'drink',
});

/** Spellings written across words ("Bar-B-Q" folds to "bar b q"), said as one word. */
const SPELLED_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['bar', 'b', 'q'], 'barbecue'],
  [['bar', 'b', 'que'], 'barbecue'],
  [['bar', 'b', 'cue'], 'barbecue'],
  [['b', 'b', 'q'], 'barbecue'],
];

/** Unit words, always canonical; the short forms only after a number ("12 z", not "z"). */
const UNITS: Record<string, string> = {
  ounce: 'oz',
  ounces: 'oz',
  oz: 'oz',
  ozs: 'oz',
  fl: 'fl',
  fluid: 'fl',
  pound: 'lb',
  pounds: 'lb',
  lb: 'lb',
  lbs: 'lb',
  count: 'ct',
  ct: 'ct',
  cnt: 'ct',
  pack: 'pack',
  packs: 'pack',
  pk: 'pack',
  pak: 'pack',
  liter: 'l',
  liters: 'l',
  litre: 'l',
  litres: 'l',
  ltr: 'l',
  milliliter: 'ml',
  milliliters: 'ml',
  ml: 'ml',
  gram: 'g',
  grams: 'g',
  gr: 'g',
  kilogram: 'kg',
  kilograms: 'kg',
  kg: 'kg',
  gallon: 'gal',
  gallons: 'gal',
  gal: 'gal',
  quart: 'qt',
  quarts: 'qt',
  qt: 'qt',
  pint: 'pt',
  pints: 'pt',
  pt: 'pt',
  milligram: 'mg',
  milligrams: 'mg',
  mg: 'mg',
  microgram: 'mcg',
  micrograms: 'mcg',
  mcg: 'mcg',
};
/** Units that are also words, or sound like one; they need an amount to be units. */
const WORD_UNITS = new Set(['pound', 'pounds', 'gram', 'grams', 'count']);
/** Words that stand for an amount before a unit. */
const AMOUNT_WORDS = new Set(['a', 'an', 'half', 'quarter', 'per', 'by', 'the', 'one', 'dozen']);
const UNITS_AFTER_NUMBER: Record<string, string> = { z: 'oz', l: 'l', g: 'g', p: 'pack', c: 'ct' };

/** Words that carry no product meaning on either side. */
export const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'with', 'for', 'or', 'to', 'by', 'in']);

/** Spoken names of letters: "kay cups" is "K-Cups", "pro vee" is "Pro-V". */
export const LETTER_NAMES: Record<string, string> = {
  ay: 'a',
  bee: 'b',
  cee: 'c',
  dee: 'd',
  ee: 'e',
  eff: 'f',
  gee: 'g',
  aitch: 'h',
  jay: 'j',
  kay: 'k',
  el: 'l',
  em: 'm',
  en: 'n',
  pee: 'p',
  cue: 'q',
  ar: 'r',
  ess: 's',
  tee: 't',
  vee: 'v',
  ex: 'x',
  zee: 'z',
  // letter names that are also words: a reading beside the word itself, never instead of it
  eye: 'i',
  why: 'y',
  oh: 'o',
};

/** Lowercases and folds to plain ASCII words and numbers; every other character becomes a space. */
export function foldText(raw: string): string {
  return (
    raw
      .slice(0, MAX_QUERY_CHARS * 4)
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/&(amp;)?/g, ' and ')
      .replace(/%/g, ' pct ')
      .replace(/\+/g, ' ')
      // apostrophes and quotes join what they split ("lattin's" -> "lattins", 9\" -> 9)
      .replace(/['\u2019\u2018"`\\]/g, '')
      .replace(/(\d),(\d)/g, '$1$2')
      // fractions are said as words: "1/2 caff" is "half caff"
      .replace(/(^|[^0-9])1\s*\/\s*2(?![0-9])/g, '$1 half ')
      .replace(/(^|[^0-9])1\s*\/\s*4(?![0-9])/g, '$1 quarter ')
      .replace(/(^|[^0-9])3\s*\/\s*4(?![0-9])/g, '$1 three quarter ')
      .replace(/[^a-z0-9.]+/g, ' ')
      // a dot only survives inside a decimal number
      .replace(/(^|[^0-9])\.|\.(?![0-9])/g, '$1 ')
      // split letters from digits: "12oz" -> "12 oz", "7up" -> "7 up", "v8" -> "v 8"
      .replace(/([0-9])([a-z])/g, '$1 $2')
      .replace(/([a-z])([0-9])/g, '$1 $2')
      .trim()
  );
}

/**
 * Light stemmer tuned for matching rather than linguistics: it only has to send singular and
 * plural (and "y"/"ie"/"ies" spellings) of the same word to the same key on both sides.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3) {
    if (w.endsWith('ie')) w = w.slice(0, -1);
    else if (w.endsWith('y')) w = w.slice(0, -1) + 'i';
    else if (w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  }
  return w;
}

/** Replaces runs of number words by digits: "twenty four" -> "24", "two" -> "2". */
function numbersToDigits(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w in TENS) {
      let n = TENS[w];
      const next = words[i + 1];
      if (next !== undefined && next in ONES && ONES[next] > 0 && ONES[next] < 10) {
        n += ONES[next];
        i++;
      }
      out.push(String(n));
    } else if (w in ONES) {
      let n = ONES[w];
      if (words[i + 1] === 'hundred') {
        n *= 100;
        i++;
      }
      out.push(String(n));
    } else if (w === 'hundred') {
      out.push('100');
    } else {
      out.push(w);
    }
  }
  return out;
}

/** Plain words (spellings unified, number words as digits), before units and stemming. */
export function toWords(raw: string): string[] {
  const folded = foldText(raw);
  if (folded === '') return [];
  const words: string[] = [];
  const split = folded.split(' ').filter((w) => w !== '');
  for (let i = 0; i < split.length; i++) {
    const w = split[i];
    const phrase = w.length <= 3 ? SPELLED_PHRASES.find(([parts]) => parts.every((p, j) => split[i + j] === p)) : undefined;
    if (phrase !== undefined) {
      words.push(phrase[1]);
      i += phrase[0].length - 1;
      continue;
    }
    const spelled = SPELLINGS[w];
    if (spelled !== undefined) words.push(...spelled.split(' '));
    else words.push(w);
  }
  return numbersToDigits(words);
}

/** Turns words into index terms: canonical units, stems, no stopwords. */
export function wordsToTerms(words: readonly string[]): string[] {
  return wordsToQueryTerms(words).map((t) => t.term);
}

/** A query word next to the term it became; joins and splits work on the word. */
export interface QueryTerm {
  word: string;
  term: string;
  /** a short function word said just before it and dropped ("and" in "and cured") */
  before?: string;
}

/** Like `wordsToTerms`, keeping each term's spoken word. */
export function wordsToQueryTerms(words: readonly string[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (STOPWORDS.has(w)) continue;
    const prev = words[i - 1];
    const prevIsNumber = prev !== undefined && /^[0-9.]+$/.test(prev);
    // a unit said as a word is a unit only where an amount goes with it ("a pound of", "sixteen
    // ounce"); elsewhere it is a word of the name ("pound cake", "cupcake grams" for Grahams)
    const amount = prev !== undefined && (prevIsNumber || AMOUNT_WORDS.has(prev) || prev in UNITS);
    const unit = (WORD_UNITS.has(w) && !amount ? undefined : UNITS[w]) ?? (prevIsNumber ? UNITS_AFTER_NUMBER[w] : undefined);
    const before = prev !== undefined && STOPWORDS.has(prev) ? prev : undefined;
    out.push(before === undefined ? { word: w, term: unit ?? stem(w) } : { word: w, term: unit ?? stem(w), before });
  }
  return out;
}

/** The terms of a catalogue text (name, brand, category or size). */
export function toTerms(raw: string | undefined): string[] {
  if (raw === undefined || raw === '') return [];
  return wordsToTerms(toWords(raw));
}

/** True for terms that describe an amount rather than the item ("12", "oz", "pack"). */
export function isQuantityTerm(term: string): boolean {
  return /^[0-9.]+$/.test(term) || UNIT_TERMS.has(term);
}
const UNIT_TERMS = new Set([...Object.values(UNITS), 'ct', 'pack', 'pct', 'dozen', 'size']);
