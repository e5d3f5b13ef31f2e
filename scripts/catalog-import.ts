/**
 * `npm run catalog:import -- FILE [--replace] [--strict] [--dry-run] [--index-out PATH]`: loads a
 * CSV or JSON catalog into the store (see scripts/admin/tool-store.ts for which one: the running
 * `npm start`'s, the local files, DYNAMODB_ENDPOINT, or DynamoDB in AWS). Broken rows are skipped
 * and listed as file:line: reason; --strict imports nothing if any is. --replace makes the file
 * the whole catalog: products not in it are removed, after the file's are written, so the
 * catalog is never empty in between. Afterwards the catalog is written to .data/catalog.json for
 * `npm run models`, and a running `npm start` is told to rebuild its search index.
 * --index-out PATH then writes the search index artifact for SEARCH_INDEX_PATH.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { loadStoreConfig } from '../src/config';
import type { Product } from '../src/core/product';
import { parseCatalogFile, type ParsedCatalog } from '../src/infra/catalog/catalog-file';
import { writeIndexArtifact } from '../src/infra/catalog/index-artifact';
import { DynamoProductSource } from '../src/infra/dynamodb/products';
import { DynamoReviewStore } from '../src/infra/dynamodb/reviews';
import { CATALOG_SNAPSHOT_FILE, localDataDir, shownPath } from '../src/local/local-store';
import { openToolStore, StoreKind, type ToolStore } from './admin/tool-store';
import { runTool, ToolUsageError } from './admin/run-tool';

const USAGE = 'usage: npm run catalog:import -- FILE.csv|FILE.json [--replace] [--strict] [--dry-run] [--index-out PATH]';

interface ImportArgs {
  file: string;
  replace: boolean;
  strict: boolean;
  dryRun: boolean;
  indexOut?: string;
}

/** The command line, or a ToolUsageError saying what is wrong with it. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const files: string[] = [];
  const flags = new Set<string>();
  let indexOut: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--index-out') {
      indexOut = argv[i + 1];
      if (!indexOut || indexOut.startsWith('--')) throw new ToolUsageError('--index-out needs a file path', USAGE);
      i += 1;
    } else if (['--replace', '--strict', '--dry-run'].includes(arg)) flags.add(arg);
    else if (arg.startsWith('--')) throw new ToolUsageError(`unknown option ${arg}`, USAGE);
    else files.push(arg);
  }
  if (files.length !== 1) throw new ToolUsageError(files.length === 0 ? 'which file?' : `one file at a time (got ${files.join(', ')})`, USAGE);
  return { file: files[0], replace: flags.has('--replace'), strict: flags.has('--strict'), dryRun: flags.has('--dry-run'), indexOut };
}

/** Field order as in the demo catalog, so a snapshot of the demo store is the demo file, byte for byte. */
function stored(p: Product): Product {
  return {
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    category: p.category,
    size: p.size,
    price: p.price,
    currency: p.currency,
    rating: p.rating,
    reviewCount: p.reviewCount,
    inStock: p.inStock,
  };
}

/** The catalog as the store now holds it, for `npm run models`: sorted by sku, written whole or not at all. */
function writeSnapshot(dataDir: string, products: readonly Product[]): string {
  const path = join(dataDir, CATALOG_SNAPSHOT_FILE);
  mkdirSync(dataDir, { recursive: true });
  const sorted = [...products].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0)).map(stored);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return path;
}

function report(file: string, parsed: ParsedCatalog): void {
  for (const note of parsed.notes) process.stderr.write(`${file}: ${note}\n`);
  for (const problem of parsed.problems) {
    const where = `${file}:${problem.line}: ${problem.sku ? `[${problem.sku}] ` : ''}${problem.message}`;
    process.stderr.write(parsed.fatal ? `${where}; nothing imported\n` : `${where} — skipped\n`);
  }
}

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  const { file } = args;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`catalog:import: cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
    return 1;
  }
  const parsed = parseCatalogFile(text, extname(file).toLowerCase() === '.json' ? 'json' : 'csv');
  report(file, parsed);
  if (parsed.fatal) return 1;
  const counts = `${parsed.rows} rows read, ${parsed.products.length} valid, ${parsed.problems.length} skipped`;
  const skipped = parsed.problems.length > 0;
  if (skipped && (args.strict || args.replace)) {
    // a replace with rows left out would remove those products from the shop
    process.stdout.write(`${counts}; nothing imported (${args.replace ? '--replace takes the whole file or nothing' : '--strict'})\n`);
    return 2;
  }
  if (args.replace && parsed.products.length === 0) {
    process.stdout.write(`${counts}; nothing imported (--replace would leave the shop without products)\n`);
    return 1;
  }
  if (args.dryRun && !args.replace) {
    process.stdout.write(`${counts}; nothing imported (--dry-run)\n`);
    return skipped ? 2 : 0;
  }

  const dataDir = localDataDir();
  const store = await openToolStore({ config: loadStoreConfig(), dataDir });
  try {
    const products = new DynamoProductSource({ doc: store.clients.doc, tableName: store.tables.products });
    process.stdout.write(`catalog:import: ${store.where}\n`);
    const keep = new Set(parsed.products.map((p) => p.sku));
    if (args.dryRun) {
      const gone = (await products.all()).filter((p) => !keep.has(p.sku)).length;
      process.stdout.write(`${counts}; nothing imported (--dry-run); --replace would remove ${gone} product(s) not in ${file}\n`);
      return 0;
    }
    const written = await products.putAll(parsed.products);
    process.stdout.write(`${parsed.rows} rows read, ${written} imported into ${store.tables.products}, ${parsed.problems.length} skipped\n`);
    // the reviews of each product that carries any replace what was stored for it; others keep theirs
    const reviews = new DynamoReviewStore({ doc: store.clients.doc, tableName: store.tables.reviews });
    if (parsed.reviews.size > 0) process.stdout.write(`reviews of ${await reviews.putAll(parsed.reviews)} product(s) written to ${store.tables.reviews}\n`);
    let all = await products.all();
    if (args.replace) {
      const gone = all.filter((p) => !keep.has(p.sku)).map((p) => p.sku);
      await reviews.putAll(new Map(gone.map((sku) => [sku, []])));
      const removed = await products.removeAll(gone);
      process.stdout.write(`--replace: removed ${removed} product(s) not in ${file}; the catalog is now the ${keep.size} in the file\n`);
      all = all.filter((p) => keep.has(p.sku));
    }
    const snapshot = writeSnapshot(dataDir, all);
    process.stdout.write(`voice models: npm run models now builds from this catalog (${shownPath(snapshot)}, ${all.length} products)\n`);
    tellRunningStart(store);
    if (args.indexOut) {
      const built = writeIndexArtifact(args.indexOut, all);
      process.stdout.write(
        `search index for ${built.products} products written to ${args.indexOut}: ${(built.bytes / 1024).toFixed(0)} KiB, built in ${built.buildMs.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await store.close();
  }
  return skipped ? 2 : 0;
}

/** npm start rebuilds its search index on SIGUSR2 (it would otherwise see the change within 5 minutes). */
function tellRunningStart(store: ToolStore): void {
  if (store.kind !== StoreKind.Running || !store.running) return;
  try {
    process.kill(store.running.pid, 'SIGUSR2');
    process.stdout.write(`npm start (pid ${store.running.pid}) is rebuilding its search index\n`);
  } catch {
    process.stdout.write(`npm start (pid ${store.running.pid}) could not be told; its search sees the change within 5 minutes\n`);
  }
}

if (require.main === module) runTool('catalog:import', main);
