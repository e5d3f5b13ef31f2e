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
}
