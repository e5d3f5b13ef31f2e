/**
 * A small client for Stripe's REST API (v1): form-encoded POSTs over node:https with keep-alive,
 * one deadline per call, at most one retry under the same idempotency key. It stands in for the
 * `stripe` SDK, which was almost half of each Lambda bundle and cost its compile time at every
 * cold start, for the one call the shop makes. node:https rather than fetch: the DynamoDB client
 * has loaded it already, while fetch loads undici on its first use (about 30 ms more, measured).
 */
import type { RequestOptions } from 'node:http';
import { exchange, header, keepAliveTransport, type Transport, type WireResponse } from '../http/exchange';

/**
 * The API version every request pins, so Stripe's answers keep the shape this client reads. It is
 * the version the stripe SDK (23.1.0) pinned when it was replaced. To move it: read Stripe's API
 * changelog for PaymentIntent creation and errors between the two versions, change it here, and
 * run test/integration/stripe-gateway.test.ts against a stand-in updated to match.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive';

const DEFAULT_API_BASE = 'https://api.stripe.com';
const USER_AGENT = `voice-shop (stripe-rest; node ${process.versions.node})`;
/** A retry is sent only if at least this much of the call's time is left: a confirm rarely answers faster. */
const MIN_RETRY_WINDOW_MS = 500;
/** The pause before the retry, jittered so concurrent turns do not retry in step. */
const RETRY_DELAY_MS = { min: 50, max: 150 };
/**
 * Connection errors worth one more attempt: the request may not have reached Stripe (a kept-alive
 * socket that went stale while the function was frozen), or its answer was lost on the way back.
 */
const CONNECTION_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** A form field: nested objects are sent with Stripe's brackets (`metadata[orderId]=…`); undefined is left out. */
export type FormValue = string | number | boolean | undefined | { readonly [key: string]: FormValue };

/**
 * Stripe's form encoding: `application/x-www-form-urlencoded` with nested fields as `parent[child]`,
 * the brackets left literal as Stripe's own SDKs send them.
 */
export function formEncode(params: { readonly [key: string]: FormValue }): string {
  const pairs: string[] = [];
  const add = (key: string, value: FormValue): void => {
    if (value === undefined) return;
    if (typeof value === 'object') {
      for (const [child, v] of Object.entries(value)) add(`${key}[${encodeURIComponent(child)}]`, v);
    } else {
      pairs.push(`${key}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(params)) add(encodeURIComponent(key), value);
  return pairs.join('&');
}

/** Where a call failed: reading the key, reaching Stripe, waiting for it, or in what it answered. */
export type StripeFailure = 'secret-key' | 'connection' | 'timeout' | 'response';

/**
 * A call that did not end in a 2xx JSON answer. It holds only what is safe to log: Stripe's status,
 * error type and codes and request id, never Stripe's message (it may quote a payment method id),
 * the request, or the key.
 */
export class StripeApiError extends Error {
  readonly failure: StripeFailure;
  /** HTTP status, when something answered */
  readonly status?: number;
  /** Stripe's `error.type`; unset when the answer is not a Stripe error (a proxy in the way, an empty body) */
  readonly type?: string;
  /** Stripe's `error.code`; for a connection failure, the socket's error code (ECONNRESET…) */
  readonly code?: string;
  readonly declineCode?: string;
  /** the parameter Stripe objected to (a field name) */
  readonly param?: string;
  readonly requestId?: string;
  /** Stripe-Should-Retry, when Stripe said */
  readonly shouldRetry?: boolean;

  constructor(
    failure: StripeFailure,
    message: string,
    details: { status?: number; type?: string; code?: string; declineCode?: string; param?: string; requestId?: string; shouldRetry?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'StripeApiError';
    this.failure = failure;
    this.status = details.status;
    this.type = details.type;
    this.code = details.code;
    this.declineCode = details.declineCode;
    this.param = details.param;
    this.requestId = details.requestId;
    this.shouldRetry = details.shouldRetry;
  }
}

export interface StripeApiOptions {
  /** the secret key; read once, read again only after a failed read */
  secretKey: () => Promise<string>;
  /** unset: https://api.stripe.com */
  apiBase?: URL;
}

export interface PostOptions {
  /** sent on every attempt, so a retry meets the first attempt's result */
  idempotencyKey: string;
  /**
   * the whole call, retry included, counted once the key is at hand; an attempt still running then
   * is abandoned and its socket destroyed
   */
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class StripeApiClient {
  private readonly url: URL;
  private readonly transport: Transport;
  private key?: Promise<string>;

  constructor(private readonly options: StripeApiOptions) {
    this.url = new URL(options.apiBase ?? DEFAULT_API_BASE);
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') throw new Error(`Stripe API base must be http or https, got ${this.url.protocol}`);
    // Kept alive: a second charge from a warm function skips the TLS handshake.
    this.transport = keepAliveTransport(this.url);
  }

  /** POSTs a form to `path` and returns the JSON object Stripe answered with, or throws StripeApiError. */
  async post(path: string, params: { readonly [key: string]: FormValue }, options: PostOptions): Promise<Record<string, unknown>> {
    const key = await this.secretKey();
    const body = formEncode(params);
    const deadline = Date.now() + Math.max(1, options.timeoutMs);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return readAnswer(await this.attempt(path, body, key, options.idempotencyKey, deadline - Date.now()));
      } catch (err) {
        // node throws before sending for a header it refuses (a key with a line break in it)
        const failure = err instanceof StripeApiError ? err : new StripeApiError('connection', 'the request to Stripe could not be sent', { cause: err });
        const delay = RETRY_DELAY_MS.min + Math.floor(Math.random() * (RETRY_DELAY_MS.max - RETRY_DELAY_MS.min));
        if (attempt > 1 || !worthRetrying(failure) || deadline - Date.now() - delay < MIN_RETRY_WINDOW_MS) throw failure;
        await sleep(delay);
      }
    }
  }

  private secretKey(): Promise<string> {
    this.key ??= this.options
      .secretKey()
      // a key stored with a trailing newline would otherwise be refused as a header value
      .then((key) => key.trim())
      .then((key) => {
        if (!key) throw new Error('the Stripe secret key is empty');
        return key;
      })
      .catch((cause: unknown) => {
        this.key = undefined;
        throw new StripeApiError('secret-key', 'the Stripe secret key could not be read', { cause });
      });
    return this.key;
  }

  /** One attempt; past `timeoutMs` the request is destroyed with its socket, so it is never pooled. */
  private attempt(path: string, body: string, key: string, idempotencyKey: string, timeoutMs: number): Promise<WireResponse> {
    const options: RequestOptions = {
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      port: this.url.port || undefined,
      method: 'POST',
      path,
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': Buffer.byteLength(body),
        accept: 'application/json',
        'idempotency-key': idempotencyKey,
        'stripe-version': STRIPE_API_VERSION,
        'user-agent': USER_AGENT,
      },
    };
    return exchange(this.transport, options, body, {
      timeoutMs,
      timeout: (_phase, ms) => new StripeApiError('timeout', `Stripe did not answer within ${ms} ms`),
      network: connectionError,
    });
  }
}

function connectionError(cause: Error): StripeApiError {
  const code = (cause as NodeJS.ErrnoException).code ?? 'unknown';
  return new StripeApiError('connection', `Stripe could not be reached (${code})`, { code, cause });
}

/**
 * Connection errors, rate limits and server errors may pass on a second try; the idempotency key
 * makes it safe. Not a timeout (it had all the time there was), not a 409 (another request with
 * this key is still running), not any other answer Stripe gave, and never when Stripe says no.
 */
function worthRetrying(err: StripeApiError): boolean {
  if (err.shouldRetry === false) return false;
  if (err.failure === 'connection') return CONNECTION_ERRORS.has(err.code ?? '');
  if (err.failure === 'response') return err.status === 429 || (err.status ?? 0) >= 500;
  return false;
}

/** The 2xx answer's JSON object, or the StripeApiError the answer stands for. */
function readAnswer({ status, headers, body }: WireResponse): Record<string, unknown> {
  const requestId = header(headers['request-id']);
  const shouldRetryHeader = header(headers['stripe-should-retry']);
  const shouldRetry = shouldRetryHeader === 'true' ? true : shouldRetryHeader === 'false' ? false : undefined;
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const json = isObject(parsed) ? parsed : undefined;
  if (status >= 200 && status < 300 && json) return json;
  const error = isObject(json?.error) ? json.error : undefined;
  const type = text(error?.type);
  if (status >= 300 && type) {
    const code = text(error?.code);
    const declineCode = text(error?.decline_code);
    const param = text(error?.param);
    const codes = [code, declineCode].filter(Boolean).join('/');
    const message = `Stripe answered ${status} ${type}${codes ? ` (${codes})` : ''}${param ? ` on ${param}` : ''}${requestId ? `, request ${requestId}` : ''}`;
    throw new StripeApiError('response', message, { status, type, code, declineCode, param, requestId, shouldRetry });
  }
  // A load balancer or proxy in the way, an empty body, a 2xx that is not JSON: not Stripe's word.
  const contentType = header(headers['content-type']) ?? 'no content type';
  const what = status < 300 ? 'a JSON object' : 'a Stripe error';
  throw new StripeApiError('response', `Stripe answered ${status} with a ${body.length}-byte ${contentType} body that is not ${what}${requestId ? `, request ${requestId}` : ''}`, {
    status,
    requestId,
    shouldRetry,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
