/**
 * A retry strategy for DynamoDB that fits inside a voice turn. The SDK's standard mode backs off
 * throttling from 500 ms and up to 20 s, which alone can outlast Dialogflow's 5 s; this one uses
 * full jitter from a small base, a cap per wait, a cap on attempts and on the total time spent.
 * (Structurally the SDK's RetryStrategyV2; typed locally so no transitive package is imported.)
 */

interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

interface RetryErrorInfo {
  errorType: 'TRANSIENT' | 'SERVER_ERROR' | 'THROTTLING' | 'CLIENT_ERROR';
}

export interface BudgetedRetryOptions {
  /** attempts in all, the first included */
  maxAttempts?: number;
  /** the first wait is drawn from [0, baseDelayMs]; each further one doubles the range */
  baseDelayMs?: number;
  /** no single wait is longer */
  maxDelayMs?: number;
  /** no retry starts after this long since the first attempt */
  maxElapsedMs?: number;
  /** for tests: a deterministic jitter source in [0, 1) */
  random?: () => number;
}

class Token implements RetryToken {
  constructor(
    readonly startedAt: number,
    private readonly count: number,
    private readonly delay: number,
  ) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    return this.delay;
  }
}

/** Thrown to the SDK's retry loop to stop retrying; the SDK then rethrows the last service error. */
export class RetryBudgetExhaustedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetryBudgetExhaustedError';
  }
}

const RETRYABLE = new Set(['THROTTLING', 'TRANSIENT', 'SERVER_ERROR']);

export class BudgetedRetryStrategy {
  readonly mode = 'budgeted';
  private readonly maxAttempts: number;
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

  async acquireInitialRetryToken(_scope: string): Promise<RetryToken> {
    return new Token(Date.now(), 0, 0);
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const previous = token as Token;
    const attempt = previous.getRetryCount() + 1;
    if (!RETRYABLE.has(errorInfo.errorType)) throw new RetryBudgetExhaustedError('not retryable');
    if (attempt >= this.maxAttempts) throw new RetryBudgetExhaustedError('attempts exhausted');
    // Full jitter: concurrent turns throttled together spread out instead of retrying in step.
    const delay = Math.floor(this.random() * Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt));
    if (Date.now() - previous.startedAt + delay > this.maxElapsedMs) throw new RetryBudgetExhaustedError('time budget exhausted');
    return new Token(previous.startedAt, attempt, delay);
  }

  recordSuccess(_token: RetryToken): void {}
}
