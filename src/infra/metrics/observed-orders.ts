import { OrderState, type Order } from '../../core/order';
import { ShopEvent, type ShopMetrics } from '../../ports/metrics';
import type { OrderStore } from '../../ports/stores';

/**
 * The order store, counting revenue as orders reach PLACED and what cancelled placed orders give
 * back: the one write that places an order happens once per order, whoever makes it (a turn or
 * reconciliation), so each order is counted once, in the shop's currency's minor units.
 */
export function withRevenueMetrics(store: OrderStore, metrics: ShopMetrics): OrderStore {
  return {
    create: (order) => store.create(order),
    get: (orderId) => store.get(orderId),
    listByCustomer: (customerId, limit) => store.listByCustomer(customerId, limit),
    claimNotice: (orderId, claimedAt, staleBefore) => store.claimNotice(orderId, claimedAt, staleBefore),
    noticeSent: (orderId, sentAt, kind) => store.noticeSent(orderId, sentAt, kind),
    async transition(orderId: string, from: readonly OrderState[], to: OrderState, patch?: Partial<Order>): Promise<Order> {
      const order = await store.transition(orderId, from, to, patch);
      if (to === OrderState.Placed && from.includes(OrderState.Pending)) {
        metrics.count(ShopEvent.PlacedOrders);
        metrics.count(ShopEvent.RevenueCents, order.total);
      } else if (to === OrderState.Cancelled && from.length === 1 && from[0] === OrderState.Placed) {
        metrics.count(ShopEvent.RefundedCents, order.total);
      }
      return order;
    },
  };
}
