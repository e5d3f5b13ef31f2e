/**
 * The local identity provider as npm start and dev:token share it: its client secrets and the
 * device-link token key in the data folder (made once, readable by this user only), a note saying
 * where a running one listens, and the shop settings that point at it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIsAlive } from '../local-store';
import { DEV_CLIENT_ID, DEV_GRANT_TYPE, idpEndpoints, SHOP_CLIENT_ID, SHOP_RESOURCE, SHOP_SCOPE, type IdpOptions, type IdpSecrets } from './settings';

/** The provider's folder in the data folder: its keys, its state, its client secrets. npm run reset keeps it. */
export const IDP_FOLDER = 'idp';
const SECRETS_FILE = 'clients.json';
const RUNNING_FILE = 'running.json';
const TOKEN_KEY_FILE = 'device-link-token-key';

/** The audience of access tokens for the local shop. */
export const LOCAL_AUDIENCE = 'voice-shop-local';
/** The Amazon vendor id the local Alexa client accepts redirects for (ALEXA_VENDOR_ID overrides it). */
export const LOCAL_VENDOR_ID = 'M1LOCALVENDOR';

function writePrivate(path: string, text: string): void {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, text, { mode: 0o600 });
  renameSync(partial, path);
}

function folder(dataDir: string): string {
  const path = join(dataDir, IDP_FOLDER);
  mkdirSync(path, { recursive: true });
  return path;
}

export function loadOrCreateIdpSecrets(dataDir: string): IdpSecrets {
  const path = join(folder(dataDir), SECRETS_FILE);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as IdpSecrets;
  const secret = () => randomBytes(24).toString('base64url');
  const secrets: IdpSecrets = { alexa: secret(), shop: secret(), dev: secret() };
  writePrivate(path, JSON.stringify(secrets, null, 2));
  return secrets;
}

/** The key npm start seals held tokens with (32 random bytes, base64). */
export function loadOrCreateDeviceLinkKey(dataDir: string): string {
  const path = join(folder(dataDir), TOKEN_KEY_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const key = randomBytes(32).toString('base64');
  writePrivate(path, key);
  return key;
}

/** The port the provider listens on: IDP_PORT, else the shop's port plus one (any free port when the shop takes any). */
export function localIdpPort(env: Record<string, string | undefined> = process.env): number {
  if (env.IDP_PORT?.trim()) return Number(env.IDP_PORT);
  const shop = Number(env.PORT ?? 3000);
  return shop === 0 ? 0 : shop + 1;
}

export interface RunningIdp {
  issuer: string;
  pid: number;
}

/** Says where this process's provider listens, until `withdraw()`. */
export function announceIdp(dataDir: string, running: RunningIdp): { withdraw(): void } {
  const path = join(folder(dataDir), RUNNING_FILE);
  writePrivate(path, JSON.stringify(running));
  return {
    withdraw: () => {
      if (readRunningIdp(dataDir)?.pid === running.pid) rmSync(path, { force: true });
    },
  };
}

/** The provider a live npm start runs on this data folder, if any (a note left by a killed one is ignored). */
export function readRunningIdp(dataDir: string): RunningIdp | undefined {
  const path = join(dataDir, IDP_FOLDER, RUNNING_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const note = JSON.parse(readFileSync(path, 'utf8')) as RunningIdp;
    return processIsAlive(note.pid) ? note : undefined;
  } catch {
    return undefined;
  }
}

/** The options npm start (or dev:token standing in for it) starts the provider with. */
export function localIdpOptions(dataDir: string, port: number, env: Record<string, string | undefined> = process.env, issuer?: string): IdpOptions {
  return {
    port,
    ...(issuer ? { issuer } : {}),
    audience: LOCAL_AUDIENCE,
    secrets: loadOrCreateIdpSecrets(dataDir),
    alexaVendorId: env.ALEXA_VENDOR_ID?.trim() || LOCAL_VENDOR_ID,
    dataDir,
    devGrant: true,
  };
}

/**
 * The shop's settings for this provider, exactly as a deployed stage names a production one:
 * issuer, audience and JWKS URL for verifying tokens, introspection before a charge, and the
 * device-code client.
 */
export function shopSettingsFor(issuer: string, secrets: IdpSecrets, tokenKey: string): Record<string, string> {
  const endpoints = idpEndpoints(issuer);
  return {
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: LOCAL_AUDIENCE,
    AUTH_JWKS_URL: endpoints.jwks,
    AUTH_ALGORITHMS: 'RS256,ES256',
    INTROSPECTION_URL: endpoints.introspection,
    INTROSPECTION_CLIENT_ID: SHOP_CLIENT_ID,
    INTROSPECTION_CLIENT_SECRET: secrets.shop,
    DEVICE_AUTHORIZATION_URL: endpoints.deviceAuthorization,
    OAUTH_TOKEN_URL: endpoints.token,
    OAUTH_REVOCATION_URL: endpoints.revocation,
    LINK_CLIENT_ID: SHOP_CLIENT_ID,
    LINK_CLIENT_SECRET: secrets.shop,
    LINK_SCOPE: SHOP_SCOPE,
    LINK_RESOURCE: SHOP_RESOURCE,
    DEVICE_LINK_TOKEN_KEY: tokenKey,
  };
}

/** A real access token for a demo customer from the provider at `tokenEndpoint`, with the dev client. */
export async function devToken(tokenEndpoint: string, secrets: IdpSecrets, customerId: string): Promise<{ accessToken: string; expiresIn: number }> {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(DEV_CLIENT_ID)}:${encodeURIComponent(secrets.dev)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: DEV_GRANT_TYPE, customer_id: customerId }).toString(),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`the identity provider refused: ${body.error_description ?? body.error ?? response.status}`);
  return { accessToken: body.access_token, expiresIn: body.expires_in ?? 0 };
}
