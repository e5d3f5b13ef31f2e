import { QueryCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import { OrderState, type Order } from '../../core/order';
import type { PendingOrderFinder } from '../../ports/reconcile';
import { translateStoreError } from './errors';
import { orderFromItem } from './stores';
import { NOTICE_QUEUE, PENDING_ORDERS_INDEX, PENDING_QUEUE, PENDING_QUEUE_ATTRIBUTE, REFUND_QUEUE } from './tables';

export interface PendingOrdersOptions {
  doc: DynamoHttpClient;
  /** the orders table */
  tableName: string;
}

/**
 * Finds PENDING orders confirmed before a cutoff, oldest first, through the sparse `pending`
 * index (only PENDING orders are in it). Index reads are eventually consistent; reconciliation
 * settles each order with a conditional transition from PENDING, so a stale entry is harmless.
 */
export class DynamoPendingOrders implements PendingOrderFinder {
  constructor(private readonly options: PendingOrdersOptions) {}

  async listPending(confirmedBefore: string, limit: number): Promise<Order[]> {
    const found = await this.queue(PENDING_QUEUE, confirmedBefore, limit, (order) => order.state === OrderState.Pending);
    return found;
  }

  async listRefundsOwed(limit: number): Promise<Order[]> {
    return this.queue(REFUND_QUEUE, '\uffff', limit, (order) => order.refundState === 'requested');
  }

  async listOwedNotices(limit: number): Promise<Order[]> {
    return this.queue(NOTICE_QUEUE, '\uffff', limit, (order) => Boolean(order.noticeOwed) && order.noticeSentKind !== order.noticeOwed);
  }

  /** One queue of the sparse index, oldest first; entries the index has not caught up on are skipped. */
  private async queue(queue: string, confirmedBefore: string, limit: number, current: (order: Order) => boolean): Promise<Order[]> {
    const { doc, tableName } = this.options;
    const found: Order[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc
        .send(
          new QueryCommand({
            TableName: tableName,
            IndexName: PENDING_ORDERS_INDEX,
            KeyConditionExpression: '#queue = :queue AND #confirmedAt <= :before',
            ExpressionAttributeNames: { '#queue': PENDING_QUEUE_ATTRIBUTE, '#confirmedAt': 'confirmedAt' },
            ExpressionAttributeValues: { ':queue': queue, ':before': confirmedBefore },
            ScanIndexForward: true,
            Limit: limit - found.length,
            ExclusiveStartKey: start,
          }),
        )
        .catch((err) => {
          throw translateStoreError(err, 'reconcile queue query');
        });
      for (const item of out.Items ?? []) {
        const order = orderFromItem(item);
        if (current(order)) found.push(order);
      }
      start = out.LastEvaluatedKey;
    } while (start && found.length < limit);
    return found.slice(0, limit);
  }
}
