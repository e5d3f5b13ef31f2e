import { ShopEvent } from '../ports/metrics';
import type { ChargeStatus } from '../ports/payments';
import type { PendingOrderFinder } from '../ports/reconcile';
import type { Logger } from '../ports/runtime';
import { writeToken, type ShopDeps } from './context';
import { PaymentUnavailableError } from './errors';
import { CancelReason, OrderState, type Order } from './order';
import { requestRefund, sendOwedNotice, settleOrder, type Settlement } from './settlement';

export interface ReconcileOptions {
  /** only orders confirmed at least this long ago: younger ones may still be in a live turn */
  olderThanSeconds: number;
  /** orders per run */
  limit?: number;
}

/**
 * A charge the provider still reports as processing after this long is for a person to look at
 * (Stripe settles card payments in seconds; a day means something is wrong).
 */
export const REVIEW_AFTER_HOURS = 23;

export interface ReconcileReport {
  examined: number;
  placed: number;
  failed: number;
  /** no charge was ever made for these; cancelled, and the shopper told so */
  cancelled: number;
  /** the provider has not decided yet; asked again next run */
  stillPending: number;
  /** still undecided after REVIEW_AFTER_HOURS: for a person to settle */
  needsReview: number;
  /** refunds of cancelled orders the provider confirmed on this run, after an earlier ask went unanswered */
  refundsMade: number;
  /** settlement emails sent that a turn or an earlier run had left owed */
  noticesSent: number;
  errors: number;
}

/**
 * Settles orders left PENDING (the provider was too slow for the turn, or the turn died between
 * its yes and the save) by asking the payment provider what became of each one — never by
 * sending the charge again: a provider may replay its first answer for the same key (Stripe
 * does, 500s and `processing` included, for 24 hours), and an order whose charge never started
 * must not be charged now, since its shopper may have heard that nothing was charged. Then sends
 * any settlement email still owed.
 */
export async function reconcilePending(deps: ShopDeps, finder: PendingOrderFinder, options: ReconcileOptions): Promise<ReconcileReport> {
  const log = deps.logger.child({ run: 'reconcile', runId: writeToken(deps) });
  const token = writeToken(deps);
  const cutoff = new Date(deps.clock.now().getTime() - options.olderThanSeconds * 1000).toISOString();
  const orders = await finder.listPending(cutoff, options.limit ?? 100);
  const report: ReconcileReport = { examined: orders.length, placed: 0, failed: 0, cancelled: 0, stillPending: 0, needsReview: 0, refundsMade: 0, noticesSent: 0, errors: 0 };
  for (const order of orders) {
    try {
      const outcome = await reconcileOne(deps, order, log, token);
      report[outcome] += 1;
    } catch (err) {
      report.errors += 1;
      deps.metrics?.count(ShopEvent.ReconcileError);
      log.error('reconciliation failed for an order', { orderId: order.orderId, error: describe(err) });
    }
  }
  for (const owed of await finder.listRefundsOwed(options.limit ?? 100)) {
    const asked = await requestRefund(deps, owed, log);
    if (asked.refundState !== 'requested') report.refundsMade += 1;
  }
  for (const owed of await finder.listOwedNotices(options.limit ?? 100)) {
    if (await sendOwedNotice(deps, owed, log)) report.noticesSent += 1;
  }
  deps.metrics?.count(ShopEvent.ReconcilePlaced, report.placed);
  deps.metrics?.count(ShopEvent.ReconcileFailed, report.failed + report.cancelled);
  deps.metrics?.count(ShopEvent.ReconcileStillPending, report.stillPending + report.needsReview);
  log.info('reconciliation finished', { ...report });
  return report;
}

type Outcome = 'placed' | 'failed' | 'cancelled' | 'stillPending' | 'needsReview';

async function reconcileOne(deps: ShopDeps, order: Order, log: Logger, token: string): Promise<Outcome> {
  let status: ChargeStatus;
  try {
    status = await deps.payments.lookup({
      idempotencyKey: order.orderId,
      chargeRef: order.chargeId,
      paymentCustomerRef: order.paymentCustomerRef,
      notBefore: order.confirmedAt ?? order.createdAt,
    });
  } catch (err) {
    if (err instanceof PaymentUnavailableError) return undecided(deps, order, log);
    throw err;
  }
  let settlement: Settlement;
  switch (status.status) {
    case 'succeeded':
      settlement = { outcome: 'placed', charge: status.charge };
      break;
    case 'declined':
      settlement = { outcome: 'failed', declineCode: status.declineCode };
      break;
    case 'not_found':
      // No charge was ever made for it (the turn died before its charge, or ran out of time).
      settlement = { outcome: 'cancelled', reason: CancelReason.NotCharged };
      break;
    default:
      return undecided(deps, order, log);
  }
  // its email goes out with the others owed, below
  const settled = await settleOrder(deps, order, settlement, { log, token, cancelledOwesNotice: true, sendNotice: false });
  if (settled.state === OrderState.Placed) return 'placed';
  if (settled.state === OrderState.Failed) return 'failed';
  if (settled.state === OrderState.Cancelled) return 'cancelled';
  return 'stillPending';
}

function undecided(deps: ShopDeps, order: Order, log: Logger): Outcome {
  const age = deps.clock.now().getTime() - new Date(order.confirmedAt ?? order.createdAt).getTime();
  if (age < REVIEW_AFTER_HOURS * 3600_000) return 'stillPending';
  log.error('payment still undecided after a day; settle it by hand', { orderId: order.orderId });
  return 'needsReview';
}

/** Error name and message only: never request contents. */
function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
}
