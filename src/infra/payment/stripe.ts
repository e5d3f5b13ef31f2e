import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentUnavailableError } from '../../core/errors';
import type { ChargeLookup, ChargeOptions, ChargeRequest, ChargeResult, ChargeStatus, PaymentGateway, RefundRequest, RefundResult } from '../../ports/payments';
import { StripeApiClient, StripeApiError } from './stripe-api';

export interface StripeGatewayOptions {
  /** the secret key, fetched once (from SSM in AWS) */
  secretKey: () => Promise<string>;
  /** milliseconds before a call counts as unanswered, its one retry included; must fit inside the turn budget */
  timeoutMs?: number;
  /** point the client elsewhere (a loopback test double of the API); unset in production */
  apiBase?: URL;
}

/** PaymentIntent statuses that mean the bank or the customer said no; any other but `succeeded` is not known yet. */
const DECLINED_STATUSES = new Set(['requires_payment_method', 'requires_action', 'canceled']);

/**
 * Stripe adapter: one PaymentIntent per order, confirmed off-session with the customer's saved
 * payment method. The order id is Stripe's idempotency key, so a repeated yes, a retry after a
 * dropped connection or reconciliation meets the same PaymentIntent instead of a second charge.
 */
export class StripePaymentGateway implements PaymentGateway {
  private readonly api: StripeApiClient;

  constructor(private readonly options: StripeGatewayOptions) {
    this.api = new StripeApiClient({ secretKey: options.secretKey, apiBase: options.apiBase });
  }

  // Replaced by the official-client gateway with PaymentIntent retrieval and refunds.
  async lookup(_lookup: ChargeLookup): Promise<ChargeStatus> {
    throw new PaymentUnavailableError('this Stripe gateway cannot look charges up');
  }

  async refund(_request: RefundRequest): Promise<RefundResult> {
    throw new PaymentUnavailableError('this Stripe gateway cannot refund');
  }

  async charge(request: ChargeRequest, options: ChargeOptions = {}): Promise<ChargeResult> {
    let intent: Record<string, unknown>;
    try {
      intent = await this.api.post(
        '/v1/payment_intents',
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          customer: request.paymentCustomerRef,
          payment_method: request.paymentMethodRef,
          off_session: true,
          confirm: true,
          description: request.description,
          metadata: { orderId: request.idempotencyKey, customerId: request.customerId },
        },
        { idempotencyKey: request.idempotencyKey, timeoutMs: Math.min(this.options.timeoutMs ?? 4000, options.timeoutMs ?? Infinity) },
      );
    } catch (err) {
      throw translate(err, request.idempotencyKey);
    }
    const { id, status, amount, currency } = intent;
    if (typeof id !== 'string' || typeof status !== 'string') {
      throw new PaymentUnavailableError('Stripe answered with something that is not a payment intent');
    }
    if (status === 'succeeded') {
      if (typeof amount !== 'number' || typeof currency !== 'string') throw new PaymentUnavailableError(`payment intent ${id} succeeded without an amount and currency`);
      return { chargeId: id, amount, currency: currency.toUpperCase() };
    }
    if (DECLINED_STATUSES.has(status)) {
      const last = intent.last_payment_error as { decline_code?: unknown; code?: unknown } | null | undefined;
      const declineCode = [last?.decline_code, last?.code].find((c): c is string => typeof c === 'string' && c !== '');
      throw new PaymentDeclinedError(declineCode ?? status);
    }
    // "processing": the outcome is not known yet; reconciliation asks again under the same key.
    throw new PaymentUnavailableError(`payment intent ${id} is ${status}`);
  }
}

/** Stripe's answer, in the errors the core knows. Only a refusal Stripe stated in its own words is a decline. */
function translate(err: unknown, idempotencyKey: string): Error {
  if (!(err instanceof StripeApiError)) return new PaymentUnavailableError('payment provider error', { cause: err });
  const { status, type, code } = err;
  // Unreachable, too slow, the key unreadable: the charge may or may not exist.
  if (err.failure !== 'response' || status === undefined) return new PaymentUnavailableError(err.message, { cause: err });
  // A configuration problem, never the shopper's card.
  if (status === 401) return new PaymentUnavailableError('Stripe refused the secret key (401): it is wrong, revoked or for another account', { cause: err });
  if (status === 403) return new PaymentUnavailableError('Stripe refused this request for the secret key (403): the key lacks a permission', { cause: err });
  // Not Stripe's word on this charge (an unreadable or empty answer), or nothing decided yet.
  if (!type || status === 429 || status >= 500) return new PaymentUnavailableError(err.message, { cause: err });
  // Another request with this key is still running (a concurrent yes, or our own first attempt): its outcome decides.
  if (status === 409 || code === 'idempotency_key_in_use') return new PaymentUnavailableError('charge already in progress', { cause: err });
  // The same key was used with other parameters.
  if (type === 'idempotency_error') return new IdempotencyKeyReuseError(idempotencyKey, { cause: err });
  if (status === 402 || type === 'card_error') return new PaymentDeclinedError(err.declineCode || code || 'card_declined', { cause: err });
  // Invalid requests (authentication_required, a detached payment method): the charge cannot go through as asked.
  if ((status === 400 || status === 404) && code !== 'rate_limit') return new PaymentDeclinedError(code ?? 'invalid_request', { cause: err });
  // Anything else: the charge may or may not exist.
  return new PaymentUnavailableError(err.message, { cause: err });
}
