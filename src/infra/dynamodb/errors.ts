import { StoreUnavailableError } from '../../core/errors';

/** What every failure of the DynamoDB client carries besides its message. */
interface CallContext {
  /** attempts made, the failing one included (set when the client gives up) */
  attempts?: number;
  cause?: unknown;
}

/**
 * An error DynamoDB answered with. `name` is DynamoDB's error type without its namespace
 * (`com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException` → `ConditionalCheckFailedException`).
 */
export class DynamoServiceError extends Error {
  readonly statusCode: number;
  readonly requestId?: string;
  attempts?: number;
  constructor(name: string, message: string, details: CallContext & { statusCode: number; requestId?: string }) {
    super(message, { cause: details.cause });
    this.name = name;
    this.statusCode = details.statusCode;
    this.requestId = details.requestId;
    this.attempts = details.attempts;
  }
}

/** One attempt ran out of time: no connection, or no complete answer, within its limit. */
export class DynamoTimeoutError extends Error {
  readonly phase: 'connect' | 'response';
  readonly timeoutMs: number;
  attempts?: number;
  constructor(phase: 'connect' | 'response', timeoutMs: number) {
    super(phase === 'connect' ? `no connection to DynamoDB within ${timeoutMs} ms` : `no answer from DynamoDB within ${timeoutMs} ms`);
    // the name the store's error translation (and the AWS SDK before it) knows a timeout by
    this.name = 'TimeoutError';
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
}

/** The connection failed (refused, reset, DNS); `code` is Node's (ECONNREFUSED, ECONNRESET, …). */
export class DynamoNetworkError extends Error {
  readonly code: string;
  attempts?: number;
  constructor(cause: Error & { code?: string }) {
    super(`DynamoDB request failed: ${cause.message}`, { cause });
    this.name = 'DynamoNetworkError';
    this.code = cause.code ?? 'UNKNOWN';
  }
}

/** The answer's bytes do not match the x-amz-crc32 checksum DynamoDB sent with them. */
export class DynamoChecksumError extends Error {
  attempts?: number;
  constructor(expected: string, actual: number) {
    super(`DynamoDB response failed its CRC32 check (header ${expected}, body ${actual})`);
    this.name = 'DynamoChecksumError';
  }
}

const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  // answers that kept arriving garbled: as good as none
  'DynamoChecksumError',
]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

export function isConditionFailure(err: unknown): boolean {
  return (err as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/** Throttling or an unreachable store after the client's own retries: one error the core can speak about. */
export function translateStoreError(err: unknown, operation: string): unknown {
  const name = (err as { name?: string })?.name ?? '';
  const code = (err as { code?: string })?.code ?? '';
  if (UNAVAILABLE.has(name) || UNREACHABLE.has(code)) {
    return new StoreUnavailableError(`${operation}: ${UNAVAILABLE.has(name) ? name : code}`, { cause: err });
  }
  return err;
}
