import type { ChargeResult } from '../ports/payments';
import type { Logger } from '../ports/runtime';
import { emptyCart, hasSettled, withOrderTakenOut } from './cart';
import { schedulerOf, writeToken, type ShopDeps } from './context';
import { within } from './deadline';
import { CartVersionConflictError, OrderStateConflictError, PaymentUnavailableError } from './errors';
import { CancelReason, NoticeKind, OrderSource, OrderState, type Order } from './order';
import { addBusinessDays } from './pricing';

/** How the payment step of a PENDING order ended. */
export type Settlement =
  | { outcome: 'placed'; charge: ChargeResult }
  /** declined by the bank, or the request refused by the provider; nothing was charged */
  | { outcome: 'failed'; declineCode?: string; failureCode?: string }
  /** no charge was made, and none will be */
  | { outcome: 'cancelled'; reason: CancelReason };

export interface SettleOptions {
  log: Logger;
  /** the caller's write token: its own transition, applied but unanswered, is recognised as won */
  token: string;
  /**
   * A cancellation owes the shopper an email only when they may have been told the order was
   * being confirmed (reconciliation); a turn that cancels its own order has said so itself.
   * Placed and failed orders always owe one: every order that reached the bank is confirmed
   * by card and email.
   */
  cancelledOwesNotice?: boolean;
  /** send the email now (false: leave it in the queue for reconciliation, e.g. when no time is left) */
  sendNotice?: boolean;
}

/** How long a sender's claim on an email holds before another may take it over. */
export const NOTICE_LEASE_MS = 2 * 60_000;

const TARGET = { placed: OrderState.Placed, failed: OrderState.Failed, cancelled: OrderState.Cancelled } as const;

/**
 * The one place an order leaves PENDING, for the live "yes" and for reconciliation alike:
 * the final state, then giving back the day's spending, taking the ordered lines out of the
 * cart and the settlement email. Whoever calls, each step happens once per order: the state
 * change is conditional (a caller that finds the order already settled carries on with the
 * order as it is), and every later step is idempotent and keyed by the order id. Returns the
 * order as it ended, which may be another caller's outcome.
 */
export async function settleOrder(deps: ShopDeps, pending: Order, settlement: Settlement, options: SettleOptions): Promise<Order> {
  const order = await finalState(deps, pending, settlement, options);
  await followUp(deps, order, options.log, { sendNotice: options.sendNotice ?? true });
  return order;
}

async function finalState(deps: ShopDeps, pending: Order, settlement: Settlement, options: SettleOptions): Promise<Order> {
  const to = TARGET[settlement.outcome];
  const at = deps.clock.now();
  const patch: Partial<Order> = { updatedAt: at.toISOString(), transitionToken: options.token };
  if (settlement.outcome === 'placed') {
    Object.assign(patch, {
      chargeId: settlement.charge.chargeId,
      placedAt: at.toISOString(),
      deliveryDate: addBusinessDays(at, deps.policy.deliveryDays).toISOString(),
      noticeOwed: NoticeKind.Placed,
    });
  } else if (settlement.outcome === 'failed') {
    Object.assign(patch, { declineCode: settlement.declineCode, failureCode: settlement.failureCode, noticeOwed: NoticeKind.Failed });
  } else {
    Object.assign(patch, { cancelReason: settlement.reason, ...(options.cancelledOwesNotice ? { noticeOwed: NoticeKind.Cancelled } : {}) });
  }
  try {
    const settled = await deps.orders.transition(pending.orderId, [OrderState.Pending], to, patch);
    options.log.info('order settled', {
      orderId: settled.orderId,
      state: settled.state,
      chargeId: settled.chargeId,
      declineCode: settled.declineCode,
      cancelReason: settled.cancelReason,
    });
    return settled;
  } catch (err) {
    if (!(err instanceof OrderStateConflictError)) throw err;
    const current = await deps.orders.get(pending.orderId);
    if (!current) throw err;
    if (current.transitionToken === options.token) return current; // ours: applied, answer lost
    options.log.info('order already settled by another caller', { orderId: current.orderId, state: current.state });
    return current;
  }
}

/**
 * What follows a final state, each step safe to repeat: spending back for an order that was
 * not charged, the ordered lines out of the cart, the email. A step that fails is logged and
 * left: the order's state is the truth, the next checkout takes ordered lines out of a cart,
 * and reconciliation sends any email still owed.
 */
export async function followUp(deps: ShopDeps, order: Order, log: Logger, options: { sendNotice: boolean }): Promise<void> {
  if ((order.state === OrderState.Failed || order.state === OrderState.Cancelled) && order.spendDay) {
    await releaseSpend(deps, order, log);
  }
  if (order.state === OrderState.Placed && order.source === OrderSource.Cart) await takeOutOfCart(deps, order, log);
  if (options.sendNotice && order.noticeOwed && order.noticeSentKind !== order.noticeOwed) await sendOwedNotice(deps, order, log);
}

/** Gives back the spending reserved for an order that was not charged; once per order, whoever asks. */
export async function releaseSpend(deps: ShopDeps, order: Pick<Order, 'orderId' | 'customerId' | 'spendDay'>, log: Logger): Promise<void> {
  if (!order.spendDay || !deps.voiceSecurity) return;
  try {
    await deps.voiceSecurity.releaseSpend(order.customerId, order.spendDay, order.orderId);
  } catch (err) {
    // The limit only ever errs strict: an unreleased reservation blocks spending, never allows it.
    log.warn('could not give back daily spending', { orderId: order.orderId, error: errorName(err) });
  }
}

async function takeOutOfCart(deps: ShopDeps, order: Order, log: Logger): Promise<void> {
  const token = writeToken(deps);
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      const cart = (await deps.carts.get(order.userKey)) ?? emptyCart(order.userKey);
      if (hasSettled(cart, order.orderId) || cart.writeToken === token) return;
      if (cart.lines.length === 0) return;
      await deps.carts.save({ ...withOrderTakenOut(cart, order), writeToken: token });
      return;
    } catch (err) {
      if (!(err instanceof CartVersionConflictError)) {
        log.warn('could not take ordered lines out of the cart', { orderId: order.orderId, error: errorName(err) });
        return;
      }
    }
  }
  log.warn('cart kept changing; ordered lines left for the next checkout', { orderId: order.orderId });
}

/**
 * Sends the settlement email an order owes, once: the sender claims it first (a claim older than
 * the lease is a sender that died and may be taken over), sends, then records it as sent.
 */
export async function sendOwedNotice(deps: ShopDeps, order: Pick<Order, 'orderId'>, log: Logger): Promise<boolean> {
  if (!deps.notifier) return false;
  const now = deps.clock.now();
  let claimed: Order | undefined;
  try {
    claimed = await deps.orders.claimNotice(order.orderId, now.toISOString(), new Date(now.getTime() - NOTICE_LEASE_MS).toISOString());
  } catch (err) {
    log.warn('could not claim the order email; reconciliation will send it', { orderId: order.orderId, error: errorName(err) });
    return false;
  }
  if (!claimed || !claimed.noticeOwed) return false;
  try {
    const customer = await deps.customers.get(claimed.customerId);
    if (!customer) throw new Error('no customer record');
    const outcome = claimed.noticeOwed;
    await deps.notifier.orderSettled({ outcome, order: claimed, customer });
    await deps.orders.noticeSent(claimed.orderId, deps.clock.now().toISOString(), outcome);
    log.info('order email sent', { orderId: claimed.orderId, outcome });
    return true;
  } catch (err) {
    log.warn('order email not sent; reconciliation will try again', { orderId: claimed.orderId, error: errorName(err) });
    return false;
  }
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : 'unknown';
}

/** What became of a cancelled order's refund when the shopper asked. */
export type RefundOutcome = 'refunded' | 'refund-pending' | 'refund-requested';

interface CancelOptions {
  log: Logger;
  token: string;
  sendNotice?: boolean;
  /** a turn waits this long for the refund; past it, reconciliation finishes it */
  refundWithinMs?: number;
}

/**
 * Cancels a placed order the shopper asked to cancel and gives the money back: CANCELLED first
 * (one conditional write, so the shop stops fulfilling it and a second cancel finds it done),
 * then the refund under the key `refund:<orderId>` — the provider makes it once however often it
 * is asked — then the email. A refund whose answer is unknown stays asked for, and
 * reconciliation asks again until the provider confirms it. Returns the order as it ended, and
 * whether it was this call that cancelled it.
 */
export function cancelPlacedOrder(deps: ShopDeps, order: Order, options: CancelOptions): Promise<{ order: Order; cancelledNow: boolean; refund?: RefundOutcome }> {
  return cancelAndRefund(deps, order, CancelReason.CustomerCancelled, options);
}

async function cancelAndRefund(
  deps: ShopDeps,
  order: Order,
  reason: typeof CancelReason.CustomerCancelled | typeof CancelReason.ShopCancelled,
  options: CancelOptions,
): Promise<{ order: Order; cancelledNow: boolean; refund?: RefundOutcome }> {
  const at = deps.clock.now().toISOString();
  let cancelled: Order;
  try {
    cancelled = await deps.orders.transition(order.orderId, [OrderState.Placed], OrderState.Cancelled, {
      cancelReason: reason,
      cancelledAt: at,
      updatedAt: at,
      refundState: 'requested',
      noticeOwed: NoticeKind.Refunded,
      transitionToken: options.token,
    });
  } catch (err) {
    if (!(err instanceof OrderStateConflictError)) throw err;
    const current = (await deps.orders.get(order.orderId)) ?? order;
    if (current.transitionToken !== options.token) return { order: current, cancelledNow: false };
    cancelled = current;
  }
  options.log.info('placed order cancelled; refund requested', { orderId: cancelled.orderId, chargeId: cancelled.chargeId, cancelReason: reason });
  const refunded = await requestRefund(deps, cancelled, options.log, options.refundWithinMs);
  if (refunded.refundState !== 'requested' && (options.sendNotice ?? true)) await sendOwedNotice(deps, refunded, options.log);
  const refund: RefundOutcome = refunded.refundState === 'succeeded' ? 'refunded' : refunded.refundState === 'pending' ? 'refund-pending' : 'refund-requested';
  return { order: refunded, cancelledNow: true, refund };
}

/**
 * Asks the provider for a cancelled order's refund (again, if an earlier ask went unanswered);
 * records what it said. Safe to repeat: the same key yields the same refund.
 */
export async function requestRefund(deps: ShopDeps, order: Order, log: Logger, withinMs?: number): Promise<Order> {
  if (order.refundState !== 'requested' || !order.chargeId) return order;
  try {
    const asked = deps.payments.refund({ chargeId: order.chargeId, idempotencyKey: `refund:${order.orderId}`, reason: 'requested_by_customer' });
    const refund =
      withinMs === undefined ? await asked : await within(schedulerOf(deps), asked, Math.max(0, withinMs), () => new PaymentUnavailableError('refund did not answer in time'));
    const done = await deps.orders.transition(order.orderId, [OrderState.Cancelled], OrderState.Cancelled, {
      refundState: refund.status,
      refundId: refund.refundId,
      noticeOwed: NoticeKind.Refunded,
      updatedAt: deps.clock.now().toISOString(),
    });
    log.info('refund made', { orderId: order.orderId, refundId: refund.refundId, status: refund.status });
    return done;
  } catch (err) {
    log.warn('refund not confirmed yet; reconciliation will ask again', { orderId: order.orderId, error: errorName(err) });
    return order;
  }
}

// — after the order: the shop cancels a placed order (the fulfilment feed's cancelled event) —

/**
 * Cancels a placed order the shop cannot fulfil and gives the money back, by the same steps as a
 * shopper's cancel; only the reason differs, so the shopper hears and reads that the shop
 * cancelled. An order already cancelled (the shopper was quicker) is left as it is.
 */
export function cancelPlacedOrderForShop(deps: ShopDeps, order: Order, options: CancelOptions): Promise<{ order: Order; cancelledNow: boolean; refund?: RefundOutcome }> {
  return cancelAndRefund(deps, order, CancelReason.ShopCancelled, options);
}
