import { isProductAttribute, ProductAttribute } from '../../core/attributes';
import { byRecency, MAX_REVIEW_CHARS, MAX_REVIEWS_KEPT, type Product, type Review } from '../../core/product';

import { csvRecords, jsonRecords, type RowProblem } from './tabular-file';

export type { RowProblem } from './tabular-file';

export interface ParsedCatalog {
  products: Product[];
  /** review texts of the products that carry any, by sku (newest first, at most MAX_REVIEWS_KEPT) */
  reviews: Map<string, Review[]>;
  problems: RowProblem[];
  rows: number;
  /** things worth saying that skipped nothing (columns the shop does not read) */
  notes: string[];
  /** the file as a whole could not be read (its one problem says why): nothing in it is usable */
  fatal?: boolean;
}

const SKU = /^[A-Za-z0-9_-]{1,64}$/;
const CONTROL = /[\u0000-\u001f\u007f]/g;
const MAX_PRICE = 10_000_000;

/**
 * Reads a catalog file. CSV: a header row with sku, name, brand, category, size, price (a decimal
 * amount such as 12.99), currency, rating, review_count, in_stock and optionally attributes
 * (ids from src/core/attributes.ts separated by `;`, e.g. `organic;gluten-free`) and reviews
 * (one per line in the quoted cell: `stars|date|text`). JSON: an array
 * of products in the shop's own shape (price in integer minor units, attributes a list of ids,
 * reviews a list of { rating, date, text }, as in the demo catalog). Broken rows are skipped and reported with their line; good rows are kept.
 */
export function parseCatalogFile(text: string, format: 'csv' | 'json'): ParsedCatalog {
  const raw = format === 'csv' ? csvRecords(text, { known: CSV_COLUMNS, required: REQUIRED_COLUMNS, key: 'sku' }) : jsonRecords(text, 'products', 'sku');
  if ('fatal' in raw) return { products: [], reviews: new Map(), problems: [raw.fatal], rows: 0, notes: [], fatal: true };
  const products: Product[] = [];
  const reviews = new Map<string, Review[]>();
  let trimmed = 0;
  const problems: RowProblem[] = [...(raw.problems ?? [])];
  const seen = new Map<string, number>();
  for (const { line, record } of raw.records) {
    const result = toProduct(record, format);
    if (typeof result === 'string') {
      problems.push({ line, sku: typeof record.sku === 'string' ? record.sku : undefined, message: result });
      continue;
    }
    const firstLine = seen.get(result.sku);
    if (firstLine !== undefined) {
      problems.push({ line, sku: result.sku, message: `duplicate sku ${result.sku} (first on line ${firstLine})` });
      continue;
    }
    const said = reviewsOf(record.reviews, format);
    if (typeof said === 'string') {
      problems.push({ line, sku: result.sku, message: said });
      continue;
    }
    seen.set(result.sku, line);
    products.push(result);
    if (said.length > 0) {
      const kept = [...said].sort(byRecency).slice(0, MAX_REVIEWS_KEPT);
      if (kept.length < said.length) trimmed += 1;
      reviews.set(result.sku, kept);
    }
  }
  problems.sort((a, b) => a.line - b.line);
  const notes = [...(raw.notes ?? []), ...(trimmed > 0 ? [`${trimmed} product(s) had more than ${MAX_REVIEWS_KEPT} reviews: the newest ${MAX_REVIEWS_KEPT} are kept`] : [])];
  return { products, reviews, problems, rows: raw.records.length + (raw.problems?.length ?? 0), notes };
}

function field(record: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) if (record[name] !== undefined && record[name] !== '') return record[name];
  return undefined;
}

function toProduct(record: Record<string, unknown>, format: 'csv' | 'json'): Product | string {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim());
  const sku = text(field(record, 'sku'));
  if (!SKU.test(sku)) return sku ? `sku "${sku}" may only hold letters, digits, - and _ (at most 64)` : 'sku is empty';
  const name = text(field(record, 'name'));
  if (!name) return 'name is empty';
  if (name.length > 200) return 'name is longer than 200 characters';
  const brand = text(field(record, 'brand'));
  const category = text(field(record, 'category'));
  if (!category) return 'category is empty';
  const priceRaw = field(record, 'price', 'price_cents', 'priceCents');
  let price: number;
  if (format === 'json') {
    if (typeof priceRaw !== 'number' || !Number.isInteger(priceRaw)) {
      return `price must be whole minor units in JSON (e.g. 1299 for 12.99), got ${JSON.stringify(priceRaw)}`;
    }
    price = priceRaw;
  } else {
    const cleaned = text(priceRaw).replace(/^[$£€]/, '');
    if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return `price "${text(priceRaw)}" is not an amount like 12.99`;
    price = Math.round(Number(cleaned) * 100);
  }
  if (price <= 0 || price > MAX_PRICE) return `price must be above 0 and at most ${MAX_PRICE / 100}`;
  const currency = text(field(record, 'currency') ?? 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return `currency "${currency}" is not a 3-letter code`;
  const rating = Number(field(record, 'rating') ?? 0);
  if (!Number.isFinite(rating) || rating < 0 || rating > 5) return `rating must be from 0 to 5`;
  const reviewCount = Number(field(record, 'reviewCount', 'review_count') ?? 0);
  if (!Number.isInteger(reviewCount) || reviewCount < 0) return 'review count must be a whole number';
  const stock = field(record, 'inStock', 'in_stock');
  const inStock = stock === undefined ? true : parseBoolean(stock);
  if (inStock === undefined) return `in stock must be true or false, got "${text(stock)}"`;
  const attributes = attributeTags(field(record, 'attributes'));
  if (typeof attributes === 'string') return attributes;
  return {
    sku,
    name,
    brand,
    category,
    size: text(field(record, 'size')),
    price,
    currency,
    rating,
    reviewCount,
    inStock,
    ...(attributes.length > 0 ? { attributes } : {}),
  };
}

/**
 * Attribute tags: a list (JSON) or ids separated by `;` (CSV), each one the vocabulary knows
 * ("Gluten Free" reads as gluten-free). A tag is a claim the shop repeats to shoppers, so an
 * unknown one refuses the row rather than being dropped quietly.
 */
function attributeTags(value: unknown): string[] | string {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(';') : undefined;
  if (!items || items.some((item) => typeof item !== 'string')) return 'attributes must be ids separated by ; (CSV) or a list of ids (JSON)';
  const tags: string[] = [];
  for (const item of items as string[]) {
    const id = item
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    if (id === '') continue;
    if (!isProductAttribute(id)) return `attribute "${item.trim()}" is not one of ${Object.values(ProductAttribute).join(', ')}`;
    if (!tags.includes(id)) tags.push(id);
  }
  return tags;
}

const REVIEW_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One review checked: whole stars 1 to 5, a real day, a text of at most MAX_REVIEW_CHARS. */
function checkedReview(rating: unknown, date: unknown, text: unknown, which: number): Review | string {
  const stars = typeof rating === 'number' ? rating : Number(String(rating ?? '').trim());
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) return `review ${which}: stars must be a whole number from 1 to 5, got "${String(rating ?? '')}"`;
  const day = String(date ?? '').trim();
  if (!REVIEW_DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    return `review ${which}: date must be a day like 2026-10-02, got "${day}"`;
  }
  // control characters are never spoken; markup characters stay text (the adapters escape them)
  const said = String(text ?? '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (said === '') return `review ${which}: the text is empty`;
  if (said.length > MAX_REVIEW_CHARS) return `review ${which}: the text is longer than ${MAX_REVIEW_CHARS} characters`;
  return { rating: stars, date: day, text: said };
}

/**
 * A product's reviews. JSON: a list of { rating, date, text }. CSV: the `reviews` cell holds one
 * review per line (quote the cell), each "stars|date|text", e.g. `5|2026-10-02|Soft and strong.`
 * A review that is wrong refuses the row, so no product is imported with reviews half read.
 */
function reviewsOf(value: unknown, format: 'csv' | 'json'): Review[] | string {
  if (value === undefined || value === null || value === '') return [];
  const out: Review[] = [];
  if (format === 'json') {
    if (!Array.isArray(value)) return 'reviews must be a list of { rating, date, text }';
    for (const [i, item] of value.entries()) {
      if (!item || typeof item !== 'object') return `review ${i + 1}: must be { rating, date, text }`;
      const r = item as Record<string, unknown>;
      const review = checkedReview(r.rating, r.date, r.text, i + 1);
      if (typeof review === 'string') return review;
      out.push(review);
    }
    return out;
  }
  const lines = String(value)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const [i, line] of lines.entries()) {
    const [rating, date, ...text] = line.split('|');
    if (text.length === 0) return `review ${i + 1}: write it as stars|date|text, e.g. 5|2026-10-02|Soft and strong.`;
    const review = checkedReview(rating, date, text.join('|'), i + 1);
    if (typeof review === 'string') return review;
    out.push(review);
  }
  return out;
}

function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return undefined;
}

/** Columns the shop reads; any other is named in a note and left out. */
const CSV_COLUMNS = ['sku', 'name', 'brand', 'category', 'size', 'price', 'currency', 'rating', 'review_count', 'in_stock', 'attributes', 'reviews'];
const REQUIRED_COLUMNS = ['sku', 'name', 'category', 'price'];
