import { OrderState, type Order } from '../../core/order';
import { EventStatus, FulfilmentConflictError, type FulfilmentEventLog, type FulfilmentEventRecord, type FulfilmentOrderWriter } from '../../ports/fulfilment';
import { GetCommand, PutCommand, UpdateCommand } from '../dynamodb/commands';
import { isConditionFailure, translateStoreError } from '../dynamodb/errors';
import type { DynamoHttpClient } from '../dynamodb/http-client';
import { orderFromItem, TTL_ATTRIBUTE } from '../dynamodb/stores';

export interface FulfilmentTableOptions {
  doc: DynamoHttpClient;
  tableName: string;
  /** how long an event's record is kept (DynamoDB TTL); a sender's retries come well within it */
  keepDays?: number;
}

/** The fulfilment-events table: one item per event id, and one per refused body. */
export class DynamoFulfilmentEventLog implements FulfilmentEventLog {
  constructor(private readonly options: FulfilmentTableOptions) {}

  async get(eventId: string): Promise<FulfilmentEventRecord | undefined> {
    const { doc, tableName } = this.options;
    const out = await guarded('fulfilment event get', () => doc.send(new GetCommand({ TableName: tableName, Key: { eventId }, ConsistentRead: true })));
    return out.Item ? recordFromItem(out.Item) : undefined;
  }

  async claim(record: FulfilmentEventRecord, staleBefore: string): Promise<boolean> {
    const { doc, tableName } = this.options;
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: this.item(record),
          ConditionExpression: 'attribute_not_exists(eventId) OR #status = :rejected OR (#status = :processing AND #received < :stale)',
          ExpressionAttributeNames: { '#status': 'status', '#received': 'receivedAt' },
          ExpressionAttributeValues: { ':rejected': EventStatus.Rejected, ':processing': EventStatus.Processing, ':stale': staleBefore },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw translateStoreError(err, 'fulfilment event claim');
    }
  }

  async finish(record: FulfilmentEventRecord): Promise<void> {
    const { doc, tableName } = this.options;
    await guarded('fulfilment event finish', () => doc.send(new PutCommand({ TableName: tableName, Item: this.item(record) })));
  }

  async note(record: FulfilmentEventRecord): Promise<void> {
    const { doc, tableName } = this.options;
    await guarded('fulfilment event note', () => doc.send(new PutCommand({ TableName: tableName, Item: this.item(record), ConditionExpression: 'attribute_not_exists(eventId)' })));
  }

  private item(record: FulfilmentEventRecord): Record<string, unknown> {
    const keepDays = this.options.keepDays ?? 90;
    return { ...record, [TTL_ATTRIBUTE]: Math.floor(new Date(record.receivedAt).getTime() / 1000) + keepDays * 86_400 };
  }
}

/** A stored item as an event record, field by field: a changed shape fails here, loudly. */
function recordFromItem(item: Record<string, unknown>): FulfilmentEventRecord {
  const text = (name: string) => (typeof item[name] === 'string' ? (item[name] as string) : undefined);
  const status = text('status');
  if (typeof item.eventId !== 'string' || !status || !(Object.values(EventStatus) as string[]).includes(status) || !text('receivedAt')) {
    throw new Error(`fulfilment event item ${String(item.eventId)} is not a record this shop wrote`);
  }
  const record: FulfilmentEventRecord = { eventId: item.eventId, status: status as EventStatus, receivedAt: text('receivedAt') as string };
  for (const name of ['orderId', 'kind', 'fingerprint', 'reason', 'appliedAt', 'sentEventId'] as const) {
    const value = text(name);
    if (value !== undefined) record[name] = value;
  }
  if (typeof item.httpStatus === 'number') record.httpStatus = item.httpStatus;
  return record;
}

/**
 * The fulfilment write on the orders table: the patch's fields only, while the order is PLACED
 * and its fulfilmentVersion is the one read. It never touches the state, the money fields or the
 * reconciliation queue key, so an email still owed stays owed.
 */
export class DynamoFulfilmentOrders implements FulfilmentOrderWriter {
  constructor(private readonly options: { doc: DynamoHttpClient; tableName: string }) {}

  async apply(orderId: string, expectedVersion: number, patch: Partial<Order>): Promise<Order> {
    const { doc, tableName } = this.options;
    const names: Record<string, string> = { '#state': 'state', '#orderId': 'orderId', '#version': 'fulfilmentVersion' };
    const values: Record<string, unknown> = { ':placed': OrderState.Placed, ':expected': expectedVersion };
    const sets: string[] = [];
    Object.entries(patch).forEach(([key, value], i) => {
      if (value === undefined || key === 'orderId' || key === 'state' || key === 'pendingQueue') return;
      names[`#f${i}`] = key;
      values[`:f${i}`] = value;
      sets.push(`#f${i} = :f${i}`);
    });
    const unversioned = expectedVersion === 0 ? 'attribute_not_exists(#version) OR ' : '';
    try {
      const out = await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { orderId },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: `attribute_exists(#orderId) AND #state = :placed AND (${unversioned}#version = :expected)`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return orderFromItem(out.Attributes ?? {});
    } catch (err) {
      if (isConditionFailure(err)) throw new FulfilmentConflictError(orderId, { cause: err });
      throw translateStoreError(err, 'order fulfilment update');
    }
  }
}

async function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw translateStoreError(err, operation);
  }
}
