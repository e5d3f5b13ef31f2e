/**
 * How a device code and a web address are read out, so a shopper can type them in: characters
 * one by one in their groups, a letter that sounds like another given a word ("B as in boy"),
 * and an address as "corner shop dot example slash link". Each locale brings its own words.
 */

export interface CodeWords {
  /** how a letter is read: the letter, or the letter with a word when it sounds like another */
  letter(letter: string): string;
}

export interface AddressWords {
  dot: string;
  slash: string;
  colon: string;
  dash: string;
}

/** More letters than this that need a word, and the code is read as plain letters: it would not fit in one breath. */
const MAX_LETTER_WORDS = 3;

/**
 * "4821-5730" → "4 8 2 1, 5 7 3 0"; "KQ7B" → "K Q 7 B as in boy" with the locale's words. A code
 * with many letters that sound alike (a base-20 code from Auth0 or Okta) is read as plain
 * letters instead: eight "as in" words would make the reply too long to follow.
 */
export function spokenCode(code: string, words: CodeWords): string {
  const groups = code
    .toUpperCase()
    .split(/[\s-]+/)
    .map((group) => [...group].filter((c) => /[A-Z0-9]/.test(c)))
    .filter((group) => group.length > 0);
  const needWords = groups.flat().filter((c) => /[A-Z]/.test(c) && words.letter(c) !== c).length;
  const say = (c: string) => (/[0-9]/.test(c) || needWords > MAX_LETTER_WORDS ? c : words.letter(c));
  return groups
    .map((group) => {
      const parts = group.map(say);
      // A letter read with its word is followed by a pause, so "B as in boy 7" does not run on.
      return parts.map((part, i) => (i === 0 ? part : `${parts[i - 1].includes(' ') ? ',' : ''} ${part}`)).join('');
    })
    .join(', ');
}

/** "https://www.cornershop.example/link" → "cornershop dot example slash link" with the locale's words. */
export function spokenAddress(address: string, words: AddressWords): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  const host = url.hostname.replace(/^www\./, '');
  const say = (part: string) => part.split('-').join(` ${words.dash} `);
  const hostWords = host.split('.').map(say).join(` ${words.dot} `);
  const port = url.port ? ` ${words.colon} ${url.port}` : '';
  const path = url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => ` ${words.slash} ${say(decodeURIComponent(segment))}`)
    .join('');
  return `${hostWords}${port}${path}`;
}

/** The address as written on a screen or a card: without the scheme, as people type it. */
export function writtenAddress(address: string): string {
  return address.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
