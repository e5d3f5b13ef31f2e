/**
 * Which catalog `npm run models` turns into slot values:
 *   --catalog demo   the demo catalog: what the committed models are built from (the up-to-date
 *                    test builds from it too, so they stay reproducible whatever .data/ holds);
 *   --catalog FILE   a catalog file: JSON in the shop's product shape, or CSV as catalog:import reads it;
 *   (nothing)        the catalog the last `catalog:import` left in the store (.data/catalog.json),
 *                    or the demo catalog when nothing was imported (a fresh clone, after reset).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseCatalogFile } from '../../src/infra/catalog/catalog-file';
import { CATALOG_SNAPSHOT_FILE, shownPath } from '../../src/local/local-store';

export const DEMO_CATALOG = resolve(__dirname, '../../src/infra/demo/demo-catalog.json');

/** The catalog could not be read; nothing is built. */
export class ModelCatalogError extends Error {
  readonly file: string;
  constructor(file: string, reason: string, options: { cause?: unknown } = {}) {
    super(`cannot read the catalog ${file}: ${reason}`, options);
    this.name = 'ModelCatalogError';
    this.file = file;
  }
}

export interface ModelCatalog {
  /** catalog rows; scripts/models/catalog.ts cleans them and reports what it had to */
  rows: unknown[];
  file: string;
  /** where the catalog came from, for the command's output */
  source: string;
  /** rows a CSV file had to leave out, as file:line: reason */
  skipped: string[];
}

/** The file `--catalog` names (or not) and what to call it. */
export function chooseModelCatalog(option: string | undefined, dataDir: string, cwd = process.cwd()): { file: string; source: string } {
  const shown = (file: string) => shownPath(file, cwd);
  if (option === 'demo') return { file: DEMO_CATALOG, source: 'the demo catalog (--catalog demo)' };
  if (option) return { file: resolve(cwd, option), source: shown(resolve(cwd, option)) };
  const snapshot = join(dataDir, CATALOG_SNAPSHOT_FILE);
  if (existsSync(snapshot)) {
    const when = statSync(snapshot).mtime.toISOString().slice(0, 16).replace('T', ' ');
    return { file: snapshot, source: `${shown(snapshot)}, the catalog after the last catalog:import (${when} UTC); --catalog demo builds the committed models` };
  }
  return { file: DEMO_CATALOG, source: 'the demo catalog (nothing imported)' };
}

export function readModelCatalog(choice: { file: string; source: string }): ModelCatalog {
  const { file } = choice;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ModelCatalogError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message, { cause: err });
  }
  if (extname(file).toLowerCase() === '.csv') {
    const parsed = parseCatalogFile(text, 'csv');
    if (parsed.fatal) throw new ModelCatalogError(file, `line ${parsed.problems[0].line}: ${parsed.problems[0].message}`);
    return { rows: parsed.products, ...choice, skipped: parsed.problems.map((p) => `${file}:${p.line}: ${p.sku ? `[${p.sku}] ` : ''}${p.message}`) };
  }
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (err) {
    throw new ModelCatalogError(file, `not valid JSON (${(err as Error).message})`, { cause: err });
  }
  if (!Array.isArray(rows)) throw new ModelCatalogError(file, 'not a JSON array of products');
  return { rows, ...choice, skipped: [] };
}
