import type { Product } from '../../core/product';
import { buildSearchIndex } from '../../core/search';
import type { Catalog } from '../../ports/catalog';
import type { Clock } from '../../ports/runtime';
import type { ProductSearchIndex, SearchOptions } from '../../ports/search';

/** Where products live: read by sku, or all of them to build the search index. */
export interface ProductSource {
  getProducts(skus: readonly string[]): Promise<Product[]>;
  all(): Promise<Product[]>;
}

export interface IndexedCatalogOptions {
  source: ProductSource;
  clock: Clock;
  /** how long a built index serves before it is rebuilt from the source */
  refreshMs?: number;
  /**
   * a prebuilt index (loaded from the artifact `catalog:import --index-out` wrote); it is the
   * catalog's search for the life of the process, never rebuilt from the source
   */
  index?: ProductSearchIndex;
}

/**
 * Catalog over a product source. Reads by sku go to the source every time, so a price is never
 * stale at checkout; search runs on an in-memory index built once per cold start and refreshed.
 */
export class IndexedCatalog implements Catalog {
  private index?: Promise<{ index: ProductSearchIndex; builtAt: number }>;
  /** every product as last read whole, for filters with no product word ("anything under a dollar") */
  private snapshot?: Promise<{ products: Product[]; readAt: number }>;

  constructor(private readonly options: IndexedCatalogOptions) {
    if (options.index) this.index = Promise.resolve({ index: options.index, builtAt: options.clock.now().getTime() });
  }

  async getProduct(sku: string): Promise<Product | undefined> {
    const [product] = await this.options.source.getProducts([sku]);
    return product;
  }

  getProducts(skus: readonly string[]): Promise<Product[]> {
    return skus.length === 0 ? Promise.resolve([]) : this.options.source.getProducts([...new Set(skus)]);
  }

  async search(query: string, options: SearchOptions = {}): Promise<Product[]> {
    const { index } = await this.currentIndex();
    const hits = index.search(query, options);
    if (hits.length === 0) return [];
    const products = await this.getProducts(hits.map((h) => h.sku));
    const bySku = new Map(products.map((p) => [p.sku, p]));
    return hits.flatMap((h) => bySku.get(h.sku) ?? []);
  }

  /** Every product, from the read that built the index or one of its own, refreshed as the index is. */
  async all(): Promise<Product[]> {
    const now = this.options.clock.now().getTime();
    const refreshMs = this.options.refreshMs ?? 5 * 60_000;
    const current = this.snapshot && (await this.snapshot.catch(() => undefined));
    if (current && now - current.readAt < refreshMs) return current.products.map((p) => ({ ...p }));
    this.snapshot = this.options.source.all().then((products) => ({ products, readAt: now }));
    return (await this.snapshot).products.map((p) => ({ ...p }));
  }

  /** Builds the index on first use and again once it is older than refreshMs. */
  private async currentIndex(): Promise<{ index: ProductSearchIndex; builtAt: number }> {
    const now = this.options.clock.now().getTime();
    const refreshMs = this.options.index ? Infinity : (this.options.refreshMs ?? 5 * 60_000);
    if (this.index) {
      const current = await this.index.catch(() => undefined);
      if (current && now - current.builtAt < refreshMs) return current;
    }
    const products = this.options.source.all();
    this.snapshot = products.then((all) => ({ products: all, readAt: now }));
    // a failed read is the index's to report; the snapshot is simply read again next time
    this.snapshot.catch(() => undefined);
    this.index = products.then((all) => ({ index: buildSearchIndex(all), builtAt: now }));
    return this.index;
  }
}

/** Products held in memory: unit tests and the in-memory benchmark. */
export class MemoryProductSource implements ProductSource {
  private readonly bySku: Map<string, Product>;

  constructor(products: readonly Product[]) {
    this.bySku = new Map(products.map((p) => [p.sku, { ...p }]));
  }

  async getProducts(skus: readonly string[]): Promise<Product[]> {
    return skus.flatMap((sku) => {
      const product = this.bySku.get(sku);
      return product ? [{ ...product }] : [];
    });
  }

  async all(): Promise<Product[]> {
    return [...this.bySku.values()].map((p) => ({ ...p }));
  }

  /** Changes a product in place (tests: a price moving between question and yes). */
  update(sku: string, patch: Partial<Product>): void {
    const product = this.bySku.get(sku);
    if (product) this.bySku.set(sku, { ...product, ...patch, sku });
  }
}
