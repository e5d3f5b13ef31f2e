import type { TurnContext } from '../context';
import { OrderState, type Order } from '../order';

const HISTORY_DEPTH = 50;

/** The customer's placed orders, newest first. */
export async function placedOrders(ctx: TurnContext, customerId: string): Promise<Order[]> {
  const orders = await ctx.deps.orders.listByCustomer(customerId, HISTORY_DEPTH);
  return orders.filter((o) => o.state === OrderState.Placed);
}

/** How often each sku was bought: the search boost for "my usual". */
export async function purchaseHistory(ctx: TurnContext, customerId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const order of await placedOrders(ctx, customerId)) {
    for (const line of order.lines) counts.set(line.sku, (counts.get(line.sku) ?? 0) + 1);
  }
  return counts;
}

/** The shopper's purchase counts when the session is linked; undefined for a guest. */
export async function historyIfLinked(ctx: TurnContext): Promise<ReadonlyMap<string, number> | undefined> {
  if (!ctx.turn.accessToken) return undefined;
  const identity = await ctx.identify();
  return identity.linked ? purchaseHistory(ctx, identity.customer.customerId) : undefined;
}
