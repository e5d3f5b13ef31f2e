import type Stripe from 'stripe';
import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentUnavailableError } from '../../core/errors';
import type { ChargeRequest, ChargeResult, PaymentGateway } from '../../ports/payments';

export interface StripeGatewayOptions {
  /** the secret key, fetched once (from SSM in AWS) */
  secretKey: () => Promise<string>;
  /** milliseconds before a call counts as unanswered; must fit inside the turn budget */
  timeoutMs?: number;
  /** point the client elsewhere (a loopback test double of the API); unset in production */
  apiBase?: URL;
  /** an injected client, for tests */
  client?: Stripe;
}

interface StripeLikeError {
  type?: string;
  code?: string;
  decline_code?: string;
  statusCode?: number;
}

/**
 * Stripe adapter: one PaymentIntent per order, confirmed off-session with the customer's saved
 * payment method. The order id is Stripe's idempotency key, so a repeated yes or a retry after a
 * timeout meets the same PaymentIntent instead of a second charge.
 */
export class StripePaymentGateway implements PaymentGateway {
  private client?: Promise<Stripe>;

  constructor(private readonly options: StripeGatewayOptions) {
    if (options.client) this.client = Promise.resolve(options.client);
  }

  private stripe(): Promise<Stripe> {
    // Loaded on the first charge, not at cold start: most turns never pay.
    this.client ??= Promise.all([this.options.secretKey(), import('stripe')]).then(([key, { default: StripeClient }]) => {
      const base = this.options.apiBase;
      return new StripeClient(key, {
        timeout: this.options.timeoutMs ?? 4000,
        // Retries reuse the idempotency key, so they are safe; the turn budget keeps them few.
        maxNetworkRetries: 1,
        telemetry: false,
        ...(base ? { host: base.hostname, port: Number(base.port), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
      });
    });
    return this.client;
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const stripe = await this.stripe();
    let intent: Stripe.PaymentIntent;
    try {
      intent = await stripe.paymentIntents.create(
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
        { idempotencyKey: request.idempotencyKey },
      );
    } catch (err) {
      throw translate(err as StripeLikeError, request.idempotencyKey);
    }
    if (intent.status === 'succeeded') {
      return { chargeId: intent.id, amount: intent.amount, currency: intent.currency.toUpperCase() };
    }
    if (intent.status === 'requires_payment_method' || intent.status === 'requires_action' || intent.status === 'canceled') {
      throw new PaymentDeclinedError(intent.last_payment_error?.decline_code ?? intent.status);
    }
    // "processing": the outcome is not known yet; reconciliation settles it.
    throw new PaymentUnavailableError(`payment intent ${intent.id} is ${intent.status}`);
  }
}

function translate(err: StripeLikeError, idempotencyKey: string): Error {
  switch (err.type) {
    case 'StripeCardError':
      return new PaymentDeclinedError(err.decline_code || err.code || 'card_declined', { cause: err });
    case 'StripeIdempotencyError':
      // Another request with this key is still running (a concurrent yes): its outcome decides.
      if (err.code === 'idempotency_key_in_use') return new PaymentUnavailableError('charge already in progress', { cause: err });
      return new IdempotencyKeyReuseError(idempotencyKey, { cause: err });
    case 'StripeInvalidRequestError':
      if (err.code === 'authentication_required') return new PaymentDeclinedError('authentication_required', { cause: err });
      return new PaymentDeclinedError(err.code ?? 'invalid_request', { cause: err });
    default:
      // Connection errors, timeouts, rate limits, 5xx: the charge may or may not exist.
      return new PaymentUnavailableError(`payment provider error: ${err.type ?? 'unknown'}`, { cause: err });
  }
}
