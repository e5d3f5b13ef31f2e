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
  /**
   * keep only hits scoring at least this share of the best one (0–1): the matches as good as the
   * first, for filtering by price or attribute and for telling one product's sizes apart
   */
  minScoreShare?: number;
}

/** The catalog's search engine, as the core sees it. Synchronous and in memory once built. */
export interface ProductSearchIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchHit[];
}
