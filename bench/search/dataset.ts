/**
 * Reading the benchmark inputs: an Instacart-format catalogue (headerless products.csv with
 * aisles.csv and departments.csv beside it) and a spoken-queries TSV. Rows that cannot be read
 * are skipped and reported with their line number, never fatal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchDoc } from '../../src/ports/search';

export interface Skipped {
  file: string;
  line: number;
  reason: string;
}

export interface Catalog {
  docs: SearchDoc[];
  skipped: Skipped[];
}

export interface Query {
  id: string;
  kind: 'known' | 'category';
  text: string;
  relevant: Set<string>;
  asrError: boolean;
  /** the `rule` and `source_product_id` columns, where the file has them */
  rule?: string;
  source?: string;
}

/** Splits one CSV line (RFC 4180 quoting); undefined when its quotes do not close. */
export function parseCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/** Reads an `id,name` file (aisles.csv, departments.csv); a missing file is an empty map. */
export function readIdNames(path: string, skipped: Skipped[] = []): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(path)) return names;
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const f = parseCsvLine(line);
      if (!f || f.length !== 2 || !/^\d+$/.test(f[0].trim())) {
        skipped.push({ file: path, line: i + 1, reason: 'expected id,name' });
        return;
      }
      names.set(f[0].trim(), f[1].trim());
    });
  return names;
}

const MISSING = new Set(['missing', 'other', '']);

/** Loads products.csv (`product_id,product_name,aisle_id,department_id`, no header). */
export function loadCatalog(productsPath: string): Catalog {
  const skipped: Skipped[] = [];
  const dir = dirname(productsPath);
  const aisles = readIdNames(join(dir, 'aisles.csv'), skipped);
  const departments = readIdNames(join(dir, 'departments.csv'), skipped);
  const docs: SearchDoc[] = [];
  const seen = new Set<string>();
  readFileSync(productsPath, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const lineNo = i + 1;
      if (line.trim() === '') return;
      const f = parseCsvLine(line);
      if (!f) return skipped.push({ file: productsPath, line: lineNo, reason: 'unclosed quote' });
      if (f.length !== 4) return skipped.push({ file: productsPath, line: lineNo, reason: `expected 4 fields, got ${f.length}` });
      const [id, name, aisleId, deptId] = f.map((x) => x.trim());
      if (!/^\d+$/.test(id)) return skipped.push({ file: productsPath, line: lineNo, reason: 'product_id is not a number' });
      if (name === '') return skipped.push({ file: productsPath, line: lineNo, reason: 'empty product_name' });
      if (seen.has(id)) return skipped.push({ file: productsPath, line: lineNo, reason: `duplicate product_id ${id}` });
      seen.add(id);
      const category = [aisles.get(aisleId), departments.get(deptId)].filter((c): c is string => c !== undefined && !MISSING.has(c.toLowerCase())).join(' / ');
      docs.push({ sku: id, name, category: category === '' ? undefined : category, inStock: true });
    });
  return { docs, skipped };
}

/** Loads a spoken-queries TSV with a header row (query_id, kind, query, relevant_ids, asr_error). */
export function loadQueries(path: string): { queries: Query[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const col = (name: string): number => header.indexOf(name);
  const [cId, cKind, cQuery, cRel, cAsr, cRule, cSource] = ['query_id', 'kind', 'query', 'relevant_ids', 'asr_error', 'rule', 'source_product_id'].map(col);
  if ([cId, cKind, cQuery, cRel].some((c) => c < 0)) {
    throw new Error(`${path}: header must name query_id, kind, query and relevant_ids`);
  }
  const queries: Query[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const f = line.split('\t');
    const kind = f[cKind];
    const relevant = (f[cRel] ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    if ((kind !== 'known' && kind !== 'category') || relevant.length === 0 || f[cQuery] === undefined) {
      skipped.push({ file: path, line: i + 2, reason: 'expected kind known|category and relevant ids' });
      return;
    }
    queries.push({
      id: f[cId],
      kind,
      text: f[cQuery],
      relevant: new Set(relevant),
      asrError: cAsr >= 0 && f[cAsr] === '1',
      ...(cRule >= 0 ? { rule: f[cRule] ?? '' } : {}),
      ...(cSource >= 0 ? { source: f[cSource] ?? '' } : {}),
    });
  });
  return { queries, skipped };
}
