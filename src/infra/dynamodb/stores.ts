import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import type { Cart } from '../../core/cart';
import type { DialogState } from '../../core/dialog-state';
import { CartVersionConflictError, DialogStateConflictError, OrderAlreadyExistsError, OrderStateConflictError } from '../../core/errors';
import { OrderState, type Customer, type NoticeKind, type Order } from '../../core/order';
import type { CartStore, CustomerStore, DialogStateStore, OrderStore } from '../../ports/stores';
import { isConditionFailure, translateStoreError } from './errors';
import { NOTICE_QUEUE, ORDERS_BY_CUSTOMER_INDEX, PENDING_QUEUE, PENDING_QUEUE_ATTRIBUTE, REFUND_QUEUE } from './tables';

/** Seconds since the epoch, for DynamoDB's TTL attribute. */
const ttlAfter = (from: Date, seconds: number) => Math.floor(from.getTime() / 1000) + seconds;
const DAY = 24 * 60 * 60;
/** Attribute DynamoDB TTL deletes by; declared in serverless.yml. */
export const TTL_ATTRIBUTE = 'expiresAt';

async function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw translateStoreError(err, operation);
  }
}

export interface TableOptions {
  doc: DynamoHttpClient;
  tableName: string;
}

export class DynamoCartStore implements CartStore {
  constructor(private readonly options: TableOptions & { ttlDays?: number }) {}

  async get(userKey: string): Promise<Cart | undefined> {
    const { doc, tableName } = this.options;
    const out = await guarded('cart get', () => doc.send(new GetCommand({ TableName: tableName, Key: { userKey }, ConsistentRead: true })));
    return out.Item ? cartFromItem(userKey, out.Item) : undefined;
  }

  async save(cart: Cart): Promise<Cart> {
    const { doc, tableName, ttlDays = 60 } = this.options;
    const now = new Date();
    const next: Cart = {
      userKey: cart.userKey,
      lines: cart.lines,
      version: cart.version + 1,
      updatedAt: now.toISOString(),
      ...(cart.writeToken ? { writeToken: cart.writeToken } : {}),
      ...(cart.settledOrders?.length ? { settledOrders: cart.settledOrders } : {}),
    };
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...next, [TTL_ATTRIBUTE]: ttlAfter(now, ttlDays * DAY) },
          ConditionExpression: cart.version === 0 ? 'attribute_not_exists(userKey)' : '#version = :version',
          ...(cart.version === 0 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': cart.version } }),
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) throw new CartVersionConflictError(cart.userKey, { cause: err });
      throw translateStoreError(err, 'cart save');
    }
    return next;
  }

  async delete(userKey: string): Promise<void> {
    const { doc, tableName } = this.options;
    await guarded('cart delete', () => doc.send(new DeleteCommand({ TableName: tableName, Key: { userKey } })));
  }
}

export class DynamoOrderStore implements OrderStore {
  constructor(private readonly options: TableOptions & { unconfirmedTtlDays?: number }) {}

  async create(order: Order): Promise<void> {
    const { doc, tableName, unconfirmedTtlDays = 7 } = this.options;
    // An unanswered purchase question expires; confirming removes the expiry (see transition).
    const item: Record<string, unknown> = { ...order, [TTL_ATTRIBUTE]: ttlAfter(new Date(order.createdAt), unconfirmedTtlDays * DAY) };
    if (order.state === OrderState.Pending) item[PENDING_QUEUE_ATTRIBUTE] = PENDING_QUEUE;
    try {
      await doc.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(orderId)' }));
    } catch (err) {
      if (isConditionFailure(err)) throw new OrderAlreadyExistsError(order.orderId, { cause: err });
      throw translateStoreError(err, 'order create');
    }
  }

  async get(orderId: string): Promise<Order | undefined> {
    const { doc, tableName } = this.options;
    const out = await guarded('order get', () => doc.send(new GetCommand({ TableName: tableName, Key: { orderId }, ConsistentRead: true })));
    return out.Item ? orderFromItem(out.Item) : undefined;
  }

  async transition(orderId: string, from: readonly OrderState[], to: OrderState, patch: Partial<Order> = {}): Promise<Order> {
    const { doc, tableName } = this.options;
    const names: Record<string, string> = { '#state': 'state', '#orderId': 'orderId' };
    const values: Record<string, unknown> = { ':to': to };
    const sets = ['#state = :to'];
    Object.entries(patch).forEach(([key, value], i) => {
      if (value === undefined || key === 'orderId' || key === 'state') return;
      names[`#p${i}`] = key;
      values[`:p${i}`] = value;
      sets.push(`#p${i} = :p${i}`);
    });
    const fromKeys = from.map((state, i) => {
      values[`:from${i}`] = state;
      return `:from${i}`;
    });
    const condition = `attribute_exists(#orderId) AND #state IN (${fromKeys.join(', ')})`;
    const keepsExpiry = to === OrderState.AwaitingConfirmation || to === OrderState.Cancelled;
    const removes: string[] = [];
    if (!keepsExpiry) {
      names['#ttl'] = TTL_ATTRIBUTE;
      removes.push('#ttl');
    }
    // Only a PENDING order, or one whose email is owed, carries the queue key: the sparse index holds just those.
    names['#queue'] = PENDING_QUEUE_ATTRIBUTE;
    const queue = to === OrderState.Pending ? PENDING_QUEUE : patch.refundState === 'requested' ? REFUND_QUEUE : patch.noticeOwed ? NOTICE_QUEUE : undefined;
    if (queue) {
      values[':queue'] = queue;
      sets.push('#queue = :queue');
    } else {
      removes.push('#queue');
    }
    try {
      const out = await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { orderId },
          UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return orderFromItem(out.Attributes ?? {});
    } catch (err) {
      if (isConditionFailure(err)) throw new OrderStateConflictError(orderId, from, { cause: err });
      throw translateStoreError(err, 'order transition');
    }
  }

  async claimNotice(orderId: string, claimedAt: string, staleBefore: string): Promise<Order | undefined> {
    const { doc, tableName } = this.options;
    try {
      const out = await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { orderId },
          UpdateExpression: 'SET #claimed = :now, #claimedKind = #owed',
          // owed, not yet sent for that kind, and not claimed for it by a sender still within its lease
          ConditionExpression:
            'attribute_exists(#owed) AND (attribute_not_exists(#sentKind) OR #sentKind <> #owed) AND (attribute_not_exists(#claimed) OR #claimed < :stale OR #claimedKind <> #owed)',
          ExpressionAttributeNames: { '#owed': 'noticeOwed', '#sentKind': 'noticeSentKind', '#claimed': 'noticeClaimedAt', '#claimedKind': 'noticeClaimedKind' },
          ExpressionAttributeValues: { ':now': claimedAt, ':stale': staleBefore },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return orderFromItem(out.Attributes ?? {});
    } catch (err) {
      if (isConditionFailure(err)) return undefined;
      throw translateStoreError(err, 'order notice claim');
    }
  }

  async noticeSent(orderId: string, sentAt: string, kind: NoticeKind): Promise<void> {
    const { doc, tableName } = this.options;
    try {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { orderId },
          UpdateExpression: 'SET #sent = :at, #sentKind = :kind REMOVE #queue',
          // an email of another kind owed meanwhile, or a refund still asked for, keeps the order queued
          ConditionExpression: 'attribute_exists(#orderId) AND #owed = :kind AND (attribute_not_exists(#queue) OR #queue = :notice)',
          ExpressionAttributeNames: { '#sent': 'noticeSentAt', '#sentKind': 'noticeSentKind', '#queue': PENDING_QUEUE_ATTRIBUTE, '#orderId': 'orderId', '#owed': 'noticeOwed' },
          ExpressionAttributeValues: { ':at': sentAt, ':kind': kind, ':notice': NOTICE_QUEUE },
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) return;
      throw translateStoreError(err, 'order notice sent');
    }
  }

  async listByCustomer(customerId: string, limit = 20): Promise<Order[]> {
    const { doc, tableName } = this.options;
    const out = await guarded('order list', () =>
      doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: ORDERS_BY_CUSTOMER_INDEX,
          KeyConditionExpression: 'customerId = :c',
          ExpressionAttributeValues: { ':c': customerId },
          ScanIndexForward: false,
          Limit: limit,
        }),
      ),
    );
    return (out.Items ?? []).map(orderFromItem);
  }
}

function cartFromItem(userKey: string, item: Record<string, unknown>): Cart {
  const lines = Array.isArray(item.lines) ? (item.lines as Cart['lines']) : [];
  return {
    userKey,
    lines,
    version: Number(item.version ?? 0),
    updatedAt: typeof item.updatedAt === 'string' ? item.updatedAt : undefined,
    ...(typeof item.writeToken === 'string' ? { writeToken: item.writeToken } : {}),
    ...(Array.isArray(item.settledOrders) ? { settledOrders: item.settledOrders as string[] } : {}),
  };
}

/** Strips the storage-only attributes (expiry, pending-queue key) from an order item. */
export function orderFromItem(item: Record<string, unknown>): Order {
  const { [TTL_ATTRIBUTE]: _ttl, [PENDING_QUEUE_ATTRIBUTE]: _queue, ...order } = item;
  // What money and its tracing rest on is checked, so a changed shape fails loudly here and not
  // as a wrong sentence about money later; the optional fields pass through as stored.
  const strings = ['orderId', 'orderNumber', 'customerId', 'userKey', 'state', 'source', 'currency', 'quoteHash', 'sellerName', 'createdAt', 'updatedAt'] as const;
  const amounts = ['subtotal', 'tax', 'deliveryFee', 'total'] as const;
  for (const field of strings) if (typeof order[field] !== 'string') throw new StoredItemInvalidError('order', String(order.orderId ?? '?'), field);
  for (const field of amounts) if (!Number.isInteger(order[field])) throw new StoredItemInvalidError('order', String(order.orderId), field);
  if (!Object.values(OrderState).includes(order.state as OrderState)) throw new StoredItemInvalidError('order', String(order.orderId), 'state');
  if (
    !Array.isArray(order.lines) ||
    !order.lines.every((l) => l && typeof l === 'object' && typeof l.sku === 'string' && Number.isInteger(l.quantity) && Number.isInteger(l.unitPrice))
  ) {
    throw new StoredItemInvalidError('order', String(order.orderId), 'lines');
  }
  if (!order.address || typeof order.address !== 'object') throw new StoredItemInvalidError('order', String(order.orderId), 'address');
  return order as unknown as Order;
}

/** A stored item that is not in the shape the shop writes: read as an error, never guessed at. */
export class StoredItemInvalidError extends Error {
  readonly kind: string;
  readonly key: string;
  readonly field: string;
  constructor(kind: string, key: string, field: string) {
    super(`stored ${kind} ${key} has no valid ${field}`);
    this.name = 'StoredItemInvalidError';
    this.kind = kind;
    this.key = key;
    this.field = field;
  }
}

export class DynamoCustomerStore implements CustomerStore {
  constructor(private readonly options: TableOptions) {}

  async get(customerId: string): Promise<Customer | undefined> {
    const { doc, tableName } = this.options;
    const out = await guarded('customer get', () => doc.send(new GetCommand({ TableName: tableName, Key: { customerId } })));
    return out.Item as Customer | undefined;
  }

  /** Writes a customer record (seeding and admin tools; voice never writes customers). */
  async put(customer: Customer): Promise<void> {
    const { doc, tableName } = this.options;
    await guarded('customer put', () => doc.send(new PutCommand({ TableName: tableName, Item: customer })));
  }
}

export class DynamoDialogStateStore implements DialogStateStore {
  constructor(private readonly options: TableOptions & { ttlHours?: number }) {}

  async get(userKey: string): Promise<DialogState | undefined> {
    const { doc, tableName } = this.options;
    const out = await guarded('dialog state get', () => doc.send(new GetCommand({ TableName: tableName, Key: { userKey }, ConsistentRead: true })));
    if (!out.Item) return undefined;
    const state = out.Item.state as DialogState | undefined;
    return state && { ...state, version: typeof out.Item.version === 'number' ? out.Item.version : 0 };
  }

  async save(userKey: string, state: DialogState): Promise<void> {
    const { doc, tableName, ttlHours = 24 } = this.options;
    const read = state.version ?? 0;
    const { version: _version, ...content } = state;
    const item = { userKey, state: content, version: read + 1, [TTL_ATTRIBUTE]: ttlAfter(new Date(), ttlHours * 3600) };
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: item,
          // 0: nothing was stored when this turn read (or what was stored predates versions)
          ConditionExpression: read === 0 ? 'attribute_not_exists(userKey) OR attribute_not_exists(#version)' : '#version = :read',
          ExpressionAttributeNames: { '#version': 'version' },
          ...(read === 0 ? {} : { ExpressionAttributeValues: { ':read': read } }),
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) throw new DialogStateConflictError(userKey, { cause: err });
      throw translateStoreError(err, 'dialog state save');
    }
  }

  async delete(userKey: string): Promise<void> {
    const { doc, tableName } = this.options;
    await guarded('dialog state delete', () => doc.send(new DeleteCommand({ TableName: tableName, Key: { userKey } })));
  }
}
