import { ConfigError, loadConfig } from '../../../src/config';

const local = { STAGE: 'local', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks' };

describe('SANDBOX_PAYMENT_DELAY_MS', () => {
  it('is off unless set, and makes the sandbox slow when set', () => {
    expect(loadConfig(local).payment).toEqual({ provider: 'sandbox' });
    expect(loadConfig({ ...local, SANDBOX_PAYMENT_DELAY_MS: '2500' }).payment).toEqual({ provider: 'sandbox', delayMs: 2500 });
  });

  it('refuses a value that is not a whole number of milliseconds up to a minute, saying which', () => {
    for (const bad of ['-1', 'slow', '1.5', '60001']) {
      expect(() => loadConfig({ ...local, SANDBOX_PAYMENT_DELAY_MS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ...local, SANDBOX_PAYMENT_DELAY_MS: bad })).toThrow(/SANDBOX_PAYMENT_DELAY_MS must be a whole number from 0 to 60000/);
    }
  });
});

describe('RECONCILE_EVERY_SECONDS', () => {
  it('defaults to 30 s, takes 0 for never, and refuses what is not a whole number of seconds', () => {
    expect(loadConfig(local).reconcileEverySeconds).toBe(30);
    expect(loadConfig({ ...local, RECONCILE_EVERY_SECONDS: '0' }).reconcileEverySeconds).toBe(0);
    for (const bad of ['-5', 'often', '2.5']) {
      expect(() => loadConfig({ ...local, RECONCILE_EVERY_SECONDS: bad })).toThrow(/RECONCILE_EVERY_SECONDS must be a whole number from 0 to 86400/);
    }
  });
});
