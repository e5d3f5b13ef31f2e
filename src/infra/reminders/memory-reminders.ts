import type { AlexaAudience } from '../../ports/notifications';
import { MessageStatus, type AlexaAudienceStore, type CartWatch, type NotificationOutbox, type OutboundMessage, type ReminderStore, type StockWatch } from '../../ports/reminders';

const copy = <T>(value: T): T => structuredClone(value);

/** The outbox in memory, with the DynamoDB one's rules (an id enqueued twice is kept once). For tests. */
export class MemoryOutbox implements NotificationOutbox {
  readonly messages = new Map<string, OutboundMessage>();

  async enqueue(messages: readonly OutboundMessage[]): Promise<void> {
    for (const m of messages) if (!this.messages.has(m.messageId)) this.messages.set(m.messageId, copy(m));
  }

  async due(now: string, limit: number): Promise<OutboundMessage[]> {
    return [...this.messages.values()]
      .filter((m) => m.status === MessageStatus.Due && m.dueAt <= now)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .slice(0, limit)
      .map(copy);
  }

  async update(message: OutboundMessage): Promise<void> {
    this.messages.set(message.messageId, copy(message));
  }
}

export class MemoryAlexaAudiences implements AlexaAudienceStore {
  readonly audiences = new Map<string, AlexaAudience>();

  async grant(audience: AlexaAudience): Promise<void> {
    this.audiences.set(audience.userId, copy(audience));
  }

  async revoke(userId: string): Promise<void> {
    this.audiences.delete(userId);
  }

  async forCustomer(customerId: string): Promise<AlexaAudience[]> {
    return [...this.audiences.values()].filter((a) => a.customerId === customerId).map(copy);
  }
}

export class MemoryReminderStore implements ReminderStore {
  readonly stock = new Map<string, StockWatch>();
  readonly carts = new Map<string, CartWatch>();

  async watchStock(watch: StockWatch): Promise<void> {
    this.stock.set(`${watch.customerId}#${watch.sku}`, copy(watch));
  }

  async stockWatches(limit: number): Promise<StockWatch[]> {
    return [...this.stock.values()]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .slice(0, limit)
      .map(copy);
  }

  async removeStockWatch(customerId: string, sku: string): Promise<void> {
    this.stock.delete(`${customerId}#${sku}`);
  }

  async getCartWatch(customerId: string): Promise<CartWatch | undefined> {
    const watch = this.carts.get(customerId);
    return watch && copy(watch);
  }

  async saveCartWatch(watch: CartWatch): Promise<void> {
    this.carts.set(watch.customerId, copy(watch));
  }

  async dueCartWatches(now: string, limit: number): Promise<CartWatch[]> {
    return [...this.carts.values()]
      .filter((w) => w.checkAt <= now)
      .sort((a, b) => a.checkAt.localeCompare(b.checkAt))
      .slice(0, limit)
      .map(copy);
  }

  async stopAll(customerId: string): Promise<number> {
    let count = 0;
    for (const [key, watch] of this.stock) {
      if (watch.customerId !== customerId) continue;
      this.stock.delete(key);
      count += 1;
    }
    if (this.carts.delete(customerId)) count += 1;
    return count;
  }
}
