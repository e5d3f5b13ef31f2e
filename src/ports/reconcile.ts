import type { Order } from '../core/order';

/** Orders whose payment outcome is not known yet (state PENDING), for reconciliation. */
export interface PendingOrderFinder {
  /** PENDING orders confirmed before `confirmedBefore` (ISO time), oldest first, at most `limit` */
  listPending(confirmedBefore: string, limit: number): Promise<Order[]>;
}
