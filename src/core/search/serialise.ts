/**
 * The index artifact: one JSON string, typed arrays as base64, so `catalog:import` can write it
 * next to the catalogue and a cold Lambda loads it without tokenising a single product.
 */
import type { IndexData } from './build';

export const FORMAT = 'spoken-search/3';

/** The artifact could not be read as a search index (wrong format, version or truncated). */
export class SearchIndexFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchIndexFormatError';
  }
}

interface Artifact {
  format: string;
  skus: string[];
  terms: string[];
  postStart: string;
  postDoc: string;
  postField: string;
  nameLen: string;
  nameStart: string;
  nameTerms: string;
  head: string;
  leadHead: string;
  catId: string;
  prior: string;
}

function toBase64(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function fromBase64<T>(text: unknown, make: (buf: ArrayBuffer) => T, bytesPer: number): T {
  if (typeof text !== 'string') throw new SearchIndexFormatError('missing array in search index');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % bytesPer !== 0) throw new SearchIndexFormatError('truncated array in search index');
  // copy into a fresh, aligned buffer: Buffer slices share a pool with arbitrary offsets
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

export function serialiseIndexData(data: IndexData): string {
  const artifact: Artifact = {
    format: FORMAT,
    skus: data.skus,
    terms: data.terms,
    postStart: toBase64(data.postStart),
    postDoc: toBase64(data.postDoc),
    postField: toBase64(data.postField),
    nameLen: toBase64(data.nameLen),
    nameStart: toBase64(data.nameStart),
    nameTerms: toBase64(data.nameTerms),
    head: toBase64(data.head),
    leadHead: toBase64(data.leadHead),
    catId: toBase64(data.catId),
    prior: toBase64(data.prior),
  };
  return JSON.stringify(artifact);
}

export function parseIndexData(text: string | Buffer): IndexData {
  let raw: Partial<Artifact>;
  try {
    raw = JSON.parse(typeof text === 'string' ? text : text.toString('utf8')) as Partial<Artifact>;
  } catch (cause) {
    throw new SearchIndexFormatError('search index is not valid JSON', { cause });
  }
  if (raw === null || typeof raw !== 'object' || raw.format !== FORMAT) {
    throw new SearchIndexFormatError(`expected a ${FORMAT} search index`);
  }
  if (!Array.isArray(raw.skus) || !Array.isArray(raw.terms)) {
    throw new SearchIndexFormatError('search index lacks skus or terms');
  }
  const data: IndexData = {
    skus: raw.skus,
    terms: raw.terms,
    postStart: fromBase64(raw.postStart, (b) => new Uint32Array(b), 4),
    postDoc: fromBase64(raw.postDoc, (b) => new Uint32Array(b), 4),
    postField: fromBase64(raw.postField, (b) => new Uint8Array(b), 1),
    nameLen: fromBase64(raw.nameLen, (b) => new Uint8Array(b), 1),
    nameStart: fromBase64(raw.nameStart, (b) => new Uint32Array(b), 4),
    nameTerms: fromBase64(raw.nameTerms, (b) => new Uint32Array(b), 4),
    head: fromBase64(raw.head, (b) => new Int32Array(b), 4),
    leadHead: fromBase64(raw.leadHead, (b) => new Int32Array(b), 4),
    catId: fromBase64(raw.catId, (b) => new Int32Array(b), 4),
    prior: fromBase64(raw.prior, (b) => new Float32Array(b), 4),
  };
  const n = data.skus.length;
  const ok =
    data.postStart.length === data.terms.length + 1 &&
    data.postDoc.length === data.postField.length &&
    data.postStart[data.terms.length] === data.postDoc.length &&
    data.nameLen.length === n &&
    data.nameStart.length === n + 1 &&
    data.nameStart[n] === data.nameTerms.length &&
    data.nameTerms.every((t) => t < data.terms.length) &&
    data.head.length === n &&
    data.leadHead.length === n &&
    data.prior.length === n &&
    data.catId.length === n &&
    data.postDoc.every((d) => d < n);
  if (!ok) throw new SearchIndexFormatError('search index arrays do not agree in length');
  return data;
}
