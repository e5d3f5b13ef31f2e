/**
 * Dialogflow webhook authentication through the exported handler: the credentials configured
 * for the agent's fulfillment (basic auth and/or a header secret) are checked before any
 * handler runs; a missing or wrong one gets a 401 and nothing is read or written.
 */
import { createDialogflowHttpHandler } from '../../src/adapters/dialogflow/http';
import { createRuntime } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { countWrites } from '../support/writes';
import { CredentialWebhookAuthenticator } from '../../src/infra/auth/webhook-authenticator';

const USER = 'dialogflow';
const PASSWORD = 'correct horse: battery staple';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

let h: Harness;
let writes: ReturnType<typeof countWrites>;

beforeAll(async () => {
  h = await startHarness({ DIALOGFLOW_AUTH_USERNAME: USER, DIALOGFLOW_AUTH_PASSWORD: PASSWORD });
  writes = countWrites(h.tap);
});
afterAll(async () => {
  await h.close();
});

const call = (headers: Record<string, string>) =>
  h.dialogflow(httpApiEvent(dialogflowRequest('ViewCartIntent', {}, { session: 'projects/p/agent/sessions/auth-1', userId: 'df-auth-user' }), headers));

describe('Dialogflow webhook authentication', () => {
  describe('basic auth', () => {
    it('lets the configured credentials through to the shop', async () => {
      const result = await call({ Authorization: basic(USER, PASSWORD) });
      expect(result.statusCode).toBe(200);
      expect(JSON.parse(result.body as string).fulfillmentText).toMatch(/cart is empty/);
    });

    it.each([
      ['no Authorization header', {}],
      ['an empty Authorization header', { authorization: '' }],
      ['a wrong password', { authorization: basic(USER, 'correct horse') }],
      ['a wrong user', { authorization: basic('admin', PASSWORD) }],
      ['a bearer token instead', { authorization: 'Bearer abc.def.ghi' }],
      ['a malformed basic value', { authorization: 'Basic %%%not-base64%%%' }],
      ['credentials without a colon', { authorization: `Basic ${Buffer.from('dialogflow').toString('base64')}` }],
      ['the password in a header instead', { 'x-password': PASSWORD }],
    ])('refuses %s with 401 before any handler runs', async (_label, headers) => {
      writes.reset();
      const result = await call(headers as Record<string, string>);
      expect(result.statusCode).toBe(401);
      expect(JSON.parse(result.body as string)).toEqual({ error: 'authentication required' });
      expect(result.body).not.toContain(PASSWORD);
      expect(writes.count).toBe(0);
    });

    it('refuses before even looking at a broken body', async () => {
      const result = await h.dialogflow(httpApiEvent('{nope', {}));
      expect(result.statusCode).toBe(401);
    });
  });

  describe('header secret', () => {
    it('checks a shared secret header, case-insensitively by name', async () => {
      const saved = h.runtime.webhookAuth;
      h.runtime.webhookAuth = new CredentialWebhookAuthenticator({ credentials: async () => ({ header: { name: 'X-Shop-Webhook-Secret', value: 's3cr3t' } }) });
      try {
        expect((await call({ 'X-SHOP-WEBHOOK-SECRET': 's3cr3t' })).statusCode).toBe(200);
        writes.reset();
        expect((await call({ 'x-shop-webhook-secret': 's3cr3T' })).statusCode).toBe(401);
        expect((await call({ authorization: basic(USER, PASSWORD) })).statusCode).toBe(401);
        expect(writes.count).toBe(0);
      } finally {
        h.runtime.webhookAuth = saved;
      }
    });

    it('fails closed when the secret cannot be fetched', async () => {
      const saved = h.runtime.webhookAuth;
      h.runtime.webhookAuth = new CredentialWebhookAuthenticator({ credentials: () => Promise.reject(new Error('ssm unreachable')) });
      try {
        const result = await call({ authorization: basic(USER, PASSWORD) });
        expect(result.statusCode).toBe(401);
      } finally {
        h.runtime.webhookAuth = saved;
      }
    });
  });

  describe('configuration', () => {
    const deployed = {
      STAGE: 'prod',
      AUTH_ISSUER: 'i',
      AUTH_AUDIENCE: 'a',
      AUTH_JWKS_URL: 'https://id.example/jwks',
      PAYMENT_PROVIDER: 'sandbox',
      ALLOW_SANDBOX_PAYMENTS: 'true',
      ALEXA_SKILL_ID: 'amzn1.ask.skill.x',
      TABLE_PREFIX: 'p',
    };

    it('takes secrets from SSM parameter names in a deployed stage', () => {
      const config = loadConfig({ ...deployed, DIALOGFLOW_AUTH_USERNAME: USER, DIALOGFLOW_AUTH_PASSWORD_PARAMETER: '/voice-shop/prod/dialogflow-password' });
      expect(config.webhookAuth).toEqual({ basic: { username: USER, password: { parameter: '/voice-shop/prod/dialogflow-password' } } });
    });

    it('refuses plain secret values outside local mode', () => {
      expect(() => loadConfig({ ...deployed, DIALOGFLOW_AUTH_HEADER: 'X-Secret', DIALOGFLOW_AUTH_SECRET: 'plain' })).toThrow(ConfigError);
    });

    it('refuses a user without a password', () => {
      expect(() => loadConfig({ ...deployed, DIALOGFLOW_AUTH_USERNAME: USER })).toThrow(/go together/);
    });

    it('refuses every call in a deployed stage with no credentials configured', async () => {
      const config = loadConfig({ ...deployed, DYNAMODB_ENDPOINT: h.store.endpoint });
      const runtime = createRuntime(config, { logWrite: () => undefined });
      const handler = createDialogflowHttpHandler({ runtime: async () => runtime });
      const result = await handler(httpApiEvent(dialogflowRequest('ViewCartIntent')));
      expect(result.statusCode).toBe(401);
      runtime.dynamo.client.destroy();
    });
  });
});
