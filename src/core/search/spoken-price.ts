/**
 * Price limits and an order, heard in a spoken query: "under five dollars", "between 5 and 10
 * euros", "4,99 €", "five ninety nine", "a fiver", "cheapest", "am besten bewertet". Amounts are
 * minor units whatever the currency word.
 */
import { germanNumber, WORDS, type Language, type SortOrder } from './constraint-words';

export { SortOrder } from './constraint-words';

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

/** Words as a recogniser or keyboard hands them over: "$5" -> "5 dollars", "4,99 €" -> "4.99 euros". */
export function tokens(spoken: string): string[] {
  return saidTokens(spoken).map((w) => w.toLowerCase());
}

/** The same words with their case as said, to say them back ("Vollkornbrot", not "vollkornbrot"). */
export function saidTokens(spoken: string): string[] {
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

export interface PriceAndOrder extends PriceLimits {
  words: string[];
  sort?: SortOrder;
}

/** Takes price limits and an order out of the words; what is left is the product and its attributes. */
export function takePriceAndOrder(all: readonly string[], language: Language): PriceAndOrder {
  const w = WORDS[language];
  const out: PriceAndOrder = { words: [] };
  const keep: string[] = [];
  for (let i = 0; i < all.length;) {
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
    const order = (Object.keys(w.sort) as SortOrder[]).map((sort) => [sort, phraseAt(all, i, w.sort[sort])] as const).sort((a, b) => b[1] - a[1])[0];
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
