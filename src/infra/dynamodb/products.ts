import { BatchGetCommand, BatchWriteCommand, ScanCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import type { Product } from '../../core/product';
import type { ProductSource } from '../catalog/indexed-catalog';
import { translateStoreError } from './errors';

const BATCH_GET = 100;
const BATCH_WRITE = 25;
const UNPROCESSED_ROUNDS = 8;

export interface DynamoProductsOptions {
  doc: DynamoHttpClient;
  tableName: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The products table: read by sku in batches, scanned whole to build the search index. */
export class DynamoProductSource implements ProductSource {
  constructor(private readonly options: DynamoProductsOptions) {}

  async getProducts(skus: readonly string[]): Promise<Product[]> {
    const { doc, tableName } = this.options;
    const found: Product[] = [];
    for (let i = 0; i < skus.length; i += BATCH_GET) {
      let keys: Record<string, unknown>[] | undefined = skus.slice(i, i + BATCH_GET).map((sku) => ({ sku }));
      for (let round = 0; keys && keys.length > 0 && round < UNPROCESSED_ROUNDS; round += 1) {
        if (round > 0) await sleep(20 * 2 ** round * Math.random());
        const request = { [tableName]: { Keys: keys } };
        const out = await doc.send(new BatchGetCommand({ RequestItems: request })).catch((err) => {
          throw translateStoreError(err, 'product batch get');
        });
        found.push(...((out.Responses?.[tableName] ?? []) as Product[]));
        keys = out.UnprocessedKeys?.[tableName]?.Keys as Record<string, unknown>[] | undefined;
      }
    }
    return found;
  }

  async all(): Promise<Product[]> {
    const { doc, tableName } = this.options;
    const products: Product[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start })).catch((err) => {
        throw translateStoreError(err, 'product scan');
      });
      products.push(...((out.Items ?? []) as Product[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return products;
  }

  /** Whether the table holds no product at all (one item read at most). */
  async isEmpty(): Promise<boolean> {
    const { doc, tableName } = this.options;
    const out = await doc.send(new ScanCommand({ TableName: tableName, Limit: 1, ProjectionExpression: 'sku' })).catch((err) => {
      throw translateStoreError(err, 'product scan');
    });
    return (out.Items ?? []).length === 0;
  }

  /** Writes products in batches of 25, retrying what the store left unprocessed. */
  putAll(products: readonly Product[]): Promise<number> {
    return this.writeAll(products.map((Item) => ({ PutRequest: { Item } })));
  }

  /** Deletes these skus in batches of 25 (a catalog replaced by an import); returns how many went. */
  removeAll(skus: readonly string[]): Promise<number> {
    return this.writeAll(skus.map((sku) => ({ DeleteRequest: { Key: { sku } } })));
  }

  private async writeAll(all: ReadonlyArray<Record<string, unknown>>): Promise<number> {
    const { doc, tableName } = this.options;
    let written = 0;
    for (let i = 0; i < all.length; i += BATCH_WRITE) {
      let requests: Array<Record<string, unknown>> | undefined = all.slice(i, i + BATCH_WRITE);
      for (let round = 0; requests && requests.length > 0; round += 1) {
        if (round >= UNPROCESSED_ROUNDS) throw new Error(`products table kept ${requests.length} writes unprocessed`);
        if (round > 0) await sleep(20 * 2 ** round * Math.random());
        const sent = requests.length;
        const out = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests as never } }));
        requests = out.UnprocessedItems?.[tableName] as Array<Record<string, unknown>> | undefined;
        written += sent - (requests?.length ?? 0);
      }
    }
    return written;
  }
}
