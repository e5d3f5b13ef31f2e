/** What shoppers buy together: counted over every placed order in the store. */
export interface CoPurchases {
  /**
   * Products that were in the same placed order as any of `skus` (not those skus themselves),
   * with how many orders had both, most first.
   */
  boughtWith(skus: readonly string[], limit?: number): Promise<Array<{ sku: string; orders: number }>>;
}
