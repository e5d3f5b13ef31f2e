import { byRecency, type Review } from '../../core/product';
import type { Promotion } from '../../core/promotions';
import { SavedListConflictError, type SavedList } from '../../core/saved-list';
import { OrderState, type Order } from '../../core/order';
import type { CoPurchases } from '../../ports/co-purchases';
import type { PromotionStore } from '../../ports/promotions';
import type { ReviewStore } from '../../ports/reviews';
import type { SavedListStore } from '../../ports/saved-lists';
import { countCoPurchases } from '../catalog/co-purchase-counts';

const copy = <T>(value: T): T => structuredClone(value);

/** Reviews held in memory (unit tests); the same contract as the DynamoDB table. */
export class MemoryReviewStore implements ReviewStore {
  private readonly bySku = new Map<string, Review[]>();

  constructor(reviews: ReadonlyMap<string, readonly Review[]> = new Map()) {
    for (const [sku, list] of reviews) this.bySku.set(sku, [...list].sort(byRecency));
  }

  async reviewsOf(sku: string): Promise<Review[]> {
    return copy(this.bySku.get(sku) ?? []);
  }

  async putAll(reviews: ReadonlyMap<string, readonly Review[]>): Promise<number> {
    for (const [sku, list] of reviews) {
      if (list.length === 0) this.bySku.delete(sku);
      else this.bySku.set(sku, [...copy(list)].sort(byRecency));
    }
    return reviews.size;
  }
}

/** Promotions held in memory (unit tests). */
export class MemoryPromotionStore implements PromotionStore {
  private readonly byId = new Map<string, Promotion>();

  constructor(promotions: readonly Promotion[] = []) {
    for (const p of promotions) this.byId.set(p.id, copy(p));
  }

  async all(): Promise<Promotion[]> {
    return [...this.byId.values()].map(copy);
  }

  async putAll(promotions: readonly Promotion[]): Promise<number> {
    for (const p of promotions) this.byId.set(p.id, copy(p));
    return promotions.length;
  }

  async removeAll(ids: readonly string[]): Promise<number> {
    return ids.filter((id) => this.byId.delete(id)).length;
  }
}

/** Saved lists held in memory, with the same conditional save as the DynamoDB table. */
export class MemorySavedListStore implements SavedListStore {
  readonly lists = new Map<string, SavedList>();

  async get(ownerKey: string): Promise<SavedList | undefined> {
    const list = this.lists.get(ownerKey);
    return list && copy(list);
  }

  async save(list: SavedList): Promise<SavedList> {
    if ((this.lists.get(list.ownerKey)?.version ?? 0) !== list.version) throw new SavedListConflictError(list.ownerKey);
    const next = { ...copy(list), version: list.version + 1 };
    this.lists.set(list.ownerKey, next);
    return copy(next);
  }

  async delete(ownerKey: string): Promise<void> {
    this.lists.delete(ownerKey);
  }
}

/** Co-purchases counted over orders held in memory (a MemoryOrderStore's map). */
export class MemoryCoPurchases implements CoPurchases {
  constructor(private readonly orders: { readonly orders: ReadonlyMap<string, Order> }) {}

  async boughtWith(skus: readonly string[], limit = 10): Promise<Array<{ sku: string; orders: number }>> {
    const placed = [...this.orders.orders.values()].filter((o) => o.state === OrderState.Placed);
    return countCoPurchases(
      placed.map((o) => o.lines.map((l) => l.sku)),
      skus,
      limit,
    );
  }
}
