/**
 * The Proactive Events sender and the Login with Amazon token source against the loopback
 * stand-ins (test/support/alexa-events-standin.ts), answer by answer: each notice's documented
 * shape (a delay, a reminder), the token kept until it is refused, and the port's error for each
 * status the API answers with.
 */
import type { ShopperNotice } from '../../src/core/fulfilment-notices';
import { LwaTokenSource } from '../../src/infra/alexa-notifications/lwa-token';
import { ProactiveEventsSender } from '../../src/infra/alexa-notifications/proactive-events';
import { NotificationPermissionRevokedError, NotificationRateLimitedError, NotificationRejectedError, NotificationUnavailableError } from '../../src/ports/notifications';
import { AlexaEventsStandIn, eventProblem } from '../support/alexa-events-standin';

const CLIENT = { clientId: 'client-1', clientSecret: 'secret-1' };
const audience = { customerId: 'c1', userId: 'amzn1.ask.account.U1', locale: 'en-GB', grantedAt: '2026-03-01T00:00:00Z' };
const shipped: ShopperNotice = {
  kind: 'order-update',
  update: 'shipped',
  orderId: 'o1',
  orderNumber: '10000001',
  sellerName: 'Corner Shop',
  items: ['Tea'],
  carrier: 'DPD',
  expectedDelivery: '2026-03-05T00:00:00.000Z',
};
let api: AlexaEventsStandIn;
beforeAll(async () => {
  api = await AlexaEventsStandIn.start(CLIENT);
});
afterAll(() => api.close());

const sender = (secret = CLIENT.clientSecret, stage: 'development' | 'live' = 'development') => {
  const tokens = new LwaTokenSource({ clientId: CLIENT.clientId, clientSecret: async () => secret, tokenUrl: api.tokenUrl, clock: { now: () => new Date() } });
  return new ProactiveEventsSender({ tokens, apiBase: api.base, stage });
};
const send = (s: ProactiveEventsSender, notice: ShopperNotice = shipped, user = audience.userId) =>
  s.send(notice, { ...audience, userId: user }, { referenceId: `ref-${Math.random().toString(36).slice(2)}`, now: new Date() });

describe('ProactiveEventsSender', () => {
  it('sends a delay as shipped with its new date, and reminders as a message alert, each in the documented shape', async () => {
    const s = sender();
    await send(s, { ...shipped, update: 'delayed', expectedDelivery: '2026-03-09T00:00:00.000Z' });
    await send(s, { kind: 'cart-reminder', cartRef: 'alexa:u@3', sellerName: 'Corner Shop', items: [{ name: 'Tea', quantity: 1 }] }, 'amzn1.ask.account.U2');
    const [delay, reminder] = api.accepted.slice(-2).map((e) => e.body);
    expect(delay.event.payload.state).toEqual({ status: 'ORDER_SHIPPED', deliveryDetails: { expectedArrival: '2026-03-09T00:00:00.000Z' } });
    expect(delay.localizedAttributes).toEqual([{ locale: 'en-GB', sellerName: 'Corner Shop' }]);
    expect(reminder.event).toEqual({
      name: 'AMAZON.MessageAlert.Activated',
      payload: { state: { status: 'UNREAD', freshness: 'NEW' }, messageGroup: { creator: { name: 'localizedattribute:sellerName' }, count: 1 } },
    });
    for (const body of [delay, reminder]) expect(eventProblem(body)).toBeUndefined();
  });

  it('posts to the live stage once the skill is live', async () => {
    await send(sender(CLIENT.clientSecret, 'live'));
    expect(api.accepted.at(-1)?.stage).toBe('live');
  });

  it.each([
    [403, NotificationPermissionRevokedError],
    [429, NotificationRateLimitedError],
    [400, NotificationRejectedError],
    [503, NotificationUnavailableError],
  ])("answers a %s with the port's %p", async (status, error) => {
    const user = `amzn1.ask.account.S${status}`;
    api.script.set(user, [status]);
    await expect(send(sender(), shipped, user)).rejects.toBeInstanceOf(error);
  });

  it('reads Retry-After on a 429', async () => {
    api.script.set('amzn1.ask.account.R', [429]);
    await expect(send(sender(), shipped, 'amzn1.ask.account.R')).rejects.toMatchObject({ retryAfterMs: 1000 });
  });

  it('keeps a token until the API refuses it, then asks Login with Amazon again', async () => {
    const s = sender();
    const before = api.tokenRequests.length;
    await send(s);
    await send(s);
    expect(api.tokenRequests.length).toBe(before + 1);
    api.script.set(audience.userId, [401]);
    await expect(send(s)).rejects.toBeInstanceOf(NotificationUnavailableError);
    await send(s);
    expect(api.tokenRequests.length).toBe(before + 2);
  });

  it('says a refused client secret is why nothing went, never the secret itself', async () => {
    const refused = send(sender('wrong-secret'));
    await expect(refused).rejects.toBeInstanceOf(NotificationUnavailableError);
    await expect(refused).rejects.toThrow('Login with Amazon refused the token request: 401 invalid_client');
    await refused.catch((err: Error) => expect(err.message).not.toContain('wrong-secret'));
  });
});
