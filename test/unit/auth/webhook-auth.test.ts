import { verifyWebhookAuth, type WebhookAuthConfig } from '../../../src/infra/auth/webhook-auth';

const basicConfig: WebhookAuthConfig = { basic: { username: 'dialogflow', password: 'correct horse: battery staple' } };
const headerConfig: WebhookAuthConfig = { header: { name: 'X-Shop-Webhook-Secret', value: 's3cr3t-v4lue' } };

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

describe('verifyWebhookAuth', () => {
  describe('basic auth', () => {
    it('accepts the configured username and password', () => {
      const result = verifyWebhookAuth({ authorization: basic('dialogflow', 'correct horse: battery staple') }, basicConfig);

      expect(result).toEqual({ ok: true });
    });

    it('accepts the scheme and header name in any case', () => {
      const value = basic('dialogflow', 'correct horse: battery staple').replace('Basic', 'BASIC');

      expect(verifyWebhookAuth({ Authorization: value }, basicConfig)).toEqual({ ok: true });
    });

    it('refuses a wrong password', () => {
      const result = verifyWebhookAuth({ authorization: basic('dialogflow', 'correct horse: battery stapler') }, basicConfig);

      expect(result).toEqual({ ok: false, reason: 'wrong-credentials' });
    });

    it('refuses a wrong username', () => {
      const result = verifyWebhookAuth({ authorization: basic('dialogflow2', 'correct horse: battery staple') }, basicConfig);

      expect(result).toEqual({ ok: false, reason: 'wrong-credentials' });
    });

    it('refuses a request without an Authorization header', () => {
      expect(verifyWebhookAuth({ 'content-type': 'application/json' }, basicConfig)).toEqual({ ok: false, reason: 'missing-credentials' });
    });

    it.each([
      ['a Bearer token', 'Bearer abc.def.ghi'],
      ['credentials without a colon', `Basic ${Buffer.from('dialogflow').toString('base64')}`],
      ['text that is not base64', 'Basic dialogflow:password'],
    ])('refuses %s as malformed', (_label, authorization) => {
      expect(verifyWebhookAuth({ authorization }, basicConfig)).toEqual({ ok: false, reason: 'malformed-credentials' });
    });
  });

  describe('header secret', () => {
    it('accepts the configured secret, whatever the header name case', () => {
      expect(verifyWebhookAuth({ 'x-shop-webhook-secret': 's3cr3t-v4lue' }, headerConfig)).toEqual({ ok: true });
    });

    it('refuses a wrong secret', () => {
      expect(verifyWebhookAuth({ 'x-shop-webhook-secret': 's3cr3t-v4lu' }, headerConfig)).toEqual({ ok: false, reason: 'wrong-credentials' });
    });

    it('refuses a missing secret header', () => {
      expect(verifyWebhookAuth({ authorization: basic('a', 'b') }, headerConfig)).toEqual({ ok: false, reason: 'missing-credentials' });
    });
  });

  describe('configuration', () => {
    it('requires both when basic auth and a header secret are configured', () => {
      const config = { ...basicConfig, ...headerConfig };
      const authorization = basic('dialogflow', 'correct horse: battery staple');

      expect(verifyWebhookAuth({ authorization, 'x-shop-webhook-secret': 's3cr3t-v4lue' }, config)).toEqual({ ok: true });
      expect(verifyWebhookAuth({ authorization }, config)).toEqual({ ok: false, reason: 'missing-credentials' });
      expect(verifyWebhookAuth({ 'x-shop-webhook-secret': 's3cr3t-v4lue' }, config)).toEqual({ ok: false, reason: 'missing-credentials' });
    });

    it.each<[string, WebhookAuthConfig]>([
      ['nothing', {}],
      ['an empty password', { basic: { username: 'dialogflow', password: '' } }],
      ['a username with a colon', { basic: { username: 'dialog:flow', password: 'x' } }],
      ['an empty header secret', { header: { name: 'X-Secret', value: '' } }],
    ])('fails closed when configured with %s', (_label, config) => {
      const headers = { authorization: basic('dialog', 'flow:x'), 'x-secret': '' };

      expect(verifyWebhookAuth(headers, config)).toEqual({ ok: false, reason: 'not-configured' });
    });
  });
});
