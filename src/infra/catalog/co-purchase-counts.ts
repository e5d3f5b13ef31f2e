/**
 * Counting what is bought together: for each order's set of skus, every other sku in an order
 * that holds one of the asked-for skus counts once for that order.
 */
export function countCoPurchases(orders: ReadonlyArray<readonly string[]>, skus: readonly string[], limit: number): Array<{ sku: string; orders: number }> {
  const wanted = new Set(skus);
  const counts = new Map<string, number>();
  for (const order of orders) {
    const inOrder = new Set(order);
    if (![...inOrder].some((sku) => wanted.has(sku))) continue;
    for (const sku of inOrder) if (!wanted.has(sku)) counts.set(sku, (counts.get(sku) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([sku, orders]) => ({ sku, orders }))
    .sort((a, b) => b.orders - a.orders || a.sku.localeCompare(b.sku))
    .slice(0, limit);
}
