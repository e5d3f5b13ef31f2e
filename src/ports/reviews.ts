import type { Review } from '../core/product';

/**
 * Short review texts per product, kept apart from the product items: a product is read on every
 * search and scanned whole to build the search index, its reviews only when a shopper asks.
 */
export interface ReviewStore {
  /** the product's reviews, newest first; [] when it has none */
  reviewsOf(sku: string): Promise<Review[]>;
  /** replaces the reviews of each product named (an import); an empty list removes them */
  putAll(reviews: ReadonlyMap<string, readonly Review[]>): Promise<number>;
}
