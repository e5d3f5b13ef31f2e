/**
 * The scoring engine. A document earns, per query position, the position's weight times the
 * quality of the alternative it matched times the weight of the field it matched in.
 * Coverage of the query dominates; then agreement on the head noun ("peanut butter" is butter,
 * "peanut butter cups" are cups), category words, few unexplained name words, and finally
 * stock, rating and the shopper's own history as bounded tie-breakers.
 */
import type { ProductSearchIndex, SearchHit, SearchOptions } from '../../ports/search';
import { Field, type IndexData } from './build';
import { expandQuery, Vocabulary, type QueryPosition } from './expand';
import { stripCarrierWords } from './carrier';
import { isQuantityTerm, MAX_QUERY_CHARS, MAX_QUERY_TERMS, stem, toWords, wordsToQueryTerms } from './normalise';

export const Weights = {
  coverage: 10,
  head: 1.2,
  category: 1.2,
  extraWord: 0.22,
  /** an unsaid word costs extraWord times its idf over this, within [extraWordMin, extraWordMax] */
  extraWordIdf: 6,
  extraWordMin: 0.4,
  extraWordMax: 1.6,
  maxExtraWords: 8,
  historyMax: 0.9,
  /** bonus for explaining every spoken word, however weakly (share of words matched) */
  everyWord: 2,
  /** alternatives at least this good anchor a match (exact, compound, spoken letter, prefix) */
  anchorQuality: 0.79,
  /** a multi-word match held up by corrections alone keeps this share of its coverage */
  unanchored: 0.7,
  /** bonus when every word of the name was said (scaled by coverage) */
  wholeName: 1,
  /** bonus for being in the category most strong matches share (times that share) */
  categoryConsensus: 1,
  /** bonus per query word pair found side by side in the name */
  adjacentPair: 0.3,
  /** a one-word query is answered only through readings at least this good */
  loneWordQuality: 0.6,
  /** below this share of the query's weight a document is not an answer */
  minCoverage: 0.3,
  /** cost of a product for animals when the query names no animal ("salmon" is the fillets, not the cat food) */
  forAnimals: 1.5,
} as const;

/** Words that say a product is for animals, in its name or category. */
const ANIMAL_WORDS = ['pet', 'pets', 'dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'kitty', 'canine', 'feline', 'hamster', 'parakeet'];

const FIELD_WEIGHT = [0, 1, 0.9, 1, 0.4, 1, 0.9, 1, 0.5, 1, 0.9, 1, 0.5, 1, 0.9, 1];
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/** Per-query working memory, allocated once per index and reused (search is synchronous). */
class Scratch {
  readonly total: Float32Array;
  readonly cat: Float32Array;
  readonly headQ: Float32Array;
  readonly nameHits: Uint8Array;
  readonly impliedHits: Uint8Array;
  readonly matched: Uint8Array;
  readonly seen: Uint32Array;
  readonly touched: Uint32Array;
  readonly best: Float32Array;
  readonly bestMask: Uint8Array;
  readonly bestQ: Float32Array;
  readonly anchor: Float32Array;
  readonly posSeen: Uint32Array;
  readonly posTouched: Uint32Array;
  readonly pairSeen: Uint32Array;
  readonly pairMask: Uint8Array;
  stamp = 0;

  constructor(n: number) {
    this.total = new Float32Array(n);
    this.cat = new Float32Array(n);
    this.headQ = new Float32Array(n);
    this.nameHits = new Uint8Array(n);
    this.impliedHits = new Uint8Array(n);
    this.matched = new Uint8Array(n);
    this.seen = new Uint32Array(n);
    this.touched = new Uint32Array(n);
    this.best = new Float32Array(n);
    this.bestMask = new Uint8Array(n);
    this.bestQ = new Float32Array(n);
    this.anchor = new Float32Array(n);
    this.posSeen = new Uint32Array(n);
    this.posTouched = new Uint32Array(n);
    this.pairSeen = new Uint32Array(n);
    this.pairMask = new Uint8Array(n);
  }

  next(): number {
    this.stamp++;
    if (this.stamp >= 0xffffffff) {
      this.seen.fill(0);
      this.posSeen.fill(0);
      this.pairSeen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}

/** Spoken product search over an in-memory catalogue; build it with `buildSearchIndex`. */
export class SpokenSearchIndex implements ProductSearchIndex {
  readonly size: number;
  private readonly vocab: Vocabulary;
  private scratch: Scratch | undefined;
  /** per document: 1 when the last word of its name only names its category ("cheese" in packaged cheese) */
  private readonly implied: Uint8Array;
  /** per document: 1 when its name or category says it is for animals */
  private readonly forAnimals: Uint8Array;
  /** the animal words, as query terms are stemmed */
  private readonly animalStems: ReadonlySet<string>;

  constructor(readonly data: IndexData) {
    this.size = data.skus.length;
    // a word's weight comes from how many product *names* use it; category words repeat across
    // whole aisles and would otherwise look common ("fresh" in every "fresh fruits" product).
    // The same pass finds the names whose last word only names the category: "crumbled feta" is
    // the whole of "Crumbled Feta Cheese" in packaged cheese. Only the last word: a category word
    // earlier in the name is a modifier ("Tofu Ground Beef").
    const { postStart, postField, postDoc, head } = data;
    const both = Field.name | Field.category;
    const nameDf = new Uint32Array(data.terms.length);
    this.implied = new Uint8Array(this.size);
    for (let t = 0; t < data.terms.length; t++) {
      for (let i = postStart[t]; i < postStart[t + 1]; i++) {
        const field = postField[i];
        if ((field & ~Field.category) !== 0) nameDf[t]++;
        if ((field & both) === both && head[postDoc[i]] === t) this.implied[postDoc[i]] = 1;
      }
    }
    this.vocab = new Vocabulary(data.terms, (id) => nameDf[id] || postStart[id + 1] - postStart[id], this.size);
    this.animalStems = new Set(ANIMAL_WORDS.map(stem));
    const animalTerms = data.terms.flatMap((term, id) => (this.animalStems.has(term) ? [id] : []));
    this.forAnimals = new Uint8Array(this.size);
    for (const t of animalTerms) {
      for (let i = postStart[t]; i < postStart[t + 1]; i++) if ((postField[i] & (Field.name | Field.category)) !== 0) this.forAnimals[postDoc[i]] = 1;
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    try {
      const hits = this.run(query, options);
      const share = options.minScoreShare;
      if (share === undefined || !(share > 0) || hits.length === 0) return hits;
      // a cut below the ranking, not a change to it: the order stays as scored
      const floor = hits[0].score * Math.min(share, 1);
      return hits.filter((h) => h.score >= floor);
    } catch {
      // search is a convenience on a voice turn; a bug here must cost a result, not the turn
      return [];
    }
  }

  private run(query: string, options: SearchOptions): SearchHit[] {
    if (typeof query !== 'string' || this.size === 0) return [];
    const rawLimit = options.limit ?? DEFAULT_LIMIT;
    const limit = Number.isFinite(rawLimit) ? Math.min(Math.max(Math.floor(rawLimit), 0), MAX_LIMIT) : DEFAULT_LIMIT;
    if (limit === 0) return [];
    const { words, lead } = stripCarrierWords(toWords(query.slice(0, MAX_QUERY_CHARS)));
    const terms = wordsToQueryTerms(words).slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    if (lead !== undefined && lead.length <= 3 && terms[0].before === undefined) terms[0] = { ...terms[0], before: lead };
    const positions = expandQuery(this.vocab, terms);
    // A lone word the catalogue does not know, reachable only by a distant guess ("quark" ->
    // "dark"), or a short one only by a sound-alike ("ham" -> "home"), is better answered with
    // "nothing found" than with an unrelated product; in a longer query the other words vouch.
    if (positions.length === 1) {
      const floor = terms[0].term.length < 4 ? Weights.anchorQuality : Weights.loneWordQuality;
      positions[0].alternatives = positions[0].alternatives.filter((a) => a.quality >= floor);
      if (positions[0].alternatives.length === 0) return [];
    }
    // food words mean food for people unless the shopper names an animal ("hot dogs" names none)
    const animalSaid = terms.some((t, i) => this.animalStems.has(t.term) && terms[i - 1]?.word !== 'hot');
    return this.score(positions, limit, options.history, animalSaid);
  }

  private score(positions: QueryPosition[], limit: number, history: ReadonlyMap<string, number> | undefined, animalSaid: boolean): SearchHit[] {
    const { postStart, postDoc, postField, head, leadHead, nameLen, prior, skus, catId } = this.data;
    const s = (this.scratch ??= new Scratch(this.size));
    const queryStamp = s.next();
    let touchedCount = 0;
    let totalWeight = 0;
    const touch = (d: number): void => {
      if (s.seen[d] === queryStamp) return;
      // first time this query reaches the document: reset its accumulators
      s.seen[d] = queryStamp;
      s.total[d] = 0;
      s.cat[d] = 0;
      s.headQ[d] = 0;
      s.nameHits[d] = 0;
      s.impliedHits[d] = 0;
      s.matched[d] = 0;
      s.anchor[d] = 0;
      s.touched[touchedCount++] = d;
    };
    const last = positions.length - 1;

    positions.forEach((pos, p) => {
      totalWeight += pos.weight;
      const posStamp = s.next();
      let posCount = 0;
      const offer = (d: number, value: number, mask: number, q: number): void => {
        if (s.posSeen[d] !== posStamp) {
          s.posSeen[d] = posStamp;
          s.posTouched[posCount++] = d;
          s.best[d] = value;
          s.bestMask[d] = mask;
          s.bestQ[d] = q;
        } else {
          if (value > s.best[d]) s.best[d] = value;
          if (q > s.bestQ[d]) s.bestQ[d] = q;
          s.bestMask[d] |= mask;
        }
      };
      for (const alt of pos.alternatives) {
        const base = pos.weight * alt.quality;
        if (alt.terms.length === 1) {
          const t = alt.terms[0];
          for (let i = postStart[t]; i < postStart[t + 1]; i++) {
            const d = postDoc[i];
            const mask = postField[i];
            offer(d, base * FIELD_WEIGHT[mask], mask, alt.quality);
            if (p === last && (head[d] === t || leadHead[d] === t) && (mask & Field.name) !== 0) {
              touch(d);
              if (alt.quality > s.headQ[d]) s.headQ[d] = alt.quality;
            }
          }
        } else {
          const [a, b] = alt.terms;
          const pairStamp = s.next();
          for (let i = postStart[a]; i < postStart[a + 1]; i++) {
            s.pairSeen[postDoc[i]] = pairStamp;
            s.pairMask[postDoc[i]] = postField[i];
          }
          for (let i = postStart[b]; i < postStart[b + 1]; i++) {
            const d = postDoc[i];
            if (s.pairSeen[d] !== pairStamp) continue;
            const shared = postField[i] & s.pairMask[d];
            // both halves in one field, or each in its own ("freshchives": Chives under fresh herbs),
            // then worth the weaker of the two fields
            const mask = shared !== 0 ? shared : postField[i] | s.pairMask[d];
            const fieldWeight = shared !== 0 ? FIELD_WEIGHT[shared] : Math.min(FIELD_WEIGHT[postField[i]], FIELD_WEIGHT[s.pairMask[d]]);
            offer(d, base * fieldWeight, mask, alt.quality);
            if (p === last && (head[d] === b || leadHead[d] === b) && (mask & Field.name) !== 0) {
              touch(d);
              if (alt.quality > s.headQ[d]) s.headQ[d] = alt.quality;
            }
          }
        }
      }
      for (let i = 0; i < posCount; i++) {
        const d = s.posTouched[i];
        touch(d);
        s.total[d] += s.best[d];
        // a word found only in the category explains less than one found in the name
        s.matched[d] += (s.bestMask[d] & ~Field.category) !== 0 ? 2 : 1;
        if ((s.bestMask[d] & Field.name) !== 0) {
          s.nameHits[d]++;
          if ((s.bestMask[d] & Field.category) !== 0) s.impliedHits[d]++;
        }
        if ((s.bestMask[d] & Field.category) !== 0) s.cat[d] += pos.weight;
        if (s.bestQ[d] >= Weights.anchorQuality) s.anchor[d] += pos.weight;
      }
    });

    if (totalWeight <= 0) return [];
    const pool = Math.max(limit * 4, 40);
    const top: SearchHit[] = [];
    const topDocs: number[] = [];
    let floor = -Infinity;
    for (let i = 0; i < touchedCount; i++) {
      const d = s.touched[i];
      let coverage = s.total[d] / totalWeight;
      if (positions.length > 1 && s.anchor[d] < totalWeight / 3) coverage *= Weights.unanchored;
      if (coverage < Weights.minCoverage) continue;
      // unexplained name words; a last word that only names the category goes without saying
      // (unless a word the shopper said already matched a name word of the category)
      const unsaid = nameLen[d] - s.nameHits[d] - Math.max(this.implied[d] - s.impliedHits[d], 0);
      const extra = Math.min(Math.max(unsaid, 0), Weights.maxExtraWords);
      let score =
        Weights.coverage * coverage +
        Weights.everyWord * (s.matched[d] / (2 * positions.length)) +
        Weights.head * s.headQ[d] +
        // a product filed under no category is not held against it: credit what its name explains
        Weights.category * ((catId[d] < 0 ? 0 : s.cat[d]) / totalWeight) -
        Weights.extraWord * extra +
        // the shopper said the whole name: nothing in it is left unexplained
        (extra === 0 && s.nameHits[d] > 0 ? Weights.wholeName * coverage : 0) +
        prior[d] -
        (animalSaid ? 0 : Weights.forAnimals * this.forAnimals[d]);
      if (history !== undefined && history.size > 0) {
        const w = history.get(skus[d]);
        if (w !== undefined && w > 0 && Number.isFinite(w)) {
          score += Math.min(Weights.historyMax, 0.45 * Math.log2(1 + w));
        }
      }
      if (top.length < pool || score > floor) {
        const at = insertSorted(top, { sku: skus[d], score }, pool);
        if (at >= 0) topDocs.splice(at, 0, d);
        if (topDocs.length > pool) topDocs.pop();
        floor = top.length < pool ? -Infinity : top[top.length - 1].score;
      }
    }
    // the category most of the best matches share is probably the kind of thing meant
    const votes = new Map<number, number>();
    let voteTotal = 0;
    topDocs.forEach((d, i) => {
      const v = 1 / (1 + i);
      voteTotal += v;
      if (catId[d] >= 0) votes.set(catId[d], (votes.get(catId[d]) ?? 0) + v);
    });
    const sets = positions.length > 1 ? positions.map((pos) => new Set(pos.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]))) : [];
    // every term any reading of the query could have matched: what is left of a name was unsaid
    const said = new Set<number>();
    for (const pos of positions) for (const a of pos.alternatives) for (const t of a.terms) said.add(t);
    top.forEach((hit, i) => {
      const d = topDocs[i];
      hit.score += this.extraWordCorrection(d, said);
      if (sets.length > 0) hit.score += Weights.adjacentPair * this.adjacentPairs(d, sets);
      if (voteTotal > 0 && catId[d] >= 0) hit.score += Weights.categoryConsensus * ((votes.get(catId[d]) ?? 0) / voteTotal);
    });
    top.sort((a, b) => b.score - a.score);
    return top.slice(0, limit);
  }

  /**
   * The unexplained-word penalty, re-weighted for a ranked candidate: an unsaid word that many
   * products share ("organic", "classic") is one a shopper drops without thinking; an unsaid rare
   * word ("tandoori", "blonde") names a different product. Returns the correction to the flat
   * per-word penalty the first pass used.
   */
  private extraWordCorrection(d: number, said: ReadonlySet<number>): number {
    const { nameStart, nameTerms, terms, postStart, head } = this.data;
    let count = 0;
    let weighted = 0;
    for (let i = nameStart[d]; i < nameStart[d + 1]; i++) {
      const t = nameTerms[i];
      if (said.has(t) || isQuantityTerm(terms[t]) || (t === head[d] && this.implied[d] === 1)) continue;
      if (nameTerms.subarray(nameStart[d], i).includes(t)) continue;
      count++;
      const idf = Math.log(1 + this.size / Math.max(postStart[t + 1] - postStart[t], 1));
      weighted += Math.min(Math.max(idf / Weights.extraWordIdf, Weights.extraWordMin), Weights.extraWordMax);
    }
    const cap = Weights.maxExtraWords;
    return Weights.extraWord * (Math.min(count, cap) - Math.min(weighted, cap));
  }

  /** How many neighbouring query positions appear as neighbouring words in the name. */
  private adjacentPairs(d: number, sets: readonly Set<number>[]): number {
    const { nameStart, nameTerms } = this.data;
    let pairs = 0;
    for (let p = 0; p + 1 < sets.length; p++) {
      for (let i = nameStart[d]; i + 1 < nameStart[d + 1]; i++) {
        if (sets[p].has(nameTerms[i]) && sets[p + 1].has(nameTerms[i + 1])) {
          pairs++;
          break;
        }
      }
    }
    return pairs;
  }
}

/** Inserts in descending score order, keeping at most `limit`; returns the index or -1. */
function insertSorted(top: SearchHit[], hit: SearchHit, limit: number): number {
  let i = top.length;
  while (i > 0 && top[i - 1].score < hit.score) i--;
  if (i >= limit) return -1;
  top.splice(i, 0, hit);
  if (top.length > limit) top.pop();
  return i;
}
