import type { Cart } from '../core/cart';
import type { Customer, NoticeKind, Order, OrderState } from '../core/order';
import type { DialogState } from '../core/dialog-state';

/** Carts, written only when the version read is still the stored one. */
export interface CartStore {
  get(userKey: string): Promise<Cart | undefined>;
  /** saves `cart` if the stored version is still `cart.version`; returns it with the next version */
  save(cart: Cart): Promise<Cart>;
  delete(userKey: string): Promise<void>;
}

export interface OrderStore {
  /** creates a new order; throws OrderAlreadyExistsError if the id is taken */
  create(order: Order): Promise<void>;
  get(orderId: string): Promise<Order | undefined>;
  /**
   * Moves an order to another state if it is in one of `from`; throws OrderStateConflictError
   * otherwise. Returns the updated order. The order's place in reconciliation's queues follows
   * from the result: PENDING; a refund asked for (`refundState: requested`); an email owed (a
   * patch with `noticeOwed`); or none.
   */
  transition(orderId: string, from: readonly OrderState[], to: OrderState, patch?: Partial<Order>): Promise<Order>;
  /** the customer's orders, newest first */
  listByCustomer(customerId: string, limit?: number): Promise<Order[]>;
  /**
   * Claims the order's owed settlement email for one sender: succeeds (returns the order) when an
   * email is owed, not yet sent, and nobody claimed it after `staleBefore` (ISO time; an older
   * claim is a sender that died). Undefined when another sender has it or nothing is owed.
   */
  claimNotice(orderId: string, claimedAt: string, staleBefore: string): Promise<Order | undefined>;
  /** records the owed email of `kind` as sent, which takes the order out of the email queue */
  noticeSent(orderId: string, sentAt: string, kind: NoticeKind): Promise<void>;
}

export interface CustomerStore {
  get(customerId: string): Promise<Customer | undefined>;
}

/**
 * Per-shopper dialog state (what was last read out, a pending purchase question). Saves are
 * conditional on the version read, so a late turn never overwrites what a newer one wrote.
 */
export interface DialogStateStore {
  get(userKey: string): Promise<DialogState | undefined>;
  /**
   * Saves `state` as version `state.version + 1` if the stored version is still `state.version`
   * (0: nothing stored); throws DialogStateConflictError otherwise.
   */
  save(userKey: string, state: DialogState): Promise<void>;
  delete(userKey: string): Promise<void>;
}
