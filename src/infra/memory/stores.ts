import type { Cart } from '../../core/cart';
import type { DialogState } from '../../core/dialog-state';
import { CartVersionConflictError, OrderAlreadyExistsError, OrderStateConflictError } from '../../core/errors';
import type { Customer, Order, OrderState } from '../../core/order';
import type { CartStore, CustomerStore, DialogStateStore, OrderStore } from '../../ports/stores';

const copy = <T>(value: T): T => structuredClone(value);

/**
 * In-memory stores with the same conditional-write semantics as the DynamoDB ones.
 * For unit tests and the in-memory benchmark; never for running a shop.
 */
export class MemoryCartStore implements CartStore {
  readonly carts = new Map<string, Cart>();

  async get(userKey: string): Promise<Cart | undefined> {
    const cart = this.carts.get(userKey);
    return cart && copy(cart);
  }

  async save(cart: Cart): Promise<Cart> {
    const stored = this.carts.get(cart.userKey);
    if ((stored?.version ?? 0) !== cart.version) throw new CartVersionConflictError(cart.userKey);
    const next = { ...copy(cart), version: cart.version + 1, updatedAt: new Date().toISOString() };
    this.carts.set(cart.userKey, next);
    return copy(next);
  }

  async delete(userKey: string): Promise<void> {
    this.carts.delete(userKey);
  }
}

export class MemoryOrderStore implements OrderStore {
  readonly orders = new Map<string, Order>();

  async create(order: Order): Promise<void> {
    if (this.orders.has(order.orderId)) throw new OrderAlreadyExistsError(order.orderId);
    this.orders.set(order.orderId, copy(order));
  }

  async get(orderId: string): Promise<Order | undefined> {
    const order = this.orders.get(orderId);
    return order && copy(order);
  }

  async transition(orderId: string, from: readonly OrderState[], to: OrderState, patch: Partial<Order> = {}, quoteHash?: string): Promise<Order> {
    const order = this.orders.get(orderId);
    if (!order || !from.includes(order.state) || (quoteHash !== undefined && order.quoteHash !== quoteHash)) {
      throw new OrderStateConflictError(orderId, from);
    }
    const next: Order = { ...order, ...copy(patch), orderId, state: to };
    this.orders.set(orderId, next);
    return copy(next);
  }

  async listByCustomer(customerId: string, limit = 20): Promise<Order[]> {
    return [...this.orders.values()]
      .filter((o) => o.customerId === customerId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit)
      .map(copy);
  }
}

export class MemoryCustomerStore implements CustomerStore {
  private readonly customers: Map<string, Customer>;

  constructor(customers: readonly Customer[] = []) {
    this.customers = new Map(customers.map((c) => [c.customerId, copy(c)]));
  }

  async get(customerId: string): Promise<Customer | undefined> {
    const customer = this.customers.get(customerId);
    return customer && copy(customer);
  }
}

export class MemoryDialogStateStore implements DialogStateStore {
  private readonly states = new Map<string, DialogState>();

  async get(userKey: string): Promise<DialogState | undefined> {
    const state = this.states.get(userKey);
    return state && copy(state);
  }

  async save(userKey: string, state: DialogState): Promise<void> {
    this.states.set(userKey, copy(state));
  }

  async delete(userKey: string): Promise<void> {
    this.states.delete(userKey);
  }
}
