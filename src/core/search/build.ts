/**
 * From catalogue documents to the flat, typed-array index the engine scores against.
 * Everything here is plain data so it serialises as-is and loads without re-tokenising.
 */
import type { SearchDoc } from '../../ports/search';
import { isQuantityTerm, toTerms } from './normalise';

/** Which field of a product a term came from; a posting carries the bitwise OR. */
export const Field = { name: 1, brand: 2, category: 4, size: 8 } as const;

/** Flat index data; term ids are positions in the sorted `terms` array. */
export interface IndexData {
  skus: string[];
  terms: string[];
  /** postings of term t are postDoc/postField[postStart[t] .. postStart[t + 1]) */
  postStart: Uint32Array;
  postDoc: Uint32Array;
  postField: Uint8Array;
  /** name terms per document, quantity words excluded */
  nameLen: Uint8Array;
  /** every document's name terms in order: nameTerms[nameStart[d] .. nameStart[d + 1]) */
  nameStart: Uint32Array;
  nameTerms: Uint32Array;
  /** term id of the head noun (last non-quantity name term), or -1 */
  head: Int32Array;
  /**
   * head of the name's first comma part, for catalogue names written back to front
   * ("Bread, Gluten Free, Seeded"; commas often survive only as double spaces), or -1
   */
  leadHead: Int32Array;
  /** which category (distinct normalised category text) a document is in, or -1 */
  catId: Int32Array;
  /** tie-breakers folded into one small number: in stock, rating, reviews */
  prior: Float32Array;
}

/**
 * Symbols no product name should contain: what is left of an accented letter read in the wrong
 * character set ("Ros+¬", "Jalepe+¦o"). Letters of any script, ® and ™, and typographic quotes
 * and dashes are fine.
 */
const MIS_ENCODED = /[^\p{L}\p{N}\x20-\x7e\u00ae\u2122\u2018\u2019\u201c\u201d\u2013\u2014]/u;

/** Small, bounded tie-breaker: never worth more than one extra matching word. */
export function priorOf(doc: SearchDoc): number {
  let p = doc.inStock === false ? -0.6 : 0;
  // a name that came through the wrong character set ("Labn+¬") cannot be read out as it should
  if (typeof doc.name === 'string' && MIS_ENCODED.test(doc.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))) p -= 0.3;
  if (typeof doc.rating === 'number' && Number.isFinite(doc.rating)) {
    p += (Math.min(Math.max(doc.rating, 0), 5) / 5) * 0.08;
  }
  if (typeof doc.reviewCount === 'number' && doc.reviewCount > 0 && Number.isFinite(doc.reviewCount)) {
    p += Math.min(Math.log10(1 + doc.reviewCount), 4) * 0.02;
  }
  return p;
}

export function buildIndexData(docs: readonly SearchDoc[]): IndexData {
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const pairs: number[] = []; // flat triples: temporary term id, doc, field
  const skus: string[] = [];
  const nameLen: number[] = [];
  const headTmp: number[] = [];
  const leadTmp: number[] = [];
  const prior: number[] = [];
  const nameSeq: number[] = [];
  const nameStart: number[] = [0];
  const catIds: number[] = [];
  const catKeys = new Map<string, number>();

  const idOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = termList.length;
      termIds.set(t, id);
      termList.push(t);
    }
    return id;
  };

  for (const doc of docs) {
    if (doc === null || typeof doc !== 'object' || typeof doc.sku !== 'string') continue;
    const name = typeof doc.name === 'string' ? toTerms(doc.name) : [];
    if (name.length === 0) continue;
    const d = skus.length;
    skus.push(doc.sku);
    const fields: [number, string[]][] = [
      [Field.name, name],
      [Field.brand, typeof doc.brand === 'string' ? toTerms(doc.brand) : []],
      [Field.category, typeof doc.category === 'string' ? toTerms(doc.category) : []],
      [Field.size, typeof doc.size === 'string' ? toTerms(doc.size) : []],
    ];
    const seen = new Map<number, number>();
    for (const [field, terms] of fields) {
      for (const t of terms) {
        const id = idOf(t);
        seen.set(id, (seen.get(id) ?? 0) | field);
      }
    }
    for (const [id, mask] of seen) pairs.push(id, d, mask);
    for (const t of name) nameSeq.push(idOf(t));
    nameStart.push(nameSeq.length);
    const content = name.filter((t) => !isQuantityTerm(t));
    nameLen.push(Math.min(content.length, 255));
    // "Dish Soap Apple", "Sparkling Water Lime": the category's noun inside the name with a variety
    // after it is the head; the variety is no more the thing than "apple" in "apple dish soap"
    const category = fields[2][1];
    const categoryNoun = category.length > 0 ? content.lastIndexOf(category[category.length - 1]) : -1;
    const variety = categoryNoun >= 0 && content.length - 1 - categoryNoun >= 1 && content.length - 1 - categoryNoun <= 2;
    headTmp.push(content.length > 0 ? idOf(content[variety ? categoryNoun : content.length - 1]) : -1);
    const lead = toTerms(doc.name.split(/,|\s{2,}|\s-\s/)[0]).filter((t) => !isQuantityTerm(t));
    leadTmp.push(lead.length > 0 && lead.length < content.length ? idOf(lead[lead.length - 1]) : -1);
    prior.push(priorOf(doc));
    const catKey = fields[2][1].join(' ');
    if (catKey === '') catIds.push(-1);
    else {
      if (!catKeys.has(catKey)) catKeys.set(catKey, catKeys.size);
      catIds.push(catKeys.get(catKey) as number);
    }
  }

  // sort terms so ids follow lexical order (prefix lookups become a binary search)
  const order = termList.map((_, i) => i).sort((a, b) => (termList[a] < termList[b] ? -1 : termList[a] > termList[b] ? 1 : 0));
  const remap = new Int32Array(termList.length);
  order.forEach((oldId, newId) => (remap[oldId] = newId));
  const terms = order.map((i) => termList[i]);

  const counts = new Uint32Array(terms.length + 1);
  for (let i = 0; i < pairs.length; i += 3) counts[remap[pairs[i]] + 1]++;
  for (let t = 0; t < terms.length; t++) counts[t + 1] += counts[t];
  const postStart = counts.slice();
  const fill = counts.slice(0, terms.length);
  const postDoc = new Uint32Array(pairs.length / 3);
  const postField = new Uint8Array(pairs.length / 3);
  for (let i = 0; i < pairs.length; i += 3) {
    const t = remap[pairs[i]];
    const at = fill[t]++;
    postDoc[at] = pairs[i + 1];
    postField[at] = pairs[i + 2];
  }

  return {
    skus,
    terms,
    postStart,
    postDoc,
    postField,
    nameLen: Uint8Array.from(nameLen),
    nameStart: Uint32Array.from(nameStart),
    nameTerms: Uint32Array.from(nameSeq, (t) => remap[t]),
    head: Int32Array.from(headTmp, (h) => (h < 0 ? -1 : remap[h])),
    leadHead: Int32Array.from(leadTmp, (h) => (h < 0 ? -1 : remap[h])),
    catId: Int32Array.from(catIds),
    prior: Float32Array.from(prior),
  };
}
