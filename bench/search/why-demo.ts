/** Development aid: `npx tsx bench/search/why-demo.ts "query" …` prints our top 3 on the demo catalog with scores. */
import { buildSearchIndex } from '../../src/core/search';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
const index = buildSearchIndex(
  DEMO_PRODUCTS.map((p) => ({ sku: p.sku, name: p.name, brand: p.brand, category: p.category, size: p.size, inStock: p.inStock, rating: p.rating, reviewCount: p.reviewCount })),
);
const names = new Map(DEMO_PRODUCTS.map((p) => [p.sku, p.name]));
for (const q of process.argv.slice(2))
  console.log(
    q,
    '→',
    index
      .search(q, { limit: 3 })
      .map((h) => `${names.get(h.sku)} (${h.score.toFixed(2)})`)
      .join(' | '),
  );
