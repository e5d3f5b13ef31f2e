/**
 * Catalog rows -> spoken slot values. Bad rows never reach a model: they are cleaned or
 * skipped, and each is reported with its sku.
 */
import type { LocaleSource } from '../../interaction-models/source/types';
import { brandId, categoryId, slug } from '../../src/core/entity-id';

export interface CatalogIssue {
  /** sku as found, or "row N" when the row has none */
  sku: string;
  problem: string;
  action: 'cleaned' | 'skipped';
}

export interface CleanProduct {
  sku: string;
  /** cleaned name; "&" kept as " & " so each locale can say its own "and" */
  name: string;
  brand: string;
  category: string;
  size: string;
  reviewCount: number;
  rating: number;
}

/** One slot value / entity entry: id (sku, cat:…, brand:…), the value and its spoken synonyms. */
export interface SpokenValue {
  id: string;
  value: string;
  synonyms: string[];
  kind: 'category' | 'brand' | 'product';
}

// eslint-disable-next-line no-misleading-character-class -- joiners and selectors are stripped one code point at a time, on purpose
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/gu;
const QUOTES = /["“”„«»`´]/g;
const ANGLES = /[<>]/g;
const OTHER_PUNCTUATION = /[()[\]{}®™©#*+/\\|^~_=@$!?;:,]/g;
const CONTROL = /\p{Cc}/gu;

/** Cleans one text field; returns the text and what had to be changed. */
export function cleanSpoken(raw: unknown): { text: string; changes: string[] } {
  const changes: string[] = [];
  let text = typeof raw === 'string' ? raw.normalize('NFC') : '';
  const swap = (pattern: RegExp, by: string, what: string) => {
    const next = text.replace(pattern, by);
    if (next !== text) changes.push(what);
    text = next;
  };
  swap(CONTROL, ' ', 'control characters removed');
  swap(EMOJI, ' ', 'emoji removed');
  if (text.includes('&')) changes.push("'&' spoken as the locale's 'and'");
  text = text.replace(/\s*&\s*/g, ' & ');
  swap(ANGLES, ' ', "'<' or '>' removed");
  swap(QUOTES, ' ', 'quotes removed');
  swap(/[’‘]/g, "'", 'curly apostrophe straightened');
  swap(OTHER_PUNCTUATION, ' ', 'symbols removed');
  text = text.replace(/\s+/g, ' ').trim();
  return { text, changes };
}

/** Validates and cleans catalog rows. Keeps the first row of a duplicated sku. */
export function cleanCatalog(rows: readonly unknown[]): { products: CleanProduct[]; issues: CatalogIssue[] } {
  const products: CleanProduct[] = [];
  const issues: CatalogIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const sku = typeof r.sku === 'string' ? r.sku.trim() : '';
    if (!sku) {
      issues.push({ sku: `row ${index + 1}`, problem: 'no sku', action: 'skipped' });
      return;
    }
    if (seen.has(sku)) {
      issues.push({ sku, problem: `duplicate sku (row ${index + 1}); the first row is kept`, action: 'skipped' });
      return;
    }
    seen.add(sku);
    const name = cleanSpoken(r.name);
    if (!name.text || !/\p{L}/u.test(name.text.replace(/&/g, ''))) {
      issues.push({ sku, problem: 'empty name', action: 'skipped' });
      return;
    }
    const brand = cleanSpoken(r.brand);
    const category = cleanSpoken(r.category);
    const changes = [...new Set([...name.changes, ...brand.changes, ...category.changes])];
    if (changes.length) issues.push({ sku, problem: changes.join(', '), action: 'cleaned' });
    products.push({
      sku,
      name: name.text,
      brand: brand.text,
      category: category.text.toLowerCase(),
      size: cleanSpoken(r.size).text,
      reviewCount: Number.isFinite(r.reviewCount) ? Number(r.reviewCount) : 0,
      rating: Number.isFinite(r.rating) ? Number(r.rating) : 0,
    });
  });
  return { products, issues };
}

// The core reads these ids back ("cat:paper-towels" searches the category), so both sides use one definition.
export { slug };

/** "towels" -> "towel", "batteries" -> "battery": the singular a shopper may say for a plural name. */
function singular(phrase: string): string | undefined {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return undefined;
  const [, head, last] = m;
  const lower = last.toLowerCase();
  if (lower.length < 4 || /\d/.test(lower) || /(ss|us|is)$/.test(lower) || !lower.endsWith('s')) return undefined;
  if (lower.endsWith('ies')) return head + last.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(lower)) return head + last.slice(0, -2);
  return head + last.slice(0, -1);
}

function localized(text: string, locale: LocaleSource): string {
  return text.replace(/ & /g, ` ${locale.and} `).replace(/\s*%/g, ` ${locale.percent}`);
}

/**
 * Product slot values for a locale, most important first: categories, brands, then products
 * by review count (our best-seller signal). A product whose name is already taken gets its
 * size added ("Brightfield Paper Towels 12 double rolls") and keeps the plain name as a synonym.
 */
export function spokenValues(products: readonly CleanProduct[], locale: LocaleSource): { values: SpokenValue[]; notes: string[] } {
  const values: SpokenValue[] = [];
  const notes: string[] = [];
  const taken = new Set<string>();
  const key = (s: string) => s.toLowerCase();

  const categories = [...new Set(products.map((p) => p.category).filter(Boolean))];
  for (const category of categories) {
    const value = localized(category, locale);
    const variant = singular(value);
    values.push({ id: categoryId(category), value, synonyms: [variant, ...(locale.categorySynonyms[category] ?? [])].filter(isText), kind: 'category' });
    taken.add(key(value));
  }
  const brands = [...new Set(products.map((p) => p.brand).filter(Boolean))];
  for (const brand of brands) {
    const value = localized(brand, locale);
    if (taken.has(key(value))) continue;
    values.push({ id: brandId(brand), value, synonyms: [], kind: 'brand' });
    taken.add(key(value));
  }
  const ranked = [...products].sort((a, b) => b.reviewCount - a.reviewCount || b.rating - a.rating || a.sku.localeCompare(b.sku));
  for (const p of ranked) {
    const name = localized(p.name, locale);
    let value = name;
    const synonyms: string[] = [];
    if (taken.has(key(value))) {
      value = p.size ? `${name} ${localized(p.size, locale)}` : name;
      if (taken.has(key(value))) {
        notes.push(`${p.sku}: same name and size as another product; skipped (say the other one's name)`);
        continue;
      }
      synonyms.push(name);
    }
    const brandless = p.brand && key(name).startsWith(`${key(localized(p.brand, locale))} `) ? name.slice(localized(p.brand, locale).length + 1) : undefined;
    for (const s of [singular(name), brandless, brandless && singular(brandless)]) if (isText(s)) synonyms.push(s);
    values.push({ id: p.sku, value, synonyms, kind: 'product' });
    taken.add(key(value));
  }
  // A synonym that is a category's or brand's own value would steal its matches ("paper towels"
  // is the category, not one brand's towels). Products may share a plain name: Alexa then
  // resolves to all of them and the core asks which one.
  const reserved = new Set(values.filter((v) => v.kind !== 'product').flatMap((v) => [v.value, ...v.synonyms].map(key)));
  for (const v of values) {
    const own = key(v.value);
    const seen = new Set([own]);
    v.synonyms = v.synonyms.filter((s) => {
      const k = key(s);
      if (seen.has(k) || (v.kind === 'product' && reserved.has(k))) return false;
      seen.add(k);
      return true;
    });
  }
  return { values, notes };
}

function isText(s: string | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}
