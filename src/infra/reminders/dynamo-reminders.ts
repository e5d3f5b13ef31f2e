import type { ShopperNotice } from '../../core/fulfilment-notices';
import type { AlexaAudience } from '../../ports/notifications';
import {
  MessageChannel,
  MessageStatus,
  type AlexaAudienceStore,
  type CartWatch,
  type NotificationOutbox,
  type OutboundMessage,
  type ReminderStore,
  type StockWatch,
} from '../../ports/reminders';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '../dynamodb/commands';
import { isConditionFailure, translateStoreError } from '../dynamodb/errors';
import type { DynamoHttpClient } from '../dynamodb/http-client';
import { TTL_ATTRIBUTE } from '../dynamodb/stores';
import { REMINDERS_QUEUE_INDEX } from '../dynamodb/tables';

/**
 * The reminders table (pk, sk) holds three kinds of thing, each with the keys below. Items that
 * wait for a time carry `queue` and `dueAt`, so the sparse `queue` index finds them without a scan:
 *   msg#<messageId> / msg                     an outbox message    queue OUTBOX while due
 *   customer#<id>   / alexa#<userId>           an Alexa audience    (+ alexa-user#<userId> / audience, to revoke by user)
 *   customer#<id>   / stock#<sku>              a stock watch        queue STOCK
 *   customer#<id>   / cart                     a cart watch         queue CART, dueAt = when to look next
 */
export const Queue = { Outbox: 'OUTBOX', Stock: 'STOCK', Cart: 'CART' } as const;

/** Sent and dropped messages are kept this long (for the record), then DynamoDB's TTL removes them. */
const KEEP_DONE_DAYS = 30;

export interface RemindersTableOptions {
  doc: DynamoHttpClient;
  tableName: string;
}

abstract class RemindersTable {
  constructor(protected readonly options: RemindersTableOptions) {}

  protected async run<T>(operation: string, work: (doc: DynamoHttpClient, tableName: string) => Promise<T>): Promise<T> {
    try {
      return await work(this.options.doc, this.options.tableName);
    } catch (err) {
      throw translateStoreError(err, operation);
    }
  }

  /** Every item of a partition whose sort key starts with `prefix`, page by page. */
  protected async partition(pk: string, prefix: string): Promise<Array<Record<string, unknown>>> {
    const items: Array<Record<string, unknown>> = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.run('reminders query', (doc, TableName) =>
        doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        ),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** Items of one queue due at or before `until` (all of them when unset), oldest first. */
  protected async queued(queue: string, limit: number, until?: string): Promise<Array<Record<string, unknown>>> {
    const out = await this.run('reminders queue', (doc, TableName) =>
      doc.send(
        new QueryCommand({
          TableName,
          IndexName: REMINDERS_QUEUE_INDEX,
          KeyConditionExpression: until ? '#queue = :queue AND dueAt <= :until' : '#queue = :queue',
          ExpressionAttributeNames: { '#queue': 'queue' },
          ExpressionAttributeValues: until ? { ':queue': queue, ':until': until } : { ':queue': queue },
          Limit: limit,
        }),
      ),
    );
    return out.Items ?? [];
  }
}

/** The outbox: one item per message; a message enqueued twice is kept once. */
export class DynamoOutbox extends RemindersTable implements NotificationOutbox {
  async enqueue(messages: readonly OutboundMessage[]): Promise<void> {
    for (const message of messages) {
      try {
        await this.options.doc.send(new PutCommand({ TableName: this.options.tableName, Item: messageItem(message), ConditionExpression: 'attribute_not_exists(pk)' }));
      } catch (err) {
        // already there: the first one is what is sent
        if (!isConditionFailure(err)) throw translateStoreError(err, 'outbox enqueue');
      }
    }
  }

  async due(now: string, limit: number): Promise<OutboundMessage[]> {
    return (await this.queued(Queue.Outbox, limit, now)).map(messageFromItem);
  }

  async update(message: OutboundMessage): Promise<void> {
    await this.run('outbox update', (doc, TableName) => doc.send(new PutCommand({ TableName, Item: messageItem(message) })));
  }
}

function messageItem(message: OutboundMessage): Record<string, unknown> {
  const waiting = message.status === MessageStatus.Due;
  return {
    pk: `msg#${message.messageId}`,
    sk: 'msg',
    ...message,
    ...(waiting ? { queue: Queue.Outbox } : { [TTL_ATTRIBUTE]: Math.floor(Date.parse(message.sentAt ?? message.dueAt) / 1000) + KEEP_DONE_DAYS * 86_400 }),
  };
}

function messageFromItem(item: Record<string, unknown>): OutboundMessage {
  const { messageId, channel, customerId, status, createdAt, dueAt, attempts, notice } = item;
  if (
    typeof messageId !== 'string' ||
    typeof customerId !== 'string' ||
    typeof createdAt !== 'string' ||
    typeof dueAt !== 'string' ||
    typeof notice !== 'object' ||
    notice === null
  ) {
    throw new Error(`outbox item ${String(item.pk)} is not a message this shop wrote`);
  }
  if (!(Object.values(MessageChannel) as unknown[]).includes(channel) || !(Object.values(MessageStatus) as unknown[]).includes(status)) {
    throw new Error(`outbox item ${messageId} has an unknown channel or status`);
  }
  const message: OutboundMessage = {
    messageId,
    channel: channel as MessageChannel,
    customerId,
    status: status as MessageStatus,
    createdAt,
    dueAt,
    attempts: typeof attempts === 'number' ? attempts : 0,
    notice: notice as ShopperNotice,
  };
  if (item.audience && typeof item.audience === 'object') message.audience = audienceFromItem(item.audience as Record<string, unknown>);
  if (typeof item.lastError === 'string') message.lastError = item.lastError;
  if (typeof item.sentAt === 'string') message.sentAt = item.sentAt;
  return message;
}

/** Who allowed Alexa notifications, by customer, with a pointer from the Alexa user back to the customer. */
export class DynamoAlexaAudiences extends RemindersTable implements AlexaAudienceStore {
  async grant(audience: AlexaAudience): Promise<void> {
    await this.run('audience grant', async (doc, TableName) => {
      await doc.send(new PutCommand({ TableName, Item: { pk: `customer#${audience.customerId}`, sk: `alexa#${audience.userId}`, ...audience } }));
      await doc.send(new PutCommand({ TableName, Item: { pk: `alexa-user#${audience.userId}`, sk: 'audience', customerId: audience.customerId } }));
    });
  }

  async revoke(userId: string): Promise<void> {
    await this.run('audience revoke', async (doc, TableName) => {
      const pointer = await doc.send(new GetCommand({ TableName, Key: { pk: `alexa-user#${userId}`, sk: 'audience' }, ConsistentRead: true }));
      const customerId = pointer.Item?.customerId;
      if (typeof customerId === 'string') await doc.send(new DeleteCommand({ TableName, Key: { pk: `customer#${customerId}`, sk: `alexa#${userId}` } }));
      await doc.send(new DeleteCommand({ TableName, Key: { pk: `alexa-user#${userId}`, sk: 'audience' } }));
    });
  }

  async forCustomer(customerId: string): Promise<AlexaAudience[]> {
    return (await this.partition(`customer#${customerId}`, 'alexa#')).map(audienceFromItem);
  }
}

function audienceFromItem(item: Record<string, unknown>): AlexaAudience {
  const { customerId, userId, locale, grantedAt } = item;
  if (typeof customerId !== 'string' || typeof userId !== 'string' || typeof grantedAt !== 'string') throw new Error('an Alexa audience item is missing its ids');
  return { customerId, userId, locale: typeof locale === 'string' ? locale : 'en-US', grantedAt };
}

/** Stock and cart reminders. */
export class DynamoReminderStore extends RemindersTable implements ReminderStore {
  async watchStock(watch: StockWatch): Promise<void> {
    await this.run('stock watch put', (doc, TableName) =>
      doc.send(new PutCommand({ TableName, Item: { pk: `customer#${watch.customerId}`, sk: `stock#${watch.sku}`, queue: Queue.Stock, dueAt: watch.createdAt, ...watch } })),
    );
  }

  async stockWatches(limit: number): Promise<StockWatch[]> {
    return (await this.queued(Queue.Stock, limit)).map(stockFromItem);
  }

  async removeStockWatch(customerId: string, sku: string): Promise<void> {
    await this.run('stock watch delete', (doc, TableName) => doc.send(new DeleteCommand({ TableName, Key: { pk: `customer#${customerId}`, sk: `stock#${sku}` } })));
  }

  async getCartWatch(customerId: string): Promise<CartWatch | undefined> {
    const out = await this.run('cart watch get', (doc, TableName) =>
      doc.send(new GetCommand({ TableName, Key: { pk: `customer#${customerId}`, sk: 'cart' }, ConsistentRead: true })),
    );
    return out.Item ? cartFromItem(out.Item) : undefined;
  }

  async saveCartWatch(watch: CartWatch): Promise<void> {
    await this.run('cart watch put', (doc, TableName) =>
      doc.send(new PutCommand({ TableName, Item: { pk: `customer#${watch.customerId}`, sk: 'cart', queue: Queue.Cart, dueAt: watch.checkAt, ...watch } })),
    );
  }

  async dueCartWatches(now: string, limit: number): Promise<CartWatch[]> {
    return (await this.queued(Queue.Cart, limit, now)).map(cartFromItem);
  }

  async stopAll(customerId: string): Promise<number> {
    const stock = await this.partition(`customer#${customerId}`, 'stock#');
    let count = 0;
    for (const item of stock) {
      await this.run('stock watch delete', (doc, TableName) => doc.send(new DeleteCommand({ TableName, Key: { pk: item.pk as string, sk: item.sk as string } })));
      count += 1;
    }
    const cart = await this.run('cart watch delete', (doc, TableName) =>
      doc.send(new DeleteCommand({ TableName, Key: { pk: `customer#${customerId}`, sk: 'cart' }, ReturnValues: 'ALL_OLD' })),
    );
    return count + (cart.Attributes ? 1 : 0);
  }
}

function stockFromItem(item: Record<string, unknown>): StockWatch {
  const { customerId, sku, productName, locale, createdAt } = item;
  if (typeof customerId !== 'string' || typeof sku !== 'string' || typeof createdAt !== 'string') throw new Error('a stock watch item is missing its ids');
  return { customerId, sku, productName: typeof productName === 'string' ? productName : sku, locale: typeof locale === 'string' ? locale : 'en-US', createdAt };
}

function cartFromItem(item: Record<string, unknown>): CartWatch {
  const { customerId, userKeys, locale, createdAt, checkAt } = item;
  if (typeof customerId !== 'string' || !Array.isArray(userKeys) || typeof createdAt !== 'string' || typeof checkAt !== 'string')
    throw new Error('a cart watch item is missing its fields');
  const watch: CartWatch = {
    customerId,
    userKeys: userKeys.filter((k): k is string => typeof k === 'string'),
    locale: typeof locale === 'string' ? locale : 'en-US',
    createdAt,
    checkAt,
  };
  if (item.seen && typeof item.seen === 'object') watch.seen = item.seen as CartWatch['seen'];
  if (item.remindedVersion && typeof item.remindedVersion === 'object') watch.remindedVersion = item.remindedVersion as CartWatch['remindedVersion'];
  return watch;
}
