import { CsvError, parse } from 'csv-parse/sync';
import { isProductAttribute, ProductAttribute } from '../../core/attributes';
import type { Product } from '../../core/product';

/** A row that was skipped, with where it is in the file. */
export interface RowProblem {
  line: number;
  sku?: string;
  message: string;
}

export interface ParsedCatalog {
  products: Product[];
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
 * (ids from src/core/attributes.ts separated by `;`, e.g. `organic;gluten-free`). JSON: an array
 * of products in the shop's own shape (price in integer minor units, attributes a list of ids, as
 * in the demo catalog). Broken rows are skipped and reported with their line; good rows are kept.
 */
export function parseCatalogFile(text: string, format: 'csv' | 'json'): ParsedCatalog {
  const raw = format === 'csv' ? csvRecords(text) : jsonRecords(text);
  if ('fatal' in raw) return { products: [], problems: [raw.fatal], rows: 0, notes: [], fatal: true };
  const products: Product[] = [];
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
    seen.set(result.sku, line);
    products.push(result);
  }
  problems.sort((a, b) => a.line - b.line);
  return { products, problems, rows: raw.records.length + (raw.problems?.length ?? 0), notes: raw.notes ?? [] };
}

type Records = { records: Array<{ line: number; record: Record<string, unknown> }>; problems?: RowProblem[]; notes?: string[] } | { fatal: RowProblem };

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
    sku, name, brand, category, size: text(field(record, 'size')), price, currency, rating, reviewCount, inStock,
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
    const id = item.trim().toLowerCase().replace(/[\s_]+/g, '-');
    if (id === '') continue;
    if (!isProductAttribute(id)) return `attribute "${item.trim()}" is not one of ${Object.values(ProductAttribute).join(', ')}`;
    if (!tags.includes(id)) tags.push(id);
  }
  return tags;
}

function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return undefined;
}

/** Columns the shop reads; any other is named in a note and left out. */
const CSV_COLUMNS = ['sku', 'name', 'brand', 'category', 'size', 'price', 'currency', 'rating', 'review_count', 'in_stock', 'attributes'];
const REQUIRED_COLUMNS = ['sku', 'name', 'category', 'price'];

/** csv-parse's reasons, said the way a person fixing the file needs them. */
function quotingReason(err: CsvError): string {
  switch (err.code) {
    case 'INVALID_OPENING_QUOTE':
      return 'a quote inside an unquoted field: put the whole field in quotes and double the quote inside it ("12"" pizza")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text after a closing quote: a quoted field must end at its quote (double a quote that belongs to the text)';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    default:
      return err.message;
  }
}

/**
 * RFC 4180 CSV through csv-parse, strictly: a quoting mistake stops the file (after one, where a
 * row ends is a guess), a duplicated header is refused, and a row with another number of fields
 * than the header is skipped. Lines are 1-based and point at where a row starts.
 */
function csvRecords(text: string): Records {
  // One line ending, so csv-parse counts lines as an editor does ("\r\n" inside quotes becomes "\n").
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let parsed: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  let lastGoodLine = 0;
  try {
    parsed = parse(body, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      on_record: (record, context) => {
        lastGoodLine = context.lines;
        return record;
      },
    }) as unknown as typeof parsed;
  } catch (err) {
    if (err instanceof CsvError) return { fatal: { line: nextRowLine(body, lastGoodLine), message: quotingReason(err) } };
    throw err;
  }
  // csv-parse reports the line a record ends on; a quoted newline inside it moves its start up.
  const rows = parsed
    .map(({ record, info, raw }) => ({ line: info.lines - (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g)?.length ?? 0), cells: record }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { fatal: { line: 1, message: 'the file is empty' } };
  const headerLine = rows[0].line;
  // "Review Count", "review-count" and "reviewCount" all name review_count
  const header = rows[0].cells.map((h) => h.trim().replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().replace(/[\s-]+/g, '_'));
  const firstAt = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (firstAt.has(name)) {
      return { fatal: { line: headerLine, message: `the header names "${name}" twice (columns ${firstAt.get(name)! + 1} and ${i + 1}); which one holds the value?` } };
    }
    firstAt.set(name, i);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !firstAt.has(c));
  if (missing.length > 0) {
    return { fatal: { line: headerLine, message: `the first line must be a header naming at least ${REQUIRED_COLUMNS.join(', ')}; missing: ${missing.join(', ')}` } };
  }
  const ignored = header.filter((h) => !CSV_COLUMNS.includes(h));
  const records: Array<{ line: number; record: Record<string, unknown> }> = [];
  const problems: RowProblem[] = [];
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length !== header.length) {
      problems.push({ line, sku: cells[header.indexOf('sku')], message: `expected ${header.length} fields as in the header, found ${cells.length}` });
      continue;
    }
    records.push({ line, record: Object.fromEntries(header.map((h, i) => [h, cells[i]])) });
  }
  return { records, problems, ...(ignored.length > 0 ? { notes: [`columns not read: ${ignored.join(', ')}`] } : {}) };
}

/**
 * The line where the row after the last good one starts (blank lines skipped): csv-parse says
 * where a quoting error was noticed, which for a quote never closed is the end of the file.
 */
function nextRowLine(body: string, lastGoodLine: number): number {
  const lines = body.split('\n');
  let line = lastGoodLine + 1;
  while (line < lines.length && lines[line - 1].trim() === '') line += 1;
  return line;
}

/** A JSON array of objects; each object's line is found by scanning, so problems point at the file. */
function jsonRecords(text: string): Records {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const line = text.slice(0, errorOffset(text, err as Error)).split('\n').length;
    return { fatal: { line, message: `not valid JSON: ${(err as Error).message}` } };
  }
  if (!Array.isArray(parsed)) return { fatal: { line: 1, message: 'the file must hold a JSON array of products' } };
  const lines = objectStartLines(text);
  return {
    records: parsed.map((item, i) => ({
      line: lines[i] ?? 1,
      record: item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : { sku: '', name: '' },
    })),
  };
}

/**
 * Where JSON.parse gave up. Newer engines say "position N"; otherwise find the longest prefix
 * that is only incomplete (not wrong) by bisection.
 */
function errorOffset(text: string, err: Error): number {
  const stated = /position (\d+)/.exec(err.message);
  if (stated) return Number(stated[1]);
  const incomplete = (prefix: string) => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (e) {
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      // Running out of input (at the very end) means incomplete, not wrong.
      return /end of (JSON|data)/i.test(message) || (at !== null && Number(at[1]) >= prefix.length);
    }
  };
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (incomplete(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return good;
}

/** Line of each top-level array element's start. */
function objectStartLines(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let expectingElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectingElement && !/\s/.test(ch) && ch !== ']') {
      starts.push(line);
      expectingElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth === 1) expectingElement = true;
    } else if (ch === ']' || ch === '}') depth -= 1;
    else if (ch === ',' && depth === 1) expectingElement = true;
  }
  return starts;
}
