import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * How Dialogflow ES authenticates to our fulfillment webhook, as set in the agent's
 * Fulfillment page: HTTP basic auth, a custom header carrying a shared secret, or both
 * (then both must match).
 */
export interface WebhookAuthConfig {
  basic?: { username: string; password: string };
  header?: { name: string; value: string };
}

export const WebhookAuthFailure = {
  /** nothing usable configured: fail closed rather than let every caller in */
  NotConfigured: 'not-configured',
  MissingCredentials: 'missing-credentials',
  MalformedCredentials: 'malformed-credentials',
  WrongCredentials: 'wrong-credentials',
} as const;
export type WebhookAuthFailure = (typeof WebhookAuthFailure)[keyof typeof WebhookAuthFailure];

export type WebhookAuthResult = { ok: true } | { ok: false; reason: WebhookAuthFailure };

const BASIC = /^basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i;

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

/**
 * Equal-length digests make the comparison constant-time whatever the inputs' lengths, so
 * neither the secret's content nor its length leaks through timing.
 */
function sameSecret(received: string, expected: string): boolean {
  const a = createHash('sha256').update(received, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function checkBasic(headers: Record<string, string | undefined>, basic: NonNullable<WebhookAuthConfig['basic']>): WebhookAuthFailure | undefined {
  const authorization = header(headers, 'authorization');
  if (authorization === undefined || authorization.trim() === '') return WebhookAuthFailure.MissingCredentials;
  const match = BASIC.exec(authorization.trim());
  if (!match) return WebhookAuthFailure.MalformedCredentials;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  if (!decoded.includes(':')) return WebhookAuthFailure.MalformedCredentials;
  // RFC 7617: the user-id has no colon, so comparing "user:password" as one string is exact
  return sameSecret(decoded, `${basic.username}:${basic.password}`) ? undefined : WebhookAuthFailure.WrongCredentials;
}

function checkHeader(headers: Record<string, string | undefined>, secret: NonNullable<WebhookAuthConfig['header']>): WebhookAuthFailure | undefined {
  const value = header(headers, secret.name);
  if (value === undefined || value === '') return WebhookAuthFailure.MissingCredentials;
  return sameSecret(value, secret.value) ? undefined : WebhookAuthFailure.WrongCredentials;
}

function usable(config: WebhookAuthConfig): boolean {
  const { basic, header: secret } = config;
  if (!basic && !secret) return false;
  if (basic && (basic.username === '' || basic.username.includes(':') || basic.password === '')) return false;
  if (secret && (secret.name.trim() === '' || secret.value === '')) return false;
  return true;
}

/**
 * Checks a Dialogflow webhook call against the configured credentials. Callers answer 401 on
 * `ok: false` before any handler runs; `reason` is for logs only, never for the response.
 */
export function verifyWebhookAuth(headers: Record<string, string | undefined>, config: WebhookAuthConfig): WebhookAuthResult {
  if (!usable(config)) return { ok: false, reason: WebhookAuthFailure.NotConfigured };
  // run every configured check, so the time taken does not reveal which one failed
  const failures = [config.basic ? checkBasic(headers, config.basic) : undefined, config.header ? checkHeader(headers, config.header) : undefined].filter(
    (failure): failure is WebhookAuthFailure => failure !== undefined,
  );
  return failures.length === 0 ? { ok: true } : { ok: false, reason: failures[0] };
}
