import { BatchWriteCommand, type BatchWriteCommandOutput, GetCommand, type WriteRequest } from './commands';
import type { DynamoHttpClient } from './http-client';
import { byRecency, type Review } from '../../core/product';
import type { ReviewStore } from '../../ports/reviews';
import { translateStoreError } from './errors';

const BATCH_WRITE = 25;
const UNPROCESSED_ROUNDS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface DynamoReviewStoreOptions {
  doc: DynamoHttpClient;
  tableName: string;
}

/** One stored review, read field by field: a changed shape is dropped, not passed on. */
function reviewFromItem(raw: unknown): Review | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { rating, date, text } = raw as Record<string, unknown>;
  if (typeof rating !== 'number' || typeof date !== 'string' || typeof text !== 'string') return undefined;
  return { rating, date, text };
}

/**
 * The reviews table: one item per product (`sku`, `reviews`: the handful of texts kept), read
 * with one GetItem when a shopper asks. A few texts of at most 600 characters keep an item far
 * below DynamoDB's 400 KB limit.
 */
export class DynamoReviewStore implements ReviewStore {
  constructor(private readonly options: DynamoReviewStoreOptions) {}

  async reviewsOf(sku: string): Promise<Review[]> {
    const { doc, tableName } = this.options;
    const out = await doc.send(new GetCommand({ TableName: tableName, Key: { sku } })).catch((err) => {
      throw translateStoreError(err, 'reviews get');
    });
    const list = Array.isArray(out.Item?.reviews) ? (out.Item.reviews as unknown[]) : [];
    return list.flatMap((r) => reviewFromItem(r) ?? []).sort(byRecency);
  }

  async putAll(reviews: ReadonlyMap<string, readonly Review[]>): Promise<number> {
    const { doc, tableName } = this.options;
    const all: WriteRequest[] = [...reviews].map(([sku, list]) =>
      list.length === 0
        ? { DeleteRequest: { Key: { sku } } }
        : { PutRequest: { Item: { sku, reviews: [...list].sort(byRecency).map((r) => ({ rating: r.rating, date: r.date, text: r.text })) } } },
    );
    let written = 0;
    for (let i = 0; i < all.length; i += BATCH_WRITE) {
      let requests: WriteRequest[] | undefined = all.slice(i, i + BATCH_WRITE);
      for (let round = 0; requests && requests.length > 0; round += 1) {
        if (round >= UNPROCESSED_ROUNDS) throw new Error(`reviews table kept ${requests.length} writes unprocessed`);
        if (round > 0) await sleep(20 * 2 ** round * Math.random());
        const sent = requests.length;
        const out: BatchWriteCommandOutput = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } })).catch((err) => {
          throw translateStoreError(err, 'reviews write');
        });
        requests = out.UnprocessedItems?.[tableName];
        written += sent - (requests?.length ?? 0);
      }
    }
    return written;
  }
}
