import { ScanCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import { OrderState, type Order } from '../../core/order';
import type { PendingOrderFinder } from '../../ports/reconcile';
import { translateStoreError } from './errors';
import { TTL_ATTRIBUTE } from './stores';

export interface PendingOrdersOptions {
  doc: DynamoHttpClient;
  /** the orders table */
  tableName: string;
}

/**
 * Finds PENDING orders with a filtered scan. Reconciliation runs every few minutes and PENDING
 * orders are rare, so a scan is cheap at this shop's size; a sparse index on a pending-only
 * attribute is the step to take when the orders table grows large.
 */
export class DynamoPendingOrders implements PendingOrderFinder {
  constructor(private readonly options: PendingOrdersOptions) {}

  async listPending(confirmedBefore: string, limit: number): Promise<Order[]> {
    const { doc, tableName } = this.options;
    const found: Order[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc
        .send(
          new ScanCommand({
            TableName: tableName,
            FilterExpression: '#state = :pending AND #confirmedAt < :before',
            ExpressionAttributeNames: { '#state': 'state', '#confirmedAt': 'confirmedAt' },
            ExpressionAttributeValues: { ':pending': OrderState.Pending, ':before': confirmedBefore },
            ExclusiveStartKey: start,
          }),
        )
        .catch((err) => {
          throw translateStoreError(err, 'pending order scan');
        });
      for (const item of out.Items ?? []) {
        const { [TTL_ATTRIBUTE]: _ttl, ...order } = item;
        found.push(order as Order);
      }
      start = out.LastEvaluatedKey;
    } while (start && found.length < limit);
    return found.sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? '')).slice(0, limit);
  }
}
