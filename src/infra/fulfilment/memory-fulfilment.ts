import { OrderState, type Order } from '../../core/order';
import { EventStatus, FulfilmentConflictError, type FulfilmentEventLog, type FulfilmentEventRecord, type FulfilmentOrderWriter } from '../../ports/fulfilment';
import type { MemoryOrderStore } from '../memory/stores';

const copy = <T>(value: T): T => structuredClone(value);

/** The feed's record of events in memory, with the DynamoDB one's claim rules. For tests. */
export class MemoryFulfilmentEventLog implements FulfilmentEventLog {
  readonly records = new Map<string, FulfilmentEventRecord>();

  async get(eventId: string): Promise<FulfilmentEventRecord | undefined> {
    const record = this.records.get(eventId);
    return record && copy(record);
  }

  async claim(record: FulfilmentEventRecord, staleBefore: string): Promise<boolean> {
    const held = this.records.get(record.eventId);
    const free = !held || held.status === EventStatus.Rejected || (held.status === EventStatus.Processing && held.receivedAt < staleBefore);
    if (free) this.records.set(record.eventId, copy(record));
    return free;
  }

  async finish(record: FulfilmentEventRecord): Promise<void> {
    this.records.set(record.eventId, copy(record));
  }

  async note(record: FulfilmentEventRecord): Promise<void> {
    this.records.set(record.eventId, copy(record));
  }
}

/** The fulfilment write on a MemoryOrderStore's orders, conditional like the DynamoDB one. */
export class MemoryFulfilmentOrders implements FulfilmentOrderWriter {
  constructor(private readonly store: MemoryOrderStore) {}

  async apply(orderId: string, expectedVersion: number, patch: Partial<Order>): Promise<Order> {
    const order = this.store.orders.get(orderId);
    if (!order || order.state !== OrderState.Placed || (order.fulfilmentVersion ?? 0) !== expectedVersion) throw new FulfilmentConflictError(orderId);
    const { orderId: _id, state: _state, ...fields } = patch;
    const next = { ...order, ...copy(fields) };
    this.store.orders.set(orderId, next);
    return copy(next);
  }
}
