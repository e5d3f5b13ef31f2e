/**
 * Alexa notifications end to end, through the exported handlers on dynalite: a shopper allows
 * notifications (SkillPermissionAccepted through the Alexa Lambda handler), a signed fulfilment
 * event arrives (lambda/fulfilment.ts), and the shop gets a skill-messaging token from Login with
 * Amazon and posts an AMAZON.OrderStatus.Updated event to the Proactive Events API. Both run here
 * as loopback stand-ins (test/support/alexa-events-standin.ts) that check the documented request
 * shapes and answer with the documented errors: a 403 stops all sending to that user, a 429 is
 * sent again by the scheduled run (lambda/reminders.ts); withdrawing the permission stops it too.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope } from 'ask-sdk-model';
import { signFulfilmentBody } from '../../src/infra/fulfilment/hmac-signature';
import { httpApiEvent } from '../../src/local/http-api-event';
import { AlexaEventsStandIn } from '../support/alexa-events-standin';
import { startHarness, type Harness } from '../support/harness';

const SECRET = 'whsec_notifications_test';
const CLIENT = { clientId: 'amzn1.application-oa2-client.test', clientSecret: 'messaging-secret' };
let h: Harness;
let api: AlexaEventsStandIn;
let feed: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
let reminders: () => Promise<unknown>;

beforeAll(async () => {
  api = await AlexaEventsStandIn.start(CLIENT);
  h = await startHarness({
    FULFILMENT_SIGNING_SECRET: SECRET,
    ALEXA_CLIENT_ID: CLIENT.clientId,
    ALEXA_CLIENT_SECRET: CLIENT.clientSecret,
    ALEXA_EVENTS_API: api.base,
    LWA_TOKEN_URL: api.tokenUrl,
  });
  feed = (await import('../../lambda/fulfilment')).handler as typeof feed;
  reminders = (await import('../../lambda/reminders')).handler as typeof reminders;
}, 30_000);

afterAll(async () => {
  await h.close();
  await api.close();
});

function skillEvent(type: string, userId: string, body: Record<string, unknown>, accessToken?: string): RequestEnvelope {
  return {
    version: '1.0',
    context: {
      System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId, ...(accessToken ? { accessToken } : {}) }, apiEndpoint: 'https://api.amazonalexa.com' },
    },
    request: { type, requestId: `amzn1.echo-api.request.${Math.random()}`, timestamp: new Date().toISOString(), locale: 'en-US', body },
  } as unknown as RequestEnvelope;
}

const notifications = { acceptedPermissions: [{ scope: 'alexa::devices:all:notifications:write' }] };
let seq = 0;
async function post(orderId: string, type: string, fields: Record<string, unknown> = {}): Promise<number> {
  seq += 1;
  const raw = JSON.stringify({ eventId: `notify-${seq}`, orderId, type, occurredAt: new Date(Date.now() - 1000 + seq).toISOString(), ...fields });
  const at = Math.floor(Date.now() / 1000);
  const result = await feed(
    httpApiEvent({ body: raw, headers: { 'x-shop-timestamp': String(at), 'x-shop-signature': signFulfilmentBody(SECRET, raw, at) }, path: '/fulfilment/events' }),
  );
  return result.statusCode ?? 0;
}

describe('Alexa notifications through the Proactive Events API', () => {
  it('go to a shopper who allowed them, with a token from Login with Amazon, in the documented shape', async () => {
    // Given a linked shopper who allowed notifications
    const userId = 'amzn1.ask.account.NOTIFY-OK';
    await h.alexa(skillEvent('AlexaSkillEvent.SkillPermissionAccepted', userId, notifications, await h.idp.token('cust-demo-1')));
    expect(await h.runtime.deps.alexaAudiences!.forCustomer('cust-demo-1')).toEqual([expect.objectContaining({ userId, locale: 'en-US' })]);

    // When their order ships
    expect(
      await post('ord_demo_0002', 'shipped', { carrier: 'UPS', trackingNumber: '1Z5', estimatedDelivery: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) }),
    ).toBe(200);

    // Then one token was asked for with the client credentials grant, and one event went out
    expect(api.tokenRequests).toEqual([{ grant_type: 'client_credentials', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, scope: 'alexa::proactive_events' }]);
    expect(api.accepted).toHaveLength(1);
    const [{ stage, body }] = api.accepted;
    expect(stage).toBe('development');
    expect(body).toMatchObject({
      event: {
        name: 'AMAZON.OrderStatus.Updated',
        payload: { state: { status: 'ORDER_SHIPPED', deliveryDetails: { expectedArrival: expect.any(String) } }, order: { seller: { name: 'localizedattribute:sellerName' } } },
      },
      localizedAttributes: [{ locale: 'en-US', sellerName: 'Corner Shop' }],
      relevantAudience: { type: 'Unicast', payload: { user: userId } },
    });

    // And the next update reuses the token
    expect(await post('ord_demo_0002', 'delivered')).toBe(200);
    expect(api.tokenRequests).toHaveLength(1);
    expect(api.accepted.at(-1)?.body.event.payload.state).toMatchObject({ status: 'ORDER_DELIVERED', deliveredOn: expect.any(String) });
    await h.alexa(skillEvent('AlexaSkillEvent.SkillPermissionChanged', userId, { acceptedPermissions: [] }));
  });

  it('stop for good when the API answers 403, and stop when the shopper withdraws the permission', async () => {
    const revoked = 'amzn1.ask.account.NOTIFY-403';
    await h.alexa(skillEvent('AlexaSkillEvent.SkillPermissionAccepted', revoked, notifications, await h.idp.token('cust-demo-3')));
    const order = await placedOrderOf('cust-demo-3');
    api.script.set(revoked, [403]);
    const before = api.requests.length;
    expect(await post(order, 'shipped', { carrier: 'DHL', trackingNumber: 'JD1' })).toBe(200);
    expect(api.requests.slice(before).map((r) => r.status)).toEqual([403]);
    expect(await h.runtime.deps.alexaAudiences!.forCustomer('cust-demo-3')).toEqual([]);
    expect(await post(order, 'out-for-delivery')).toBe(200);
    expect(api.requests.length).toBe(before + 1);

    // granted again, then withdrawn in the Alexa app: nothing goes either
    await h.alexa(skillEvent('AlexaSkillEvent.SkillPermissionAccepted', revoked, notifications, await h.idp.token('cust-demo-3')));
    await h.alexa(skillEvent('AlexaSkillEvent.SkillPermissionChanged', revoked, { acceptedPermissions: [] }));
    expect(await post(order, 'delivered')).toBe(200);
    expect(api.requests.length).toBe(before + 1);
  });

  it('are sent again after a 429 by the scheduled run, once', async () => {
    const busy = 'amzn1.ask.account.NOTIFY-429';
    await h.alexa(skillEvent('AlexaSkillEvent.SkillPermissionAccepted', busy, notifications, await h.idp.token('cust-demo-2')));
    const order = await placedOrderOf('cust-demo-2');
    api.script.set(busy, [429]);
    const before = api.accepted.length;
    expect(await post(order, 'shipped', { carrier: 'UPS', trackingNumber: '1Z6' })).toBe(200);
    expect(api.accepted.length).toBe(before);
    // the API asked for a second; the next scheduled run after it sends it
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await reminders();
    expect(api.accepted.slice(before).map((e) => e.body.relevantAudience.payload.user)).toEqual([busy]);
    await reminders();
    expect(api.accepted.length).toBe(before + 1);
  });
});

/** A placed order for a demo customer, written as a settled purchase would leave it. */
async function placedOrderOf(customerId: string): Promise<string> {
  const [template] = await h.runtime.deps.orders.listByCustomer('cust-demo-1', 1);
  const orderId = `ord_notify_${customerId}`;
  await h.runtime.deps.orders.create({
    ...template,
    orderId,
    orderNumber: String(80_000_000 + Number(customerId.slice(-1))),
    customerId,
    state: 'PENDING',
    fulfilmentState: undefined,
    fulfilmentAt: undefined,
    fulfilmentVersion: undefined,
    deliveredAt: undefined,
    carrier: undefined,
    trackingNumber: undefined,
    estimatedDelivery: undefined,
  });
  await h.runtime.deps.orders.transition(orderId, ['PENDING'], 'PLACED', { placedAt: new Date().toISOString() });
  return orderId;
}
