/**
 * What each spoken word might mean in this catalogue: the word itself, a spoken letter,
 * a compound it forms with its neighbour ("pea nut" -> "peanut") or splits into
 * ("papertowels" -> "paper towel"), a longer word it starts ("marina" -> "marinara"), and
 * sound-alikes ("humus" -> "hummus"). Every alternative carries a quality below 1 unless it is
 * the word itself, which is how an exact match always outranks a sound-alike.
 */
import { isQuantityTerm, LETTER_NAMES, stem, type QueryTerm } from './normalise';
import { boundedEditDistance, keyEdits, phoneticKey, singleEdits, soundSpelling } from './phonetic';

export const Quality = {
  exact: 1,
  letter: 0.9,
  join: 0.92,
  split: 0.9,
  knownSplit: 0.85,
  prefix: 0.8,
  edit: 0.72,
  sound: 0.75,
  sound2: 0.65,
  soundEdit: 0.55,
  /** factor on the weight of a size or count word */
  quantityWeight: 0.35,
  /** factor on corrections of a word the catalogue itself uses, a common one ... */
  knownWord: 0.7,
  /** ... and a rare one; in between by idf (see knownWordScale) */
  rareKnownWord: 0.85,
  commonIdf: 4,
  rareIdf: 8,
  fuzzyJoin: 0.6,
} as const;

/** One way to satisfy a query position: a term (or two terms that must both occur). */
export interface Alternative {
  terms: readonly number[];
  quality: number;
}

export interface QueryPosition {
  /** the position's importance: idf of what the shopper said (or of its best reading) */
  weight: number;
  alternatives: Alternative[];
}

const MAX_FUZZY = 24;
const MAX_PREFIX = 12;
/** shortest heard word compared with catalogue words by how they sound rather than how they are spelled */
const MIN_SOUND_SPELLING = 5;
/** shortest word (heard and in the catalogue) allowed three sound-spelling changes when the consonants are one apart */
const LONG_SOUND_SPELLING = 7;

/** The catalogue's terms with lookups for exact, prefix and sound-alike matching. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly byKey = new Map<string, number[]>();
  /** sound spellings of the terms that were ever a sound-alike candidate, made on first use */
  private readonly spelled: (string | undefined)[] = [];

  constructor(
    readonly terms: readonly string[],
    private readonly df: (id: number) => number,
    readonly docCount: number,
  ) {
    terms.forEach((t, i) => {
      this.ids.set(t, i);
      if (t.length >= 3 && !/[0-9]/.test(t)) for (const k of soundKeys(t)) this.keyed(k, i);
    });
  }

  private keyed(key: string, id: number): void {
    const list = this.byKey.get(key);
    if (list) list.push(id);
    else this.byKey.set(key, [id]);
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  idf(id: number): number {
    return Math.log(1 + this.docCount / Math.max(1, this.df(id)));
  }

  /** Terms that start with `term` and are at most `extra` letters longer. */
  extensions(term: string, extra: number): number[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.terms.length && out.length < MAX_PREFIX; i++) {
      const t = this.terms[i];
      if (!t.startsWith(term)) break;
      if (t.length > term.length && t.length - term.length <= extra) out.push(i);
    }
    return out;
  }

  /**
   * Sound-alikes and one-edit neighbours of `term`, never `term` itself. Quality falls with
   * spelling distance, and `scale` lowers all of them (used when the word is itself a catalogue
   * word, so a correction is less likely than a literal reading).
   */
  fuzzy(term: string, into: Map<number, number>, scale = 1, maxEdits = Infinity): void {
    if (term.length < 3 || /[0-9]/.test(term)) return;
    const self = this.ids.get(term);
    const add = (id: number | undefined, q: number): void => {
      if (id === undefined || id === self) return;
      const qq = q * scale;
      if ((into.get(id) ?? 0) < qq) into.set(id, qq);
    };
    // short words have many sound-alikes; allow fewer spelling changes for them
    const maxDistance = Math.min(maxEdits, Math.max(1, Math.floor(term.length / 2)));
    const keys = soundKeys(term);
    const key = keys[0];
    const candidates = keys.length === 1 ? (this.byKey.get(key) ?? []) : [...new Set(keys.flatMap((k) => this.byKey.get(k) ?? []))];
    const sounds = candidates.length > 0 && term.length >= MIN_SOUND_SPELLING ? soundSpelling(term) : '';
    // a three-letter word is also looked at two letters away (see below)
    const writtenBound = term.length === 3 && maxEdits >= 2 ? 2 : maxDistance;
    for (const id of candidates) {
      // letters apart as written or, for a word long enough to be told apart, as said
      // ("rocco" -> "roka"); a short word said differently is another word ("let", "light")
      const written = boundedEditDistance(term, this.terms[id], writtenBound);
      const d =
        written <= 1 || term.length < MIN_SOUND_SPELLING
          ? written
          : Math.min(written, boundedEditDistance(sounds, (this.spelled[id] ??= soundSpelling(this.terms[id])), maxDistance));
      if (d <= maxDistance) add(id, d <= 1 ? Quality.sound : d === 2 ? Quality.sound2 : Quality.soundEdit);
      // a three-letter word keeps its consonants but may lose its vowel sound ("bins" for
      // beans, "bees" for peas): two letters apart, same consonants, a weak reading
      else if (term.length === 3 && written === 2) add(id, Quality.soundEdit);
    }
    for (const e of singleEdits(term)) {
      if (term.length >= 4 || e.length > term.length) add(this.ids.get(e), Quality.edit);
    }
    if (key.length >= 3 && term.length >= 5) {
      // a long word whose consonants are one apart may be three letters apart as said
      // ("parmajon" for parmesan, a recogniser's split "parma john" glued back)
      const said = term.length >= LONG_SOUND_SPELLING ? soundSpelling(term) : '';
      for (const k of keyEdits(key)) {
        for (const id of this.byKey.get(k) ?? []) {
          const close =
            boundedEditDistance(term, this.terms[id], 2) <= 2 ||
            (said !== '' && this.terms[id].length >= LONG_SOUND_SPELLING && boundedEditDistance(said, (this.spelled[id] ??= soundSpelling(this.terms[id])), 3) <= 3);
          if (close) add(id, Quality.soundEdit);
        }
      }
    }
  }
}

/**
 * The sound keys of a term. A stem has lost its final "e", and with it a soft c or g: "rice" is
 * stored as "ric", which would sound like "rick"; such a term is keyed both ways.
 */
function soundKeys(term: string): string[] {
  const key = phoneticKey(term);
  if (!/[aeiouy][cg]$/.test(term)) return [key];
  const soft = phoneticKey(`${term}e`);
  return soft === key ? [key] : [key, soft];
}

function addAlternative(list: Alternative[], terms: number[], quality: number): void {
  for (const a of list) {
    if (a.terms.length === terms.length && a.terms.every((t, i) => t === terms[i])) {
      if (a.quality < quality) a.quality = quality;
      return;
    }
  }
  list.push({ terms, quality });
}

/** The best split of an unknown compound into two catalogue words ("icecream" -> ice cream). */
function split(vocab: Vocabulary, word: string): number[] | undefined {
  let best: number[] | undefined;
  let bestScore = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const a = vocab.id(stem(word.slice(0, i))) ?? vocab.id(word.slice(0, i));
    const b = vocab.id(stem(word.slice(i)));
    if (a === undefined || b === undefined) continue;
    const score = Math.min(1 / vocab.idf(a), 1 / vocab.idf(b));
    if (score > bestScore) {
      bestScore = score;
      best = [a, b];
    }
  }
  return best;
}

/**
 * How far to trust a correction of a word the catalogue itself uses. A recogniser rarely turns a
 * word into a common catalogue word by mistake ("fresh" is fresh, not "freeze"), more often into
 * a rare one ("sherbert", "tso"): the rarer the heard word, the closer its corrections come.
 */
function knownWordScale(idf: number): number {
  const rarity = Math.min(Math.max((idf - Quality.commonIdf) / (Quality.rareIdf - Quality.commonIdf), 0), 1);
  return Quality.knownWord + (Quality.rareKnownWord - Quality.knownWord) * rarity;
}

/** Turns the query's terms into positions with their alternatives. */
export function expandQuery(vocab: Vocabulary, query: readonly QueryTerm[]): QueryPosition[] {
  const positions: QueryPosition[] = query.map(() => ({ weight: 0, alternatives: [] }));
  // an unknown word weighs like a word found in one product in 2,000 (never less than a unique word in a tiny catalogue)
  const fallbackWeight = Math.log(1 + vocab.docCount / Math.max(1, vocab.docCount / 2000));

  query.forEach(({ word, term }, p) => {
    const alts = positions[p].alternatives;
    const exact = vocab.id(term);
    if (exact !== undefined) addAlternative(alts, [exact], Quality.exact);
    const letter = LETTER_NAMES[word];
    if (letter !== undefined) {
      const id = vocab.id(letter);
      if (id !== undefined) addAlternative(alts, [id], Quality.letter);
    }
    // "applesauce" and "apple sauce" sound the same: a compound also matches its two halves
    if (/^[a-z]+$/.test(word) && word.length >= 6) {
      const parts = split(vocab, word);
      if (parts) addAlternative(alts, parts, exact === undefined ? Quality.split : Quality.knownSplit);
    }
    if (term.length >= 4 && /^[a-z]+$/.test(term)) {
      for (const id of vocab.extensions(term, 3)) addAlternative(alts, [id], Quality.prefix);
    }
    const fuzzy = new Map<number, number>();
    vocab.fuzzy(term, fuzzy, exact === undefined ? 1 : knownWordScale(vocab.idf(exact)));
    const ranked = [...fuzzy].sort((a, b) => b[1] - a[1]).slice(0, MAX_FUZZY);
    for (const [id, q] of ranked) addAlternative(alts, [id], q);
  });

  // a word said syllable by syllable, a letter name among them: "eye bu profen" -> "ibuprofen"
  const asLetter = (w: string) => LETTER_NAMES[w] ?? w;
  for (let p = 0; p + 2 < query.length; p++) {
    const words = [query[p].word, query[p + 1].word, query[p + 2].word];
    if (!words.every((w) => /^[a-z]+$/.test(w))) continue;
    const id = vocab.id(stem(words.map(asLetter).join('')));
    if (id === undefined) continue;
    for (const q of [p, p + 1, p + 2]) addAlternative(positions[q].alternatives, [id], Quality.join);
  }

  // compounds across neighbours: "pea nut" -> "peanut", "zip lock" -> "ziploc"
  for (let p = 0; p + 1 < query.length; p++) {
    const a = query[p].word;
    const b = query[p + 1].word;
    if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) continue;
    const joined = stem(a + b);
    const id = vocab.id(joined);
    const fuzzy = new Map<number, number>();
    if (id !== undefined) fuzzy.set(id, Quality.join);
    // a fuzzy compound must stay close to the whole compound, not collapse to one of its parts
    if (joined.length >= 6) vocab.fuzzy(joined, fuzzy, Quality.fuzzyJoin / Quality.edit, 2);
    for (const [t, q] of fuzzy) {
      if (t === vocab.id(query[p].term) || t === vocab.id(query[p + 1].term)) continue;
      addAlternative(positions[p].alternatives, [t], q);
      addAlternative(positions[p + 1].alternatives, [t], q);
    }
  }

  // a function word the recogniser split off: "and cured" -> "uncured", "a sparagus" -> "asparagus"
  query.forEach(({ word, before }, p) => {
    if (before === undefined || before.length > 3 || !/^[a-z]+$/.test(word)) return;
    const joined = stem(before + word);
    if (joined.length < 6) return;
    const fuzzy = new Map<number, number>();
    const id = vocab.id(joined);
    if (id !== undefined) fuzzy.set(id, Quality.fuzzyJoin);
    vocab.fuzzy(joined, fuzzy, Quality.fuzzyJoin / Quality.edit, 2);
    for (const [t, q] of fuzzy) if (t !== vocab.id(query[p].term)) addAlternative(positions[p].alternatives, [t], q);
  });

  positions.forEach((pos, p) => {
    const exact = vocab.id(query[p].term);
    if (exact !== undefined) {
      pos.weight = vocab.idf(exact);
    } else if (pos.alternatives.length > 0) {
      // a word the catalogue never uses weighs what its best reading weighs, within reason
      const best = pos.alternatives.reduce((x, y) => (y.quality > x.quality ? y : x));
      pos.weight = Math.min(fallbackWeight, Math.max(...best.terms.map((t) => vocab.idf(t))));
    } else {
      pos.weight = fallbackWeight;
    }
    // sizes and counts are said loosely ("a dozen", "sixteen ounce"); they refine, never decide
    if (isQuantityTerm(query[p].term)) pos.weight *= Quality.quantityWeight;
  });
  return positions;
}
