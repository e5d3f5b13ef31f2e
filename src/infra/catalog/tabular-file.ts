/**
 * Reading a merchant's file as rows: CSV through csv-parse, strictly, or a JSON array of
 * objects; every row with the line it starts on, so each problem can be named by line. Shared by
 * the catalog and the promotions imports.
 */
import { CsvError, parse } from 'csv-parse/sync';

/** A row that was skipped, with where it is in the file. */
export interface RowProblem {
  line: number;
  sku?: string;
  message: string;
}

export type Records = { records: Array<{ line: number; record: Record<string, unknown> }>; problems?: RowProblem[]; notes?: string[] } | { fatal: RowProblem };

/** The columns a CSV file's header may name, and those it must. */
export interface CsvColumns {
  known: readonly string[];
  required: readonly string[];
  /** the key a row's problem is labelled with (`sku`, `id`) */
  key: string;
}

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
export function csvRecords(text: string, columns: CsvColumns): Records {
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
  const header = rows[0].cells.map((h) =>
    h
      .trim()
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const firstAt = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (firstAt.has(name)) {
      return { fatal: { line: headerLine, message: `the header names "${name}" twice (columns ${firstAt.get(name)! + 1} and ${i + 1}); which one holds the value?` } };
    }
    firstAt.set(name, i);
  }
  const missing = columns.required.filter((c) => !firstAt.has(c));
  if (missing.length > 0) {
    return { fatal: { line: headerLine, message: `the first line must be a header naming at least ${columns.required.join(', ')}; missing: ${missing.join(', ')}` } };
  }
  const ignored = header.filter((h) => !columns.known.includes(h));
  const records: Array<{ line: number; record: Record<string, unknown> }> = [];
  const problems: RowProblem[] = [];
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length !== header.length) {
      problems.push({ line, sku: cells[header.indexOf(columns.key)], message: `expected ${header.length} fields as in the header, found ${cells.length}` });
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
export function jsonRecords(text: string, what: string, key: string): Records {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const line = text.slice(0, errorOffset(text, err as Error)).split('\n').length;
    return { fatal: { line, message: `not valid JSON: ${(err as Error).message}` } };
  }
  if (!Array.isArray(parsed)) return { fatal: { line: 1, message: `the file must hold a JSON array of ${what}` } };
  const lines = objectStartLines(text);
  return {
    records: parsed.map((item, i) => ({
      line: lines[i] ?? 1,
      record: item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : { [key]: '' },
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
