import type { AddressInfo } from 'node:net';

/** dynalite has no type declarations; this is the part of it used here. */
interface DynaliteServer {
  listen(port: number, host: string, callback: (err?: Error) => void): void;
  close(callback: (err?: Error) => void): void;
  address(): AddressInfo;
}
type DynaliteFactory = (options: { createTableMs?: number; deleteTableMs?: number; updateTableMs?: number; path?: string }) => DynaliteServer;

export interface EmbeddedStore {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * dynalite, an in-process DynamoDB, on loopback: in memory, or on disk under `path`.
 * It has no transactions, which is why the shop uses single-item conditional writes only.
 */
export async function startEmbeddedStore(options: { path?: string; port?: number } = {}): Promise<EmbeddedStore> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as DynaliteFactory;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: options.path });
  await new Promise<void>((resolve, reject) => server.listen(options.port ?? 0, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
