/**
 * The fulfilment feed through the exported Lambda handler (lambda/fulfilment.ts) as API Gateway
 * invokes it, on dynalite over HTTP: signed events move a demo order and the shopper hears each
 * through the Alexa handler; every bad input (signature, timestamp, JSON, fields, unknown order,
 * a date in the past, a state going backwards, a reused id) gets its status and reason and is
 * recorded in the fulfilment-events table; the order email lands in the outbox folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ScanCommand } from '../../src/infra/dynamodb/commands';
import { signFulfilmentBody } from '../../src/infra/fulfilment/hmac-signature';
import { httpApiEvent } from '../../src/local/http-api-event';
import { startHarness, type Harness } from '../support/harness';
import { Speaker } from '../support/speaker';

const SECRET = 'whsec_test_fulfilment_0123456789';
const outbox = mkdtempSync(join(tmpdir(), 'voice-shop-feed-outbox-'));
let h: Harness;
let feed: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

beforeAll(async () => {
  h = await startHarness({ FULFILMENT_SIGNING_SECRET: SECRET, EMAIL_OUTBOX_DIR: outbox });
  feed = (await import('../../lambda/fulfilment')).handler as typeof feed;
}, 30_000);

afterAll(async () => {
  await h.close();
  rmSync(outbox, { recursive: true, force: true });
});

const now = () => Math.floor(Date.now() / 1000);
const today = (days = 0) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let seq = 0;

/** POSTs a body to the feed, signed with `secret` at `timestamp` unless headers are given. */
async function post(body: unknown, options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any }> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? now();
  const headers = options.headers ?? {
    'content-type': 'application/json',
    'x-shop-timestamp': String(timestamp),
    'x-shop-signature': signFulfilmentBody(options.secret ?? SECRET, raw, timestamp),
  };
  const result = await feed(httpApiEvent({ body: raw, headers, path: '/fulfilment/events', base64: true }));
  return { status: result.statusCode ?? 0, body: JSON.parse(String(result.body)) };
}

function event(type: string, fields: Record<string, unknown> = {}, orderId = 'ord_demo_0002'): Record<string, unknown> {
  seq += 1;
  return { eventId: `it-evt-${seq}`, orderId, type, occurredAt: new Date(Date.now() - 1000).toISOString(), ...fields };
}

async function recorded(): Promise<Array<Record<string, any>>> {
  const out = await h.runtime.dynamo.doc.send(new ScanCommand({ TableName: h.runtime.config.tables.fulfilmentEvents }));
  return out.Items ?? [];
}

describe('POST /fulfilment/events', () => {
  it('moves an order through its states, and the shopper hears each through the Alexa handler', async () => {
    const shopper = new Speaker(h, 'alexa', 'feed-user', await h.idp.token('cust-demo-1'));
    const ask = async () => (await shopper.say('OrderStatusIntent', { orderNumber: '10000002' })).speech;
    expect(await ask()).toMatch(/^Your order 1 0 0 0 0 0 0 2 with .+ is confirmed\. It should arrive \w+day, \w+ \d+\./);

    expect(await post(event('accepted'))).toMatchObject({ status: 200, body: { outcome: 'applied', state: 'handed-over' } });
    expect(await ask()).toMatch(/is with our warehouse\./);
    expect((await post(event('shipped', { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', estimatedDelivery: today(2) }))).status).toBe(200);
    expect(await ask()).toMatch(/has shipped with UPS and should arrive/);
    expect((await post(event('out-for-delivery'))).status).toBe(200);
    expect(await ask()).toMatch(/is out for delivery today\./);
    expect((await post(event('delivered'))).status).toBe(200);
    expect(await ask()).toMatch(/was delivered \w+day/);

    // the shopper was emailed at shipped, out for delivery and delivered
    const mails = readdirSync(outbox).filter((f) => f.startsWith('ord_demo_0002-'));
    expect(mails.sort()).toEqual(['ord_demo_0002-delivered.eml', 'ord_demo_0002-out-for-delivery.eml', 'ord_demo_0002-shipped.eml']);
    expect(readFileSync(join(outbox, 'ord_demo_0002-shipped.eml'), 'utf8')).toMatch(
      /^To: jordan\.avery@example\.com\nSubject: Order 10000002 has shipped\n[\s\S]*with UPS, tracking number 1Z999AA10123456784\./,
    );
  });

  describe('refuses, with the reason, and records', () => {
    it.each([
      ['a wrong signature', { secret: 'whsec_someone_else' }, 401, 'the signature does not match the body'],
      ['a timestamp ten minutes old', { timestamp: now() - 600 }, 401, "x-shop-timestamp is more than 300 s away from now: a replayed request, or the sender's clock is wrong"],
      ['no signature', { headers: { 'content-type': 'application/json', 'x-shop-timestamp': String(now()) } }, 401, 'missing x-shop-signature header'],
    ])('%s', async (_what, options, status, reason) => {
      const answer = await post(event('packed', {}, 'ord_demo_0001'), options);
      expect(answer).toEqual({ status, body: { error: reason } });
      expect((await h.runtime.deps.orders.get('ord_demo_0001'))?.fulfilmentState).toBe('delivered');
    });

    it('malformed JSON with 400, recorded under a key of its own', async () => {
      const answer = await post('{"eventId": "it-broken"');
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/^the body is not valid JSON/);
      expect(await recorded()).toContainEqual(expect.objectContaining({ status: 'rejected', httpStatus: 400, reason: answer.body.error }));
    });

    it.each([
      ['an unknown order', () => event('packed', {}, 'ord_nobody'), 400, 'no order ord_nobody'],
      ['a date in the past', () => event('delayed', { newDeliveryDate: today(-2) }), 400, `newDeliveryDate ${today(-2)} is in the past`],
      ['a state going backwards', () => event('packed'), 409, 'order 10000002 is already delivered; packed would move it back'],
    ])('%s', async (_what, make, status, reason) => {
      const body = make();
      const answer = await post(body);
      expect(answer).toEqual({ status, body: { outcome: 'rejected', error: reason, eventId: body.eventId } });
      expect(await recorded()).toContainEqual(expect.objectContaining({ status: 'rejected', httpStatus: status, reason }));
    });

    it('a reused event id with 409; the same event again is a duplicate, applied once', async () => {
      const created = event('accepted', {}, 'ord_demo_0001');
      // the delivered demo order takes no "accepted": refused, so the id is free for a corrected retry
      expect((await post(created)).status).toBe(409);
      const packedAgain = event('delivered', {}, 'ord_demo_0001');
      expect((await post(packedAgain)).body).toMatchObject({ outcome: 'applied' });
      expect((await post(packedAgain)).body).toMatchObject({ outcome: 'duplicate' });
      expect(await post({ ...packedAgain, type: 'packed' })).toEqual({
        status: 409,
        body: { outcome: 'rejected', error: `event id ${packedAgain.eventId} was already used for a different event`, eventId: packedAgain.eventId },
      });
      expect((await recorded()).filter((r) => r.eventId === packedAgain.eventId)).toEqual([expect.objectContaining({ status: 'applied', orderId: 'ord_demo_0001' })]);
    });
  });

  it('answers 405 to anything but POST', async () => {
    const result = await feed(httpApiEvent({ body: '', method: 'GET', path: '/fulfilment/events' }));
    expect(result.statusCode).toBe(405);
  });
});
