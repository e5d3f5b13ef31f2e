/**
 * `npm run promotions:import -- FILE [--replace] [--strict] [--dry-run]`: loads a merchant's
 * promotions (CSV or JSON, see src/infra/catalog/promotions-file.ts) into the store the other
 * admin tools use (scripts/admin/tool-store.ts). A broken row is listed as file:line: reason and
 * skipped whole, never half applied; --strict imports nothing if any row is broken. Promotions
 * are written whole by id, so an import replaces a promotion with the same id. --replace makes
 * the file the whole set: promotions not in it are removed, after the file's are written. The
 * shop reads promotions on every turn that prices, so a running `npm start` sees them at once.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadStoreConfig } from '../src/config';
import { isCurrent } from '../src/core/promotions';
import { parsePromotionsFile, type ParsedPromotions } from '../src/infra/catalog/promotions-file';
import { DynamoProductSource } from '../src/infra/dynamodb/products';
import { DynamoPromotionStore } from '../src/infra/dynamodb/promotions';
import { localDataDir } from '../src/local/local-store';
import { openToolStore } from './admin/tool-store';
import { runTool, ToolUsageError } from './admin/run-tool';

const USAGE = 'usage: npm run promotions:import -- FILE.csv|FILE.json [--replace] [--strict] [--dry-run]';

interface ImportArgs {
  file: string;
  replace: boolean;
  strict: boolean;
  dryRun: boolean;
}

/** The command line, or a ToolUsageError saying what is wrong with it. */
export function parsePromotionArgs(argv: readonly string[]): ImportArgs {
  const files: string[] = [];
  const flags = new Set<string>();
  for (const arg of argv) {
    if (['--replace', '--strict', '--dry-run'].includes(arg)) flags.add(arg);
    else if (arg.startsWith('--')) throw new ToolUsageError(`unknown option ${arg}`, USAGE);
    else files.push(arg);
  }
  if (files.length !== 1) throw new ToolUsageError(files.length === 0 ? 'which file?' : `one file at a time (got ${files.join(', ')})`, USAGE);
  return { file: files[0], replace: flags.has('--replace'), strict: flags.has('--strict'), dryRun: flags.has('--dry-run') };
}

function report(file: string, parsed: ParsedPromotions): void {
  for (const note of parsed.notes) process.stderr.write(`${file}: ${note}\n`);
  for (const problem of parsed.problems) {
    const where = `${file}:${problem.line}: ${problem.sku ? `[${problem.sku}] ` : ''}${problem.message}`;
    process.stderr.write(parsed.fatal ? `${where}; nothing imported\n` : `${where} — skipped\n`);
  }
}

async function main(): Promise<number> {
  const args = parsePromotionArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (err) {
    process.stderr.write(`promotions:import: cannot read ${args.file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
    return 1;
  }
  const parsed = parsePromotionsFile(text, extname(args.file).toLowerCase() === '.json' ? 'json' : 'csv');
  report(args.file, parsed);
  if (parsed.fatal) return 1;
  const skipped = parsed.problems.length > 0;
  const counts = `${parsed.rows} rows read, ${parsed.promotions.length} valid, ${parsed.problems.length} skipped`;
  if (skipped && (args.strict || args.replace)) {
    // a replace with rows left out would end those promotions early
    process.stdout.write(`${counts}; nothing imported (${args.replace ? '--replace takes the whole file or nothing' : '--strict'})\n`);
    return 2;
  }
  if (args.dryRun) {
    process.stdout.write(`${counts}; nothing imported (--dry-run)\n`);
    return skipped ? 2 : 0;
  }
  const store = await openToolStore({ config: loadStoreConfig(), dataDir: localDataDir() });
  try {
    process.stdout.write(`promotions:import: ${store.where}\n`);
    const promotions = new DynamoPromotionStore({ doc: store.clients.doc, tableName: store.tables.promotions });
    // a promotion on a sku the catalog does not have is kept (the product may come), but said
    const skus = parsed.promotions.flatMap((p) => (p.target.kind === 'product' ? [p.target.sku] : []));
    const known = new Set((await new DynamoProductSource({ doc: store.clients.doc, tableName: store.tables.products }).getProducts(skus)).map((p) => p.sku));
    for (const p of parsed.promotions) {
      if (p.target.kind === 'product' && !known.has(p.target.sku))
        process.stderr.write(`${args.file}: [${p.id}] sku ${p.target.sku} is not in the catalog; the promotion applies once it is\n`);
    }
    const written = await promotions.putAll(parsed.promotions);
    const now = new Date();
    const current = parsed.promotions.filter((p) => isCurrent(p, now)).length;
    process.stdout.write(`${parsed.rows} rows read, ${written} imported into ${store.tables.promotions} (${current} current now), ${parsed.problems.length} skipped\n`);
    if (args.replace) {
      const keep = new Set(parsed.promotions.map((p) => p.id));
      const gone = (await promotions.all()).filter((p) => !keep.has(p.id)).map((p) => p.id);
      const removed = await promotions.removeAll(gone);
      process.stdout.write(`--replace: removed ${removed} promotion(s) not in ${args.file}\n`);
    }
  } finally {
    await store.close();
  }
  return skipped ? 2 : 0;
}

if (require.main === module) runTool('promotions:import', main);
