import { ScanCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import { OrderState } from '../../core/order';
import type { CoPurchases } from '../../ports/co-purchases';
import type { Clock } from '../../ports/runtime';
import { countCoPurchases } from '../catalog/co-purchase-counts';
import { translateStoreError } from './errors';

export interface DynamoCoPurchasesOptions {
  doc: DynamoHttpClient;
  /** the orders table */
  tableName: string;
  clock: Clock;
  /** how long the skus of placed orders, read once, serve before they are read again */
  refreshMs?: number;
}

/**
 * Co-purchase counts over every placed order, from one scan of the orders table that reads only
 * each placed order's skus, kept for `refreshMs` (15 minutes) per process like the search index.
 * Right for a shop of thousands of orders; a larger one would have a scheduled job write the
 * pair counts to a table of their own and this read that instead.
 */
export class DynamoCoPurchases implements CoPurchases {
  private baskets?: Promise<{ skus: string[][]; readAt: number }>;

  constructor(private readonly options: DynamoCoPurchasesOptions) {}

  async boughtWith(skus: readonly string[], limit = 10): Promise<Array<{ sku: string; orders: number }>> {
    return countCoPurchases((await this.placedBaskets()).skus, skus, limit);
  }

  private async placedBaskets(): Promise<{ skus: string[][]; readAt: number }> {
    const now = this.options.clock.now().getTime();
    const current = this.baskets && (await this.baskets.catch(() => undefined));
    if (current && now - current.readAt < (this.options.refreshMs ?? 15 * 60_000)) return current;
    this.baskets = this.scan().then((skus) => ({ skus, readAt: now }));
    return this.baskets;
  }

  private async scan(): Promise<string[][]> {
    const { doc, tableName } = this.options;
    const baskets: string[][] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc
        .send(
          new ScanCommand({
            TableName: tableName,
            FilterExpression: '#state = :placed',
            ProjectionExpression: '#lines',
            ExpressionAttributeNames: { '#state': 'state', '#lines': 'lines' },
            ExpressionAttributeValues: { ':placed': OrderState.Placed },
            ExclusiveStartKey: start,
          }),
        )
        .catch((err) => {
          throw translateStoreError(err, 'co-purchase scan');
        });
      for (const item of out.Items ?? []) {
        const lines = Array.isArray(item.lines) ? (item.lines as Array<Record<string, unknown>>) : [];
        baskets.push(lines.flatMap((l) => (typeof l?.sku === 'string' ? [l.sku] : [])));
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return baskets;
  }
}
