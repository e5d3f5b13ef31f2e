import type { DeviceLinkRecord, DeviceLinkStore } from '../../ports/links';

/** Device links in memory (unit tests): the same versioned, conditional writes as the table. */
export class MemoryDeviceLinkStore implements DeviceLinkStore {
  readonly records = new Map<string, DeviceLinkRecord>();

  async get(userKey: string): Promise<DeviceLinkRecord | undefined> {
    const record = this.records.get(userKey);
    return record && structuredClone(record);
  }

  async put(record: DeviceLinkRecord, expectedVersion: number): Promise<boolean> {
    const stored = this.records.get(record.userKey)?.version ?? 0;
    if (stored !== expectedVersion) return false;
    this.records.set(record.userKey, structuredClone({ ...record, version: expectedVersion + 1 }));
    return true;
  }

  async remove(userKey: string): Promise<void> {
    this.records.delete(userKey);
  }
}
