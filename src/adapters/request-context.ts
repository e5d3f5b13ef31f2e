import type { TurnOptions } from '../core/turn';
import type { Logger } from '../ports/runtime';

/**
 * The part of the Lambda context a handler reads. Everything is optional: the local server, the
 * tests and the benchmark call the handlers with less, or with nothing.
 */
export interface LambdaContext {
  awsRequestId?: string;
  getRemainingTimeInMillis?: () => number;
}

/** When a request reached the handler and how long Lambda still gives it. */
export interface Arrival {
  /** performance.now() at the handler's first line: the turn's deadline counts from here */
  arrivedAt: number;
  lambdaRequestId?: string;
  lambdaRemainingMs?: number;
}

/** A platform's own ids for one request. */
export interface PlatformIds {
  platform: 'alexa' | 'dialogflow';
  /** Alexa request.requestId, Dialogflow responseId */
  requestId?: unknown;
  /** Alexa session.sessionId, Dialogflow session */
  sessionId?: unknown;
}

/** Ids come from the caller: only strings, and never long enough to swamp a log line. */
const MAX_ID = 200;
const idText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value.slice(0, MAX_ID) : undefined);

/**
 * Reads the clock first, then the Lambda context. Call it on the handler's first line: cold-start
 * work (building the runtime) happens after it, and counts against the platform's deadline.
 */
export function arrive(context: unknown): Arrival {
  const arrivedAt = performance.now();
  const lambda = (context && typeof context === 'object' ? context : {}) as LambdaContext;
  let remaining: number | undefined;
  try {
    remaining = typeof lambda.getRemainingTimeInMillis === 'function' ? lambda.getRemainingTimeInMillis() : undefined;
  } catch {
    remaining = undefined;
  }
  return {
    arrivedAt,
    ...(idText(lambda.awsRequestId) ? { lambdaRequestId: idText(lambda.awsRequestId) } : {}),
    ...(typeof remaining === 'number' && Number.isFinite(remaining) ? { lambdaRemainingMs: remaining } : {}),
  };
}

/** The request's own logger: every line carries the Lambda request id, the platform's request id and the session id. */
export function requestLogger(logger: Logger, arrival: Arrival, ids: PlatformIds): Logger {
  const fields: Record<string, string> = { platform: ids.platform };
  if (arrival.lambdaRequestId) fields.lambdaRequestId = arrival.lambdaRequestId;
  const requestId = idText(ids.requestId);
  if (requestId) fields.requestId = requestId;
  const sessionId = idText(ids.sessionId);
  if (sessionId) fields.sessionId = sessionId;
  return logger.child(fields);
}

/** What the core gets with a turn: the request's logger and its arrival, so the deadline is the platform's. */
export function turnOptions(log: Logger, arrival: Arrival): TurnOptions {
  return {
    log,
    arrivedAt: arrival.arrivedAt,
    ...(arrival.lambdaRemainingMs !== undefined ? { lambdaRemainingMs: arrival.lambdaRemainingMs } : {}),
  };
}
