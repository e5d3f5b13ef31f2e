import { ATTRIBUTE_WORDS, IN_STOCK, ProductAttribute } from './attributes';

/** A product as the shop sells it. Prices are integer minor units (cents). */
export interface Product {
  sku: string;
  name: string;
  brand: string;
  category: string;
  /** pack size as printed, e.g. "6 rolls" or "12 oz" */
  size: string;
  price: number;
  currency: string;
  /** average rating, 0–5 */
  rating: number;
  reviewCount: number;
  inStock: boolean;
  /**
   * What the product is, as ids from ProductAttribute ("organic", "gluten-free"): only what its
   * label says. No tag is no claim — the shop never answers "yes" to an attribute not listed here.
   */
  attributes?: string[];
}

/**
 * Tags that follow from another: anything vegan is vegetarian and dairy free, anything dairy
 * free has no lactose. A catalog that says "vegan" should not have to say all three.
 */
const IMPLIED_BY: Readonly<Partial<Record<ProductAttribute, readonly ProductAttribute[]>>> = {
  [ProductAttribute.Vegetarian]: [ProductAttribute.Vegan],
  [ProductAttribute.DairyFree]: [ProductAttribute.Vegan],
  [ProductAttribute.LactoseFree]: [ProductAttribute.DairyFree, ProductAttribute.Vegan],
};

const folded = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * True when the catalog says the product has this attribute: a tag, a tag that implies it, or
 * the attribute's own name in the product's name ("Organic Whole Milk" says organic, whether or
 * not an imported catalog tagged it). "in-stock": it is in stock now.
 */
export function hasAttribute(product: Product, attribute: string): boolean {
  if (attribute === IN_STOCK) return product.inStock;
  const tags = product.attributes ?? [];
  if (tags.includes(attribute)) return true;
  const implying = IMPLIED_BY[attribute as ProductAttribute] ?? [];
  if (implying.some((tag) => tags.includes(tag))) return true;
  const named = ATTRIBUTE_WORDS.en[attribute as ProductAttribute]?.[0];
  return named !== undefined && folded(product.name).includes(folded(named));
}

// — deciding: reviews (decide) —

/**
 * One shopper's review as a catalog carries it: stars from 1 to 5, the day it was written
 * (YYYY-MM-DD) and a short text. The product's own `rating` and `reviewCount` are the average and
 * count over all its reviews; a catalog keeps only a handful of texts to quote.
 */
export interface Review {
  rating: number;
  date: string;
  text: string;
}

/** Review texts kept per product: enough for a favourable and a critical quote and a few more. */
export const MAX_REVIEWS_KEPT = 6;
/** A review text longer than this is cut by the import (a quote is one sentence anyway). */
export const MAX_REVIEW_CHARS = 600;

/** Newest first, then the higher rating: the order reviews are kept and read in. */
export function byRecency(a: Review, b: Review): number {
  return b.date.localeCompare(a.date) || b.rating - a.rating;
}
