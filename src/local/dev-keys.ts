import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';

/** Issuer and audience of tokens minted for local mode only. */
export const DEV_ISSUER = 'https://dev.voice-shop.invalid/';
export const DEV_AUDIENCE = 'voice-shop-local';
const ALG = 'ES256';
/** The signing key's file in the data folder (npm run reset keeps it). */
export const DEV_KEY_FILE = 'dev-signing-key.json';

export interface DevKeys {
  privateJwk: JWK;
  jwks: JSONWebKeySet;
}

/** A signing key kept in the local data folder; created on first start, never used by a deployed stage. */
export async function loadOrCreateDevKeys(dataDir: string): Promise<DevKeys> {
  const path = join(dataDir, DEV_KEY_FILE);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DevKeys;
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const keys: DevKeys = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALG },
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' }] },
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

export function readDevKeys(dataDir: string): DevKeys | undefined {
  const path = join(dataDir, DEV_KEY_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DevKeys) : undefined;
}

/** How long a local token lives: a working day, so a token pasted in the morning lasts. */
export const DEV_TOKEN_TTL_SECONDS = 12 * 3600;

/** An access token for `customerId` that only the local mode accepts. */
export async function mintDevToken(keys: DevKeys, customerId: string, ttlSeconds = DEV_TOKEN_TTL_SECONDS): Promise<string> {
  const key = await importJWK(keys.privateJwk, ALG);
  return new SignJWT({ scope: 'shop' })
    .setProtectedHeader({ alg: ALG, kid: keys.privateJwk.kid })
    .setSubject(customerId)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}
