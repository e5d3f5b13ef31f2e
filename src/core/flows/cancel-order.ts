import type { TurnContext } from '../context';
import { SlotName } from '../intents';
import { OrderState, type Order } from '../order';
import type { ShopPolicy } from '../pricing';
import { spellDigits } from '../replies';
import { cancelPlacedOrder } from '../settlement';
import type { Reply } from '../turn';
import { itemsOf } from './history';
import { cancelledByShopper, findByNumber, findInHistory, ORDERS_READ, saidName, spokenNumber } from './orders';
import { cancelPending } from './purchase';

/** Minutes after placing in which an order may be cancelled by voice, when the policy names none. */
export const DEFAULT_CANCEL_WINDOW_MINUTES = 30;

export function cancelWindowMinutes(policy: ShopPolicy): number {
  return policy.cancelWindowMinutes ?? DEFAULT_CANCEL_WINDOW_MINUTES;
}

/** Whether an order may be cancelled by voice now, and if not, why. */
export type Cancellability = 'cancellable' | 'window-passed' | 'with-fulfilment' | 'still-confirming' | 'already-cancelled' | 'not-placed';

/**
 * The hook for fulfilment: an order it has taken can no longer be stopped by voice, whatever the
 * window says. No fulfilment feed writes `fulfilmentState` yet; when one does, this is the only
 * place that needs to know.
 */
export function handedToFulfilment(order: Order): boolean {
  return order.fulfilmentState !== undefined;
}

/** The one rule for cancelling by voice: a placed order, not yet with fulfilment, within the window. */
export function cancellability(order: Order, policy: ShopPolicy, now: Date): Cancellability {
  if (cancelledByShopper(order)) return 'already-cancelled';
  if (order.state === OrderState.Pending) return 'still-confirming';
  if (order.state !== OrderState.Placed) return 'not-placed';
  if (handedToFulfilment(order)) return 'with-fulfilment';
  const placedAt = new Date(order.placedAt ?? order.confirmedAt ?? order.createdAt).getTime();
  return now.getTime() - placedAt <= cancelWindowMinutes(policy) * 60_000 ? 'cancellable' : 'window-passed';
}

/**
 * "cancel my order", "cancel order 1 2 3 4 …", "cancel the coffee order", "undo that order":
 * finds the order (named by number or product, else the newest one that can still be cancelled)
 * and asks before anything happens. Said while the purchase question is open, it answers that
 * question: nothing is placed.
 */
export async function cancelOrder(ctx: TurnContext): Promise<Reply> {
  if (ctx.state.pending) {
    await cancelPending(ctx);
    return ctx.ask(ctx.msgs.orderCancelled, ctx.msgs.anythingElse);
  }
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionCancelOrder);
  const all = await ctx.deps.orders.listByCustomer(identity.customer.customerId, ORDERS_READ);
  const now = ctx.deps.clock.now();
  const numberSlot = ctx.slot(SlotName.OrderNumber);
  const named = ctx.slot(SlotName.Product);
  // "my last order", "meine letzte Bestellung": the newest, not a product called "last"
  const productSlot =
    named &&
    !named.id &&
    /^(?:(?:my|the|meine|die)\s+)?(?:last|latest|newest|recent|most recent|letzte|neueste|jüngste)(?:\s+(?:one|order|bestellung))?$/.test(named.value.toLowerCase().trim())
      ? undefined
      : named;
  let order: Order | undefined;
  if (numberSlot) {
    // only this shopper's own orders are looked in: another's number is simply not found
    order = findByNumber(all, numberSlot.id ?? numberSlot.value);
    if (!order) return ctx.ask(ctx.msgs.orderNumberNotFound(spokenNumber(numberSlot.value)), ctx.msgs.anythingElse);
  } else {
    const theirs = all.filter((o) => o.state === OrderState.Placed || o.state === OrderState.Pending || cancelledByShopper(o));
    if (theirs.length === 0) return ctx.ask(ctx.msgs.cancelNothing, ctx.msgs.anythingElse);
    if (productSlot) {
      // of the orders with that product, one that can still be cancelled first
      const open = theirs.filter((o) => cancellability(o, ctx.policy, now) === 'cancellable');
      const match = (await findInHistory(ctx, open, productSlot)) ?? (await findInHistory(ctx, theirs, productSlot));
      if (!match) return ctx.ask(ctx.msgs.cancelNoMatch(saidName(ctx, productSlot)), ctx.msgs.anythingElse);
      order = match.order;
    } else {
      order = theirs.find((o) => cancellability(o, ctx.policy, now) === 'cancellable') ?? theirs.find((o) => !cancelledByShopper(o)) ?? theirs[0];
    }
  }
  const verdict = cancellability(order, ctx.policy, now);
  if (verdict !== 'cancellable') return cannotCancel(ctx, order, verdict);
  ctx.state.awaiting = 'cancel-order';
  ctx.state.cancelOrderId = order.orderId;
  const number = spellDigits(order.orderNumber);
  return ctx.ask(ctx.msgs.cancelAsk(number, itemsOf(ctx, order, 2), ctx.price(order.total)), ctx.msgs.cancelAskReprompt(number));
}

/**
 * The yes to "Cancel order …?": the rule is checked again (the window may have closed, or
 * fulfilment taken it, since the question), then settlement cancels, refunds and emails. What
 * the shopper hears is what became of the refund.
 */
export async function confirmCancel(ctx: TurnContext): Promise<Reply> {
  const orderId = ctx.state.cancelOrderId;
  ctx.state.cancelOrderId = undefined;
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionCancelOrder);
  const order = orderId ? await ctx.deps.orders.get(orderId) : undefined;
  if (!order || order.customerId !== identity.customer.customerId) return ctx.ask(ctx.msgs.nothingToConfirm, ctx.msgs.searchEmptyQuery);
  const verdict = cancellability(order, ctx.policy, ctx.deps.clock.now());
  if (verdict !== 'cancellable') return cannotCancel(ctx, order, verdict);
  // the refund gets what is left of the turn; a slower one is finished by reconciliation, and said so
  const refundWithinMs = ctx.deadline.remainingMs() - ctx.budget.saveReserveMs;
  const result = await cancelPlacedOrder(ctx.deps, order, { log: ctx.log, token: ctx.token, refundWithinMs });
  if (!result.cancelledNow || !result.refund) {
    // someone else (another device, a second yes) got there first: say how the order stands now
    return cannotCancel(ctx, result.order, cancellability(result.order, ctx.policy, ctx.deps.clock.now()));
  }
  const number = spellDigits(order.orderNumber);
  const total = ctx.price(order.total);
  const card = { title: ctx.msgs.cancelCardTitle, text: ctx.msgs.cancelCard(order.orderNumber, total, result.refund) };
  return ctx.ask(`${ctx.msgs.cancelDone(number, total, result.refund)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse, card);
}

/** The no to "Cancel order …?": the order stays as it is. */
export async function keepOrder(ctx: TurnContext): Promise<Reply> {
  const orderId = ctx.state.cancelOrderId;
  ctx.state.cancelOrderId = undefined;
  const order = orderId ? await ctx.deps.orders.get(orderId) : undefined;
  const kept = order ? ctx.msgs.cancelKept(spellDigits(order.orderNumber)) : ctx.msgs.nothingToCancel;
  return ctx.ask(`${kept} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
}

/** Why this order cannot be cancelled by voice, and what can be done instead. */
function cannotCancel(ctx: TurnContext, order: Order, verdict: Cancellability): Reply {
  const number = spellDigits(order.orderNumber);
  const { supportPhone, supportHours } = ctx.policy;
  const support = { title: ctx.msgs.humanCardTitle, text: ctx.msgs.humanCard(supportPhone, supportHours) };
  switch (verdict) {
    case 'already-cancelled':
      return ctx.ask(`${ctx.msgs.cancelAlready(number)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
    case 'still-confirming':
      return ctx.ask(`${ctx.msgs.cancelStillConfirming(number)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
    case 'not-placed':
      return ctx.ask(`${ctx.msgs.statusFailed(number)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
    case 'with-fulfilment':
      return ctx.ask(ctx.msgs.cancelInFulfilment(itemsOf(ctx, order, 1), supportPhone, supportHours), ctx.msgs.anythingElse, support);
    case 'window-passed':
    default:
      return ctx.ask(ctx.msgs.cancelTooLate(itemsOf(ctx, order, 1), cancelWindowMinutes(ctx.policy), supportPhone, supportHours), ctx.msgs.anythingElse, support);
  }
}
