import type { TurnContext } from './context';
import { expectedDelivery } from './fulfilment';
import type { Order } from './order';

/**
 * A placed order's status in plain words, read from what the fulfilment feed said and from
 * nothing else: without any event it is "confirmed" with the promised date. The clock only
 * decides whether that promise has passed (then the shopper hears there is no update yet,
 * never an invented "on its way" or "delivered"). `number` as it should be said or shown.
 */
export function describeFulfilment(ctx: TurnContext, order: Order, number: string, items: string): string {
  const { msgs } = ctx;
  const due = expectedDelivery(order) ?? order.updatedAt;
  const date = ctx.date(due);
  switch (order.fulfilmentState) {
    case 'delivered':
      return msgs.statusDelivered(number, items, ctx.date(order.deliveredAt ?? due));
    case 'out-for-delivery':
      return msgs.statusOutForDelivery(number, items);
    default:
      break;
  }
  // the latest word was a delay: say so, with the new date
  if (order.delayedAt && order.delayedAt === order.fulfilmentAt) return msgs.statusDelayed(number, items, date);
  switch (order.fulfilmentState) {
    case 'shipped':
      return order.carrier ? msgs.statusShippedBy(number, items, date, order.carrier) : msgs.statusShipped(number, items, date);
    case 'packed':
      return msgs.statusPacked(number, items, date);
    case 'handed-over':
      return msgs.statusWithWarehouse(number, items, date);
    default:
      return isPastDue(ctx, due) ? msgs.statusNoUpdate(number, items, date) : msgs.statusConfirmed(number, items, date);
  }
}

/** The whole promised day has gone by (dates are days, kept in UTC). */
function isPastDue(ctx: TurnContext, due: string): boolean {
  return ctx.deps.clock.now().toISOString().slice(0, 10) > due.slice(0, 10);
}
