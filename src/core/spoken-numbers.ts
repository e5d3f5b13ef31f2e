/** Turning what a shopper said into numbers: "two" -> 2, "a dozen" -> 12, "second" -> 2. */
import { wordTable } from './word-table';

/** Number words below twenty, shared with search normalisation. */
export const UNIT_WORDS: Readonly<Record<string, number>> = wordTable({
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
});
/** Tens as words. */
export const TENS_WORDS: Readonly<Record<string, number>> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const PHRASES: Record<string, number> = wordTable({
  a: 1,
  an: 1,
  single: 1,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  pair: 2,
  'a pair': 2,
  'a pair of': 2,
  'a few': 3,
  dozen: 12,
  'a dozen': 12,
  'half a dozen': 6,
  'half dozen': 6,
  'two dozen': 24,
  'a hundred': 100,
  hundred: 100,
  'one hundred': 100,
  'ten thousand': 10000,
  thousand: 1000,
  'a thousand': 1000,
});
const ORDINALS: Record<string, number> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  top: 1,
});

/**
 * Parses a spoken or written quantity. Returns undefined when the words are not a number,
 * so the caller can ask again rather than guess.
 */
export function parseQuantity(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const text = trimmed.toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if (text in PHRASES) return PHRASES[text];
  const words = text.split(' ').filter((w) => w !== 'and');
  let total = 0;
  let seen = false;
  for (const word of words) {
    if (word in UNIT_WORDS) total += UNIT_WORDS[word];
    else if (word in TENS_WORDS) total += TENS_WORDS[word];
    else if (word === 'hundred' && seen) total *= 100;
    else if (/^\d+$/.test(word)) total += Number(word);
    else return undefined;
    seen = true;
  }
  return seen ? total : undefined;
}

/** Parses "second", "2nd", "2", "number two", "last" (needs the list length). */
export function parseOrdinal(raw: string | undefined, listLength?: number): number | undefined {
  if (raw === undefined) return undefined;
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^(the|number)\s+/, '')
    .replace(/\s+one$/, '');
  if (text === 'last' || text === 'final') return listLength && listLength > 0 ? listLength : undefined;
  if (text in ORDINALS) return ORDINALS[text];
  const digits = /^(\d+)(st|nd|rd|th)?$/.exec(text);
  if (digits) return Number(digits[1]);
  const asNumber = parseQuantity(text);
  return asNumber !== undefined && Number.isInteger(asNumber) ? asNumber : undefined;
}
