import type { Promotion } from '../core/promotions';

/** The shop's promotions, as a merchant's file loaded them (a shop has tens, not thousands). */
export interface PromotionStore {
  /** every stored promotion, current or not */
  all(): Promise<Promotion[]>;
  /** writes these promotions whole, replacing any with the same id; returns how many */
  putAll(promotions: readonly Promotion[]): Promise<number>;
  /** removes promotions by id; returns how many */
  removeAll(ids: readonly string[]): Promise<number>;
}
