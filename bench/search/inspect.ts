/**
 * Development aid: runs only our engine on the dev queries and prints the misses with what
 * ranked above the right answer. `npx tsx bench/search/inspect.ts [--catalog P] [--queries P] [--all]`
 */
import { buildSearchIndex } from '../../src/core/search';
import { loadCatalog, loadQueries } from './dataset';
import { measure, type QueryResult } from './metrics';
import { DEFAULT_CATALOG, DEFAULT_QUERIES, argValue } from './paths';

const catalog = loadCatalog(argValue('--catalog') ?? DEFAULT_CATALOG);
const { queries } = loadQueries(argValue('--queries') ?? DEFAULT_QUERIES);
const names = new Map(catalog.docs.map((d) => [d.sku, `${d.name} [${d.category ?? ''}]`]));
const t0 = performance.now();
const index = buildSearchIndex(catalog.docs);
console.log(`built ${index.size} in ${(performance.now() - t0).toFixed(0)} ms`);
const results: QueryResult[] = queries.map((query) => ({ query, ranked: index.search(query.text, { limit: 10 }).map((h) => h.sku) }));
const showAll = process.argv.includes('--all');
for (const r of results) {
  const k = r.ranked.findIndex((s) => r.query.relevant.has(s));
  const bad = r.query.kind === 'known' ? k !== 0 : r.ranked.slice(0, 3).filter((s) => r.query.relevant.has(s)).length < 3;
  if (!bad && !showAll) continue;
  const want = [...r.query.relevant]
    .slice(0, 2)
    .map((s) => names.get(s))
    .join(' | ');
  console.log(`\n${r.query.id} asr=${r.query.asrError ? 1 : 0} "${r.query.text}" rank=${k + 1} want: ${r.query.kind === 'known' ? want : ''}`);
  for (const sku of r.ranked.slice(0, 3)) console.log(`   ${r.query.relevant.has(sku) ? '+' : '-'} ${names.get(sku)}`);
}
console.log(JSON.stringify(measure(results), null, 1));
