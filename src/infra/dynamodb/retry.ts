/**
 * Retries for DynamoDB that fit inside a voice turn. The AWS SDK's standard mode backs off
 * throttling from 500 ms and up to 20 s, which alone can outlast Dialogflow's 5 s; this uses
 * full jitter from a small base, a cap per wait, a cap on attempts and on the total time spent.
 */
import { DynamoChecksumError, DynamoNetworkError, DynamoServiceError, DynamoTimeoutError } from './errors';

export interface BudgetedRetryOptions {
  /** attempts in all, the first included */
  maxAttempts?: number;
  /** the first wait is drawn from [0, 2 × baseDelayMs]; each further one doubles the range */
  baseDelayMs?: number;
  /** no single wait is longer */
  maxDelayMs?: number;
  /** no retry starts after this long since the first attempt */
  maxElapsedMs?: number;
  /** for tests: a deterministic jitter source in [0, 1) */
  random?: () => number;
}

export class RetryBudget {
  readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxElapsedMs: number;
  private readonly random: () => number;

  constructor(options: BudgetedRetryOptions = {}) {
    this.maxAttempts = options.maxAttempts ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 25;
    this.maxDelayMs = options.maxDelayMs ?? 250;
    this.maxElapsedMs = options.maxElapsedMs ?? 1200;
    this.random = options.random ?? Math.random;
  }

  /**
   * The wait before retry number `retry` (1 for the first retry), or undefined when none may
   * start: the attempts are used up, or the wait would end past the time budget.
   */
  delayBeforeRetry(retry: number, elapsedMs: number): number | undefined {
    if (retry >= this.maxAttempts) return undefined;
    // Full jitter: concurrent turns throttled together spread out instead of retrying in step.
    const delay = Math.floor(this.random() * Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** retry));
    if (elapsedMs + delay > this.maxElapsedMs) return undefined;
    return delay;
  }
}

const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded']);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

/**
 * Throttling, server errors, timeouts, dropped connections and garbled answers are worth another
 * attempt; a failed condition or any other client error would fail the same way again.
 */
export function isRetryable(err: unknown): boolean {
  if (err instanceof DynamoServiceError) return THROTTLING.has(err.name) || err.statusCode >= 500;
  if (err instanceof DynamoNetworkError) return TRANSIENT_CODES.has(err.code);
  return err instanceof DynamoTimeoutError || err instanceof DynamoChecksumError;
}
