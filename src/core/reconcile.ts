import type { SettledOrderNotice } from '../ports/notifications';
import type { PendingOrderFinder } from '../ports/reconcile';
import { withoutOrdered } from './cart';
import type { ShopDeps } from './context';
import { CartVersionConflictError, CustomerNotFoundError, OrderStateConflictError, PaymentDeclinedError, PaymentUnavailableError } from './errors';
import { chargeRequest } from './flows/purchase';
import { OrderSource, OrderState, type Order } from './order';
import { addBusinessDays } from './pricing';

export interface ReconcileOptions {
  /** only orders confirmed at least this long ago: younger ones may still be in a live turn */
  olderThanSeconds: number;
  /** orders per run */
  limit?: number;
}

/**
 * Providers keep idempotency keys for a limited time (Stripe: 24 hours). Past this age a charge
 * with the same key could be a second charge, so such orders go to a person instead.
 */
export const IDEMPOTENCY_WINDOW_HOURS = 23;

export interface ReconcileReport {
  examined: number;
  placed: number;
  failed: number;
  stillPending: number;
  /** too old to charge again safely under the same idempotency key: for a person to settle */
  needsReview: number;
  errors: number;
}

type Outcome = 'placed' | 'failed' | 'pending';

/**
 * Settles orders left PENDING (the provider was too slow for the turn, or the turn died between
 * charge and save). Each is charged again with its own idempotency key, so the provider hands
 * back the charge it already made, or makes the one that never happened: never a second one.
 */
export async function reconcilePending(deps: ShopDeps, finder: PendingOrderFinder, options: ReconcileOptions): Promise<ReconcileReport> {
  const cutoff = new Date(deps.clock.now().getTime() - options.olderThanSeconds * 1000).toISOString();
  const orders = await finder.listPending(cutoff, options.limit ?? 100);
  const report: ReconcileReport = { examined: orders.length, placed: 0, failed: 0, stillPending: 0, needsReview: 0, errors: 0 };
  const windowStart = deps.clock.now().getTime() - IDEMPOTENCY_WINDOW_HOURS * 3600_000;
  for (const order of orders) {
    if (new Date(order.confirmedAt ?? order.createdAt).getTime() < windowStart) {
      report.needsReview += 1;
      deps.logger.error('pending order older than the idempotency window; settle it by hand', { orderId: order.orderId });
      continue;
    }
    try {
      const outcome = await settle(deps, order);
      if (outcome === 'placed') report.placed += 1;
      else if (outcome === 'failed') report.failed += 1;
      else report.stillPending += 1;
    } catch (err) {
      report.errors += 1;
      deps.logger.error('reconciliation failed for an order', { orderId: order.orderId, error: `${(err as Error)?.name}: ${(err as Error)?.message}` });
    }
  }
  deps.logger.info('reconciliation finished', { ...report });
  return report;
}

async function settle(deps: ShopDeps, order: Order): Promise<Outcome> {
  const customer = await deps.customers.get(order.customerId);
  if (!customer) throw new CustomerNotFoundError(order.customerId);
  const now = () => deps.clock.now().toISOString();
  try {
    const charge = await deps.payments.charge(chargeRequest(order, customer));
    const placedAt = deps.clock.now();
    const placed = await deps.orders.transition(order.orderId, [OrderState.Pending], OrderState.Placed, {
      chargeId: charge.chargeId,
      placedAt: placedAt.toISOString(),
      deliveryDate: addBusinessDays(placedAt, deps.policy.deliveryDays).toISOString(),
      updatedAt: now(),
    });
    await clearOrderedFromCart(deps, order);
    deps.logger.info('order settled by reconciliation', { orderId: order.orderId, outcome: OrderState.Placed, chargeId: charge.chargeId });
    await notify(deps, { outcome: 'placed', order: placed, customer });
    return 'placed';
  } catch (err) {
    if (err instanceof PaymentDeclinedError) {
      const failed = await deps.orders.transition(order.orderId, [OrderState.Pending], OrderState.Failed, { declineCode: err.declineCode, updatedAt: now() });
      if (order.spendDay) await deps.voiceSecurity?.releaseSpend(order.customerId, order.spendDay, order.total);
      deps.logger.info('order settled by reconciliation', { orderId: order.orderId, outcome: OrderState.Failed, declineCode: err.declineCode });
      await notify(deps, { outcome: 'failed', order: failed, customer });
      return 'failed';
    }
    if (err instanceof PaymentUnavailableError) return 'pending';
    if (err instanceof OrderStateConflictError) {
      // A retried yes settled it between our read and our write.
      const current = await deps.orders.get(order.orderId);
      return current?.state === OrderState.Placed ? 'placed' : current?.state === OrderState.Failed ? 'failed' : 'pending';
    }
    throw err;
  }
}

/**
 * The shopper was told an email would follow. Sent only by the run that settled the order (its
 * conditional write won), so one order gets one email; a failed send is logged, not retried into
 * a second charge attempt.
 */
async function notify(deps: ShopDeps, notice: SettledOrderNotice): Promise<void> {
  try {
    await deps.notifier?.orderSettled(notice);
  } catch (err) {
    deps.logger.warn('order email could not be sent', { orderId: notice.order.orderId, error: (err as Error)?.name });
  }
}

async function clearOrderedFromCart(deps: ShopDeps, order: Order): Promise<void> {
  if (order.source !== OrderSource.Cart) return;
  const cart = await deps.carts.get(order.userKey);
  if (!cart) return;
  try {
    await deps.carts.save(withoutOrdered(cart, order.lines));
  } catch (err) {
    // The shopper changed the cart meanwhile; their cart wins.
    if (!(err instanceof CartVersionConflictError)) throw err;
  }
}
