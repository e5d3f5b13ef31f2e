import type { Order } from '../core/order';

/** The orders reconciliation works through: payments not known yet, and settlement emails not sent. */
export interface PendingOrderFinder {
  /** PENDING orders confirmed at or before `confirmedBefore` (ISO time), oldest first, at most `limit` */
  listPending(confirmedBefore: string, limit: number): Promise<Order[]>;
  /** settled orders whose email is owed and not sent, at most `limit` */
  listOwedNotices(limit: number): Promise<Order[]>;
  /** cancelled orders whose refund was asked for but not yet confirmed by the provider */
  listRefundsOwed(limit: number): Promise<Order[]>;
}
