import type { Cart } from '../../core/cart';
import type { DialogState } from '../../core/dialog-state';
import { CartVersionConflictError, DialogStateConflictError, OrderAlreadyExistsError, OrderStateConflictError } from '../../core/errors';
import { OrderState, type Customer, type NoticeKind, type Order } from '../../core/order';
import type { PendingOrderFinder } from '../../ports/reconcile';
import type { VoiceSecurity, VoiceSecurityStore } from '../../ports/safeguards';
import type { VoicePinHash } from '../../core/voice-pin';
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

  async transition(orderId: string, from: readonly OrderState[], to: OrderState, patch: Partial<Order> = {}): Promise<Order> {
    const order = this.orders.get(orderId);
    if (!order || !from.includes(order.state)) throw new OrderStateConflictError(orderId, from);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next: Order = { ...order, ...copy(defined), orderId, state: to };
    this.orders.set(orderId, next);
    return copy(next);
  }

  async claimNotice(orderId: string, claimedAt: string, staleBefore: string): Promise<Order | undefined> {
    const order = this.orders.get(orderId);
    if (!order?.noticeOwed || order.noticeSentKind === order.noticeOwed) return undefined;
    if (order.noticeClaimedAt && order.noticeClaimedAt >= staleBefore && order.noticeClaimedKind === order.noticeOwed) return undefined;
    order.noticeClaimedAt = claimedAt;
    order.noticeClaimedKind = order.noticeOwed;
    return copy(order);
  }

  async noticeSent(orderId: string, sentAt: string, kind: NoticeKind): Promise<void> {
    const order = this.orders.get(orderId);
    if (order?.noticeOwed !== kind) return;
    order.noticeSentAt = sentAt;
    order.noticeSentKind = kind;
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
    const stored = this.states.get(userKey)?.version ?? 0;
    if (stored !== (state.version ?? 0)) throw new DialogStateConflictError(userKey);
    this.states.set(userKey, { ...copy(state), version: stored + 1 });
  }

  async delete(userKey: string): Promise<void> {
    this.states.delete(userKey);
  }
}

/** The reconciliation queues over an in-memory order store. */
export class MemoryPendingOrders implements PendingOrderFinder {
  constructor(private readonly store: MemoryOrderStore) {}

  async listPending(confirmedBefore: string, limit: number): Promise<Order[]> {
    return [...this.store.orders.values()]
      .filter((o) => o.state === OrderState.Pending && (o.confirmedAt ?? o.createdAt) <= confirmedBefore)
      .sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? ''))
      .slice(0, limit)
      .map(copy);
  }

  async listRefundsOwed(limit: number): Promise<Order[]> {
    return [...this.store.orders.values()]
      .filter((o) => o.refundState === 'requested')
      .slice(0, limit)
      .map(copy);
  }

  async listOwedNotices(limit: number): Promise<Order[]> {
    return [...this.store.orders.values()]
      .filter((o) => o.noticeOwed && o.noticeSentKind !== o.noticeOwed && o.refundState !== 'requested')
      .slice(0, limit)
      .map(copy);
  }
}

interface MemorySecurity extends VoiceSecurity {
  pinAttempt?: string;
  spentOrders: Record<string, number>;
}

/** Voice PIN, lock and daily spending with the same once-per-order and once-per-attempt rules as the DynamoDB store. */
export class MemoryVoiceSecurityStore implements VoiceSecurityStore {
  private readonly records = new Map<string, MemorySecurity>();

  private record(customerId: string): MemorySecurity {
    let record = this.records.get(customerId);
    if (!record) {
      record = { pinAlways: false, pinFailures: 0, spentToday: 0, spentOrders: {} };
      this.records.set(customerId, record);
    }
    return record;
  }

  async get(customerId: string): Promise<VoiceSecurity> {
    const { pinAttempt: _attempt, spentOrders: _orders, ...security } = this.record(customerId);
    return copy(security);
  }

  async recordPinFailure(customerId: string, attemptId: string): Promise<number> {
    const record = this.record(customerId);
    if (record.pinAttempt !== attemptId) {
      record.pinFailures += 1;
      record.pinAttempt = attemptId;
    }
    return record.pinFailures;
  }

  async clearPinFailures(customerId: string, maxAttempts: number): Promise<boolean> {
    const record = this.record(customerId);
    if (record.pinFailures >= maxAttempts) return false;
    record.pinFailures = 0;
    return true;
  }

  async reserveSpend(customerId: string, day: string, amount: number, limit: number, orderId: string): Promise<boolean> {
    const record = this.record(customerId);
    if (record.spentDay !== day) {
      record.spentDay = day;
      record.spentToday = 0;
      record.spentOrders = {};
    }
    if (record.spentOrders[orderId] !== undefined) return true;
    if (record.spentToday + amount > limit) return false;
    record.spentToday += amount;
    record.spentOrders[orderId] = amount;
    return true;
  }

  async releaseSpend(customerId: string, day: string, orderId: string): Promise<void> {
    const record = this.record(customerId);
    const amount = record.spentOrders[orderId];
    if (record.spentDay !== day || amount === undefined) return;
    record.spentToday -= amount;
    delete record.spentOrders[orderId];
  }

  async setPin(customerId: string, pin: VoicePinHash, always = false): Promise<void> {
    Object.assign(this.record(customerId), { pin, pinAlways: always, pinFailures: 0 });
  }

  async resetLock(customerId: string): Promise<void> {
    this.record(customerId).pinFailures = 0;
  }

  /** tests: set a customer's own daily limit */
  setDailyLimit(customerId: string, limit: number | undefined): void {
    this.record(customerId).dailyLimit = limit;
  }
}
