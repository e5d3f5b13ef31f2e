/**
 * One HTTP exchange with deadlines, shared by the small API clients that stand in for SDKs on
 * the turn path (DynamoDB, Stripe): node:http(s) with a kept-alive agent, the whole answer read
 * into memory, and a request past its deadline destroyed with its socket so it is never pooled.
 * Each client names its own errors; this module never decides what a failure means.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface WireResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A kept-alive agent and the request function for an http: or https: base URL. */
export interface Transport {
  agent: HttpAgent;
  request: typeof httpRequest;
}

export function keepAliveTransport(url: URL, maxSockets?: number): Transport {
  const secure = url.protocol === 'https:';
  const options = maxSockets === undefined ? { keepAlive: true } : { keepAlive: true, maxSockets };
  return secure ? { agent: new HttpsAgent(options), request: httpsRequest } : { agent: new HttpAgent(options), request: httpRequest };
}

export interface ExchangeLimits {
  /** milliseconds for the whole exchange, connection to last byte */
  timeoutMs: number;
  /** milliseconds to open a new connection (a kept-alive one is not timed); unset: not timed apart */
  connectTimeoutMs?: number;
  /** the error for a deadline passed: `connect` or the whole `response` */
  timeout: (phase: 'connect' | 'response', ms: number) => Error;
  /** the error for a socket error, before or during the answer */
  network: (cause: Error) => Error;
}

/** Sends `body` and reads the whole answer, within the limits; settles exactly once. */
export function exchange(transport: Transport, options: RequestOptions, body: string, limits: ExchangeLimits): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const settle = (err: Error | undefined, value?: WireResponse) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      if (err) reject(err);
      else resolve(value as WireResponse);
    };
    const abandon = (err: Error) => {
      settle(err);
      req.destroy();
    };

    const req = transport.request({ ...options, agent: transport.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => settle(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      // a connection dropped mid-answer: 'aborted', code ECONNRESET
      res.on('error', (err) => abandon(limits.network(err)));
    });
    req.on('error', (err) => settle(limits.network(err)));
    const connectMs = limits.connectTimeoutMs;
    if (connectMs !== undefined) {
      req.on('socket', (socket) => {
        if (!socket.connecting) return; // a kept-alive connection
        const connectTimer = setTimeout(() => abandon(limits.timeout('connect', connectMs)), connectMs);
        timers.push(connectTimer);
        socket.once('connect', () => clearTimeout(connectTimer));
      });
    }
    const responseMs = Math.max(0, limits.timeoutMs);
    timers.push(setTimeout(() => abandon(limits.timeout('response', responseMs)), responseMs));
    req.end(body);
  });
}

/** A header's first value. */
export function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
