/**
 * The Stripe adapter against a loopback stand-in for Stripe's API. The live API cannot be reached
 * from here, so the stand-in answers the way Stripe's documentation describes: a PaymentIntent,
 * a 402 card_error for a decline, idempotent replays keyed by the Idempotency-Key header (a 400
 * idempotency_error when the same key comes with other parameters), a 401 for a key it does not
 * know. Tests script the answers Stripe gives only now and then: 5xx, 429, 409, Stripe-Should-Retry,
 * dropped connections, silence, and bodies that are not Stripe's.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentUnavailableError } from '../../src/core';
import { StripePaymentGateway } from '../../src/infra/payment/stripe';
import type { ChargeRequest } from '../../src/ports/payments';

const SECRET_KEY = 'sk_test_loopback_51HxQ2eSecretKeyValue';

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  form: URLSearchParams;
}

/** An answer the stand-in gives to the next request instead of behaving like Stripe. */
type Scripted =
  | { status: number; headers?: Record<string, string>; body: string | object | ((seen: Seen) => object); delayMs?: number }
  /** never answers; the promise settles when the connection closes */
  | { hang: true }
  /** closes the connection before Stripe acts on the request */
  | { drop: 'before-charge' }
  /** makes the charge, then closes the connection before the answer is sent */
  | { drop: 'after-charge' };

let server: Server;
let base: URL;
const seen: Seen[] = [];
const script: Scripted[] = [];
const replays = new Map<string, { body: string; status: number; reply: object }>();
/** PaymentIntents the stand-in created (replays not counted) */
let charges = 0;
/** closes of connections the stand-in left hanging */
const hungClosed: Array<Promise<void>> = [];
let delayMs = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

/** What Stripe does with a request it accepts: authenticate, replay by key, or create a PaymentIntent. */
function actLikeStripe(call: Seen): { status: number; reply: object; headers?: Record<string, string> } {
  if (call.headers.authorization !== `Bearer ${SECRET_KEY}`) {
    // Stripe masks the key it quotes; this stand-in quotes it whole, so a leak would show.
    const quoted = String(call.headers.authorization).replace(/^Bearer /, '');
    return { status: 401, reply: { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${quoted}` } } };
  }
  const key = call.headers['idempotency-key'] as string | undefined;
  const earlier = key ? replays.get(key) : undefined;
  if (earlier && earlier.body !== call.body) {
    return {
      status: 400,
      reply: { error: { type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}'.` } },
    };
  }
  if (earlier) return { status: earlier.status, reply: earlier.reply, headers: { 'idempotent-replayed': 'true' } };
  charges += 1;
  const id = `pi_${charges}`;
  const method = call.form.get('payment_method');
  let answer: { status: number; reply: object };
  if (method === 'pm_card_chargeDeclined') {
    answer = { status: 402, reply: { error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.', payment_intent: { id, status: 'requires_payment_method' } } } };
  } else if (method === 'pm_card_authenticationRequired') {
    // off-session: a card that wants 3-D Secure is declined rather than left requiring action
    answer = { status: 402, reply: { error: { type: 'card_error', code: 'authentication_required', decline_code: 'authentication_required', message: 'Your card was declined. This transaction requires authentication.' } } };
  } else {
    answer = { status: 200, reply: { id, object: 'payment_intent', status: 'succeeded', amount: Number(call.form.get('amount')), currency: call.form.get('currency') } };
  }
  if (key) replays.set(key, { body: call.body, ...answer });
  return answer;
}

function send(res: ServerResponse, status: number, body: string | object, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json', 'request-id': `req_${seen.length}`, ...headers });
  res.end(text);
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const call: Seen = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, form: new URLSearchParams(body) };
    seen.push(call);
    const scripted = script.shift();
    if (scripted && 'hang' in scripted) {
      hungClosed.push(new Promise((resolve) => req.socket.once('close', () => resolve())));
      return;
    }
    if (scripted && 'drop' in scripted) {
      if (scripted.drop === 'after-charge') actLikeStripe(call);
      req.socket.destroy();
      return;
    }
    if (scripted) {
      if (scripted.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      send(res, scripted.status, typeof scripted.body === 'function' ? scripted.body(call) : scripted.body, scripted.headers);
      return;
    }
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const { status, reply, headers } = actLikeStripe(call);
    send(res, status, reply, headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  // a connection the client failed to close must not keep the stand-in open
  const closing = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closing;
});
beforeEach(() => {
  delayMs = 0;
  script.length = 0;
});

const request = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => ({
  customerId: 'cust-1',
  paymentCustomerRef: 'cus_123',
  paymentMethodRef: 'pm_card_visa',
  amount: 3311,
  currency: 'USD',
  idempotencyKey: `ord_${Math.random().toString(36).slice(2)}`,
  description: 'Order 48215730',
  ...overrides,
});

const gateway = (timeoutMs = 2000, secretKey: () => Promise<string> = async () => SECRET_KEY) => new StripePaymentGateway({ secretKey, apiBase: base, timeoutMs });

/** The requests the stand-in saw with this idempotency key. */
const callsFor = (key: string) => seen.filter((s) => s.headers['idempotency-key'] === key);

/** Runs a charge that must fail and hands back the error. */
async function failure(charge: Promise<unknown>): Promise<Error> {
  try {
    await charge;
  } catch (err) {
    return err as Error;
  }
  throw new Error('the charge succeeded');
}

describe('StripePaymentGateway', () => {
  describe('the request', () => {
    it('confirms an off-session PaymentIntent with the saved method, keyed by the order id', async () => {
      const charge = request();
      const result = await gateway().charge(charge);
      expect(result).toEqual({ chargeId: expect.stringMatching(/^pi_/), amount: 3311, currency: 'USD' });
      const [call] = callsFor(charge.idempotencyKey);
      expect(call.path).toBe('/v1/payment_intents');
      expect(call.headers['idempotency-key']).toBe(charge.idempotencyKey);
      expect(call.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
      expect(Object.fromEntries(call.form)).toMatchObject({
        amount: '3311',
        currency: 'usd',
        customer: 'cus_123',
        payment_method: 'pm_card_visa',
        off_session: 'true',
        confirm: 'true',
        'metadata[orderId]': charge.idempotencyKey,
      });
    });

    it('sends the exact form body and headers of a Stripe v1 call, with the pinned API version and no telemetry', async () => {
      const charge = request();
      await gateway().charge(charge);
      const [call] = callsFor(charge.idempotencyKey);
      expect(call.method).toBe('POST');
      expect(call.body).toBe(
        'amount=3311&currency=usd&customer=cus_123&payment_method=pm_card_visa&off_session=true&confirm=true' +
          `&description=Order%2048215730&metadata[orderId]=${charge.idempotencyKey}&metadata[customerId]=cust-1`,
      );
      expect(call.headers).toMatchObject({
        authorization: `Bearer ${SECRET_KEY}`,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(call.body)),
        'idempotency-key': charge.idempotencyKey,
        'stripe-version': '2026-10-28.endive',
        'user-agent': expect.stringMatching(/^voice-shop /),
      });
      expect(Object.keys(call.headers).filter((h) => /telemetry|x-stripe-client|stripe-account/i.test(h))).toEqual([]);
    });

    it('encodes what it sends so that Stripe reads back exactly the values given', async () => {
      const charge = request({ description: 'Order 7 & 8 = 50% "off" +tax', customerId: 'cüst/1?x=y&z', paymentCustomerRef: undefined });
      await gateway().charge(charge);
      const [call] = callsFor(charge.idempotencyKey);
      expect(call.form.get('description')).toBe('Order 7 & 8 = 50% "off" +tax');
      expect(call.form.get('metadata[customerId]')).toBe('cüst/1?x=y&z');
      // a payment method not attached to a Stripe customer is charged without one
      expect(call.form.has('customer')).toBe(false);
    });
  });

  describe('what Stripe answers', () => {
    it('returns the same PaymentIntent when the same order is charged again, and Stripe makes one charge', async () => {
      const charge = request();
      const before = charges;
      const first = await gateway().charge(charge);
      const second = await gateway().charge(charge);
      expect(second).toEqual(first);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(2);
      expect(charges - before).toBe(1);
    });

    it('turns a card error into PaymentDeclinedError with the decline code', async () => {
      await expect(gateway().charge(request({ paymentMethodRef: 'pm_card_chargeDeclined' }))).rejects.toEqual(
        expect.objectContaining({ name: 'PaymentDeclinedError', declineCode: 'generic_decline' }),
      );
      await expect(gateway().charge(request({ paymentMethodRef: 'pm_card_chargeDeclined' }))).rejects.toBeInstanceOf(PaymentDeclinedError);
    });

    it('declines a card that wants authentication the shopper cannot give off-session', async () => {
      const err = await failure(gateway().charge(request({ paymentMethodRef: 'pm_card_authenticationRequired' })));
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      expect((err as PaymentDeclinedError).declineCode).toBe('authentication_required');
    });

    it.each([
      ['requires_action', undefined, 'requires_action'],
      ['canceled', undefined, 'canceled'],
      ['requires_payment_method', { code: 'card_declined', decline_code: 'insufficient_funds' }, 'insufficient_funds'],
    ])('declines a PaymentIntent left %s', async (status, lastPaymentError, declineCode) => {
      script.push({ status: 200, body: { id: 'pi_left', object: 'payment_intent', status, amount: 3311, currency: 'usd', last_payment_error: lastPaymentError ?? null } });
      const err = await failure(gateway().charge(request()));
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      expect((err as PaymentDeclinedError).declineCode).toBe(declineCode);
    });

    it('reports a PaymentIntent still processing as an unknown outcome, not a decline', async () => {
      script.push({ status: 200, body: { id: 'pi_slow', object: 'payment_intent', status: 'processing', amount: 3311, currency: 'usd' } });
      const err = await failure(gateway().charge(request()));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('payment intent pi_slow is processing');
    });

    it('refuses the same order id sent with another amount', async () => {
      const charge = request();
      await gateway().charge(charge);
      const err = await failure(gateway().charge({ ...charge, amount: 9999 }));
      expect(err).toBeInstanceOf(IdempotencyKeyReuseError);
      expect((err as IdempotencyKeyReuseError).idempotencyKey).toBe(charge.idempotencyKey);
    });

    it.each([
      ['with', { type: 'idempotency_error', code: 'idempotency_key_in_use' }],
      ['without', { type: 'idempotency_error' }],
    ])('reports a charge still running under the same key (409 %s a code) as an unknown outcome, without asking again', async (_, error) => {
      const charge = request();
      script.push({
        status: 409,
        headers: { 'stripe-should-retry': 'true' },
        body: { error: { ...error, message: 'There is currently another in-progress request using this Idempotent Key.' } },
      });
      const err = await failure(gateway().charge(charge));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('charge already in progress');
      expect(callsFor(charge.idempotencyKey)).toHaveLength(1);
    });

    it('declines an invalid request, such as a payment method that no longer exists', async () => {
      script.push({
        status: 400,
        body: (call) => ({ error: { type: 'invalid_request_error', code: 'resource_missing', param: 'payment_method', message: `No such PaymentMethod: '${call.form.get('payment_method')}'` } }),
      });
      const err = await failure(gateway().charge(request()));
      expect(err).toBeInstanceOf(PaymentDeclinedError);
      expect((err as PaymentDeclinedError).declineCode).toBe('resource_missing');
    });

    it('treats a 2xx answer that is not a PaymentIntent as an unknown outcome, never a success', async () => {
      script.push({ status: 200, body: '<html>ok</html>' });
      await expect(gateway().charge(request())).rejects.toBeInstanceOf(PaymentUnavailableError);
      script.push({ status: 200, body: { object: 'list', data: [] } });
      await expect(gateway().charge(request())).rejects.toBeInstanceOf(PaymentUnavailableError);
    });

    it('treats a 402 without a Stripe error in it as an unknown outcome, never a decline', async () => {
      script.push({ status: 402, body: '' });
      const err = await failure(gateway().charge(request()));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toMatch(/^Stripe answered 402 with a 0-byte text\/html body that is not a Stripe error/);
    });
  });

  describe('when Stripe fails or is slow', () => {
    it('asks once more with the same key after a 500, and takes the second answer', async () => {
      const charge = request();
      script.push({ status: 500, body: { error: { type: 'api_error', message: 'An unknown error occurred' } } });
      const result = await gateway().charge(charge);
      expect(result.chargeId).toMatch(/^pi_/);
      const calls = callsFor(charge.idempotencyKey);
      expect(calls).toHaveLength(2);
      expect(calls[1].body).toBe(calls[0].body);
    });

    it('asks at most once more', async () => {
      const charge = request();
      const fault = { status: 503, body: { error: { type: 'api_error', message: 'Service unavailable' } } };
      script.push(fault, fault, fault);
      await expect(gateway().charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(2);
    });

    it('asks once more after a 429 rate limit', async () => {
      const charge = request();
      script.push({ status: 429, body: { error: { type: 'rate_limit_error', code: 'rate_limit', message: 'Too many requests' } } });
      await expect(gateway().charge(charge)).resolves.toEqual(expect.objectContaining({ amount: 3311 }));
      expect(callsFor(charge.idempotencyKey)).toHaveLength(2);
    });

    it('does not ask again when Stripe says Stripe-Should-Retry: false', async () => {
      const charge = request();
      script.push({ status: 500, headers: { 'stripe-should-retry': 'false' }, body: { error: { type: 'api_error', message: 'An unknown error occurred' } } });
      const err = await failure(gateway().charge(charge));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toMatch(/^Stripe answered 500 api_error/);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(1);
    });

    it('does not ask again when too little of the time is left for an answer', async () => {
      const charge = request();
      script.push({ status: 503, delayMs: 700, body: { error: { type: 'api_error', message: 'Service unavailable' } } });
      await expect(gateway(1000).charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(1);
    });

    it('asks again over a new connection when the first one drops before Stripe acts', async () => {
      const charge = request();
      const before = charges;
      script.push({ drop: 'before-charge' });
      await expect(gateway().charge(charge)).resolves.toEqual(expect.objectContaining({ chargeId: expect.stringMatching(/^pi_/) }));
      expect(callsFor(charge.idempotencyKey)).toHaveLength(2);
      expect(charges - before).toBe(1);
    });

    it('meets the charge already made when the connection drops after Stripe made it', async () => {
      const charge = request();
      const before = charges;
      script.push({ drop: 'after-charge' });
      const result = await gateway().charge(charge);
      expect(charges - before).toBe(1);
      expect(result.chargeId).toBe(`pi_${charges}`);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(2);
    });

    it('says the key was refused when Stripe answers 401, never that the card was declined', async () => {
      const charge = request();
      const err = await failure(gateway(2000, async () => 'sk_test_revoked_4eC39HqLyjWDarjtT1zdp7dc').charge(charge));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toMatch(/refused the secret key/);
      expect(err.message).not.toContain('sk_test_revoked');
      expect(callsFor(charge.idempotencyKey)).toHaveLength(1);
    });

    it('reports a 502 from something in the way as an unknown outcome', async () => {
      const charge = request();
      const badGateway = { status: 502, body: '<html><body>502 Bad Gateway</body></html>' };
      script.push(badGateway, badGateway);
      const err = await failure(gateway().charge(charge));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toMatch(/^Stripe answered 502 with a 41-byte text\/html body that is not a Stripe error/);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(2);
    });

    it('reports an unknown outcome when Stripe does not answer in time', async () => {
      delayMs = 1500;
      await expect(gateway(300).charge(request())).rejects.toBeInstanceOf(PaymentUnavailableError);
    });

    it('gives up on a silent Stripe within its time and closes the connection', async () => {
      const charge = request();
      script.push({ hang: true });
      const started = Date.now();
      const err = await failure(gateway(400).charge(charge));
      const elapsed = Date.now() - started;
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('Stripe did not answer within 400 ms');
      expect(elapsed).toBeGreaterThanOrEqual(390);
      expect(elapsed).toBeLessThan(400 + 250);
      expect(callsFor(charge.idempotencyKey)).toHaveLength(1);
      // the socket is destroyed, not returned to the pool: the stand-in sees the connection close
      const closed = await Promise.race([hungClosed[hungClosed.length - 1].then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 1000))]);
      expect(closed).toBe(true);
    });

    it('reports an unknown outcome when nothing listens', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const nowhere = new StripePaymentGateway({ secretKey: async () => SECRET_KEY, apiBase: new URL(`http://127.0.0.1:${port}`), timeoutMs: 1000 });
      const err = await failure(nowhere.charge(request()));
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(err.message).toBe('Stripe could not be reached (ECONNREFUSED)');
    });

    it('reports an unknown outcome when the key cannot be read, and reads it again on the next charge', async () => {
      let reads = 0;
      const flaky = gateway(2000, async () => {
        reads += 1;
        if (reads === 1) throw new Error('SSM throttled');
        return SECRET_KEY;
      });
      await expect(flaky.charge(request())).rejects.toEqual(expect.objectContaining({ name: 'PaymentUnavailableError', message: 'the Stripe secret key could not be read' }));
      await expect(flaky.charge(request())).resolves.toEqual(expect.objectContaining({ amount: 3311 }));
      await flaky.charge(request());
      expect(reads).toBe(2);
    });
  });

  describe('secrets', () => {
    /** Every message and field along an error's cause chain. */
    function said(err: unknown): string {
      const parts: string[] = [];
      for (let e = err as (Error & Record<string, unknown>) | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth += 1) {
        parts.push(String(e.message), String(e), JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'cause'))));
      }
      return parts.join('\n');
    }

    it('never puts the secret key, the payment method or the Stripe customer into an error', async () => {
      const echo = (call: Seen) => ({
        error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such PaymentMethod: '${call.form.get('payment_method')}' for customer '${call.form.get('customer')}'` },
      });
      const scenarios: Array<() => Promise<unknown>> = [
        () => gateway().charge(request({ paymentMethodRef: 'pm_card_chargeDeclined' })),
        () => gateway().charge(request({ paymentMethodRef: 'pm_card_authenticationRequired' })),
        () => (script.push({ status: 400, body: echo }), gateway().charge(request())),
        () => (script.push({ status: 402, body: (call) => ({ error: { type: 'card_error', code: 'card_declined', message: `${call.headers.authorization} ${call.body}` } }) }), gateway().charge(request())),
        () => (script.push({ status: 500, headers: { 'stripe-should-retry': 'false' }, body: echo }), gateway().charge(request())),
        () => (script.push({ status: 502, body: 'bad gateway' }, { status: 502, body: 'bad gateway' }), gateway().charge(request())),
        () => (script.push({ hang: true }), gateway(300).charge(request())),
        () => (script.push({ drop: 'before-charge' }, { drop: 'before-charge' }), gateway().charge(request())),
        () => gateway(2000, async () => `${SECRET_KEY}_rotated`).charge(request()),
        async () => {
          const charge = request();
          await gateway().charge(charge);
          return gateway().charge({ ...charge, amount: 1 });
        },
      ];
      for (const scenario of scenarios) {
        const text = said(await failure(scenario()));
        expect(text).not.toContain(SECRET_KEY);
        expect(text).not.toContain('pm_card');
        expect(text).not.toContain('cus_123');
      }
    });
  });
});
