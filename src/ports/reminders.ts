import type { ShopperNotice } from '../core/fulfilment-notices';
import type { AlexaAudience } from './notifications';

/**
 * Ports for what the shop sends on its own: the outbox every such message waits in until it is
 * sent (retried, never lost), who allowed Alexa notifications, and the reminders shoppers asked
 * for (a product back in stock, a cart left behind).
 */

export const MessageChannel = { Email: 'email', Alexa: 'alexa' } as const;
export type MessageChannel = (typeof MessageChannel)[keyof typeof MessageChannel];

export const MessageStatus = {
  /** waiting to be sent (again) at `dueAt` */
  Due: 'due',
  Sent: 'sent',
  /** never to be sent: the permission was withdrawn, the API refused it, or it kept failing */
  Dropped: 'dropped',
} as const;
export type MessageStatus = (typeof MessageStatus)[keyof typeof MessageStatus];

/** One message to one shopper on one channel. */
export interface OutboundMessage {
  /** stable: the same notice to the same shopper on the same channel has the same id */
  messageId: string;
  channel: MessageChannel;
  customerId: string;
  /** the Alexa user it goes to (channel alexa) */
  audience?: AlexaAudience;
  notice: ShopperNotice;
  status: MessageStatus;
  createdAt: string;
  dueAt: string;
  attempts: number;
  /** why the last attempt failed, or why it was dropped (an error name and status, never contents) */
  lastError?: string;
  sentAt?: string;
}

export interface NotificationOutbox {
  /** adds messages; one whose id is already there is left as it is (so it is sent once) */
  enqueue(messages: readonly OutboundMessage[]): Promise<void>;
  /** messages due at or before `now` (ISO), oldest first */
  due(now: string, limit: number): Promise<OutboundMessage[]>;
  /** records an attempt's outcome: sent, dropped, or due again later */
  update(message: OutboundMessage): Promise<void>;
}

/** Who may get Alexa notifications: kept from the skill's permission events. */
export interface AlexaAudienceStore {
  grant(audience: AlexaAudience): Promise<void>;
  /** the permission is gone for this Alexa user (withdrawn in the app, or a 403 from the API) */
  revoke(userId: string): Promise<void>;
  forCustomer(customerId: string): Promise<AlexaAudience[]>;
}

/** "Tell me when paper towels are back in stock." */
export interface StockWatch {
  customerId: string;
  sku: string;
  productName: string;
  locale: string;
  createdAt: string;
}

/**
 * "Remind me about my cart": the shopper's cart, looked at every so often. A reminder goes once
 * the cart has held items, unchanged, for the configured time, and once per cart as it was left.
 */
export interface CartWatch {
  customerId: string;
  /** the carts the shopper asked from (`alexa:<userId>`, `dialogflow:<userId>`) */
  userKeys: string[];
  locale: string;
  createdAt: string;
  /** when to look next (ISO) */
  checkAt: string;
  /** the cart version last seen, per user key, and when it was first seen at that version */
  seen?: Record<string, { version: number; at: string }>;
  /** the cart version a reminder went out for, per user key: never twice for the same cart */
  remindedVersion?: Record<string, number>;
}

export interface ReminderStore {
  watchStock(watch: StockWatch): Promise<void>;
  /** every stock watch, oldest first, at most `limit` */
  stockWatches(limit: number): Promise<StockWatch[]>;
  removeStockWatch(customerId: string, sku: string): Promise<void>;
  getCartWatch(customerId: string): Promise<CartWatch | undefined>;
  saveCartWatch(watch: CartWatch): Promise<void>;
  /** cart watches to look at, at or before `now` (ISO) */
  dueCartWatches(now: string, limit: number): Promise<CartWatch[]>;
  /** "stop reminding me": removes the shopper's stock watches and cart watch; how many went */
  stopAll(customerId: string): Promise<number>;
}
