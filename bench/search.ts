/**
 * Spoken product search, side by side with the libraries people would pick instead.
 *
 *   npm run bench:search -- [--catalog products.csv] [--queries dev.tsv] [--json]
 *                           [--sizes 49688,100000] [--systems ours,MiniSearch] [--no-write]
 *                           [--out bench/search-results.md] [--only QUERY_ID_REGEX]
 *
 * Quality is measured on the catalogue as given; cost at each size (larger sizes are padded
 * with generated size/pack variants, for latency only). The table also goes to
 * bench/search-results.md (or --out) unless --no-write. Re-runs itself under `node --expose-gc` so heap
 * figures are taken after a full collection.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { loadCatalog, loadQueries } from './search/dataset';
import { padCatalog } from './search/pad';
import { DEFAULT_CATALOG, DEFAULT_QUERIES, argValue } from './search/paths';
import { renderTables, renderTargets, type SystemResult } from './search/report';
import { runCost, runQuality } from './search/run';
import { SYSTEMS } from './search/systems';

function main(): void {
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    process.exit(child.status ?? 1);
  }
  const json = process.argv.includes('--json');
  const log = (line: string): void => void (json ? process.stderr : process.stdout).write(`${line}\n`);

  const catalogPath = argValue('--catalog') ?? DEFAULT_CATALOG;
  const queriesPath = argValue('--queries') ?? DEFAULT_QUERIES;
  const catalog = loadCatalog(catalogPath);
  const only = argValue('--only');
  const loaded = loadQueries(queriesPath);
  const skippedQueries = loaded.skipped;
  let idPattern: RegExp | undefined;
  try {
    idPattern = only === undefined ? undefined : new RegExp(only);
  } catch {
    log(`--only: "${only}" is not a regular expression`);
    process.exit(2);
  }
  const queries = idPattern === undefined ? loaded.queries : loaded.queries.filter((q) => idPattern.test(q.id));
  for (const s of [...catalog.skipped, ...skippedQueries]) log(`skipped ${s.file}:${s.line}: ${s.reason}`);
  if (catalog.docs.length === 0 || queries.length === 0) {
    log('nothing to measure: the catalogue or the query file has no usable rows');
    process.exit(1);
  }
  const sizes = (argValue('--sizes') ?? `${catalog.docs.length},100000`)
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((x) => Number.isInteger(x) && x > 0);
  const chosen = argValue('--systems')?.toLowerCase().split(',');
  const systems = SYSTEMS.filter((s) => !chosen || chosen.includes(s.name.toLowerCase()));
  const texts = queries.map((q) => q.text);

  const results: SystemResult[] = [];
  for (const system of systems) {
    log(`${system.name}: quality on ${catalog.docs.length} products, ${queries.length} queries`);
    const quality = runQuality(system, catalog.docs, queries);
    const cost = sizes.map((size) => {
      log(`${system.name}: cost at ${size} products`);
      return runCost(system, padCatalog(catalog.docs, size), texts);
    });
    results.push({ name: system.name, settings: system.settings, quality, cost });
  }

  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'} x${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${osType()} ${release()}`;
  const date = new Date().toISOString();
  const skipped = catalog.skipped.map((s) => ({ line: s.line, file: s.file, reason: s.reason }));
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ machine, node: process.version, date, catalog: { path: catalogPath, products: catalog.docs.length, skipped }, queries: { path: queriesPath, count: queries.length }, sizes, results })}\n`,
    );
  }
  const tables = `${renderTables(results)}\n${renderTargets(results)}`;
  if (!json) log(`\n${tables}`);
  if (!process.argv.includes('--no-write')) {
    const md = [
      '# Spoken product search benchmark',
      '',
      `- date: ${date}`,
      `- machine: ${machine}`,
      `- node: ${process.version}`,
      `- catalogue: ${catalogPath} (${catalog.docs.length} products, ${catalog.skipped.length} rows skipped)`,
      `- queries: ${queriesPath} (${queries.length}${only === undefined ? '' : ` whose id matches /${only}/`})`,
      '- known-item metrics count a hit when a result is any size/pack variant in `relevant_ids`; MRR cut at 10',
      '- latency: k = 3 over every query text (up to 5 passes, after a warm-up pass) on the index loaded from its artifact; a system needing seconds per query is cut after 20 s (at least 30 samples, see `samples`); the 100k catalogue is padded with generated size/pack variants; the machine is shared, so p99 moves between runs',
      '- heap: JS heap plus external memory (typed arrays) held by the loaded index after a forced GC',
      `- command: \`npm run bench:search${process.argv.slice(2).length > 0 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``,
      '',
      tables,
    ].join('\n');
    writeFileSync(argValue('--out') ?? join(__dirname, 'search-results.md'), md);
  }
}

try {
  main();
} catch (err) {
  // an unreadable catalogue or query file, or a header without the needed columns: one line, no stack
  process.stderr.write(`bench:search: ${(err as Error).message}\n`);
  process.exit(2);
}
