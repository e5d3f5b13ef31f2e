import { canonicalCode, MAX_CODE_LENGTH } from '../../core/promotion-codes';
import { PromotionKind, type Promotion, type PromotionTarget } from '../../core/promotions';
import { csvRecords, jsonRecords, type RowProblem } from './tabular-file';

/** A promotions file read: every good row as a promotion, every broken row named by its line. */
export interface ParsedPromotions {
  promotions: Promotion[];
  problems: RowProblem[];
  rows: number;
  notes: string[];
  /** the file as a whole could not be read: nothing in it is usable */
  fatal?: boolean;
}

const COLUMNS = ['id', 'kind', 'applies_to', 'value', 'starts', 'ends', 'code', 'min_spend', 'per_customer_limit'];
const REQUIRED = ['id', 'kind', 'applies_to', 'starts', 'ends'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_AMOUNT = 10_000_000;
const KINDS: Readonly<Record<string, PromotionKind>> = Object.fromEntries(Object.values(PromotionKind).map((k) => [k.replace(/-/g, ''), k]));

function field(record: Record<string, unknown>, ...names: string[]): string {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && String(value).trim() !== '') return String(value).trim();
  }
  return '';
}

/** "12.99", "$12.99" or 12.99 → 1299; undefined when it is no amount. */
function minorUnits(text: string): number | undefined {
  const cleaned = text.replace(/^[$£€]/, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * 100);
}

/**
 * A validity bound: an ISO time, or a day. A day that starts a promotion means its first moment;
 * a day that ends one means its last, so "ends 2026-12-31" still holds on New Year's Eve.
 */
function moment(text: string, end: boolean): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) return undefined;
    if (end) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

function targetOf(text: string): PromotionTarget | string {
  const lower = text.toLowerCase();
  if (lower === 'cart' || lower === 'order') return { kind: 'cart' };
  const m = /^(category|sku|product):\s*(.+)$/i.exec(text);
  if (!m) return `applies_to "${text}" must be cart, category:<category> or sku:<sku>`;
  const what = m[2].trim();
  if (m[1].toLowerCase() === 'category') return { kind: 'category', category: what.toLowerCase() };
  if (!ID.test(what)) return `sku "${what}" may only hold letters, digits, - and _`;
  return { kind: 'product', sku: what };
}

/** One row as a promotion, or what is wrong with it: a row is used whole or not at all. */
function toPromotion(record: Record<string, unknown>): Promotion | string {
  const id = field(record, 'id');
  if (!ID.test(id)) return id ? `id "${id}" may only hold letters, digits, - and _ (at most 64)` : 'id is empty';
  const kindText = field(record, 'kind');
  const kind = KINDS[kindText.toLowerCase().replace(/[\s_-]/g, '')];
  if (!kind) return `kind "${kindText}" is not one of ${Object.values(PromotionKind).join(', ')}`;
  const appliesTo = field(record, 'applies_to', 'appliesTo') || (kind === PromotionKind.FreeDelivery ? 'cart' : '');
  if (!appliesTo) return 'applies_to is empty: cart, category:<category> or sku:<sku>';
  const target = targetOf(appliesTo);
  if (typeof target === 'string') return target;
  if (kind === PromotionKind.FreeDelivery && target.kind !== 'cart') return 'free delivery applies to the cart only';
  if (kind === PromotionKind.BuyNGetOne && target.kind === 'cart') return 'buy-n-get-one needs a product or a category (sku:… or category:…)';
  const value = field(record, 'value');
  const amounts: Pick<Promotion, 'percent' | 'amount' | 'buy'> = {};
  if (kind === PromotionKind.PercentOff) {
    const percent = Number(value.replace(/%$/, ''));
    if (!value || !Number.isInteger(percent) || percent < 1 || percent > 100) return `value must be a whole percentage from 1 to 100, got "${value}"`;
    amounts.percent = percent;
  } else if (kind === PromotionKind.AmountOff) {
    const amount = minorUnits(value);
    if (amount === undefined || amount <= 0 || amount > MAX_AMOUNT) return `value must be an amount like 2.50, got "${value}"`;
    amounts.amount = amount;
  } else if (kind === PromotionKind.BuyNGetOne) {
    const buy = Number(value);
    if (!value || !Number.isInteger(buy) || buy < 1 || buy > 99) return `value must be how many to buy for one free (1 to 99), got "${value}"`;
    amounts.buy = buy;
  } else if (value) return 'value is not used by free delivery: set min_spend for the threshold';
  const startsText = field(record, 'starts', 'startsAt');
  const endsText = field(record, 'ends', 'endsAt');
  const startsAt = moment(startsText, false);
  if (!startsAt) return `starts must be a day (2026-12-01) or an ISO time (2026-12-01T08:00:00Z), got "${startsText}"`;
  const endsAt = moment(endsText, true);
  if (!endsAt) return `ends must be a day (2026-12-31) or an ISO time (2026-12-31T20:00:00Z), got "${endsText}"`;
  if (endsAt <= startsAt) return 'ends must come after starts';
  const codeText = field(record, 'code');
  const code = codeText ? canonicalCode(codeText) : undefined;
  if (code !== undefined && (code.length < 3 || code.length > MAX_CODE_LENGTH || !/[A-Z]/.test(code))) {
    return `code "${codeText}" must be 3 to ${MAX_CODE_LENGTH} letters and digits, with at least one letter`;
  }
  const minText = field(record, 'min_spend', 'minSpend');
  const minSpend = minText ? minorUnits(minText) : undefined;
  if (minText && (minSpend === undefined || minSpend > MAX_AMOUNT)) return `min_spend must be an amount like 30.00, got "${minText}"`;
  const limitText = field(record, 'per_customer_limit', 'perCustomerLimit');
  const limit = limitText ? Number(limitText) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) return `per_customer_limit must be a whole number of orders (1 or more), got "${limitText}"`;
  return {
    id,
    kind,
    target,
    ...amounts,
    startsAt,
    endsAt,
    ...(code ? { code } : {}),
    ...(minSpend !== undefined && minSpend > 0 ? { minSpend } : {}),
    ...(limit !== undefined ? { perCustomerLimit: limit } : {}),
  };
}

/**
 * Reads a merchant's promotions file. CSV: a header row with id, kind (percent-off, amount-off,
 * buy-n-get-one, free-delivery), applies_to (cart, category:<category>, sku:<sku>), value (the
 * percentage, the amount off such as 2.00, or how many to buy for one free), starts and ends (a
 * day or an ISO time; an end day is included), and optionally code, min_spend (an amount) and
 * per_customer_limit (orders). JSON: an array of objects with the same keys. A broken row is
 * skipped and named with its line; a second row with an id or a code already used is broken too.
 */
export function parsePromotionsFile(text: string, format: 'csv' | 'json'): ParsedPromotions {
  const raw = format === 'csv' ? csvRecords(text, { known: COLUMNS, required: REQUIRED, key: 'id' }) : jsonRecords(text, 'promotions', 'id');
  if ('fatal' in raw) return { promotions: [], problems: [raw.fatal], rows: 0, notes: [], fatal: true };
  const promotions: Promotion[] = [];
  const problems: RowProblem[] = [...(raw.problems ?? [])];
  const ids = new Map<string, number>();
  const codes = new Map<string, number>();
  for (const { line, record } of raw.records) {
    const result = toPromotion(record);
    const id = typeof record.id === 'string' ? record.id : undefined;
    if (typeof result === 'string') {
      problems.push({ line, sku: id, message: result });
      continue;
    }
    const firstId = ids.get(result.id);
    if (firstId !== undefined) {
      problems.push({ line, sku: result.id, message: `duplicate id ${result.id} (first on line ${firstId})` });
      continue;
    }
    const firstCode = result.code ? codes.get(result.code) : undefined;
    if (result.code && firstCode !== undefined) {
      problems.push({ line, sku: result.id, message: `code ${result.code} is already used on line ${firstCode}: one promotion per code` });
      continue;
    }
    ids.set(result.id, line);
    if (result.code) codes.set(result.code, line);
    promotions.push(result);
  }
  problems.sort((a, b) => a.line - b.line);
  return { promotions, problems, rows: raw.records.length + (raw.problems?.length ?? 0), notes: raw.notes ?? [] };
}
