/**
 * How the admin tools find the local store: the note a running `npm start` leaves, notes left by
 * processes that are gone, and files held by a process that left none.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStoreConfig } from '../../src/config';
import { EmbeddedStoreLockedError, startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import { announceRunningStore, findRunningStore, RUNNING_STORE_FILE, STORE_FOLDER } from '../../src/local/local-store';
import { LocalStoreBusyError, openToolStore, StoreKind } from '../../scripts/admin/tool-store';

let dataDir: string;
const stores: EmbeddedStore[] = [];
const started = async (path?: string) => {
  const store = await startEmbeddedStore({ path });
  stores.push(store);
  return store;
};
/**
 * A process id no process has: one past the kernel's highest (a pid freed a moment ago may be
 * reused while the suite spawns processes in parallel).
 */
const goneProcessId = () => String(Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim()) + 1);

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'voice-shop-local-store-'));
});
afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the running-store note', () => {
  it('is found while its process lives and taken away by it', () => {
    const note = announceRunningStore(dataDir, { endpoint: 'http://127.0.0.1:4567', pid: process.pid, tablePrefix: 'voice-shop-local', startedAt: new Date().toISOString() });
    expect(findRunningStore(dataDir)).toMatchObject({ endpoint: 'http://127.0.0.1:4567', pid: process.pid });
    note.withdraw();
    expect(findRunningStore(dataDir)).toBeUndefined();
  });

  it('is ignored, and cleared, once its process is gone (npm start killed with -9)', () => {
    const path = join(dataDir, RUNNING_STORE_FILE);
    writeFileSync(path, JSON.stringify({ endpoint: 'http://127.0.0.1:4567', pid: Number(goneProcessId()), tablePrefix: 'voice-shop-local', startedAt: '2026-12-01T00:00:00Z' }));
    expect(findRunningStore(dataDir)).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });

  it('is left alone by a process withdrawing its own after another wrote a newer one', () => {
    const mine = announceRunningStore(dataDir, { endpoint: 'http://127.0.0.1:1', pid: process.pid, tablePrefix: 'p', startedAt: '' });
    writeFileSync(join(dataDir, RUNNING_STORE_FILE), JSON.stringify({ endpoint: 'http://127.0.0.1:2', pid: process.ppid, tablePrefix: 'p', startedAt: '' }));
    mine.withdraw();
    expect(JSON.parse(readFileSync(join(dataDir, RUNNING_STORE_FILE), 'utf8')).endpoint).toBe('http://127.0.0.1:2');
  });
});

describe('the embedded store on disk', () => {
  it('refuses to open files another holder has, instead of failing on the first request', async () => {
    await started(join(dataDir, STORE_FOLDER));
    await expect(startEmbeddedStore({ path: join(dataDir, STORE_FOLDER) })).rejects.toBeInstanceOf(EmbeddedStoreLockedError);
  });
});

describe('openToolStore', () => {
  const config = loadStoreConfig({});

  it('talks to the store a running npm start announced, with its table prefix', async () => {
    const store = await started(join(dataDir, STORE_FOLDER));
    const note = announceRunningStore(dataDir, { endpoint: store.endpoint, pid: process.pid, tablePrefix: 'voice-shop-elsewhere', startedAt: '' });
    const tool = await openToolStore({ config, dataDir });
    try {
      expect({ kind: tool.kind, products: tool.tables.products, reach: tool.reach }).toEqual({
        kind: StoreKind.Running,
        products: 'voice-shop-elsewhere-products',
        reach: { dynamodbEndpoint: store.endpoint },
      });
    } finally {
      await tool.close();
      note.withdraw();
    }
  });

  it('opens the files itself when nothing runs, and says the store was empty', async () => {
    const tool = await openToolStore({ config, dataDir });
    await tool.close();
    expect(tool).toMatchObject({ kind: StoreKind.Embedded, created: true, where: `the local store in ${join(dataDir, STORE_FOLDER)}` });
    const again = await openToolStore({ config, dataDir });
    await again.close();
    expect(again.created).toBe(false);
  });

  it('refuses when the note points nowhere and the files are held by someone else', async () => {
    await started(join(dataDir, STORE_FOLDER));
    const elsewhere = await started();
    const endpoint = elsewhere.endpoint;
    await stores.pop()!.close();
    // a live process id whose note's endpoint no longer answers: the pid was reused
    const note = announceRunningStore(dataDir, { endpoint, pid: process.pid, tablePrefix: 'voice-shop-local', startedAt: '' });
    try {
      await expect(openToolStore({ config, dataDir, requestTimeoutMs: 500 })).rejects.toThrow(LocalStoreBusyError);
    } finally {
      note.withdraw();
    }
  });
});
