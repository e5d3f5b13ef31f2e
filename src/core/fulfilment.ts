import { createHash } from 'node:crypto';
import { CancelReason, OrderState, type Order } from './order';

/**
 * What the merchant's fulfilment (or shipping) system tells the shop about an order, one event
 * at a time, through the fulfilment feed (POST /fulfilment/events). The order's status and its
 * delivery dates are read from these events and from nothing else: no event, no "on its way".
 */
export const FulfilmentKind = {
  /** the warehouse has the order: from now on it cannot be cancelled by voice */
  Accepted: 'accepted',
  Packed: 'packed',
  /** with a carrier, a tracking number and (usually) an estimated delivery date */
  Shipped: 'shipped',
  OutForDelivery: 'out-for-delivery',
  Delivered: 'delivered',
  /** a new delivery date; the order stays where it is */
  Delayed: 'delayed',
  /** the shop cannot deliver it: the order is cancelled and its charge refunded */
  Cancelled: 'cancelled',
} as const;
export type FulfilmentKind = (typeof FulfilmentKind)[keyof typeof FulfilmentKind];

/** Where fulfilment has an order (Order.fulfilmentState). */
export type FulfilmentStage = NonNullable<Order['fulfilmentState']>;

/** The stages in the only order they may follow; an event never moves an order back along it. */
const STAGES: readonly FulfilmentStage[] = ['handed-over', 'packed', 'shipped', 'out-for-delivery', 'delivered'];

const STAGE_OF: Partial<Record<FulfilmentKind, FulfilmentStage>> = {
  accepted: 'handed-over',
  packed: 'packed',
  shipped: 'shipped',
  'out-for-delivery': 'out-for-delivery',
  delivered: 'delivered',
};

/** The order updates a shopper is told about outside the conversation (email, Alexa notification). */
export const ShopperUpdate = {
  Shipped: 'shipped',
  OutForDelivery: 'out-for-delivery',
  Delivered: 'delivered',
  Delayed: 'delayed',
} as const;
export type ShopperUpdate = (typeof ShopperUpdate)[keyof typeof ShopperUpdate];

/** One event from the feed, checked. Dates are ISO 8601 times in UTC. */
export interface FulfilmentEvent {
  /** the sender's id for this event: the same id is the same event, applied once */
  eventId: string;
  orderId: string;
  kind: FulfilmentKind;
  /** when it happened at the warehouse or carrier (not when it was sent) */
  occurredAt: string;
  carrier?: string;
  trackingNumber?: string;
  /** shipped / out for delivery: when it should arrive */
  estimatedDelivery?: string;
  /** delayed: the new delivery date */
  newDeliveryDate?: string;
  /** delayed or cancelled: why, in the shop's words (may be read to the shopper) */
  reason?: string;
}

export type ParsedEvent = { ok: true; event: FulfilmentEvent } | { ok: false; problem: string };

const FIELDS = ['eventId', 'orderId', 'type', 'occurredAt', 'carrier', 'trackingNumber', 'estimatedDelivery', 'newDeliveryDate', 'reason'] as const;
const ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACKING = /^[A-Za-z0-9 -]{1,60}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A sender's clock may run a little ahead of ours; more than this is a mistake. */
const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Reads an event from the feed's JSON body. Every problem names the field and what was wrong
 * with it, so the sender can fix its side; unknown fields are refused too (a misspelt
 * "trackingNo" would otherwise be lost without a word).
 */
export function parseFulfilmentEvent(body: unknown, now: Date): ParsedEvent {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('the body must be a JSON object');
  const record = body as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) return fail(`unknown field ${unknown.map((k) => `"${k.slice(0, 40)}"`).join(', ')}; expected ${FIELDS.join(', ')}`);
  const eventId = record.eventId;
  if (typeof eventId !== 'string' || !ID.test(eventId)) return fail('eventId must be 1 to 128 letters, digits or . _ : -');
  const orderId = record.orderId;
  if (typeof orderId !== 'string' || !ID.test(orderId)) return fail('orderId must be 1 to 128 letters, digits or . _ : -');
  const kinds: readonly string[] = Object.values(FulfilmentKind);
  if (typeof record.type !== 'string' || !kinds.includes(record.type)) return fail(`type must be one of ${kinds.join(', ')}`);
  const kind = record.type as FulfilmentKind;
  const occurredAt = time(record.occurredAt);
  if (!occurredAt) return fail('occurredAt must be an ISO 8601 time with a time zone, like 2026-03-03T15:00:00Z');
  if (new Date(occurredAt).getTime() > now.getTime() + FUTURE_SKEW_MS) return fail(`occurredAt ${String(record.occurredAt)} is in the future`);
  const event: FulfilmentEvent = { eventId, orderId, kind, occurredAt };

  const text = (name: 'carrier' | 'reason', max: number): string | undefined | false => {
    const value = record[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '' || value.length > max || /[\u0000-\u001f]/.test(value)) return false;
    return value.trim();
  };
  const carrier = text('carrier', 60);
  if (carrier === false) return fail('carrier must be a name of 1 to 60 characters');
  const reason = text('reason', 200);
  if (reason === false) return fail('reason must be text of 1 to 200 characters');
  if (record.trackingNumber !== undefined && (typeof record.trackingNumber !== 'string' || !TRACKING.test(record.trackingNumber.trim()))) {
    return fail('trackingNumber must be 1 to 60 letters, digits, spaces or hyphens');
  }
  const trackingNumber = typeof record.trackingNumber === 'string' ? record.trackingNumber.trim() : undefined;

  for (const name of ['estimatedDelivery', 'newDeliveryDate'] as const) {
    if (record[name] === undefined) continue;
    const day = date(record[name]);
    if (!day) return fail(`${name} must be a date like 2026-03-05 (or an ISO 8601 time)`);
    // a delivery date is a day: one before today (UTC) is a date in the past, and says nothing true
    if (day.slice(0, 10) < now.toISOString().slice(0, 10)) return fail(`${name} ${String(record[name])} is in the past`);
    event[name] = day;
  }

  if (kind === FulfilmentKind.Shipped) {
    if (!carrier) return fail('a shipped event needs carrier');
    if (!trackingNumber) return fail('a shipped event needs trackingNumber');
  }
  if (kind === FulfilmentKind.Delayed && !event.newDeliveryDate) return fail('a delayed event needs newDeliveryDate');
  if (kind !== FulfilmentKind.Delayed && event.newDeliveryDate) return fail(`newDeliveryDate belongs to a delayed event, not ${kind}`);
  if (event.estimatedDelivery && kind !== FulfilmentKind.Shipped && kind !== FulfilmentKind.OutForDelivery) {
    return fail(`estimatedDelivery belongs to a shipped or out-for-delivery event, not ${kind}`);
  }
  if (carrier) event.carrier = carrier;
  if (trackingNumber) event.trackingNumber = trackingNumber;
  if (reason) event.reason = reason;
  return { ok: true, event };
}

function fail(problem: string): ParsedEvent {
  return { ok: false, problem };
}

/** An ISO 8601 time with a zone, as UTC ISO; undefined when it is not one. */
function time(value: unknown): string | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** A day (2026-03-05) or a time, as the UTC ISO time the shop keeps dates in. */
function date(value: unknown): string | undefined {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const at = new Date(`${value}T00:00:00.000Z`);
    return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value ? undefined : at.toISOString();
  }
  return time(value);
}

/**
 * A fingerprint of what an event says, so a repeated event id can be told apart: the same
 * event sent again (a retry) or a different event reusing an id (a sender's mistake).
 */
export function eventFingerprint(event: FulfilmentEvent): string {
  const canonical = Object.keys(event)
    .sort()
    .map((key) => [key, event[key as keyof FulfilmentEvent]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** What an event does to an order, decided before anything is written. */
export type FulfilmentPlan =
  | {
      apply: true;
      /** fields to set on the order (its state stays PLACED) */
      patch: Partial<Order>;
      /** the shopper is told (email, Alexa notification) */
      update?: ShopperUpdate;
      /** the shop cancels the order: CANCELLED and refunded through settlement */
      cancel?: boolean;
    }
  | { apply: false; problem: string };

/**
 * The one rule for applying a fulfilment event to an order: only a placed order takes events;
 * an event older than the order's latest update changes nothing; a stage never goes back
 * (packed after shipped is refused); the same stage again updates its details (a corrected
 * tracking number) without telling the shopper twice.
 */
export function planFulfilment(order: Order, event: FulfilmentEvent, now: Date): FulfilmentPlan {
  if (order.state === OrderState.Cancelled) return refuse(`order ${order.orderNumber} is cancelled`);
  if (order.state === OrderState.Pending) return refuse(`order ${order.orderNumber} is not placed yet: its payment is still being confirmed`);
  if (order.state !== OrderState.Placed) return refuse(`order ${order.orderNumber} was never placed`);
  if (order.fulfilmentAt && event.occurredAt < order.fulfilmentAt) {
    return refuse(`the event happened at ${event.occurredAt}, before the order's latest update (${order.fulfilmentAt}); it changes nothing`);
  }
  const current = order.fulfilmentState;
  const base: Partial<Order> = {
    fulfilmentAt: event.occurredAt,
    fulfilmentVersion: (order.fulfilmentVersion ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  if (event.kind === FulfilmentKind.Cancelled) {
    if (current === 'delivered') return refuse(`order ${order.orderNumber} was delivered; a return is not a cancellation`);
    return { apply: true, patch: { ...base, ...(event.reason ? { shopCancelReason: event.reason } : {}) }, cancel: true };
  }
  if (event.kind === FulfilmentKind.Delayed) {
    if (current === 'delivered') return refuse(`order ${order.orderNumber} was delivered; it cannot be delayed`);
    const patch: Partial<Order> = { ...base, estimatedDelivery: event.newDeliveryDate, delayedAt: event.occurredAt };
    if (event.reason) patch.delayReason = event.reason;
    return { apply: true, patch, update: ShopperUpdate.Delayed };
  }
  const stage = STAGE_OF[event.kind] as FulfilmentStage;
  const from = current ? STAGES.indexOf(current) : -1;
  const to = STAGES.indexOf(stage);
  if (to < from) return refuse(`order ${order.orderNumber} is already ${current}; ${event.kind} would move it back`);
  const patch: Partial<Order> = { ...base, fulfilmentState: stage };
  if (event.carrier) patch.carrier = event.carrier;
  if (event.trackingNumber) patch.trackingNumber = event.trackingNumber;
  if (event.estimatedDelivery) patch.estimatedDelivery = event.estimatedDelivery;
  if (event.kind === FulfilmentKind.Delivered) patch.deliveredAt = event.occurredAt;
  const news = to > from && (stage === 'shipped' || stage === 'out-for-delivery' || stage === 'delivered');
  return { apply: true, patch, ...(news ? { update: stage as ShopperUpdate } : {}) };
}

function refuse(problem: string): FulfilmentPlan {
  return { apply: false, problem };
}

/** When the order should arrive as far as the shop knows: the feed's latest date, else the promise. */
export function expectedDelivery(order: Order): string | undefined {
  return order.estimatedDelivery ?? order.deliveryDate;
}

/** A placed order the shop cancelled through the feed. */
export function cancelledByShop(order: Order): boolean {
  return order.state === OrderState.Cancelled && order.cancelReason === CancelReason.ShopCancelled;
}

/** Delivered, as the feed said. */
export function isDelivered(order: Order): boolean {
  return order.fulfilmentState === 'delivered';
}
