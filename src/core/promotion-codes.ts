/**
 * Coupon codes as a shopper says them. A code is written in letters and digits ("SAVE10"); it is
 * said in words ("save ten", "save one zero", "s a v e ten", "sommer zehn"), wrapped in filler
 * ("um the code is save ten please"). The spoken words give a few readings, and the code is the
 * one of them the shop knows.
 */
import { wordTable } from './word-table';
import { parseQuantity, TENS_WORDS, UNIT_WORDS } from './spoken-numbers';
import { parseSpokenNumberWords } from './voice-pin-words';

/** The longest code a shop may define, and so the longest reading worth looking up. */
export const MAX_CODE_LENGTH = 20;
/** More words than this is a sentence, not a code. */
const MAX_CODE_WORDS = 8;

/** A code as written: upper-case letters and digits only. */
export function canonicalCode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

export type SpokenCode =
  /** the readings of what was said, most likely first */
  | { kind: 'code'; readings: string[] }
  /** nothing but filler, or nothing at all */
  | { kind: 'empty' }
  /** longer than any code can be */
  | { kind: 'too-long' }
  /** two codes in one breath ("save ten and welcome five") */
  | { kind: 'several' };

/** Words around a code that are not part of it, in either language (dropped at either end only). */
const FILLER = new Set(
  (
    "um uh er erm hmm ah oh okay ok so well please thanks the a an my our this that your its it it's is was code codes coupon coupons " +
    'promo promotion promotional voucher discount apply use enter add redeem with for called number here i have got try ' +
    'ähm äh öhm also bitte danke der die das den dem ein eine einen mein meinen meine ist lautet heißt code gutschein gutscheincode ' +
    'rabatt rabattcode aktionscode einlösen nutzen verwenden mit für nimm hier ich habe'
  ).split(' '),
);
/** Words that join two codes. */
const JOINERS = new Set(['and', 'plus', 'or', 'also', 'und', 'oder', 'sowie']);

const GERMAN_UNITS: Readonly<Record<string, number>> = wordTable({
  null: 0,
  eins: 1,
  ein: 1,
  zwei: 2,
  zwo: 2,
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
const GERMAN_TENS: Readonly<Record<string, number>> = wordTable({
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
});

/** A German number word ("zehn", "fünfundzwanzig"), or undefined. */
function germanValue(word: string): number | undefined {
  if (GERMAN_UNITS[word] !== undefined) return GERMAN_UNITS[word];
  if (GERMAN_TENS[word] !== undefined) return GERMAN_TENS[word];
  const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(word);
  return m ? (GERMAN_UNITS[m[1]] ?? 0) + (GERMAN_TENS[m[2]] ?? 0) : undefined;
}

const isNumberWord = (word: string) =>
  /^\d+$/.test(word) || UNIT_WORDS[word] !== undefined || TENS_WORDS[word] !== undefined || word === 'hundred' || germanValue(word) !== undefined;
const isDigitWord = (word: string) => /^\d$/.test(word) || (UNIT_WORDS[word] ?? 10) < 10 || (GERMAN_UNITS[word] ?? 10) < 10;

/** A run of number words as one value ("twenty five" → 25) and digit by digit ("two five" → 25, "one zero" → 10). */
function numberReadings(run: readonly string[]): string[] {
  const readings: string[] = [];
  // "one zero" is said digit by digit: never the sum of its words
  const byDigit = run.length > 1 && run.every(isDigitWord);
  const english = byDigit ? undefined : parseQuantity(run.join(' '));
  if (english !== undefined && Number.isInteger(english) && english >= 0) readings.push(String(english));
  if (run.length === 1 && germanValue(run[0]) !== undefined) readings.push(String(germanValue(run[0])));
  const digits = parseSpokenNumberWords(run.join(' '));
  if (digits !== undefined) readings.push(digits);
  return [...new Set(readings)];
}

/** Every reading of the words: number runs as values or digit by digit, and as the words themselves. */
function readings(words: readonly string[]): string[] {
  let partial: string[] = [''];
  for (let i = 0; i < words.length;) {
    if (!isNumberWord(words[i])) {
      partial = partial.map((p) => p + words[i]);
      i += 1;
      continue;
    }
    let end = i;
    while (end < words.length && isNumberWord(words[end])) end += 1;
    const run = words.slice(i, end);
    const options = [...numberReadings(run), run.join('')];
    partial = partial.flatMap((p) => options.map((o) => p + o));
    i = end;
  }
  return [...new Set(partial.map(canonicalCode).filter((r) => r !== ''))];
}

/**
 * What a shopper said as a code: its readings (as written, most likely first: numbers as
 * values, then digit by digit, then as words), or why there is none.
 */
export function readSpokenCode(spoken: string | undefined): SpokenCode {
  const words = (spoken ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  // filler only at either end: inside a code a word is part of it ("s a v e ten")
  let start = 0;
  let end = words.length;
  while (start < end && (FILLER.has(words[start]) || JOINERS.has(words[start]))) start += 1;
  while (end > start && (FILLER.has(words[end - 1]) || JOINERS.has(words[end - 1]))) end -= 1;
  const kept = words.slice(start, end);
  if (kept.length === 0) return { kind: 'empty' };
  if (kept.length > MAX_CODE_WORDS) return { kind: 'too-long' };
  // two codes joined: "save ten and welcome five"; a joiner at either end is filler
  const groups: string[][] = [[]];
  for (const word of kept) {
    if (JOINERS.has(word)) groups.push([]);
    else groups[groups.length - 1].push(word);
  }
  const codes = groups.filter((g) => g.length > 0);
  if (codes.length > 1) return { kind: 'several' };
  if (codes.length === 0) return { kind: 'empty' };
  const found = readings(codes[0]);
  if (found.length === 0) return { kind: 'empty' };
  if (found.every((r) => r.length > MAX_CODE_LENGTH)) return { kind: 'too-long' };
  return { kind: 'code', readings: found.filter((r) => r.length <= MAX_CODE_LENGTH) };
}
