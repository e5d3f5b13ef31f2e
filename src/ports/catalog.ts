import type { Product } from '../core/product';
import type { SearchOptions } from './search';

/** The shop's products. Reads by sku are fresh; search may use an index built at start. */
export interface Catalog {
  getProduct(sku: string): Promise<Product | undefined>;
  /** products for these skus, in no particular order; unknown skus are left out */
  getProducts(skus: readonly string[]): Promise<Product[]>;
  /** best matches first */
  search(query: string, options?: SearchOptions): Promise<Product[]>;
  /**
   * every product, as of the catalog's last snapshot (a price may be minutes old: read by sku
   * before saying one); for "anything under a dollar". Optional: without it such a question is
   * answered by asking what to look for
   */
  all?(): Promise<Product[]>;
}
