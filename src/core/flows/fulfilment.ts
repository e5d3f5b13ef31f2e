import { EventStatus, FulfilmentConflictError, type FulfilmentEventLog, type FulfilmentEventRecord, type FulfilmentOrderWriter } from '../../ports/fulfilment';
import { ShopEvent } from '../../ports/metrics';
import type { Logger } from '../../ports/runtime';
import { writeToken, type ShopDeps } from '../context';
import { eventFingerprint, expectedDelivery, parseFulfilmentEvent, planFulfilment, ShopperUpdate, type FulfilmentEvent } from '../fulfilment';
import type { OrderUpdateNotice } from '../fulfilment-notices';
import { OrderState, type Order } from '../order';
import { cancelPlacedOrderForShop } from '../settlement';
import { deliver, enqueueNotice } from './reminders-outbox';

/** What the feed needs beyond the shop: the record of received events and the order write. */
export interface FulfilmentFeedDeps extends ShopDeps {
  fulfilmentEvents: FulfilmentEventLog;
  fulfilmentOrders: FulfilmentOrderWriter;
}

/** The answer to one posted event: an HTTP status and a body that says what happened, or why not. */
export type FeedAnswer =
  | { status: 200; body: { outcome: 'applied' | 'duplicate'; eventId: string; orderId: string; state: string } }
  | { status: 400 | 409; body: { outcome: 'rejected'; error: string; eventId?: string } };

/** A claim on an event id older than this is a process that died mid-way; another may take it over. */
export const CLAIM_LEASE_MS = 60_000;
/** An order changed by another event meanwhile is read again and decided again, this many times. */
const ATTEMPTS = 3;
/** The feed waits this long for a shop-cancelled order's refund; past it, reconciliation finishes it. */
const REFUND_WITHIN_MS = 4000;

/**
 * One event from the merchant's fulfilment system, already authenticated: parsed, applied once
 * (by its id: the same event again is a duplicate, answered as before; another event reusing
 * the id is refused), never moving an order backwards, and every refusal recorded with its
 * reason. A shop cancellation refunds through settlement; shipped, out for delivery, delivered
 * and delayed go to the shopper (email always, Alexa where allowed); delivered also queues the
 * one feedback question for the shopper's next session.
 */
export async function receiveFulfilmentEvent(deps: FulfilmentFeedDeps, rawBody: string, log: Logger): Promise<FeedAnswer> {
  const now = deps.clock.now();
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch (err) {
    return refuseUnclaimed(deps, log, 400, `the body is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = parseFulfilmentEvent(body, now);
  if (!parsed.ok) {
    const eventId = typeof (body as { eventId?: unknown })?.eventId === 'string' ? (body as { eventId: string }).eventId.slice(0, 128) : undefined;
    return refuseUnclaimed(deps, log, 400, parsed.problem, eventId);
  }
  const event = parsed.event;
  const fingerprint = eventFingerprint(event);
  const receipt: FulfilmentEventRecord = {
    eventId: event.eventId,
    status: EventStatus.Processing,
    receivedAt: now.toISOString(),
    orderId: event.orderId,
    kind: event.kind,
    fingerprint,
  };

  const earlier = await deps.fulfilmentEvents.get(event.eventId);
  const repeat = earlier && repeatAnswer(earlier, event, fingerprint, now);
  if (repeat) return counted(deps, repeat);
  if (!(await deps.fulfilmentEvents.claim(receipt, new Date(now.getTime() - CLAIM_LEASE_MS).toISOString()))) {
    const current = await deps.fulfilmentEvents.get(event.eventId);
    return counted(
      deps,
      (current && repeatAnswer(current, event, fingerprint, now)) ?? reject(409, `event ${event.eventId} is being applied right now; send it again in a minute`, event.eventId),
    );
  }

  const finish = async (answer: FeedAnswer): Promise<FeedAnswer> => {
    const ended: FulfilmentEventRecord =
      answer.status === 200
        ? { ...receipt, status: EventStatus.Applied, appliedAt: deps.clock.now().toISOString(), httpStatus: 200 }
        : { ...receipt, status: EventStatus.Rejected, reason: answer.body.error, httpStatus: answer.status };
    await deps.fulfilmentEvents.finish(ended);
    if (answer.status !== 200)
      log.warn('fulfilment event refused', { eventId: event.eventId, orderId: event.orderId, kind: event.kind, status: answer.status, reason: answer.body.error });
    return counted(deps, answer);
  };

  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const order = await deps.orders.get(event.orderId);
    if (!order) return finish(reject(400, `no order ${event.orderId}`, event.eventId));
    const plan = planFulfilment(order, event, deps.clock.now());
    if (!plan.apply) return finish(reject(409, plan.problem, event.eventId));
    let updated: Order;
    try {
      updated = await deps.fulfilmentOrders.apply(order.orderId, order.fulfilmentVersion ?? 0, plan.patch);
    } catch (err) {
      // another event for the same order got there first: decide again on the order as it is now
      if (err instanceof FulfilmentConflictError && attempt < ATTEMPTS) continue;
      if (err instanceof FulfilmentConflictError) return finish(reject(409, `order ${order.orderNumber} kept changing; send the event again`, event.eventId));
      throw err;
    }
    log.info('fulfilment event applied', { eventId: event.eventId, orderId: updated.orderId, kind: event.kind, fulfilmentState: updated.fulfilmentState });
    if (plan.cancel) {
      const { order: cancelled } = await cancelPlacedOrderForShop(deps, updated, { log, token: writeToken(deps), refundWithinMs: REFUND_WITHIN_MS });
      return finish(applied(event, cancelled.state === OrderState.Cancelled ? 'cancelled' : cancelled.state));
    }
    if (plan.update) await tellShopper(deps, updated, plan.update, log);
    return finish(applied(event, updated.fulfilmentState ?? 'placed'));
  }
  return finish(reject(409, 'the order kept changing; send the event again', event.eventId));
}

/** The shopper hears about it: the notice is written down, then sent at once as far as it goes. */
async function tellShopper(deps: ShopDeps, order: Order, update: ShopperUpdate, log: Logger): Promise<void> {
  const notice: OrderUpdateNotice = {
    kind: 'order-update',
    update,
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    sellerName: order.sellerName,
    items: order.lines.map((l) => l.name),
    ...(order.carrier ? { carrier: order.carrier } : {}),
    ...(order.trackingNumber ? { trackingNumber: order.trackingNumber } : {}),
    ...(expectedDelivery(order) ? { expectedDelivery: expectedDelivery(order) } : {}),
    ...(order.deliveredAt ? { deliveredAt: order.deliveredAt } : {}),
    ...(order.delayReason && update === ShopperUpdate.Delayed ? { delayReason: order.delayReason } : {}),
  };
  try {
    const messages = await enqueueNotice(deps, order.customerId, notice);
    if (update === ShopperUpdate.Delivered && deps.feedback) {
      await deps.feedback.askLater({ customerId: order.customerId, orderId: order.orderId, deliveredAt: order.deliveredAt ?? deps.clock.now().toISOString() });
    }
    // sent now as far as it goes; what is left stays due for the scheduled run
    await deliver(deps, messages, log);
  } catch (err) {
    // the event is applied either way: the order's state is the truth, and what is queued is sent later
    log.warn('could not tell the shopper about an order update yet', { orderId: order.orderId, update, error: err instanceof Error ? err.name : 'unknown' });
  }
}

/** An event id seen before: the same event is a duplicate, a different one a reused id. */
function repeatAnswer(earlier: FulfilmentEventRecord, event: FulfilmentEvent, fingerprint: string, now: Date): FeedAnswer | undefined {
  if (earlier.status === EventStatus.Rejected) return undefined; // a corrected retry of a refused event is welcome
  if (earlier.fingerprint !== fingerprint) return reject(409, `event id ${event.eventId} was already used for a different event`, event.eventId);
  if (earlier.status === EventStatus.Applied) return { status: 200, body: { outcome: 'duplicate', eventId: event.eventId, orderId: event.orderId, state: 'unchanged' } };
  const stale = new Date(earlier.receivedAt).getTime() < now.getTime() - CLAIM_LEASE_MS;
  return stale ? undefined : reject(409, `event ${event.eventId} is being applied right now; send it again in a minute`, event.eventId);
}

async function refuseUnclaimed(deps: FulfilmentFeedDeps, log: Logger, status: 400, problem: string, eventId?: string): Promise<FeedAnswer> {
  const at = deps.clock.now().toISOString();
  // recorded under a key of its own: a refused body never takes an event id from a real event
  await deps.fulfilmentEvents.note({
    eventId: `refused:${at}:${writeToken(deps)}`,
    status: EventStatus.Rejected,
    receivedAt: at,
    reason: problem,
    httpStatus: status,
    ...(eventId ? { sentEventId: eventId } : {}),
  });
  log.warn('fulfilment event refused', { eventId, status, reason: problem });
  return counted(deps, reject(status, problem, eventId));
}

function applied(event: FulfilmentEvent, state: string): FeedAnswer {
  return { status: 200, body: { outcome: 'applied', eventId: event.eventId, orderId: event.orderId, state } };
}

function reject(status: 400 | 409, error: string, eventId?: string): FeedAnswer {
  return { status, body: { outcome: 'rejected', error, ...(eventId ? { eventId } : {}) } };
}

function counted(deps: ShopDeps, answer: FeedAnswer): FeedAnswer {
  const event =
    answer.status !== 200 ? ShopEvent.FulfilmentEventRejected : answer.body.outcome === 'duplicate' ? ShopEvent.FulfilmentEventDuplicate : ShopEvent.FulfilmentEventApplied;
  deps.metrics?.count(event);
  return answer;
}
