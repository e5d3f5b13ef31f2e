/**
 * A small DynamoDB client: the JSON protocol over node:http(s), signed with SigV4, retried within
 * a turn's budget. It stands in for the AWS SDK on the hot path because loading the SDK took most
 * of a Lambda cold start; it speaks only what the stores need (see commands.ts).
 */
import * as zlib from 'node:zlib';
import { exchange, header, keepAliveTransport, type Transport, type WireResponse } from '../http/exchange';
import { DynamoChecksumError, DynamoNetworkError, DynamoServiceError, DynamoTimeoutError } from './errors';
import { isRetryable, RetryBudget, type BudgetedRetryOptions } from './retry';
import { signRequest, type AwsCredentials } from './sigv4';

/** One DynamoDB operation: its name, its body on the wire, and how to read the answer. */
export interface DynamoCommand<Output> {
  readonly operation: string;
  toWire(): Record<string, unknown>;
  fromWire(body: Record<string, unknown>): Output;
}

export interface DynamoHttpClientOptions {
  region: string;
  /** http(s)://host[:port]; unset: https://dynamodb.<region>.amazonaws.com */
  endpoint?: string;
  credentials: AwsCredentials;
  retry?: BudgetedRetryOptions;
  /** milliseconds for one attempt, connection to last byte, before it is abandoned (then retried within the budget) */
  requestTimeoutMs?: number;
  /** milliseconds to open a new connection */
  connectionTimeoutMs?: number;
  /** connections kept per host */
  maxSockets?: number;
}

const TARGET_PREFIX = 'DynamoDB_20120810';
const CONTENT_TYPE = 'application/x-amz-json-1.0';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// zlib.crc32 arrived in Node 20.15; on older runtimes the check is skipped, as the SDK allows.
const crc32 = (zlib as { crc32?: (data: Buffer) => number }).crc32;

export class DynamoHttpClient {
  private readonly url: URL;
  private readonly transport: Transport;
  private readonly retry: RetryBudget;
  private readonly requestTimeoutMs: number;
  private readonly connectionTimeoutMs: number;

  constructor(private readonly options: DynamoHttpClientOptions) {
    this.url = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') throw new Error(`DynamoDB endpoint must be http or https, got ${this.url.protocol}`);
    this.transport = keepAliveTransport(this.url, options.maxSockets ?? 50);
    this.retry = new RetryBudget(options.retry);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 1000;
    this.connectionTimeoutMs = options.connectionTimeoutMs ?? 500;
  }

  /** Sends a command: its input marshalled, its output unmarshalled, retried within the budget. */
  async send<Output>(command: DynamoCommand<Output>): Promise<Output> {
    const body = JSON.stringify(command.toWire());
    return command.fromWire(await this.call(command.operation, body));
  }

  /** Closes the kept-alive connections (scripts and tests, so the process can exit). */
  destroy(): void {
    this.transport.agent.destroy();
  }

  private async call(operation: string, body: string): Promise<Record<string, unknown>> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt(operation, body);
      } catch (err) {
        const delay = isRetryable(err) ? this.retry.delayBeforeRetry(attempt, Date.now() - started) : undefined;
        if (delay === undefined) {
          if (err && typeof err === 'object') (err as { attempts?: number }).attempts = attempt;
          throw err;
        }
        await sleep(delay);
      }
    }
  }

  private async attempt(operation: string, body: string): Promise<Record<string, unknown>> {
    const headers = { 'content-type': CONTENT_TYPE, 'x-amz-target': `${TARGET_PREFIX}.${operation}` };
    const signed = signRequest({ method: 'POST', host: this.url.host, path: '/', headers, body }, this.options.credentials, {
      region: this.options.region,
      service: 'dynamodb',
      date: new Date(),
    });
    const response = await exchange(
      this.transport,
      {
        protocol: this.url.protocol,
        hostname: this.url.hostname,
        port: this.url.port || undefined,
        method: 'POST',
        path: '/',
        headers: { ...headers, ...signed, host: this.url.host, 'content-length': Buffer.byteLength(body) },
      },
      body,
      {
        timeoutMs: this.requestTimeoutMs,
        connectTimeoutMs: this.connectionTimeoutMs,
        timeout: (phase, ms) => new DynamoTimeoutError(phase, ms),
        network: (err) => new DynamoNetworkError(err),
      },
    );
    return readResponse(response);
  }
}

/** The answer's JSON, or the error it stands for. Bodies are never put into messages: they hold customer data. */
function readResponse({ status, headers, body }: WireResponse): Record<string, unknown> {
  const requestId = header(headers['x-amzn-requestid']);
  const expected = header(headers['x-amz-crc32']);
  if (expected !== undefined && crc32) {
    const actual = crc32(body) >>> 0;
    if (String(actual) !== expected) throw new DynamoChecksumError(expected, actual);
  }
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const json = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  if (status >= 200 && status < 300) {
    if (json) return json;
    throw new DynamoServiceError('UnreadableResponse', `DynamoDB answered ${status} with a ${body.length}-byte body that is not a JSON object`, { statusCode: status, requestId });
  }
  const type = typeof json?.__type === 'string' ? json.__type : undefined;
  if (type) {
    const name = type.slice(type.lastIndexOf('#') + 1);
    const message = json?.message ?? json?.Message;
    throw new DynamoServiceError(name, typeof message === 'string' && message ? message : name, { statusCode: status, requestId });
  }
  // A proxy or load balancer in the way, or a broken answer: named so that 5xx reads as unavailable.
  const name = status === 500 ? 'InternalServerError' : status > 500 ? 'ServiceUnavailable' : 'DynamoHttpError';
  const contentType = header(headers['content-type']) ?? 'no content type';
  throw new DynamoServiceError(name, `DynamoDB answered ${status} with a ${body.length}-byte ${contentType} body that is not a DynamoDB error`, {
    statusCode: status,
    requestId,
  });
}
