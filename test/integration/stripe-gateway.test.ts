/**
 * The Stripe adapter against a loopback stand-in for Stripe's API. The live API cannot be reached
 * from here, so the stand-in answers the way Stripe's documentation describes: a PaymentIntent,
 * a 402 card_error for a decline, idempotent replays keyed by the Idempotency-Key header.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PaymentDeclinedError, PaymentUnavailableError } from '../../src/core';
import { StripePaymentGateway } from '../../src/infra/payment/stripe';
import type { ChargeRequest } from '../../src/ports/payments';

interface Seen {
  path: string;
  idempotencyKey?: string;
  authorization?: string;
  form: URLSearchParams;
}

let server: Server;
let base: URL;
const seen: Seen[] = [];
const replays = new Map<string, { status: number; body: unknown }>();
let delayMs = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const form = new URLSearchParams(await readBody(req));
    const key = req.headers['idempotency-key'] as string | undefined;
    seen.push({ path: req.url ?? '', idempotencyKey: key, authorization: req.headers.authorization, form });
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    let reply = key ? replays.get(key) : undefined;
    if (!reply) {
      reply =
        form.get('payment_method') === 'pm_card_chargeDeclined'
          ? { status: 402, body: { error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' } } }
          : { status: 200, body: { id: `pi_${seen.length}`, object: 'payment_intent', status: 'succeeded', amount: Number(form.get('amount')), currency: form.get('currency') } };
      if (key) replays.set(key, reply);
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': `req_${seen.length}` });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  delayMs = 0;
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

const gateway = (timeoutMs = 2000) => new StripePaymentGateway({ secretKey: async () => 'sk_test_loopback', apiBase: base, timeoutMs });

describe('StripePaymentGateway', () => {
  it('confirms an off-session PaymentIntent with the saved method, keyed by the order id', async () => {
    const charge = request();
    const result = await gateway().charge(charge);
    expect(result).toEqual({ chargeId: expect.stringMatching(/^pi_/), amount: 3311, currency: 'USD' });
    const call = seen[seen.length - 1];
    expect(call.path).toBe('/v1/payment_intents');
    expect(call.idempotencyKey).toBe(charge.idempotencyKey);
    expect(call.authorization).toBe('Bearer sk_test_loopback');
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

  it('returns the same PaymentIntent when the same order is charged again', async () => {
    const charge = request();
    const first = await gateway().charge(charge);
    const second = await gateway().charge(charge);
    expect(second.chargeId).toBe(first.chargeId);
  });

  it('turns a card error into PaymentDeclinedError with the decline code', async () => {
    await expect(gateway().charge(request({ paymentMethodRef: 'pm_card_chargeDeclined' }))).rejects.toEqual(
      expect.objectContaining({ name: 'PaymentDeclinedError', declineCode: 'generic_decline' }),
    );
    await expect(gateway().charge(request({ paymentMethodRef: 'pm_card_chargeDeclined' }))).rejects.toBeInstanceOf(PaymentDeclinedError);
  });

  it('reports an unknown outcome when Stripe does not answer in time', async () => {
    delayMs = 1500;
    await expect(gateway(300).charge(request())).rejects.toBeInstanceOf(PaymentUnavailableError);
  });
});
