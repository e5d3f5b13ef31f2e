import type Stripe from 'stripe';
import { PaymentUnavailableError } from '../../core/errors';
import type { ChargeLookup, ChargeOptions, ChargeRequest, ChargeResult, ChargeStatus, PaymentGateway, RefundRequest, RefundResult } from '../../ports/payments';
import type { Scheduler } from '../../ports/runtime';
import { chargeError, chargeResultOf, chargeStatusOf, lookupError, mostTelling, refundError, refundResultOf } from './stripe-mapping';
import { systemScheduler, within } from './system-scheduler';

/**
 * The API version every request pins, so Stripe's answers keep the shape this gateway reads. It
 * is the version the installed stripe package is typed for (its `LatestApiVersion`), so moving
 * the package without moving this fails the type check. To move it: read Stripe's API changelog
 * for PaymentIntents, Refunds and errors between the two versions, change it here, update
 * test/support/stripe-standin.ts to match, and run test/integration/stripe-gateway.test.ts.
 */
export const STRIPE_API_VERSION = '2026-11-18.endive' satisfies Stripe.LatestApiVersion;

export interface StripeGatewayOptions {
  /** the secret key, fetched on the first call (from SSM in AWS) and again only after a failed read */
  secretKey: () => Promise<string>;
  /** milliseconds before a call counts as unanswered; a charge's own `timeoutMs` can only shorten it */
  timeoutMs?: number;
  /** point the client elsewhere (a loopback stand-in of the API); unset in production */
  apiBase?: URL;
  /**
   * Stripe's Search API is eventually consistent (Stripe: searchable "in less than 1 minute" in
   * normal operation, later during an outage). A search that finds no charge for an order
   * younger than this is not believed: the lookup reports it cannot tell yet. Default 10 minutes.
   */
  searchLagMs?: number;
  /** calendar time, for the search lag (tests) */
  now?: () => number;
  /** timers for the charge deadline (tests) */
  scheduler?: Scheduler;
}

/**
 * The order a PaymentIntent was made for. PaymentIntents made before this gateway (by the REST
 * client it replaced) carry `orderId` instead of `order_id`; an order still PENDING across the
 * deploy must be found all the same.
 */
const orderOf = (intent: Stripe.PaymentIntent): string | undefined => intent.metadata?.order_id || intent.metadata?.orderId || undefined;

const DEFAULT_TIMEOUT_MS = 4000;
const DEFAULT_SEARCH_LAG_MS = 10 * 60_000;
/** Clocks differ: a customer's PaymentIntents are listed from this long before the order was confirmed. */
const CLOCK_SKEW_S = 300;
/** A customer's PaymentIntents read at most, newest first, while looking for one order's. */
const MAX_LISTED = 500;

/**
 * Stripe adapter on the official stripe package: one PaymentIntent per order, created and
 * confirmed off-session with the customer's saved card, the order id as idempotency key. The
 * package is loaded on the first call, so a cold start that charges nothing never pays for it.
 */
export class StripePaymentGateway implements PaymentGateway {
  private client?: Promise<Stripe>;
  private readonly timeoutMs: number;
  private readonly scheduler: Scheduler;

  constructor(private readonly options: StripeGatewayOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.scheduler = options.scheduler ?? systemScheduler;
  }

  async charge(request: ChargeRequest, options: ChargeOptions = {}): Promise<ChargeResult> {
    // The turn's deadline bounds the whole call: reading the key, loading the package, Stripe.
    const timeoutMs = Math.max(1, Math.min(this.timeoutMs, options.timeoutMs ?? Infinity));
    const started = this.scheduler.now();
    const create = async (): Promise<unknown> => {
      const stripe = await this.stripe();
      const left = Math.max(1, Math.round(timeoutMs - (this.scheduler.now() - started)));
      try {
        return await stripe.paymentIntents.create(
          {
            amount: request.amount,
            currency: request.currency.toLowerCase(),
            customer: request.paymentCustomerRef,
            payment_method: request.paymentMethodRef,
            // Card only, so an off-session confirm never needs a return_url (no redirect-based method
            // can be picked). Since 2026-09-30.endive this is `allowed_payment_method_types`: the old
            // `payment_method_types` is refused with 400 payment_method_types_no_longer_supported.
            allowed_payment_method_types: ['card'],
            off_session: true,
            confirm: true,
            description: request.description,
            // found again by lookup (order_id); traced both ways on the dashboard
            metadata: { order_id: request.idempotencyKey, ...(request.orderNumber ? { order_number: request.orderNumber } : {}), customer_id: request.customerId },
          },
          {
            idempotencyKey: request.idempotencyKey,
            timeout: left,
            // No retry inside a turn: Stripe replays a saved 500 for the key, a 409 means the first
            // attempt still runs, and after a timeout no time is left. The package still re-sends
            // once, under the same key, over a connection that closed before Stripe read the request
            // (a kept-alive socket gone stale while the function was frozen); the deadline bounds it.
            maxNetworkRetries: 0,
          },
        );
      } catch (err) {
        // the message names the whole call's bound, as the deadline's own does
        throw chargeError(err, request.idempotencyKey, timeoutMs);
      }
    };
    const answer = await within(this.scheduler, timeoutMs, create(), () => new PaymentUnavailableError(`Stripe did not answer within ${timeoutMs} ms`));
    return chargeResultOf(answer);
  }

  /**
   * Never creates: retrieves the PaymentIntent the order saved, else finds it by the order id in
   * its metadata, among the customer's PaymentIntents (a list: strongly consistent) or, with no
   * Stripe customer known, with the Search API (eventually consistent, see `searchLagMs`).
   */
  async lookup(lookup: ChargeLookup): Promise<ChargeStatus> {
    try {
      const stripe = await this.stripe();
      const settings = { timeout: this.timeoutMs, maxNetworkRetries: 1 };
      if (lookup.chargeRef) {
        const intent = await this.retrieve(stripe, lookup.chargeRef, settings);
        if (intent) {
          const owner = orderOf(intent);
          if (owner && owner !== lookup.idempotencyKey) {
            throw new PaymentUnavailableError(`payment intent ${intent.id} belongs to another order`);
          }
          return chargeStatusOf(intent);
        }
        // Not in this account (another key, test vs live): look for the order's own.
      }
      const found = lookup.paymentCustomerRef ? await this.listed(stripe, lookup, settings) : await this.searched(stripe, lookup, settings);
      const intent = mostTelling(found);
      return intent ? chargeStatusOf(intent) : { status: 'not_found' };
    } catch (err) {
      throw lookupError(err, this.timeoutMs);
    }
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const stripe = await this.stripe();
    let refund: Stripe.Refund;
    try {
      refund = await stripe.refunds.create(
        { payment_intent: request.chargeId, amount: request.amount, reason: request.reason },
        // not inside a turn: one retry, under the same key, is worth it
        { idempotencyKey: request.idempotencyKey, timeout: this.timeoutMs, maxNetworkRetries: 1 },
      );
    } catch (err) {
      throw refundError(err, request.idempotencyKey, this.timeoutMs);
    }
    return refundResultOf(refund);
  }

  private async retrieve(stripe: Stripe, id: string, settings: Stripe.RequestOptions): Promise<Stripe.PaymentIntent | undefined> {
    try {
      return await stripe.paymentIntents.retrieve(id, {}, settings);
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined;
      throw err;
    }
  }

  private async listed(stripe: Stripe, lookup: ChargeLookup, settings: Stripe.RequestOptions): Promise<Stripe.PaymentIntent[]> {
    const since = lookup.notBefore ? Math.floor(Date.parse(lookup.notBefore) / 1000) - CLOCK_SKEW_S : undefined;
    const params: Stripe.PaymentIntentListParams = {
      customer: lookup.paymentCustomerRef,
      limit: 100,
      ...(since !== undefined && Number.isFinite(since) ? { created: { gte: since } } : {}),
    };
    const found: Stripe.PaymentIntent[] = [];
    let read = 0;
    for await (const intent of stripe.paymentIntents.list(params, settings)) {
      if (orderOf(intent) === lookup.idempotencyKey) found.push(intent);
      read += 1;
      if (read >= MAX_LISTED) {
        if (found.length === 0) throw new PaymentUnavailableError(`more than ${MAX_LISTED} payment intents for the customer since the order: not looked through`);
        break;
      }
    }
    return found;
  }

  private async searched(stripe: Stripe, lookup: ChargeLookup, settings: Stripe.RequestOptions): Promise<Stripe.PaymentIntent[]> {
    const value = lookup.idempotencyKey.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const result = await stripe.paymentIntents.search({ query: `metadata['order_id']:'${value}' OR metadata['orderId']:'${value}'`, limit: 100 }, settings);
    const found = result.data.filter((intent) => orderOf(intent) === lookup.idempotencyKey);
    if (found.length > 0) return found;
    // An empty answer about a young order may only mean the index has not caught up yet.
    const confirmed = lookup.notBefore ? Date.parse(lookup.notBefore) : NaN;
    const age = (this.options.now ?? Date.now)() - confirmed;
    if (!(age >= (this.options.searchLagMs ?? DEFAULT_SEARCH_LAG_MS))) {
      throw new PaymentUnavailableError("Stripe's search shows no charge for the order, but it may not show one this young yet");
    }
    return found;
  }

  /** The client, made on first use: loading the package is deferred to the first call. */
  private stripe(): Promise<Stripe> {
    this.client ??= this.makeClient().catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  private async makeClient(): Promise<Stripe> {
    let key: string;
    try {
      // a key stored with a trailing newline would be refused as a header value
      key = (await this.options.secretKey()).trim();
    } catch (cause) {
      throw new PaymentUnavailableError('the Stripe secret key could not be read', { cause });
    }
    if (!key) throw new PaymentUnavailableError('the Stripe secret key is empty');
    const { default: StripeClient } = await import('stripe').catch((cause: unknown) => {
      throw new PaymentUnavailableError('the stripe package could not be loaded', { cause });
    });
    const base = this.options.apiBase;
    return new StripeClient(key, {
      apiVersion: STRIPE_API_VERSION,
      timeout: this.timeoutMs,
      maxNetworkRetries: 0,
      telemetry: false,
      appInfo: { name: 'voice-shop' },
      ...(base ? { protocol: base.protocol === 'http:' ? 'http' : 'https', host: base.hostname, port: base.port || (base.protocol === 'http:' ? 80 : 443) } : {}),
    });
  }
}
