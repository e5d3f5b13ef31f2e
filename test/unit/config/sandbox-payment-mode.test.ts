import { ConfigError, loadConfig } from '../../../src/config';

const local = { STAGE: 'local', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks' };

describe('SANDBOX_PAYMENT_MODE', () => {
  it('answers with the outcome unless set', () => {
    expect(loadConfig(local).payment).toEqual({ provider: 'sandbox' });
    expect(loadConfig({ ...local, SANDBOX_PAYMENT_MODE: 'immediate' }).payment).toEqual({ provider: 'sandbox' });
  });

  it('takes first-500 or processing, with the time until the charge settles', () => {
    expect(loadConfig({ ...local, SANDBOX_PAYMENT_MODE: 'first-500' }).payment).toEqual({ provider: 'sandbox', mode: 'first-500', settleAfterMs: 0 });
    expect(loadConfig({ ...local, SANDBOX_PAYMENT_MODE: 'processing', SANDBOX_SETTLE_AFTER_MS: '30000', SANDBOX_PAYMENT_DELAY_MS: '200' }).payment).toEqual({
      provider: 'sandbox',
      delayMs: 200,
      mode: 'processing',
      settleAfterMs: 30000,
    });
  });

  it('refuses an unknown mode, and a settling time without a mode that settles, saying which', () => {
    expect(() => loadConfig({ ...local, SANDBOX_PAYMENT_MODE: 'flaky' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...local, SANDBOX_PAYMENT_MODE: 'flaky' })).toThrow(/SANDBOX_PAYMENT_MODE must be immediate, first-500, processing, got "flaky"/);
    expect(() => loadConfig({ ...local, SANDBOX_SETTLE_AFTER_MS: '1000' })).toThrow(/SANDBOX_SETTLE_AFTER_MS applies only with SANDBOX_PAYMENT_MODE=first-500 or processing/);
    expect(() => loadConfig({ ...local, SANDBOX_PAYMENT_MODE: 'processing', SANDBOX_SETTLE_AFTER_MS: 'soon' })).toThrow(/SANDBOX_SETTLE_AFTER_MS must be a whole number/);
  });
});
