import { inspect } from 'node:util';
import { SignJWT, generateKeyPair } from 'jose';
import { ConfigError, loadBackOfficeConfig, loadConfig, loadStoreConfig } from '../../../src/config';
import { JwtAccessTokenVerifier } from '../../../src/infra/auth/access-token';

describe('loadStoreConfig (catalog:import, voice-pin)', () => {
  it('needs nothing at all locally: the local tables, no endpoint, no credentials', () => {
    expect(loadStoreConfig({})).toEqual({
      stage: 'local',
      local: true,
      region: 'us-east-1',
      tables: expect.objectContaining({ products: 'voice-shop-local-products', customers: 'voice-shop-local-customers' }),
      dynamodbEndpoint: undefined,
      awsEndpoint: undefined,
      awsCredentials: undefined,
    });
  });

  it('reads only the store settings in a deployed stage, where token settings would be required', () => {
    const env = { STAGE: 'prod', TABLE_PREFIX: 'voice-shop-prod', AWS_REGION: 'eu-west-1' };
    expect(() => loadConfig(env)).toThrow(/AUTH_ISSUER is required/);
    expect(loadStoreConfig(env)).toMatchObject({ stage: 'prod', local: false, region: 'eu-west-1', tables: expect.objectContaining({ orders: 'voice-shop-prod-orders' }) });
  });

  it('refuses what it cannot use, every problem at once', () => {
    const bad = { STAGE: 'prod', AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_ENDPOINT_URL_DYNAMODB: 'ftp://dynamo' };
    const thrown = (() => {
      try {
        loadStoreConfig(bad);
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toBeInstanceOf(ConfigError);
    expect([...(thrown as ConfigError).problems].sort()).toEqual([
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together',
      'AWS_ENDPOINT_URL_DYNAMODB is not an http(s) URL: "ftp://dynamo"',
      'TABLE_PREFIX is required',
    ]);
  });

  it('keeps exported keys, printed without their secret', () => {
    const config = loadStoreConfig({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' });
    expect(config.awsCredentials?.secretAccessKey).toBe('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY');
    expect(inspect(config, { depth: 5 })).not.toContain('wJalrXUtnFEMI');
  });
});

describe('loadBackOfficeConfig (npm run reconcile)', () => {
  const deployed = { STAGE: 'prod', TABLE_PREFIX: 'voice-shop-prod', PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_PARAMETER: '/voice-shop/prod/stripe-secret-key' };

  it('reads the payment and shop settings but neither requires nor reads the token and skill-id settings', () => {
    expect(() => loadConfig(deployed)).toThrow(/AUTH_ISSUER is required[\s\S]*ALEXA_SKILL_ID is required/);
    const config = loadBackOfficeConfig({ ...deployed, AUTH_JWKS_URL: 'not a url', AUTH_ALGORITHMS: 'none' });
    expect(config.payment).toMatchObject({ provider: 'stripe', secretParameter: '/voice-shop/prod/stripe-secret-key' });
    expect(config.tables.orders).toBe('voice-shop-prod-orders');
    expect(config.auth.jwksUrl).toBeUndefined();
  });

  it('still refuses what it does use', () => {
    expect(() => loadBackOfficeConfig({ ...deployed, STRIPE_SECRET_PARAMETER: '' })).toThrow(/STRIPE_SECRET_PARAMETER is required/);
  });

  it('accepts no access token, even one signed the way real ones are', async () => {
    const config = loadBackOfficeConfig({});
    const verifier = new JwtAccessTokenVerifier({ ...config.auth, jwks: config.auth.localJwks });
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('cust-demo-1')
      .setIssuer(config.auth.issuer)
      .setAudience(config.auth.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await verifier.verify(token)).toBeUndefined();
  });
});
