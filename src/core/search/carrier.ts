/**
 * Carrier words: what shoppers wrap around a product when they speak ("um i need", "can you
 * add ... to my list", "a bag of"). They are removed from queries only, never from the catalogue,
 * and only where they sit (lead, tail, hesitations), so a product name that contains "get" or
 * "out" in the middle keeps it.
 */

const HESITATIONS = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'ah', 'eh', 'mm']);

const LEADING = new Set([
  'i',
  'id',
  'im',
  'ive',
  'we',
  'were',
  'weve',
  'need',
  'needs',
  'want',
  'wanna',
  'would',
  'like',
  'please',
  'can',
  'could',
  'you',
  'get',
  'me',
  'us',
  'add',
  'put',
  'buy',
  'order',
  'some',
  'more',
  'another',
  'find',
  'show',
  'search',
  'look',
  'looking',
  'for',
  'gimme',
  'give',
  'lets',
  'grab',
  'pick',
  'up',
  'got',
  'gotta',
  'to',
  'out',
  'of',
  'a',
  'an',
  'the',
  'also',
  'and',
  'just',
  'ran',
  'run',
  'running',
  'am',
  'are',
  'have',
  'has',
  'okay',
  'ok',
  'hey',
  'alexa',
  'so',
  'yeah',
  'any',
  'do',
  'is',
  'there',
  'my',
  'our',
  'should',
  'will',
  'go',
  'ahead',
  'shop',
  'purchase',
  'reorder',
  'again',
  'too',
  'well',
  'now',
  'then',
  'oh',
  'let',
  'maybe',
  'think',
]);

/** Containers said before "of": "a bag of baby spinach", "two jars of salsa". */
const CONTAINERS = new Set([
  'bag',
  'bags',
  'jar',
  'jars',
  'bottle',
  'bottles',
  'box',
  'boxes',
  'can',
  'cans',
  'carton',
  'cartons',
  'pack',
  'packs',
  'package',
  'packages',
  'pound',
  'pounds',
  'couple',
  'few',
  'lot',
  'lots',
  'bunch',
  'loaf',
  'loaves',
  'case',
  'cases',
  'tub',
  'tubs',
  'gallon',
  'half',
  'piece',
  'pieces',
  'container',
  'containers',
  'roll',
  'rolls',
  'dozen',
  'bar',
  'bars',
  'stick',
  'sticks',
]);

const TRAILING = new Set(['please', 'thanks', 'thank', 'you', 'now', 'too', 'again', 'today']);
const TRAILING_PHRASES: readonly (readonly string[])[] = [
  ['to', 'my', 'list'],
  ['to', 'the', 'list'],
  ['to', 'my', 'cart'],
  ['to', 'the', 'cart'],
  ['to', 'my', 'basket'],
  ['to', 'my', 'order'],
  ['to', 'the', 'order'],
  ['to', 'my', 'shopping', 'list'],
  ['for', 'me'],
  ['in', 'my', 'cart'],
  ['on', 'my', 'list'],
];

function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length > words.length) return false;
  const start = words.length - phrase.length;
  return phrase.every((w, i) => words[start + i] === w);
}

/**
 * Returns the product words of a spoken request ([] when it held nothing but carrier words) and
 * the last leading word removed, which may be the recogniser's split of the first product word
 * ("and cured bacon" for "uncured bacon").
 */
export function stripCarrierWords(words: readonly string[]): { words: string[]; lead: string | undefined } {
  let rest = words.filter((w) => !HESITATIONS.has(w));
  let lead: string | undefined;
  let changed = true;
  while (changed && rest.length > 0) {
    changed = false;
    if (LEADING.has(rest[0])) {
      lead = rest[0];
      rest = rest.slice(1);
      changed = true;
    } else if (rest.length > 2 && CONTAINERS.has(rest[0]) && rest[1] === 'of') {
      lead = undefined;
      rest = rest.slice(2);
      changed = true;
    } else if (rest.length > 3 && /^[0-9]+$/.test(rest[0]) && CONTAINERS.has(rest[1]) && rest[2] === 'of') {
      lead = undefined;
      rest = rest.slice(3);
      changed = true;
    }
  }
  changed = true;
  while (changed && rest.length > 0) {
    changed = false;
    for (const phrase of TRAILING_PHRASES) {
      if (endsWith(rest, phrase)) {
        rest = rest.slice(0, rest.length - phrase.length);
        changed = true;
      }
    }
    if (rest.length > 0 && TRAILING.has(rest[rest.length - 1])) {
      rest = rest.slice(0, -1);
      changed = true;
    }
  }
  return { words: rest, lead: lead !== undefined && rest.length > 0 ? lead : undefined };
}

/** A reason given after the request ("… my wife can't have it at night", "… because my doctor said so"). */
export const REASON_AFTER =
  /\s+(?:(?:my|our)\s+(?:\w+'?s?\s+)?(?:says?|said|can't|cannot|doesn't|won't|is|has|needs?|wants?|told|likes?|loves?|prefers?|only (?:eats|drinks))|because|cause|since|as i|as we|i can't|we can't)\b.*$/;

/** The words without a reason said after the request ("soda without sugar my doctor says i have to cut it out"). */
export function withoutReason(said: string): string {
  return said.replace(REASON_AFTER, '');
}
