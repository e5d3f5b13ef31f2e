import type { AddressInfo } from 'node:net';

/** dynalite has no type declarations; this is the part of it used here. */
interface DynaliteServer {
  listen(port: number, host: string, callback: (err?: Error) => void): void;
  close(callback: (err?: Error) => void): void;
  address(): AddressInfo;
}
type DynaliteFactory = (options: { createTableMs?: number; deleteTableMs?: number; updateTableMs?: number; path?: string }) => DynaliteServer;

/** The part of `level` (dynalite's own LevelDB binding) used to try the lock. */
interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelConstructor = new (path: string) => LevelDatabase;

export interface EmbeddedStore {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Another process holds the store's files (LevelDB allows one). dynalite would start anyway and
 * then crash on the first request with "Database is not open", so this is found out first.
 */
export class EmbeddedStoreLockedError extends Error {
  readonly path: string;
  constructor(path: string, options: { cause?: unknown } = {}) {
    super(`the local store in ${path} is in use by another process`, options);
    this.name = 'EmbeddedStoreLockedError';
    this.path = path;
  }
}

/**
 * dynalite, an in-process DynamoDB, on loopback: in memory, or on disk under `path`.
 * It has no transactions, which is why the shop uses single-item conditional writes only.
 * Throws EmbeddedStoreLockedError when another process holds the files under `path`.
 */
export async function startEmbeddedStore(options: { path?: string; port?: number } = {}): Promise<EmbeddedStore> {
  if (options.path) await tryLock(options.path);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as DynaliteFactory;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: options.path });
  await new Promise<void>((resolve, reject) => server.listen(options.port ?? 0, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  const { port } = server.address();
  // dynalite opens its files in the background: one request waits for that, so the files are held
  // (and a second process is refused) by the time the store is handed out
  if (options.path) await firstRequest(`http://127.0.0.1:${port}`);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** A ListTables request, answered once the store's files are open. */
async function firstRequest(endpoint: string): Promise<void> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.ListTables',
      // dynalite checks that a request is signed, not the signature
      authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      'x-amz-date': '20260101T000000Z',
    },
    body: '{}',
  });
  await response.text();
}

/** Opens and closes the LevelDB files once: the open fails with LEVEL_LOCKED while another process holds them. */
async function tryLock(path: string): Promise<void> {
  // dynalite's own dependency, so the probe meets exactly the lock dynalite would
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Level } = require('level') as { Level: LevelConstructor };
  const db = new Level(path);
  try {
    await db.open();
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') throw new EmbeddedStoreLockedError(path, { cause: err });
    throw err;
  }
  await db.close();
}
