import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FeedAuthVerdict, FulfilmentFeedAuthenticator } from '../../ports/fulfilment';
import type { RequestHeaders } from '../../ports/inbound-auth';
import type { Clock } from '../../ports/runtime';

/**
 * How a fulfilment system signs each event it posts (README: "The fulfilment feed"):
 *
 *   X-Shop-Timestamp: 1772550000                  Unix time in seconds, when the request was made
 *   X-Shop-Signature: v1=5257a869e7ecebeda32a…    hex HMAC-SHA256, keyed with the shared secret,
 *                                                 over "<timestamp>.<raw body bytes>"
 *
 * The timestamp is signed with the body, so a captured request cannot be replayed once it is
 * older than the tolerance; several `v1=` values (comma-separated) let a sender sign with the
 * old and the new secret while the secret is being rotated.
 */
export const SIGNATURE_HEADER = 'x-shop-signature';
export const TIMESTAMP_HEADER = 'x-shop-timestamp';
/** How far the sender's clock may be from ours, and how old a request may be. */
export const TOLERANCE_SECONDS = 300;

/** The signature value for a body, as a sender computes it (`v1=<hex>`). */
export function signFulfilmentBody(secret: string, rawBody: string | Buffer, timestampSeconds: number): string {
  return `v1=${digest(secret, String(timestampSeconds), typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody).toString('hex')}`;
}

function digest(secret: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body).digest();
}

export interface HmacFeedAuthenticatorOptions {
  /** the shared secret(s), loaded on first use (SSM in AWS): the current first, then any still accepted while rotating */
  secrets: () => Promise<readonly string[]>;
  clock: Clock;
  toleranceSeconds?: number;
}

/** Checks the feed's signature and timestamp; fails closed when the secret cannot be loaded. */
export class HmacFeedAuthenticator implements FulfilmentFeedAuthenticator {
  constructor(private readonly options: HmacFeedAuthenticatorOptions) {}

  async verify({ rawBody, headers }: { rawBody: Buffer; headers: RequestHeaders }): Promise<FeedAuthVerdict> {
    const signature = header(headers, SIGNATURE_HEADER);
    const timestamp = header(headers, TIMESTAMP_HEADER);
    if (!signature) return refuse(`missing ${SIGNATURE_HEADER} header`);
    if (!timestamp) return refuse(`missing ${TIMESTAMP_HEADER} header`);
    if (!/^\d{1,12}$/.test(timestamp.trim())) return refuse(`${TIMESTAMP_HEADER} must be a Unix time in seconds`);
    const tolerance = this.options.toleranceSeconds ?? TOLERANCE_SECONDS;
    const skew = Math.abs(this.options.clock.now().getTime() / 1000 - Number(timestamp));
    if (skew > tolerance) return refuse(`${TIMESTAMP_HEADER} is more than ${tolerance} s away from now: a replayed request, or the sender's clock is wrong`);
    const offered = signature
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.startsWith('v1='))
      .map((part) => part.slice(3));
    if (offered.length === 0 || offered.some((hex) => !/^[0-9a-f]{64}$/i.test(hex))) return refuse(`${SIGNATURE_HEADER} must be v1= and 64 hex digits`);
    let secrets: readonly string[];
    try {
      secrets = (await this.options.secrets()).filter((s) => s.length > 0);
    } catch {
      return { ok: false, reason: 'authentication is unavailable', unavailable: true };
    }
    if (secrets.length === 0) return { ok: false, reason: 'authentication is unavailable', unavailable: true };
    // every pair is compared, in constant time, so the time taken says nothing about which was close
    let matched = false;
    for (const secret of secrets) {
      const expected = digest(secret, timestamp.trim(), rawBody);
      for (const hex of offered) matched = timingSafeEqual(expected, Buffer.from(hex, 'hex')) || matched;
    }
    return matched ? { ok: true } : refuse('the signature does not match the body');
  }
}

function refuse(reason: string): FeedAuthVerdict {
  return { ok: false, reason };
}

function header(headers: RequestHeaders, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name && value !== undefined) return value;
  return undefined;
}
