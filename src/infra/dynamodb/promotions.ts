import { BatchWriteCommand, type BatchWriteCommandOutput, ScanCommand, type WriteRequest } from './commands';
import type { DynamoHttpClient } from './http-client';
import { PromotionKind, type Promotion, type PromotionTarget } from '../../core/promotions';
import type { PromotionStore } from '../../ports/promotions';
import { translateStoreError } from './errors';

const BATCH_WRITE = 25;
const UNPROCESSED_ROUNDS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const KINDS = new Set<string>(Object.values(PromotionKind));

export interface DynamoPromotionStoreOptions {
  doc: DynamoHttpClient;
  tableName: string;
}

function targetFromItem(raw: unknown): PromotionTarget | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const t = raw as Record<string, unknown>;
  if (t.kind === 'cart') return { kind: 'cart' };
  if (t.kind === 'category' && typeof t.category === 'string') return { kind: 'category', category: t.category };
  if (t.kind === 'product' && typeof t.sku === 'string') return { kind: 'product', sku: t.sku };
  return undefined;
}

/** A stored promotion read field by field; an item of another shape is left out rather than half-read. */
export function promotionFromItem(item: Record<string, unknown>): Promotion | undefined {
  const target = targetFromItem(item.target);
  const { id, kind, startsAt, endsAt } = item;
  if (typeof id !== 'string' || typeof kind !== 'string' || !KINDS.has(kind) || !target || typeof startsAt !== 'string' || typeof endsAt !== 'string') return undefined;
  const number = (key: string) => (typeof item[key] === 'number' ? { [key]: item[key] as number } : {});
  return {
    id,
    kind: kind as PromotionKind,
    target,
    ...number('percent'),
    ...number('amount'),
    ...number('buy'),
    startsAt,
    endsAt,
    ...(typeof item.code === 'string' ? { code: item.code } : {}),
    ...number('minSpend'),
    ...number('perCustomerLimit'),
  };
}

/** The promotions table, keyed by the merchant's promotion id; read whole (a shop has tens). */
export class DynamoPromotionStore implements PromotionStore {
  constructor(private readonly options: DynamoPromotionStoreOptions) {}

  async all(): Promise<Promotion[]> {
    const { doc, tableName } = this.options;
    const found: Promotion[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start })).catch((err) => {
        throw translateStoreError(err, 'promotions scan');
      });
      for (const item of out.Items ?? []) {
        const promotion = promotionFromItem(item);
        if (promotion) found.push(promotion);
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return found.sort((a, b) => a.id.localeCompare(b.id));
  }

  putAll(promotions: readonly Promotion[]): Promise<number> {
    return this.writeAll(promotions.map((p) => ({ PutRequest: { Item: { ...p } } })));
  }

  removeAll(ids: readonly string[]): Promise<number> {
    return this.writeAll(ids.map((id) => ({ DeleteRequest: { Key: { id } } })));
  }

  private async writeAll(all: readonly WriteRequest[]): Promise<number> {
    const { doc, tableName } = this.options;
    let written = 0;
    for (let i = 0; i < all.length; i += BATCH_WRITE) {
      let requests: WriteRequest[] | undefined = all.slice(i, i + BATCH_WRITE);
      for (let round = 0; requests && requests.length > 0; round += 1) {
        if (round >= UNPROCESSED_ROUNDS) throw new Error(`promotions table kept ${requests.length} writes unprocessed`);
        if (round > 0) await sleep(20 * 2 ** round * Math.random());
        const sent = requests.length;
        const out: BatchWriteCommandOutput = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } })).catch((err) => {
          throw translateStoreError(err, 'promotions write');
        });
        requests = out.UnprocessedItems?.[tableName];
        written += sent - (requests?.length ?? 0);
      }
    }
    return written;
  }
}
