/** Identity behind an access token; undefined when the token is missing or not valid. */
export interface AccessTokenVerifier {
  verify(accessToken: string): Promise<{ customerId: string } | undefined>;
}

export interface Clock {
  now(): Date;
}

/**
 * Monotonic time and timers, so deadlines can be tested with fake time. `now()` is milliseconds
 * on a clock that never jumps (performance.now() in production), unrelated to calendar time.
 */
export interface Scheduler {
  now(): number;
  /** calls `fn` after `ms`; the returned function cancels it */
  after(ms: number, fn: () => void): () => void;
}

export type LogFields = Record<string, unknown>;

/** Structured logger. Implementations redact personal data; callers still pass ids, not contents. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** a logger whose every line also carries `fields` (a turn's request and session ids) */
  child(fields: LogFields): Logger;
}

/** Mints ids; injectable so tests can predict them. */
export interface IdGenerator {
  orderId(): string;
  orderNumber(): string;
  /**
   * A unique token for one write attempt, so a write repeated after a lost answer can recognise
   * itself; a fallback is used when absent.
   */
  token?(): string;
}
