/**
 * A shopper's list of products saved for later: "save it for later", "what's on my list", "move
 * it to my cart". A linked shopper's list is theirs on every device (kept under the customer id);
 * a guest's is kept per platform user, as the cart is.
 */

export interface SavedItem {
  sku: string;
  savedAt: string;
}

export interface SavedList {
  /** `customer:<customerId>` for a linked shopper, `<platform>:<userId>` for a guest */
  ownerKey: string;
  /** newest first */
  items: SavedItem[];
  /** bumped on every save; a save succeeds only from the version read */
  version: number;
}

/** Items a list keeps; saving one more lets the oldest go. */
export const MAX_SAVED_ITEMS = 50;

export function emptySavedList(ownerKey: string): SavedList {
  return { ownerKey, items: [], version: 0 };
}

/** The list with `sku` at the top (saved again, it moves up rather than appearing twice). */
export function withSaved(list: SavedList, sku: string, savedAt: string): SavedList {
  const items = [{ sku, savedAt }, ...list.items.filter((i) => i.sku !== sku)].slice(0, MAX_SAVED_ITEMS);
  return { ...list, items };
}

export function withoutSaved(list: SavedList, sku: string): SavedList {
  return { ...list, items: list.items.filter((i) => i.sku !== sku) };
}

/** Another turn saved the same list since this one read it. */
export class SavedListConflictError extends Error {
  readonly ownerKey: string;
  constructor(ownerKey: string, options: { cause?: unknown } = {}) {
    super('the saved list changed while it was being saved', options);
    this.name = 'SavedListConflictError';
    this.ownerKey = ownerKey;
  }
}
