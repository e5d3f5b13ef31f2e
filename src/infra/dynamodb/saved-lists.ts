import { DeleteCommand, GetCommand, PutCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import { SavedListConflictError, type SavedItem, type SavedList } from '../../core/saved-list';
import type { SavedListStore } from '../../ports/saved-lists';
import { isConditionFailure, translateStoreError } from './errors';

export interface DynamoSavedListStoreOptions {
  doc: DynamoHttpClient;
  tableName: string;
}

function itemsFrom(raw: unknown): SavedItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((i) => (i && typeof i.sku === 'string' && typeof i.savedAt === 'string' ? [{ sku: i.sku as string, savedAt: i.savedAt as string }] : []));
}

/** The saved-lists table: one item per owner, written only from the version read (as carts are). */
export class DynamoSavedListStore implements SavedListStore {
  constructor(private readonly options: DynamoSavedListStoreOptions) {}

  async get(ownerKey: string): Promise<SavedList | undefined> {
    const { doc, tableName } = this.options;
    const out = await doc.send(new GetCommand({ TableName: tableName, Key: { ownerKey }, ConsistentRead: true })).catch((err) => {
      throw translateStoreError(err, 'saved list get');
    });
    if (!out.Item) return undefined;
    return { ownerKey, items: itemsFrom(out.Item.items), version: typeof out.Item.version === 'number' ? out.Item.version : 0 };
  }

  async save(list: SavedList): Promise<SavedList> {
    const { doc, tableName } = this.options;
    const next: SavedList = { ownerKey: list.ownerKey, items: list.items.map((i) => ({ sku: i.sku, savedAt: i.savedAt })), version: list.version + 1 };
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...next },
          ConditionExpression: list.version === 0 ? 'attribute_not_exists(ownerKey)' : '#version = :version',
          ...(list.version === 0 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': list.version } }),
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) throw new SavedListConflictError(list.ownerKey, { cause: err });
      throw translateStoreError(err, 'saved list save');
    }
    return next;
  }

  async delete(ownerKey: string): Promise<void> {
    const { doc, tableName } = this.options;
    await doc.send(new DeleteCommand({ TableName: tableName, Key: { ownerKey } })).catch((err) => {
      throw translateStoreError(err, 'saved list delete');
    });
  }
}
