/** Small helpers for the identity provider's own routes on node:http. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Forms and token requests are small; anything larger is not one of ours. */
const MAX_FORM_BYTES = 56 * 1024;

export class RequestTooLargeError extends Error {
  constructor() {
    super('request body too large');
    this.name = 'RequestTooLargeError';
  }
}

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new RequestTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function formOf(body: Buffer): URLSearchParams {
  return new URLSearchParams(body.toString('utf8'));
}

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // Nothing on these pages comes from elsewhere. No form-action: a browser applies it to the
    // redirects after a form too, and consent ends in a redirect to the client (Amazon).
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Client credentials from HTTP Basic (RFC 6749 §2.3.1: form-urlencoded, then base64) or, as a
 * fallback the RFC allows, from the body.
 */
export function clientCredentials(req: IncomingMessage, form: URLSearchParams): { id: string; secret: string } | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
    try {
      return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
    } catch {
      return undefined;
    }
  }
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  return id && secret ? { id, secret } : undefined;
}
