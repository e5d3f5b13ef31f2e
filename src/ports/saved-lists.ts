import type { SavedList } from '../core/saved-list';

/** Saved-for-later lists, written only when the version read is still the stored one. */
export interface SavedListStore {
  get(ownerKey: string): Promise<SavedList | undefined>;
  /** saves `list` if the stored version is still `list.version` (0: none stored); returns it at the next version, else throws SavedListConflictError */
  save(list: SavedList): Promise<SavedList>;
  delete(ownerKey: string): Promise<void>;
}
