/**
 * The catalog is written in American English. A shopper elsewhere asks for "kitchen roll" or
 * "Küchenrolle"; search needs "paper towels". Each locale lists its own words for the catalog's.
 */
export type CatalogWords = Readonly<Record<string, string>>;

/** One department of a locale's list: the catalog's phrase -> what shoppers say for it (de-DE-words*.ts). */
export type Department = Readonly<Record<string, readonly string[]>>;

/** A word list made ready for lookups: each phrase under its folded, joined-up spelling. */
interface Lookup {
  targets: ReadonlyMap<string, string>;
  /** the most spoken words one phrase may cover */
  span: number;
}

/** Built on first use and kept per word list, so a turn pays for lookups, not for compiling. */
const lookups = new WeakMap<CatalogWords, Lookup>();

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the words of one phrase: "washing-up liquid", "H-Milch", "Vollkorn Brot". */
const JOINER = /^[\s'’-]+$/u;
/** A recogniser may hear one compound as up to this many more words ("Spülmaschinen Tabs"). */
const SPLIT_COMPOUND_EXTRA_WORDS = 2;

/**
 * Replaces every locale phrase found in `spoken` (whole words, longest first, any case) with the
 * catalog's words; the rest of what was said stays, so "Brightfield kitchen roll" still names
 * the brand. A phrase matches however its words are joined — "Vollkornbrot", "Vollkorn-Brot" and
 * "Vollkorn Brot" are one phrase — and umlauts and ß match their plain spellings ("Kaese",
 * "Suessstoff"), which some recognisers and keyboards hand over.
 */
export function toCatalogWords(spoken: string, words: CatalogWords): string {
  const { targets, span } = lookupFor(words);
  const text = spoken.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const tokens = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < tokens.length) {
    let joined = '';
    let target: string | undefined;
    let last = i;
    for (let j = i; j < tokens.length && j < i + span; j++) {
      if (j > i && !JOINER.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      joined += tokens[j].folded;
      const found = targets.get(joined);
      if (found !== undefined) {
        target = found;
        last = j;
      }
    }
    if (target === undefined) {
      i++;
      continue;
    }
    out += text.slice(copied, tokens[i].start) + target;
    copied = tokens[last].end;
    i = last + 1;
  }
  return (out + text.slice(copied)).trim();
}

/** "Käse", "KAESE" and "kaese" -> "kaese"; "Straße" -> "strasse"; other accents dropped. */
export function foldSpelling(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

const fold = foldSpelling;

function lookupFor(words: CatalogWords): Lookup {
  const known = lookups.get(words);
  if (known) return known;
  const targets = new Map<string, string>();
  let longest = 1;
  for (const [phrase, target] of Object.entries(words)) {
    const parts = phrase.match(WORD);
    if (!parts) continue;
    const key = parts.map(fold).join('');
    // two spellings of one phrase: the first listed wins (the word lists' tests keep them apart)
    if (!targets.has(key)) targets.set(key, target);
    longest = Math.max(longest, parts.length);
  }
  const lookup = { targets, span: longest + SPLIT_COMPOUND_EXTRA_WORDS };
  lookups.set(words, lookup);
  return lookup;
}
