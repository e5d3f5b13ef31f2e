/** A document handed to the search index: what a product is known by. */
export interface SearchDoc {
  sku: string;
  name: string;
  brand?: string;
  category?: string;
  size?: string;
  rating?: number;
  reviewCount?: number;
  inStock?: boolean;
}

export interface SearchHit {
  sku: string;
  score: number;
}

export interface SearchOptions {
  /** how many hits to return (default 10) */
  limit?: number;
  /**
   * skus this shopper bought before, with a weight (e.g. times bought); they rank higher
   * among comparable matches but never above a clearly better match
   */
  history?: ReadonlyMap<string, number>;
}

/** The catalog's search engine, as the core sees it. Synchronous and in memory once built. */
export interface ProductSearchIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchHit[];
}
