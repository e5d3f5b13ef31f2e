/** Development aid: `npx tsx bench/search/why.ts "query" [more queries]` prints our top 5 with scores. */
import { buildSearchIndex } from '../../src/core/search';
import { loadCatalog } from './dataset';
import { DEFAULT_CATALOG } from './paths';

const catalog = loadCatalog(DEFAULT_CATALOG);
const names = new Map(catalog.docs.map((d) => [d.sku, `${d.name} [${d.category ?? ''}]`]));
const index = buildSearchIndex(catalog.docs);
for (const q of process.argv.slice(2)) {
  console.log(`\n${q}`);
  for (const h of index.search(q, { limit: 5 })) console.log(`  ${h.score.toFixed(3)}  ${names.get(h.sku)}`);
}
