/**
 * Stripe's answers in the port's words: PaymentIntent statuses as charge results and statuses,
 * the stripe package's errors as the core's errors. Nothing here loads the stripe package; its
 * types are erased at compile time.
 */
import type Stripe from 'stripe';
import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../../core/errors';
import type { ChargeResult, ChargeStatus, RefundResult } from '../../ports/payments';

/**
 * What a failed Stripe call said, and only what is safe to log: status, error type, codes and
 * request id. Never Stripe's message (it quotes payment method and customer ids), the request or
 * the key. It stands as the cause of every error the gateway throws, in place of the SDK's error.
 */
export class StripeCallError extends Error {
  readonly statusCode?: number;
  /** Stripe's error type (`card_error`, `invalid_request_error`…), or the SDK's class when Stripe said nothing */
  readonly type: string;
  readonly code?: string;
  readonly declineCode?: string;
  readonly param?: string;
  readonly requestId?: string;

  constructor(details: { statusCode?: number; type: string; code?: string; declineCode?: string; param?: string; requestId?: string }) {
    const codes = [details.code, details.declineCode].filter(Boolean).join('/');
    super(
      `Stripe answered ${details.statusCode ?? 'nothing'} ${details.type}${codes ? ` (${codes})` : ''}${details.param ? ` on ${details.param}` : ''}` +
        `${details.requestId ? `, request ${details.requestId}` : ''}`,
    );
    this.name = 'StripeCallError';
    this.statusCode = details.statusCode;
    this.type = details.type;
    this.code = details.code;
    this.declineCode = details.declineCode;
    this.param = details.param;
    this.requestId = details.requestId;
  }
}

/** The fields of the stripe package's StripeError read here (duck-typed: the package may not be loaded). */
interface SdkError {
  type: string;
  rawType?: string;
  statusCode?: number;
  code?: string;
  decline_code?: string;
  param?: string;
  requestId?: string;
  detail?: { code?: unknown } | string;
}

function isSdkError(err: unknown): err is SdkError {
  return typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string' && (err as { type: string }).type.startsWith('Stripe');
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

function summary(err: SdkError): StripeCallError {
  return new StripeCallError({
    statusCode: err.statusCode,
    type: text(err.rawType) ?? err.type,
    code: text(err.code),
    declineCode: text(err.decline_code),
    param: text(err.param),
    requestId: text(err.requestId),
  });
}

/** A call that failed without any word from Stripe on the request: unreachable, too slow, refused credentials. */
function unanswered(err: SdkError, cause: StripeCallError, timeoutMs: number): PaymentUnavailableError | undefined {
  if (err.type === 'StripeConnectionError') {
    const code = typeof err.detail === 'object' && err.detail ? text(err.detail.code) : undefined;
    if (code === 'ETIMEDOUT') return new PaymentUnavailableError(`Stripe did not answer within ${timeoutMs} ms`, { cause });
    return new PaymentUnavailableError(`Stripe could not be reached${code ? ` (${code})` : ''}`, { cause });
  }
  // A configuration problem, never the shopper's card.
  if (err.statusCode === 401) return new PaymentUnavailableError('Stripe refused the secret key (401): it is wrong, revoked or for another account', { cause });
  if (err.statusCode === 403) return new PaymentUnavailableError('Stripe refused this request for the secret key (403): the key lacks a permission', { cause });
  return undefined;
}

/**
 * A failed create-and-confirm, as the core's error. Only a card error is a decline; any answer
 * that is not Stripe's word on this charge leaves its outcome unknown.
 */
export function chargeError(err: unknown, idempotencyKey: string, timeoutMs: number): Error {
  if (!isSdkError(err)) return new PaymentUnavailableError('payment provider error', { cause: err });
  const cause = summary(err);
  const silent = unanswered(err, cause, timeoutMs);
  if (silent) return silent;
  // Another request with this key is still running (a concurrent yes, or our own earlier attempt): its outcome decides.
  if (err.statusCode === 409 || err.code === 'idempotency_key_in_use') return new PaymentUnavailableError('charge already in progress', { cause });
  if (err.type === 'StripeIdempotencyError') return new IdempotencyKeyReuseError(idempotencyKey, { cause });
  if (err.type === 'StripeRateLimitError') return new PaymentUnavailableError('Stripe is limiting the rate of requests (429)', { cause });
  if (err.type === 'StripeCardError') return new PaymentDeclinedError(text(err.decline_code) ?? text(err.code) ?? 'card_declined', { cause });
  // A request Stripe refused as such (a detached payment method, a bad parameter): nothing was charged, and it is no decline.
  if (err.type === 'StripeInvalidRequestError')
    return new PaymentRequestInvalidError(`Stripe refused the charge request${err.code ? ` (${err.code})` : ''}`, { cause, code: text(err.code) });
  // 5xx, an answer that is not Stripe's JSON: the charge may or may not exist.
  return new PaymentUnavailableError(cause.message, { cause });
}

/** A failed lookup: the provider could not be asked, so nothing is known. */
export function lookupError(err: unknown, timeoutMs: number): Error {
  if (err instanceof PaymentUnavailableError) return err;
  if (!isSdkError(err)) return new PaymentUnavailableError('payment provider error', { cause: err });
  const cause = summary(err);
  return unanswered(err, cause, timeoutMs) ?? new PaymentUnavailableError(`Stripe could not be asked about the charge: ${cause.message}`, { cause });
}

/** A failed refund, as the core's error. */
export function refundError(err: unknown, idempotencyKey: string, timeoutMs: number): Error {
  if (!isSdkError(err)) return new PaymentUnavailableError('payment provider error', { cause: err });
  const cause = summary(err);
  const silent = unanswered(err, cause, timeoutMs);
  if (silent) return silent;
  if (err.statusCode === 409 || err.code === 'idempotency_key_in_use') return new PaymentUnavailableError('refund already in progress', { cause });
  if (err.type === 'StripeIdempotencyError') return new IdempotencyKeyReuseError(idempotencyKey, { cause });
  // Already refunded, more than is left, a charge that is not refundable: nothing moved.
  if (err.type === 'StripeInvalidRequestError')
    return new PaymentRequestInvalidError(`Stripe refused the refund${err.code ? ` (${err.code})` : ''}`, { cause, code: text(err.code) });
  return new PaymentUnavailableError(cause.message, { cause });
}

const isIntent = (value: unknown): value is Stripe.PaymentIntent =>
  typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'payment_intent' && typeof (value as { id?: unknown }).id === 'string';

function succeededCharge(intent: Stripe.PaymentIntent): ChargeResult {
  if (typeof intent.amount !== 'number' || typeof intent.currency !== 'string')
    throw new PaymentUnavailableError(`payment intent ${intent.id} succeeded without an amount and currency`);
  return { chargeId: intent.id, amount: intent.amount, currency: intent.currency.toUpperCase() };
}

/** Why an intent needs another payment method: the bank's decline code, else Stripe's code, else the status. */
function declineCodeOf(intent: Stripe.PaymentIntent): string {
  const last = intent.last_payment_error;
  return text(last?.decline_code) ?? text(last?.code) ?? intent.status;
}

/**
 * What create-and-confirm answered. A PaymentIntent that `processing` or `requires_action` is not
 * settled: the outcome is unknown, and reconciliation asks with `lookup` (a repeated create would
 * only replay this answer).
 */
export function chargeResultOf(answer: unknown): ChargeResult {
  if (!isIntent(answer)) throw new PaymentUnavailableError('Stripe answered with something that is not a payment intent');
  if (answer.status === 'succeeded') return succeededCharge(answer);
  if (answer.status === 'requires_payment_method' || answer.status === 'canceled') throw new PaymentDeclinedError(declineCodeOf(answer));
  throw new PaymentUnavailableError(`payment intent ${answer.id} is ${answer.status}`);
}

/** A PaymentIntent's status as the port's ChargeStatus. */
export function chargeStatusOf(intent: Stripe.PaymentIntent): ChargeStatus {
  if (intent.status === 'succeeded') return { status: 'succeeded', charge: succeededCharge(intent) };
  // Final without money moving: the bank said no (off-session, a card wanting authentication is declined too), or it was cancelled.
  if (intent.status === 'requires_payment_method' || intent.status === 'canceled') return { status: 'declined', declineCode: declineCodeOf(intent) };
  // processing, requires_action, requires_confirmation, requires_capture, and any status added later: not final.
  return { status: 'processing', chargeRef: intent.id };
}

/** Succeeded beats not final beats declined; among equals, the newest. Normally there is one intent per order. */
export function mostTelling(intents: readonly Stripe.PaymentIntent[]): Stripe.PaymentIntent | undefined {
  const rank = (i: Stripe.PaymentIntent) => {
    const status = chargeStatusOf(i).status;
    return status === 'succeeded' ? 3 : status === 'processing' ? 2 : 1;
  };
  return [...intents].sort((a, b) => rank(b) - rank(a) || b.created - a.created)[0];
}

/** A Refund as the port's RefundResult; a refund Stripe says failed or was canceled moved no money. */
export function refundResultOf(refund: Stripe.Refund): RefundResult {
  if (refund.status === 'failed' || refund.status === 'canceled') {
    throw new PaymentRequestInvalidError(`Stripe ${refund.status === 'failed' ? 'could not make' : 'canceled'} refund ${refund.id}`, { code: `refund_${refund.status}` });
  }
  return { refundId: refund.id, amount: refund.amount, currency: refund.currency.toUpperCase(), status: refund.status === 'succeeded' ? 'succeeded' : 'pending' };
}
