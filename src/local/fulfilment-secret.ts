import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The local fulfilment feed's signing secret, in the data folder (npm run reset keeps it, like the token key). */
export const FULFILMENT_SECRET_FILE = 'fulfilment-signing-secret';

/**
 * The secret a local fulfilment system (npm run demo:fulfilment) signs events with: made on the
 * first npm start, read by both. A deployed stage has its own in SSM.
 */
export function loadOrCreateFulfilmentSecret(dataDir: string): string {
  const path = join(dataDir, FULFILMENT_SECRET_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = `whsec_local_${randomBytes(24).toString('hex')}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The secret if npm start made one in this folder. */
export function readFulfilmentSecret(dataDir: string): string | undefined {
  const path = join(dataDir, FULFILMENT_SECRET_FILE);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}
