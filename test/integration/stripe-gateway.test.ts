/**
 * The Stripe gateway (the official stripe package) against a loopback stand-in for Stripe's API.
 * The live API cannot be reached from here, so test/support/stripe-standin.ts answers the way
 * Stripe documents it, idempotent replays included; its time is fake, so 24 hours pass at once.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../../src/core/errors';
import { STRIPE_API_VERSION, StripePaymentGateway, type StripeGatewayOptions } from '../../src/infra/payment/stripe';
import type { ChargeRequest } from '../../src/ports/payments';
import { STANDIN_SECRET_KEY, StripeStandIn } from '../support/stripe-standin';

let standIn: StripeStandIn;
let now = Date.parse('2026-12-01T10:00:00Z');
let seq = 0;

beforeAll(async () => {
  standIn = await StripeStandIn.start({ now: () => now });
});
afterAll(async () => {
  await standIn.close();
});

const gateway = (options: Partial<StripeGatewayOptions> = {}) =>
  new StripePaymentGateway({ secretKey: async () => STANDIN_SECRET_KEY, apiBase: standIn.url, timeoutMs: 2000, now: () => now, ...options });

const request = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => {
  seq += 1;
  return {
    customerId: 'cust-1',
    paymentCustomerRef: 'cus_123',
    paymentMethodRef: 'pm_card_visa',
    amount: 3311,
    currency: 'USD',
    idempotencyKey: `ord_stripe_${seq}`,
    orderNumber: `4821${seq}`,
    description: `Order 4821${seq}`,
    ...overrides,
  };
};

/** What the order's lookup would carry right after its charge. */
const lookupOf = (charge: ChargeRequest, extra: { chargeRef?: string } = {}) => ({
  idempotencyKey: charge.idempotencyKey,
  paymentCustomerRef: charge.paymentCustomerRef,
  notBefore: new Date(now).toISOString(),
  ...extra,
});

async function failure(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (err) {
    return err as Error;
  }
  throw new Error('the call succeeded');
}

describe('StripePaymentGateway', () => {
  describe('charge', () => {
    it('creates and confirms one card-only, off-session PaymentIntent with the saved method, keyed and tagged by the order', async () => {
      const charge = request();
      const result = await gateway().charge(charge);
      expect(result).toEqual({ chargeId: expect.stringMatching(/^pi_/), amount: 3311, currency: 'USD' });
      const [call] = standIn.callsWithKey(charge.idempotencyKey);
      expect(call.path).toBe('/v1/payment_intents');
      expect(Object.fromEntries(call.form)).toMatchObject({
        amount: '3311',
        currency: 'usd',
        customer: 'cus_123',
        payment_method: 'pm_card_visa',
        'allowed_payment_method_types[0]': 'card',
        off_session: 'true',
        confirm: 'true',
        'metadata[order_id]': charge.idempotencyKey,
        'metadata[order_number]': charge.orderNumber,
        'metadata[customer_id]': 'cust-1',
      });
      expect(call.form.has('return_url')).toBe(false);
      expect(call.headers['stripe-version']).toBe(STRIPE_API_VERSION);
      expect(call.headers['x-stripe-client-telemetry']).toBeUndefined();
      expect(standIn.intent(result.chargeId)?.metadata).toEqual({ order_id: charge.idempotencyKey, order_number: charge.orderNumber, customer_id: 'cust-1' });
    });

    it('returns the same PaymentIntent when the same order is charged again, and Stripe charges once', async () => {
      const charge = request();
      const before = standIn.chargesMade();
      const first = await gateway().charge(charge);
      const second = await gateway().charge(charge);
      expect(second).toEqual(first);
      expect(standIn.callsWithKey(charge.idempotencyKey)).toHaveLength(2);
      expect(standIn.chargesMade() - before).toBe(1);
    });

    it.each([
      ['pm_card_chargeDeclined', 'generic_decline'],
      ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
      ['pm_card_chargeDeclinedExpiredCard', 'expired_card'],
      ['pm_card_authenticationRequired', 'authentication_required'],
    ])('declines %s with the decline code %s', async (paymentMethodRef, declineCode) => {
      const err = await failure(gateway().charge(request({ paymentMethodRef })));
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      expect((err as PaymentDeclinedError).declineCode).toBe(declineCode);
    });

    it('reports a request Stripe refuses (400 invalid_request_error) as an invalid request, never as a decline', async () => {
      const err = await failure(gateway().charge(request({ paymentMethodRef: 'pm_detached_long_ago' })));
      expect(err).toBeInstanceOf(PaymentRequestInvalidError);
      expect(err).not.toBeInstanceOf(PaymentDeclinedError);
      expect((err as PaymentRequestInvalidError).code).toBe('resource_missing');
    });

    it('refuses the same order id sent with another amount', async () => {
      const charge = request();
      await gateway().charge(charge);
      const err = await failure(gateway().charge({ ...charge, amount: 9999 }));
      expect(err).toBeInstanceOf(IdempotencyKeyReuseError);
      expect((err as IdempotencyKeyReuseError).idempotencyKey).toBe(charge.idempotencyKey);
    });

    it('reports a second charge while the first with the key still runs (409) as an unknown outcome; the first one charges', async () => {
      const charge = request();
      const before = standIn.chargesMade();
      standIn.fault('create', { kind: 'slow', delayMs: 500 });
      const first = gateway().charge(charge);
      while (standIn.callsWithKey(charge.idempotencyKey).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const err = await failure(gateway().charge(charge));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('charge already in progress');
      await expect(first).resolves.toEqual(expect.objectContaining({ amount: 3311 }));
      expect(standIn.chargesMade() - before).toBe(1);
    });

    it('reports a rate limit (429) as an unknown outcome, asking once', async () => {
      const charge = request();
      standIn.fault('create', { kind: 'rate-limit' });
      await expect(gateway().charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect(standIn.callsWithKey(charge.idempotencyKey)).toHaveLength(1);
    });

    it("reports an answer that is not Stripe's (a 502 page from something in the way) as an unknown outcome", async () => {
      standIn.fault('create', { kind: 'answer', status: 502, body: '<html><body>502 Bad Gateway</body></html>' });
      await expect(gateway().charge(request())).rejects.toBeInstanceOf(PaymentUnavailableError);
    });
  });

  describe('the replay rule: Stripe answers every request with a key as it answered the first', () => {
    it('replays a 500 that came after the charge was made, so only lookup finds the charge', async () => {
      const charge = request();
      const before = standIn.chargesMade();
      standIn.fault('create', { kind: 'server-error', charged: true });
      const stripe = gateway();
      await expect(stripe.charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      // asking again under the same key gets the saved 500, not the charge
      await expect(stripe.charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      const [, again] = standIn.callsWithKey(charge.idempotencyKey);
      expect(again).toBeDefined();
      const found = await stripe.lookup(lookupOf(charge));
      expect(found).toEqual({ status: 'succeeded', charge: { chargeId: expect.stringMatching(/^pi_/), amount: 3311, currency: 'USD' } });
      expect(standIn.chargesMade() - before).toBe(1);
    });

    it('saves nothing for a 500 that came before Stripe acted: lookup finds no charge, and charging again makes it once', async () => {
      const charge = request();
      const before = standIn.chargesMade();
      standIn.fault('create', { kind: 'server-error', charged: false });
      const stripe = gateway();
      await expect(stripe.charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect(await stripe.lookup(lookupOf(charge))).toEqual({ status: 'not_found' });
      await expect(stripe.charge(charge)).resolves.toEqual(expect.objectContaining({ amount: 3311 }));
      expect(standIn.chargesMade() - before).toBe(1);
    });

    it('replays a first `processing` answer; lookup says processing until Stripe settles it, then succeeded', async () => {
      const charge = request();
      standIn.fault('create', { kind: 'processing' });
      const stripe = gateway();
      const first = await failure(stripe.charge(charge));
      expect(first).toBeInstanceOf(PaymentUnavailableError);
      expect(first.message).toMatch(/^payment intent pi_\w+ is processing$/);
      const processing = await stripe.lookup(lookupOf(charge));
      expect(processing).toEqual({ status: 'processing', chargeRef: expect.stringMatching(/^pi_/) });
      const chargeRef = (processing as { chargeRef: string }).chargeRef;
      standIn.settle(chargeRef);
      expect(await stripe.lookup(lookupOf(charge, { chargeRef }))).toEqual({ status: 'succeeded', charge: { chargeId: chargeRef, amount: 3311, currency: 'USD' } });
      // the create still answers `processing`: its first answer is what Stripe keeps for the key
      await expect(stripe.charge(charge)).rejects.toThrow(/is processing$/);
    });

    it('settles a `processing` charge by time, to succeeded or to declined', async () => {
      const paid = request();
      const refused = request();
      standIn.fault('create', { kind: 'processing', settleAfterMs: 60_000 }, { kind: 'processing', settleAfterMs: 60_000, declineCode: 'insufficient_funds' });
      const stripe = gateway();
      await expect(stripe.charge(paid)).rejects.toBeInstanceOf(PaymentUnavailableError);
      await expect(stripe.charge(refused)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect((await stripe.lookup(lookupOf(paid))).status).toBe('processing');
      now += 60_000;
      expect((await stripe.lookup(lookupOf(paid))).status).toBe('succeeded');
      expect(await stripe.lookup(lookupOf(refused))).toEqual({ status: 'declined', declineCode: 'insufficient_funds' });
    });

    it('never creates on lookup: after 24 hours Stripe forgets the key, and only a create would charge twice', async () => {
      const charge = request();
      const stripe = gateway();
      const made = await stripe.charge(charge);
      now += 24 * 3600_000;
      const before = standIn.chargesMade();
      expect(await stripe.lookup(lookupOf(charge, { chargeRef: made.chargeId }))).toEqual({ status: 'succeeded', charge: made });
      expect(standIn.chargesMade()).toBe(before);
      expect(standIn.callsWithKey(charge.idempotencyKey)).toHaveLength(1);
      // what reconciliation must not do: the same create a day later is a second charge
      const second = await stripe.charge(charge);
      expect(second.chargeId).not.toBe(made.chargeId);
      expect(standIn.chargesMade()).toBe(before + 1);
    });
  });

  describe('when Stripe is slow or unreachable', () => {
    it('gives up when Stripe is slower than the call may take, and lookup later finds the charge it made', async () => {
      const charge = request();
      standIn.fault('create', { kind: 'slow', delayMs: 1500 });
      const stripe = gateway({ timeoutMs: 300 });
      const err = await failure(stripe.charge(charge));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('Stripe did not answer within 300 ms');
      await standIn.idle();
      expect(await stripe.lookup(lookupOf(charge))).toEqual({ status: 'succeeded', charge: expect.objectContaining({ amount: 3311 }) });
      expect(standIn.callsWithKey(charge.idempotencyKey)).toHaveLength(1);
    });

    it("takes the turn's time left when it is shorter than the configured timeout, never when longer", async () => {
      standIn.fault('create', { kind: 'hang' }, { kind: 'hang' });
      await expect(gateway({ timeoutMs: 2000 }).charge(request(), { timeoutMs: 200 })).rejects.toThrow('Stripe did not answer within 200 ms');
      await expect(gateway({ timeoutMs: 300 }).charge(request(), { timeoutMs: 5000 })).rejects.toThrow('Stripe did not answer within 300 ms');
    });

    it('sends again, under the same key, when the connection closed before Stripe read the request', async () => {
      const charge = request();
      const before = standIn.chargesMade();
      standIn.fault('create', { kind: 'drop', charged: false });
      await expect(gateway().charge(charge)).resolves.toEqual(expect.objectContaining({ amount: 3311 }));
      expect(standIn.callsWithKey(charge.idempotencyKey)).toHaveLength(2);
      expect(standIn.chargesMade() - before).toBe(1);
    });

    it('meets the charge already made when the connection closed after Stripe made it', async () => {
      const charge = request();
      const before = standIn.chargesMade();
      standIn.fault('create', { kind: 'drop', charged: true });
      const result = await gateway().charge(charge);
      expect(standIn.chargesMade() - before).toBe(1);
      expect(standIn.intent(result.chargeId)?.metadata.order_id).toBe(charge.idempotencyKey);
    });

    it('reports an unknown outcome when nothing listens', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const err = await failure(gateway({ apiBase: new URL(`http://127.0.0.1:${port}`) }).charge(request()));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('Stripe could not be reached (ECONNREFUSED)');
    });
  });

  describe('lookup', () => {
    it('retrieves the PaymentIntent the order saved, and asks nothing else', async () => {
      const charge = request();
      const made = await gateway().charge(charge);
      const asked = standIn.requests.length;
      expect(await gateway().lookup(lookupOf(charge, { chargeRef: made.chargeId }))).toEqual({ status: 'succeeded', charge: made });
      expect(standIn.requests.slice(asked).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v1/payment_intents/${made.chargeId}`]);
    });

    it("finds the order's PaymentIntent among its customer's, listed from when the order was confirmed", async () => {
      const customer = { paymentCustomerRef: `cus_many_${seq}` };
      const confirmed = new Date(now).toISOString();
      const charges = [request(customer), request(customer), request(customer)];
      const made = [];
      for (const charge of charges) made.push(await gateway().charge(charge));
      const asked = standIn.requests.length;
      expect(await gateway().lookup({ ...lookupOf(charges[1]), notBefore: confirmed })).toEqual({ status: 'succeeded', charge: made[1] });
      const [list] = standIn.requests.slice(asked);
      expect(list.path).toBe('/v1/payment_intents');
      expect(list.query.get('customer')).toBe(customer.paymentCustomerRef);
      expect(Number(list.query.get('created[gte]'))).toBeLessThanOrEqual(Math.floor(Date.parse(confirmed) / 1000));
    });

    it('reports a declined charge with its decline code', async () => {
      const charge = request({ paymentMethodRef: 'pm_card_chargeDeclinedInsufficientFunds' });
      await expect(gateway().charge(charge)).rejects.toBeInstanceOf(PaymentDeclinedError);
      expect(await gateway().lookup(lookupOf(charge))).toEqual({ status: 'declined', declineCode: 'insufficient_funds' });
    });

    it('reports not_found for an order never charged', async () => {
      expect(await gateway().lookup(lookupOf(request()))).toEqual({ status: 'not_found' });
    });

    it('does not take a saved PaymentIntent of another order for this one', async () => {
      const other = await gateway().charge(request());
      const err = await failure(gateway().lookup(lookupOf(request(), { chargeRef: other.chargeId })));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toMatch(/belongs to another order/);
    });

    it("searches by the order id when no Stripe customer is known, and believes an empty answer only once Stripe's index has caught up", async () => {
      standIn.searchLagMs = 30_000;
      try {
        const charge = request({ paymentCustomerRef: undefined });
        const made = await gateway().charge(charge);
        const never = request({ paymentCustomerRef: undefined });
        const young = await failure(gateway().lookup(lookupOf(charge)));
        expect(young).toBeInstanceOf(PaymentUnavailableError);
        expect(young.message).toMatch(/may not show one this young yet/);
        const confirmed = new Date(now).toISOString();
        now += 60_000;
        expect(await gateway().lookup({ idempotencyKey: charge.idempotencyKey, notBefore: confirmed })).toEqual({ status: 'succeeded', charge: made });
        expect(standIn.requests.at(-1)?.path).toBe('/v1/payment_intents/search');
        expect(standIn.requests.at(-1)?.query.get('query')).toBe(`metadata['order_id']:'${charge.idempotencyKey}' OR metadata['orderId']:'${charge.idempotencyKey}'`);
        await expect(gateway().lookup({ idempotencyKey: never.idempotencyKey, notBefore: confirmed })).rejects.toBeInstanceOf(PaymentUnavailableError);
        expect(await gateway({ searchLagMs: 60_000 }).lookup({ idempotencyKey: never.idempotencyKey, notBefore: confirmed })).toEqual({ status: 'not_found' });
      } finally {
        standIn.searchLagMs = 0;
      }
    });

    it('finds a PaymentIntent made before this gateway, which named its order `orderId`', async () => {
      const charge = request();
      // as the REST client this gateway replaced created it
      const answer = await fetch(new URL('/v1/payment_intents', standIn.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${STANDIN_SECRET_KEY}`, 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': charge.idempotencyKey },
        body: new URLSearchParams({
          amount: '3311',
          currency: 'usd',
          customer: 'cus_123',
          payment_method: 'pm_card_visa',
          'automatic_payment_methods[enabled]': 'true',
          'automatic_payment_methods[allow_redirects]': 'never',
          off_session: 'true',
          confirm: 'true',
          'metadata[orderId]': charge.idempotencyKey,
          'metadata[customerId]': 'cust-1',
        }),
      });
      const { id } = (await answer.json()) as { id: string };
      const found = { status: 'succeeded', charge: { chargeId: id, amount: 3311, currency: 'USD' } };
      expect(await gateway().lookup(lookupOf(charge))).toEqual(found);
      expect(await gateway({ searchLagMs: 0 }).lookup({ idempotencyKey: charge.idempotencyKey, notBefore: new Date(now).toISOString() })).toEqual(found);
    });

    it('reports Stripe unavailable when it cannot be asked', async () => {
      const failing = { kind: 'answer' as const, status: 503, body: { error: { type: 'api_error', message: 'Service unavailable' } } };
      standIn.fault('list', failing, failing);
      await expect(gateway().lookup(lookupOf(request()))).rejects.toBeInstanceOf(PaymentUnavailableError);
    });
  });

  describe('refund', () => {
    it('refunds the whole charge once for a refund key', async () => {
      const made = await gateway().charge(request());
      const key = `refund:${made.chargeId}`;
      const refund = await gateway().refund({ chargeId: made.chargeId, idempotencyKey: key, reason: 'requested_by_customer' });
      expect(refund).toEqual({ refundId: expect.stringMatching(/^re_/), amount: 3311, currency: 'USD', status: 'succeeded' });
      expect(await gateway().refund({ chargeId: made.chargeId, idempotencyKey: key, reason: 'requested_by_customer' })).toEqual(refund);
      const again = await failure(gateway().refund({ chargeId: made.chargeId, idempotencyKey: `${key}-again` }));
      expect(again).toBeInstanceOf(PaymentRequestInvalidError);
      expect((again as PaymentRequestInvalidError).code).toBe('charge_already_refunded');
    });

    it('refunds part, then the rest, and refuses more than is left', async () => {
      const made = await gateway().charge(request());
      expect((await gateway().refund({ chargeId: made.chargeId, amount: 1000, idempotencyKey: `part-1-${seq}` })).amount).toBe(1000);
      await expect(gateway().refund({ chargeId: made.chargeId, amount: 3000, idempotencyKey: `part-2-${seq}` })).rejects.toBeInstanceOf(PaymentRequestInvalidError);
      expect((await gateway().refund({ chargeId: made.chargeId, idempotencyKey: `part-3-${seq}` })).amount).toBe(2311);
    });

    it('reports a refund Stripe has not finished as pending', async () => {
      const made = await gateway().charge(request());
      standIn.fault('refund', { kind: 'refund-status', status: 'pending' });
      expect((await gateway().refund({ chargeId: made.chargeId, idempotencyKey: `pending-${seq}` })).status).toBe('pending');
    });

    it('refuses to refund a charge that was declined', async () => {
      const charge = request({ paymentMethodRef: 'pm_card_chargeDeclined' });
      const err = await failure(gateway().charge(charge));
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      const declined = await gateway().lookup(lookupOf(charge));
      expect(declined.status).toBe('declined');
      const [intent] = standIn.intentsFor(charge.idempotencyKey);
      const err2 = await failure(gateway().refund({ chargeId: intent.id, idempotencyKey: `declined-${seq}` }));
      expect(err2).toBeInstanceOf(PaymentRequestInvalidError);
      expect((err2 as PaymentRequestInvalidError).code).toBe('charge_not_refundable');
    });
  });

  describe('the secret key', () => {
    it('says the key was refused on a 401, never that the card was declined', async () => {
      const err = await failure(gateway({ secretKey: async () => 'sk_test_revoked_4eC39HqLyjWDarjtT1zdp7dc' }).charge(request()));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toMatch(/refused the secret key/);
    });

    it('reports an unknown outcome when the key cannot be read, and reads it again on the next call', async () => {
      let reads = 0;
      const flaky = gateway({
        secretKey: async () => {
          reads += 1;
          if (reads === 1) throw new Error('SSM throttled');
          return `${STANDIN_SECRET_KEY}\n`;
        },
      });
      await expect(flaky.charge(request())).rejects.toEqual(expect.objectContaining({ name: 'PaymentUnavailableError', message: 'the Stripe secret key could not be read' }));
      await expect(flaky.charge(request())).resolves.toEqual(expect.objectContaining({ amount: 3311 }));
      await flaky.charge(request());
      expect(reads).toBe(2);
    });

    it('never puts the secret key, the payment method or the Stripe customer into an error', async () => {
      /** Every message and field along an error's cause chain. */
      const said = (err: unknown): string => {
        const parts: string[] = [];
        for (let e = err as (Error & Record<string, unknown>) | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth += 1) {
          parts.push(String(e.message), String(e), JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'cause'))));
        }
        return parts.join('\n');
      };
      const scenarios: Array<() => Promise<unknown>> = [
        () => gateway().charge(request({ paymentMethodRef: 'pm_card_chargeDeclined' })),
        () => gateway().charge(request({ paymentMethodRef: 'pm_card_gone_9f8e' })),
        () => (standIn.fault('create', { kind: 'server-error', charged: true }), gateway().charge(request())),
        () => (standIn.fault('create', { kind: 'hang' }), gateway({ timeoutMs: 200 }).charge(request())),
        () => gateway({ secretKey: async () => `${STANDIN_SECRET_KEY}_rotated` }).charge(request()),
        () => gateway({ secretKey: async () => `${STANDIN_SECRET_KEY}_rotated` }).lookup(lookupOf(request())),
        async () => {
          const charge = request();
          await gateway().charge(charge);
          return gateway().charge({ ...charge, amount: 1 });
        },
      ];
      for (const scenario of scenarios) {
        const text = said(await failure(scenario()));
        expect(text).not.toContain(STANDIN_SECRET_KEY);
        expect(text).not.toContain('pm_card');
        expect(text).not.toContain('cus_123');
      }
    });
  });

  describe('loading', () => {
    it('loads the stripe package on the first call, not when the gateway is made', async () => {
      // CommonJS as tsc emits it (the dynamic import as a deferred require, as in the deployed
      // bundle), with the stripe package left outside so its modules show in require.cache once loaded.
      // Without `supported`, esbuild would keep a real import() of an external package, and Node
      // would load the package's ES module build, which require.cache does not list.
      mkdirSync(join(process.cwd(), 'node_modules', '.cache'), { recursive: true });
      const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.cache', 'voice-shop-stripe-'));
      try {
        const file = join(dir, 'stripe-gateway.js');
        await build({
          entryPoints: ['src/infra/payment/stripe.ts'],
          outfile: file,
          bundle: true,
          platform: 'node',
          format: 'cjs',
          target: 'node20',
          packages: 'external',
          supported: { 'dynamic-import': false },
          logLevel: 'error',
        });
        const script = `
          const loaded = () => Object.keys(require.cache).some((k) => k.includes('/node_modules/stripe/'));
          const { StripePaymentGateway } = require(${JSON.stringify(file)});
          const gateway = new StripePaymentGateway({ secretKey: async () => process.env.KEY, apiBase: new URL(process.env.BASE), timeoutMs: 2000 });
          const before = loaded();
          gateway.lookup({ idempotencyKey: 'ord_loading' }).catch(() => undefined).then(() => process.stdout.write(JSON.stringify({ before, after: loaded() })));
        `;
        const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
          env: { ...process.env, KEY: STANDIN_SECRET_KEY, BASE: standIn.url.toString() },
          timeout: 20_000,
        });
        expect(JSON.parse(stdout)).toEqual({ before: false, after: true });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
