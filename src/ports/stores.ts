import type { Cart } from '../core/cart';
import type { Customer, Order, OrderState } from '../core/order';
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
   * Moves an order to another state if it is in one of `from` (and, when given, still has
   * `quoteHash`); throws OrderStateConflictError otherwise. Returns the updated order.
   */
  transition(
    orderId: string,
    from: readonly OrderState[],
    to: OrderState,
    patch?: Partial<Order>,
    quoteHash?: string,
  ): Promise<Order>;
  /** the customer's orders, newest first */
  listByCustomer(customerId: string, limit?: number): Promise<Order[]>;
}

export interface CustomerStore {
  get(customerId: string): Promise<Customer | undefined>;
}

/** Per-shopper dialog state (what was last read out, a pending purchase question). */
export interface DialogStateStore {
  get(userKey: string): Promise<DialogState | undefined>;
  save(userKey: string, state: DialogState): Promise<void>;
  delete(userKey: string): Promise<void>;
}
