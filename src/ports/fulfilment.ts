import type { Order } from '../core/order';
import type { RequestHeaders } from './inbound-auth';

/**
 * Ports of the fulfilment feed: who may post events (a signature over the raw body), what was
 * received (so an event is applied once), and the one write an event makes to an order.
 */

/** The verdict on a feed call. `reason` names the check that failed and is safe to send back: it never carries the body or the secret. */
export type FeedAuthVerdict = { ok: true } | { ok: false; reason: string; /** the secret could not be loaded: nobody is let in */ unavailable?: boolean };

/** Checks the signature a fulfilment system puts on each event (see src/infra/fulfilment/hmac-signature.ts for the scheme). */
export interface FulfilmentFeedAuthenticator {
  verify(request: { rawBody: Buffer; headers: RequestHeaders }): Promise<FeedAuthVerdict>;
}

/** What became of an event id. */
export const EventStatus = { Processing: 'processing', Applied: 'applied', Rejected: 'rejected' } as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

/** One received event, as recorded: the audit trail of the feed and its idempotency key. */
export interface FulfilmentEventRecord {
  /** the sender's event id; rejected bodies without a usable id get a key of their own */
  eventId: string;
  status: EventStatus;
  receivedAt: string;
  orderId?: string;
  kind?: string;
  /** what the event said (eventFingerprint): the same id with another fingerprint is another event */
  fingerprint?: string;
  /** why it was refused, as the sender was told */
  reason?: string;
  httpStatus?: number;
  appliedAt?: string;
  /** a refused body recorded under a key of its own: the event id it carried, if any */
  sentEventId?: string;
}

export interface FulfilmentEventLog {
  get(eventId: string): Promise<FulfilmentEventRecord | undefined>;
  /**
   * Takes an event id for processing: succeeds when the id is new, was rejected before (a
   * corrected retry), or was claimed before `staleBefore` by a process that never finished.
   * False when it is applied or being applied by another caller.
   */
  claim(record: FulfilmentEventRecord, staleBefore: string): Promise<boolean>;
  /** records how a claimed event ended (applied or rejected) */
  finish(record: FulfilmentEventRecord): Promise<void>;
  /** records a refused body that never got a claim (malformed, or its id refused) under a key of its own */
  note(record: FulfilmentEventRecord): Promise<void>;
}

/** Another event updated the order since it was read: read it again and decide again. */
export class FulfilmentConflictError extends Error {
  readonly orderId: string;
  constructor(orderId: string, options?: { cause?: unknown }) {
    super(`order ${orderId} changed while a fulfilment event was being applied`, options);
    this.name = 'FulfilmentConflictError';
    this.orderId = orderId;
  }
}

/**
 * The one write a fulfilment event makes to an order: its fulfilment fields, only while the
 * order is PLACED and its `fulfilmentVersion` is still the one read (FulfilmentConflictError
 * otherwise). It leaves the order's state, money fields and email queue alone.
 */
export interface FulfilmentOrderWriter {
  apply(orderId: string, expectedVersion: number, patch: Partial<Order>): Promise<Order>;
}
