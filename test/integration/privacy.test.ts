/**
 * Privacy: every flow and error path through the exported handlers at LOG_LEVEL=debug, with the
 * log lines captured where the runtime writes them (stdout), and then searched for the access
 * tokens, the voice PIN, the address, the phone number and the email. None may appear.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Customer } from '../../src/core';
import { hashVoicePin } from '../../src/core/voice-pin';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import type { OrderStore } from '../../src/ports/stores';
import { alexaIntent, dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { dynamoError, injectDynamoFaults } from '../support/faults';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';
import { CredentialWebhookAuthenticator } from '../../src/infra/auth/webhook-authenticator';

const PIN = '9073';
const SECRETS = {
  email: 'privacy.shopper+voice@example.org',
  phone: '+1-312-555-0179',
  line1: '77 Sunflower Terrace Apt 9',
  postalCode: '60614',
  webhookSecret: 'webhook-shared-secret-value',
};

let h: Harness;
let lines: string[] = [];
let faults: ReturnType<typeof injectDynamoFaults>;
const tokens: string[] = [];
let spy: jest.SpyInstance;

beforeAll(async () => {
  spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write);
  h = await startHarness({ LOG_LEVEL: 'debug', ALEXA_TURN_BUDGET_MS: '2500', DIALOGFLOW_TURN_BUDGET_MS: '2000', TURN_SAFETY_MARGIN_MS: '300', TURN_SAVE_RESERVE_MS: '300' });
  faults = injectDynamoFaults(h.tap);
});
afterAll(async () => {
  spy.mockRestore();
  await h.close();
});

let seq = 0;
async function privateCustomer(card = 'pm_sandbox_visa'): Promise<Customer> {
  seq += 1;
  const customer: Customer = {
    customerId: `cust-privacy-${seq}`,
    name: 'Avery Quinnell',
    email: SECRETS.email,
    phone: SECRETS.phone,
    address: { line1: SECRETS.line1, city: 'Chicago', region: 'IL', postalCode: SECRETS.postalCode, country: 'US' },
    paymentMethodRef: card,
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(customer);
  await h.runtime.deps.voiceSecurity!.setPin(customer.customerId, await hashVoicePin(PIN));
  return customer;
}

async function speaker(platform: PlatformName, card?: string): Promise<Speaker> {
  const customer = await privateCustomer(card);
  const token = await h.idp.token(customer.customerId);
  tokens.push(token);
  return new Speaker(h, platform, `user-privacy-${seq}-${platform}`, token);
}

const pricey = DEMO_PRODUCTS.find((p) => p.inStock && p.price >= 800 && p.price <= 3000)!;

async function everyFlow(platform: PlatformName): Promise<void> {
  const s = await speaker(platform);
  await s.launch();
  await s.say('SearchIntent', { query: 'paper towels' });
  await s.say('MoreResultsIntent');
  await s.say('ProductDetailsIntent', { ordinal: '2' });
  await s.say('AddToCartIntent', { quantity: 'two' });
  await s.say('ViewCartIntent');
  await s.say('RemoveFromCartIntent', { ordinal: '1' });
  await s.say('AddToCartIntent', { product: { value: pricey.name, id: pricey.sku }, quantity: String(Math.ceil(11_000 / pricey.price)) });
  await s.say('CheckoutIntent');
  await s.say('HelpIntent');
  await s.say('YesIntent');
  await s.say('VoicePinIntent', { pin: '1111' });
  await s.say('VoicePinIntent', { pin: PIN });
  await s.say('OrderStatusIntent');
  await s.say('ReorderIntent');
  await s.say('NoIntent');
  await s.say('RecommendIntent', { query: 'coffee' });
  await s.say('TalkToHumanIntent');
  await s.say('ClearCartIntent');
  await s.say('FallbackIntent');
  await s.say('StopIntent');
}

async function errorPaths(platform: PlatformName): Promise<void> {
  // a PIN locked out
  const locked = await speaker(platform);
  await locked.say('AddToCartIntent', { product: { value: pricey.name, id: pricey.sku }, quantity: String(Math.ceil(11_000 / pricey.price)) });
  await locked.say('CheckoutIntent');
  await locked.say('YesIntent');
  for (const wrong of ['0001', '0002', '0003']) await locked.say('VoicePinIntent', { pin: wrong });
  // declined card
  const declined = await speaker(platform, 'pm_sandbox_decline');
  await declined.say('SearchIntent', { query: 'soap' });
  await declined.say('AddToCartIntent', { ordinal: '1' });
  await declined.say('CheckoutIntent');
  await declined.say('YesIntent');
  // slow payment, then reconciliation
  const slow = await speaker(platform);
  await slow.say('SearchIntent', { query: 'rice' });
  await slow.say('AddToCartIntent', { ordinal: '1' });
  await slow.say('CheckoutIntent');
  h.payments.configure({ delayMs: 2500 });
  await slow.say('YesIntent');
  h.payments.configure({});
  const { reconcilePending } = await import('../../src/core/reconcile');
  await reconcilePending(h.runtime.deps, h.runtime.pendingOrders, { olderThanSeconds: 0 });
  // throttling, then a crash after the charge
  const busy = await speaker(platform);
  await busy.say('SearchIntent', { query: 'tea' });
  faults.set(() => dynamoError('ThrottlingException'));
  await busy.say('AddToCartIntent', { ordinal: '1' });
  faults.clear();
  await busy.say('AddToCartIntent', { ordinal: '1' });
  await busy.say('CheckoutIntent');
  const real = h.runtime.deps.orders;
  let crashed = false;
  h.runtime.deps.orders = {
    ...bind(real),
    transition: async (...args: Parameters<OrderStore['transition']>) => {
      if (!crashed && args[2] === 'PLACED') {
        crashed = true;
        throw new Error(`crash while saving for ${SECRETS.email}`);
      }
      return real.transition(...args);
    },
  };
  await busy.say('YesIntent');
  h.runtime.deps.orders = real;
  await busy.say('YesIntent');
  // tokens that fail: expired, garbage, another audience
  for (const token of [await h.idp.token('cust-privacy-1', { expiresIn: '-1m' }), `not-a-jwt-${SECRETS.email}`, await h.idp.token('cust-privacy-1', { audience: 'other' })]) {
    tokens.push(token);
    await new Speaker(h, platform, `user-privacy-bad-${platform}`, token).say('CheckoutIntent');
  }
}

function bind(store: OrderStore): OrderStore {
  return {
    create: (o) => store.create(o),
    get: (id) => store.get(id),
    listByCustomer: (c, l) => store.listByCustomer(c, l),
    transition: (...a) => store.transition(...a),
    claimNotice: (...a) => store.claimNotice(...a),
    noticeSent: (...a) => store.noticeSent(...a),
  };
}

async function rejectedRequests(): Promise<void> {
  const token = tokens[0];
  // Dialogflow with webhook auth on, wrong secret
  const saved = h.runtime.webhookAuth;
  h.runtime.webhookAuth = new CredentialWebhookAuthenticator({ credentials: async () => ({ header: { name: 'x-webhook-secret', value: SECRETS.webhookSecret } }) });
  await h.dialogflow(httpApiEvent(dialogflowRequest('CheckoutIntent', {}, { accessToken: token }), { 'x-webhook-secret': `${SECRETS.webhookSecret}-wrong` }));
  h.runtime.webhookAuth = saved;
  // malformed Dialogflow bodies carrying personal data
  await h.dialogflow(httpApiEvent(`{"session": "${SECRETS.email}", "token": "${token}"`));
  // Alexa web-service endpoint with a forged signature; the body carries the token and a PIN
  const https = (await import('../../lambda/alexa-https')).handler as (e: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  const body = JSON.stringify(alexaIntent('VoicePinIntent', { pin: PIN }, { accessToken: token }));
  await https({ ...httpApiEvent(body, { SignatureCertChainUrl: 'https://s3.evil.example/echo.api/cert.pem', 'Signature-256': 'AAAA' }), rawPath: '/alexa' });
  // a request for another skill, and skill events carrying a token
  await h.alexa(alexaIntent('VoicePinIntent', { pin: PIN }, { accessToken: token, applicationId: 'amzn1.ask.skill.other' })).catch(() => undefined);
  const event = (type: string, body: Record<string, unknown>) =>
    ({
      version: '1.0',
      context: { System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId: 'amzn1.ask.account.PRIVACY' } } },
      request: { type, requestId: 'r', timestamp: new Date().toISOString(), body },
    }) as unknown as RequestEnvelope;
  await h.alexa(event('AlexaSkillEvent.SkillAccountLinked', { accessToken: token }));
  await h.alexa(event('AlexaSkillEvent.SkillAccountLinked', { accessToken: `bad-${token}` }));
  await h.alexa(event('AlexaSkillEvent.SkillDisabled', { userInformationPersistenceStatus: 'NOT_PERSISTED' }));
}

describe('privacy of the logs', () => {
  it('never writes access tokens, PINs, addresses, phone numbers or emails, on any flow or error path', async () => {
    lines = [];
    for (const platform of ['alexa', 'dialogflow'] as const) {
      await everyFlow(platform);
      await errorPaths(platform);
    }
    await rejectedRequests();
    const log = lines.join('');
    // the capture works and saw the flows, including errors
    expect(log).toContain('"message":"order settled"');
    expect(log).toContain('"message":"wrong voice PIN"');
    expect(log).toContain('"message":"voice purchasing locked after wrong PINs"');
    expect(log).toContain('"level":"error"');
    expect(log).toContain('dialogflow webhook call refused');
    expect(log).toContain('signature check failed');
    expect(lines.length).toBeGreaterThan(50);

    for (const token of tokens) {
      expect(log).not.toContain(token);
      // not even the signature part of a JWT alone (the garbage token has no signature part:
      // its last dot-part is "org", which a random order id may contain)
      const parts = token.split('.');
      if (parts.length === 3) expect(log).not.toContain(parts[2].slice(0, 24));
    }
    expect(log).not.toMatch(new RegExp(`(?<![\\w.:-])${PIN}(?![\\w])`));
    expect(log).not.toContain('"pin"');
    for (const value of Object.values(SECRETS)) expect(log).not.toContain(value);
    expect(log).not.toContain('Sunflower');
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    expect(log).not.toMatch(/\+?1?[-. ]?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}/);
  }, 60_000);
});
