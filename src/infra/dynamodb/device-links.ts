import { DeleteCommand, GetCommand, PutCommand, type Item } from './commands';
import type { DeviceLinkRecord, DeviceLinkStore, HeldLink, PendingDeviceLink } from '../../ports/links';
import type { TokenSealer } from '../auth/token-sealer';
import { isConditionFailure, translateStoreError } from './errors';
import type { TableOptions } from './stores';
import { TTL_ATTRIBUTE } from './stores';

export interface DeviceLinkTableOptions extends TableOptions {
  /** seals the device code and the tokens before they are written (see TokenSealer); plain when absent */
  sealer?: () => Promise<TokenSealer>;
  /** a record with a code and no link is deleted by TTL this long after the code expired */
  pendingGraceSeconds?: number;
}

const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new TypeError(`device link item: ${what} is not a string`);
  return value;
};
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The device-link table: one item per platform user key, with the code under way and/or the link
 * it led to. Every write is conditional on the version read, so concurrent turns of one shopper
 * never both poll the provider or overwrite each other's tokens. Items are mapped field by field:
 * a changed shape fails loudly instead of reaching the core half-read.
 */
export class DynamoDeviceLinkStore implements DeviceLinkStore {
  constructor(private readonly options: DeviceLinkTableOptions) {}

  private async seal(value: string | undefined, userKey: string): Promise<string | undefined> {
    if (value === undefined || !this.options.sealer) return value;
    return (await this.options.sealer()).seal(value, userKey);
  }

  private async open(value: string | undefined, userKey: string): Promise<string | undefined> {
    if (value === undefined || !this.options.sealer) return value;
    return (await this.options.sealer()).open(value, userKey);
  }

  async get(userKey: string): Promise<DeviceLinkRecord | undefined> {
    const { doc, tableName } = this.options;
    const out = await this.guard('device link get', () => doc.send(new GetCommand({ TableName: tableName, Key: { userKey }, ConsistentRead: true })));
    if (!out.Item) return undefined;
    try {
      return await this.fromItem(userKey, out.Item);
    } catch (err) {
      if ((err as Error)?.name !== 'SealedValueError') throw err;
      // Sealed with a key the shop no longer has: the link is no use to anyone, so it goes.
      await this.remove(userKey);
      return undefined;
    }
  }

  async put(record: DeviceLinkRecord, expectedVersion: number): Promise<boolean> {
    const { doc, tableName } = this.options;
    const item = await this.toItem({ ...record, version: expectedVersion + 1 });
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: item,
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(userKey)' : '#version = :expected',
          ...(expectedVersion === 0 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw translateStoreError(err, 'device link put');
    }
  }

  async remove(userKey: string): Promise<void> {
    const { doc, tableName } = this.options;
    await this.guard('device link delete', () => doc.send(new DeleteCommand({ TableName: tableName, Key: { userKey } })));
  }

  private async toItem(record: DeviceLinkRecord): Promise<Item> {
    const { userKey, pending, link, version } = record;
    const item: Item = { userKey, version };
    if (pending) {
      item.pending = { ...pending, deviceCode: await this.seal(pending.deviceCode, userKey) };
      // only a record that holds nothing but a code expires by itself
      if (!link) item[TTL_ATTRIBUTE] = Math.floor(new Date(pending.expiresAt).getTime() / 1000) + (this.options.pendingGraceSeconds ?? 86_400);
    }
    if (link) {
      item.link = {
        ...link,
        accessToken: await this.seal(link.accessToken, userKey),
        ...(link.refreshToken !== undefined ? { refreshToken: await this.seal(link.refreshToken, userKey) } : {}),
      };
    }
    return item;
  }

  private async fromItem(userKey: string, item: Item): Promise<DeviceLinkRecord> {
    const record: DeviceLinkRecord = { userKey, version: typeof item.version === 'number' ? item.version : 0 };
    const p = item.pending as Record<string, unknown> | undefined;
    if (p) {
      const pending: PendingDeviceLink = {
        deviceCode: text(await this.open(text(p.deviceCode, 'pending.deviceCode'), userKey), 'pending.deviceCode'),
        userCode: text(p.userCode, 'pending.userCode'),
        verificationUri: text(p.verificationUri, 'pending.verificationUri'),
        startedAt: text(p.startedAt, 'pending.startedAt'),
        expiresAt: text(p.expiresAt, 'pending.expiresAt'),
        intervalSeconds: typeof p.intervalSeconds === 'number' ? p.intervalSeconds : 5,
        nextPollAt: text(p.nextPollAt, 'pending.nextPollAt'),
      };
      record.pending = pending;
    }
    const l = item.link as Record<string, unknown> | undefined;
    if (l) {
      const refreshToken = await this.open(optionalText(l.refreshToken), userKey);
      const link: HeldLink = {
        customerId: text(l.customerId, 'link.customerId'),
        accessToken: text(await this.open(text(l.accessToken, 'link.accessToken'), userKey), 'link.accessToken'),
        accessTokenExpiresAt: text(l.accessTokenExpiresAt, 'link.accessTokenExpiresAt'),
        ...(refreshToken !== undefined ? { refreshToken } : {}),
        linkedAt: text(l.linkedAt, 'link.linkedAt'),
        linkedInSession: text(l.linkedInSession, 'link.linkedInSession'),
      };
      record.link = link;
    }
    return record;
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw translateStoreError(err, operation);
    }
  }
}
