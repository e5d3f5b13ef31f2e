import type { ShopperNotice } from '../core/fulfilment-notices';
import type { Customer, Order } from '../core/order';

/**
 * How an order that reached the payment step ended: placed (charged), failed (declined or
 * refused by the provider, nothing charged), or cancelled (no charge was ever made).
 */
export interface SettledOrderNotice {
  /** refunded: a placed order the shopper cancelled, its charge given back */
  outcome: 'placed' | 'failed' | 'cancelled' | 'refunded';
  order: Order;
  customer: Customer;
}

/**
 * Tells a customer, outside the conversation, how an order ended: every order that reached the
 * payment step gets one such email (Amazon's rule for purchases by voice: card and email).
 */
export interface CustomerNotifier {
  orderSettled(notice: SettledOrderNotice): Promise<void>;
  // — after the order: order updates and reminders by email —
  /**
   * Emails a shopper an order update from the fulfilment feed (shipped, out for delivery,
   * delivered, delayed), a cart reminder or a back-in-stock notice. Optional: a notifier
   * without it leaves such emails in the outbox until one that has it is configured.
   */
  shopperNotice?(notice: ShopperNotice, customer: Customer): Promise<void>;
}

// — after the order: Alexa notifications (Proactive Events API) —

/** Who an Alexa notification goes to: the skill user who granted the notifications permission. */
export interface AlexaAudience {
  customerId: string;
  /** the Alexa user id (relevantAudience Unicast) */
  userId: string;
  /** the locale the permission came from: the notification's words are this locale's */
  locale: string;
  grantedAt: string;
}

/** Sends one notice as an Alexa notification. Rejects with one of the errors below. */
export interface AlexaNotificationSender {
  send(notice: ShopperNotice, audience: AlexaAudience, options: { referenceId: string; now: Date }): Promise<void>;
}

/** The shopper withdrew the notifications permission (403): nothing more goes to them until they grant it again. */
export class NotificationPermissionRevokedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotificationPermissionRevokedError';
  }
}

/** Too many notifications (429): the same one is sent again later, after `retryAfterMs` when the API said. */
export class NotificationRateLimitedError extends Error {
  readonly retryAfterMs?: number;
  constructor(message: string, options: { cause?: unknown; retryAfterMs?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'NotificationRateLimitedError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The API refused the request itself (400 and the like): sending it again would be refused again. */
export class NotificationRejectedError extends Error {
  readonly status: number;
  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotificationRejectedError';
    this.status = status;
  }
}

/** No answer, or a 5xx: whether it arrived is unknown, and it is tried again later. */
export class NotificationUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotificationUnavailableError';
  }
}
