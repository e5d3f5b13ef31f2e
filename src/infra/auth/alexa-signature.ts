import { verify as verifySignature, type X509Certificate } from 'node:crypto';
import { get as httpsGet } from 'node:https';
import { rootCertificates } from 'node:tls';
import {
  CertUrlProblem,
  CertificateFetchError,
  RequestTimestampError,
  SignatureCertUrlError,
  SignatureMismatchError,
  SignatureMissingError,
  TimestampProblem,
} from './alexa-signature-errors';
import { checkChainDates, parseTrustedRoots, verifySigningCertificate, type VerifiedSigningCertificate } from './certificate-chain';

/** Alexa's documented limit between the request timestamp and our clock. */
export const ALEXA_TIMESTAMP_TOLERANCE_SECONDS = 150;
/**
 * Skill events (enabled, disabled, account linked, permissions) may reach the endpoint up to an
 * hour after they happened: Amazon retries them, so they get an hour, not 150 s.
 */
export const SKILL_EVENT_TIMESTAMP_TOLERANCE_SECONDS = 3600;
const SKILL_EVENT_TYPE = /^AlexaSkillEvent\./;

const CERT_HOST = 's3.amazonaws.com';
const CERT_PATH_PREFIX = '/echo.api/';
const DEFAULT_FETCH_TIMEOUT_MS = 3000;
/** Amazon's PEM bundle is a few KB; anything far larger is not it. */
const MAX_CERT_BYTES = 64 * 1024;
const DEFAULT_CACHE_ENTRIES = 16;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export interface AlexaRequestVerifierOptions {
  /** trusted root CA certificates as PEM (default: Node's bundled root store) */
  trustedRoots?: readonly string[];
  /** injectable clock (default: the system clock) */
  now?: () => Date;
  /** downloads the PEM bundle at an already validated URL (default: HTTPS GET with a short timeout) */
  fetchCertificate?: (url: string) => Promise<string>;
  /** seconds a request timestamp may differ from now, either way (default 150) */
  toleranceSeconds?: number;
  /** the same for skill events, `AlexaSkillEvent.*` (default 3600) */
  skillEventToleranceSeconds?: number;
  /** how many certificate URLs to remember (default 16) */
  maxCachedCertificates?: number;
}

export interface AlexaSignedRequest {
  /** the body exactly as received (already base64-decoded when API Gateway says `isBase64Encoded`) */
  rawBody: Buffer;
  /** request headers; names are matched case-insensitively */
  headers: Record<string, string | undefined>;
}

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

/**
 * Normalises `SignatureCertChainUrl` (dot segments resolved by the WHATWG parser, host and
 * scheme lower-cased, default port dropped) and checks it points at Amazon's certificate
 * folder. Returns the normalised URL, which is what gets fetched and cached.
 */
export function normaliseCertUrl(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') throw new SignatureCertUrlError(CertUrlProblem.Missing, raw);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (cause) {
    throw new SignatureCertUrlError(CertUrlProblem.Unparsable, raw, { cause });
  }
  if (url.protocol !== 'https:') throw new SignatureCertUrlError(CertUrlProblem.Scheme, raw);
  if (url.hostname !== CERT_HOST) throw new SignatureCertUrlError(CertUrlProblem.Host, raw);
  // the parser drops an explicit :443 for https, so any port left is a different one
  if (url.port !== '') throw new SignatureCertUrlError(CertUrlProblem.Port, raw);
  if (url.username !== '' || url.password !== '') throw new SignatureCertUrlError(CertUrlProblem.Credentials, raw);
  if (!url.pathname.startsWith(CERT_PATH_PREFIX)) throw new SignatureCertUrlError(CertUrlProblem.Path, raw);
  return url.href;
}

/** Plain HTTPS GET: no redirects, status 200 only, size-capped, abandoned after `timeoutMs` in total. */
export function httpsFetchCertificate(url: string, timeoutMs = DEFAULT_FETCH_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = httpsGet(url, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        request.destroy(new Error(`HTTP ${response.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CERT_BYTES) request.destroy(new Error('certificate response too large'));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(deadline);
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
      response.on('error', (error) => request.destroy(error));
    });
    // a whole-request deadline, not a socket idle timeout: a slow drip must not hold the turn
    const deadline = setTimeout(() => request.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
  });
}

/** The signed body's request timestamp and type (either undefined when absent or unreadable). */
function readRequest(rawBody: Buffer): { timestamp?: unknown; type?: unknown } {
  try {
    const envelope: unknown = JSON.parse(rawBody.toString('utf8'));
    if (typeof envelope !== 'object' || envelope === null) return {};
    const request = (envelope as { request?: unknown }).request;
    if (typeof request !== 'object' || request === null) return {};
    return { timestamp: (request as { timestamp?: unknown }).timestamp, type: (request as { type?: unknown }).type };
  } catch {
    return {};
  }
}

/**
 * Verifies that a request to an HTTPS-hosted skill endpoint came from Alexa, as Amazon requires
 * for web-service skills: certificate URL, certificate chain, body signature and timestamp.
 * Lambda-hosted skills don't need it (Lambda's trigger does the job); the local server and the
 * optional HTTP API route do.
 */
export class AlexaRequestVerifier {
  private readonly now: () => Date;
  private readonly fetchCertificate: (url: string) => Promise<string>;
  private readonly toleranceMs: number;
  private readonly skillEventToleranceMs: number;
  private readonly maxCached: number;
  private readonly trustedRootPems: readonly string[];
  private roots: X509Certificate[] | undefined;
  /** keyed by normalised URL; holds the in-flight promise too, so concurrent requests fetch once */
  private readonly cache = new Map<string, Promise<VerifiedSigningCertificate>>();

  constructor(options: AlexaRequestVerifierOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.fetchCertificate = options.fetchCertificate ?? ((url) => httpsFetchCertificate(url));
    this.toleranceMs = (options.toleranceSeconds ?? ALEXA_TIMESTAMP_TOLERANCE_SECONDS) * 1000;
    this.skillEventToleranceMs = (options.skillEventToleranceSeconds ?? SKILL_EVENT_TIMESTAMP_TOLERANCE_SECONDS) * 1000;
    this.maxCached = Math.max(1, options.maxCachedCertificates ?? DEFAULT_CACHE_ENTRIES);
    this.trustedRootPems = options.trustedRoots ?? rootCertificates;
  }

  /** Resolves when the request is authentic; otherwise throws an `AlexaRequestVerificationError` subclass. */
  async verify(request: AlexaSignedRequest): Promise<void> {
    const certUrl = normaliseCertUrl(header(request.headers, 'SignatureCertChainUrl'));
    const signature = header(request.headers, 'Signature-256');
    if (signature === undefined || signature.trim() === '') {
      throw new SignatureMissingError(header(request.headers, 'Signature') !== undefined);
    }
    const cert = await this.signingCertificate(certUrl);
    const valid = verifySignature('sha256', request.rawBody, cert.publicKey, Buffer.from(signature.trim(), 'base64'));
    if (!valid) throw new SignatureMismatchError(certUrl);
    this.checkTimestamp(request.rawBody);
  }

  private async signingCertificate(url: string): Promise<VerifiedSigningCertificate> {
    const now = this.now().getTime();
    const cached = this.cache.get(url);
    if (cached) {
      const cert = await cached;
      if (now <= cert.notAfter) {
        checkChainDates(cert, now, url);
        return cert;
      }
      // expired since it was cached: Amazon rotates the certificate at the same URL
      if (this.cache.get(url) === cached) this.cache.delete(url);
    }
    const pending = this.download(url, now);
    this.remember(url, pending);
    // a failed download must not poison the cache for the next request
    pending.catch(() => {
      if (this.cache.get(url) === pending) this.cache.delete(url);
    });
    return pending;
  }

  private async download(url: string, now: number): Promise<VerifiedSigningCertificate> {
    let pem: string;
    try {
      pem = await this.fetchCertificate(url);
    } catch (cause) {
      throw new CertificateFetchError(url, { cause });
    }
    return verifySigningCertificate(pem, url, this.trustedRoots(), now);
  }

  private remember(url: string, entry: Promise<VerifiedSigningCertificate>): void {
    this.cache.delete(url);
    // Map keeps insertion order, so the first key is the least recently stored
    while (this.cache.size >= this.maxCached) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
    this.cache.set(url, entry);
  }

  private trustedRoots(): X509Certificate[] {
    // parsed on first use: the default store is ~140 certificates, not worth it at cold start
    this.roots ??= parseTrustedRoots(this.trustedRootPems);
    return this.roots;
  }

  private checkTimestamp(rawBody: Buffer): void {
    const { timestamp, type } = readRequest(rawBody);
    // the type is read from the body whose signature was just checked, so it cannot be forged
    const toleranceMs = typeof type === 'string' && SKILL_EVENT_TYPE.test(type) ? this.skillEventToleranceMs : this.toleranceMs;
    if (timestamp === undefined || timestamp === null) throw new RequestTimestampError(TimestampProblem.Missing);
    if (typeof timestamp !== 'string' || !ISO_8601.test(timestamp)) {
      throw new RequestTimestampError(TimestampProblem.Unparsable);
    }
    const at = Date.parse(timestamp);
    if (Number.isNaN(at)) throw new RequestTimestampError(TimestampProblem.Unparsable);
    const skewMs = this.now().getTime() - at;
    if (skewMs > toleranceMs) throw new RequestTimestampError(TimestampProblem.TooOld, skewMs / 1000);
    if (-skewMs > toleranceMs) throw new RequestTimestampError(TimestampProblem.InFuture, skewMs / 1000);
  }
}
