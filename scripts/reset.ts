/**
 * `npm run reset`: the local data back to a fresh clone's. Removes everything in the data folder
 * (.data/: the embedded store with its carts, orders and imported catalog, the email outbox, the
 * event log, the catalog snapshot) except the local signing key, so tokens already minted with
 * dev:token keep working. The next `npm start` loads the demo data again. Refuses while
 * `npm start` (or anything else) holds the store.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedStoreLockedError, startEmbeddedStore } from '../src/local/embedded-store';
import { DEV_KEY_FILE } from '../src/local/dev-keys';
import { IDP_FOLDER } from '../src/local/idp/local-idp';
import { localDataDir, shownPath, STORE_FOLDER } from '../src/local/local-store';
import { runTool, ToolUsageError } from './admin/run-tool';
import { findLiveRunningStore } from './admin/tool-store';

async function main(): Promise<number> {
  if (process.argv.length > 2) throw new ToolUsageError(`unknown argument ${process.argv[2]}`, 'usage: npm run reset');
  const dataDir = localDataDir();
  const shown = shownPath(dataDir);
  const running = await findLiveRunningStore(dataDir);
  if (running) {
    process.stderr.write(`reset: npm start is running (pid ${running.pid}) on ${shown}: stop it first (Ctrl-C), then npm run reset\n`);
    return 1;
  }
  const store = join(dataDir, STORE_FOLDER);
  if (existsSync(store)) {
    // nothing may hold the files while they are deleted: open them once to be sure
    try {
      await (await startEmbeddedStore({ path: store })).close();
    } catch (err) {
      if (!(err instanceof EmbeddedStoreLockedError)) throw err;
      process.stderr.write(`reset: the store in ${shownPath(store)} is in use by another process: stop it first, then npm run reset\n`);
      return 1;
    }
  }
  // the identity provider's folder (its signing keys, client secrets and grants) stays too
  const removed = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => name !== DEV_KEY_FILE && name !== IDP_FOLDER) : [];
  for (const name of removed) rmSync(join(dataDir, name), { recursive: true, force: true });
  process.stdout.write(
    removed.length === 0
      ? `reset: ${shown} holds no local data; nothing to remove\n`
      : `reset: removed ${removed.map((name) => join(shown, name)).join(', ')}; the next npm start loads the demo data again` +
          `${existsSync(join(dataDir, DEV_KEY_FILE)) || existsSync(join(dataDir, IDP_FOLDER)) ? ' (the signing key stays, so tokens from dev:token keep working)' : ''}\n`,
  );
  return 0;
}

runTool('reset', main);
