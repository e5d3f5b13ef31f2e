/**
 * Token introspection before any charge (RFC 7662), against a loopback introspection endpoint,
 * through the exported handlers on both platforms: a token revoked after linking still verifies
 * as a JWT, so the provider is asked right before money moves.
 */
import { OrderState, type Customer } from '../../src/core';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import { INTROSPECTION_CLIENT, TestIntrospectionServer } from '../support/introspection-server';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
let introspection: TestIntrospectionServer;
let seq = 0;

beforeAll(async () => {
  introspection = await TestIntrospectionServer.start();
  h = await startHarness({
    INTROSPECTION_URL: introspection.url,
    INTROSPECTION_CLIENT_ID: INTROSPECTION_CLIENT.id,
    INTROSPECTION_CLIENT_SECRET: INTROSPECTION_CLIENT.secret,
    INTROSPECTION_TIMEOUT_MS: '300',
  });
});
afterAll(async () => {
  await h.close();
  await introspection.close();
});
afterEach(() => {
  introspection.mode = 'ok';
});

async function shopperAtQuestion(platform: PlatformName): Promise<{ s: Speaker; customer: Customer; token: string }> {
  seq += 1;
  const customer: Customer = {
    customerId: `cust-introspect-${seq}`,
    name: 'Test Shopper',
    email: `introspect${seq}@example.com`,
    address: { line1: `${seq} Mill Lane`, city: 'Boise', region: 'ID', postalCode: '83702', country: 'US' },
    paymentMethodRef: 'pm_sandbox_visa',
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(customer);
  const token = await h.idp.token(customer.customerId);
  const s = new Speaker(h, platform, `user-introspect-${seq}-${platform}`, token);
  await s.say('SearchIntent', { query: 'dish soap' });
  await s.say('AddToCartIntent', { ordinal: '1' });
  const question = await s.say('CheckoutIntent');
  expect(question.speech).toMatch(/Should I place the order\?$/);
  return { s, customer, token };
}

const latestOrder = async (customerId: string) => (await h.runtime.deps.orders.listByCustomer(customerId, 5))[0];

describe.each<PlatformName>(['alexa', 'dialogflow'])('token introspection before a charge on %s', (platform) => {
  it('places the order when the token is still active, having asked with client credentials', async () => {
    const { s, customer, token } = await shopperAtQuestion(platform);
    const before = introspection.calls.length;
    const placed = await s.say('YesIntent');
    expect(placed.speech).toMatch(/is placed/);
    const calls = introspection.calls.slice(before);
    expect(calls).toEqual([{ authorized: true, token, hint: 'access_token' }]);
    expect((await latestOrder(customer.customerId)).state).toBe(OrderState.Placed);
  });

  it('answers a revoked token with the link-account reply and charges nothing', async () => {
    const { s, customer, token } = await shopperAtQuestion(platform);
    introspection.revoked.add(token);
    const charges = h.payments.succeeded;
    const reply = await s.say('YesIntent');
    expect(reply.speech).toMatch(platform === 'alexa' ? /link your account/ : /^Your sign-in on this page has run out\. Please sign in again to buy by voice/);
    expect(reply.linkAccount).toBe(platform === 'alexa');
    expect(h.payments.succeeded).toBe(charges);
    expect((await latestOrder(customer.customerId)).state).toBe(OrderState.Cancelled);
  });

  it.each(['error', 'slow', 'not-json'] as const)('holds the purchase when the endpoint gives no answer (%s): no charge, yes again works', async (mode) => {
    const { s, customer } = await shopperAtQuestion(platform);
    introspection.mode = mode;
    const charges = h.payments.succeeded;
    const held = await s.say('YesIntent');
    expect(held.speech).toMatch(/couldn't check your account.*nothing was charged/);
    expect(held.endSession).toBe(false);
    expect(h.payments.succeeded).toBe(charges);
    expect((await latestOrder(customer.customerId)).state).toBe(OrderState.AwaitingConfirmation);
    introspection.mode = 'ok';
    expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
    expect(h.payments.succeeded).toBe(charges + 1);
  });

  it('does not ask the endpoint for turns that spend nothing', async () => {
    const before = introspection.calls.length;
    const s = new Speaker(h, platform, `user-introspect-browse-${platform}`, await h.idp.token('cust-demo-1'));
    await s.say('SearchIntent', { query: 'coffee' });
    await s.say('OrderStatusIntent');
    expect(introspection.calls.length).toBe(before);
  });
});
