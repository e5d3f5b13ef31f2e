/**
 * Device-code linking's settings: off unless DEVICE_AUTHORIZATION_URL is set; then the token
 * endpoint, the client and its secret come with it, a deployed stage reads secrets from SSM and
 * needs the key the held tokens are sealed with, and each mistake is named.
 */
import { loadConfig, type ConfigError } from '../../../src/config';

const local = { STAGE: 'local', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks' };
const deployed = {
  STAGE: 'prod',
  AUTH_ISSUER: 'https://id.example/',
  AUTH_AUDIENCE: 'a',
  AUTH_JWKS_URL: 'https://id.example/jwks',
  ALEXA_SKILL_ID: 'amzn1.ask.skill.x',
  PAYMENT_PROVIDER: 'stripe',
  STRIPE_SECRET_PARAMETER: '/s',
  DIALOGFLOW_AUTH_USERNAME: 'u',
  DIALOGFLOW_AUTH_PASSWORD_PARAMETER: '/p',
  TABLE_PREFIX: 'voice-shop-prod',
};
const linking = {
  DEVICE_AUTHORIZATION_URL: 'https://id.example/oauth/device/code',
  OAUTH_TOKEN_URL: 'https://id.example/oauth/token',
  OAUTH_REVOCATION_URL: 'https://id.example/oauth/revoke',
  LINK_CLIENT_ID: 'voice-shop-device',
};

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('device-code linking settings', () => {
  it('are off unless DEVICE_AUTHORIZATION_URL is set', () => {
    expect(loadConfig(local).deviceLinking).toBeUndefined();
  });

  it('read an Auth0-style setup: its audience parameter, secrets and the sealing key from SSM', () => {
    const config = loadConfig({
      ...deployed,
      ...linking,
      LINK_CLIENT_SECRET_PARAMETER: '/voice-shop/prod/link-client-secret',
      LINK_AUDIENCE: 'https://shop.example/api',
      LINK_VERIFICATION_URL: 'https://cornershop.example/link',
      DEVICE_LINK_TOKEN_KEY_PARAMETER: '/voice-shop/prod/device-link-token-key',
    });
    expect(config.deviceLinking).toEqual({
      deviceAuthorizationEndpoint: new URL(linking.DEVICE_AUTHORIZATION_URL),
      tokenEndpoint: new URL(linking.OAUTH_TOKEN_URL),
      revocationEndpoint: new URL(linking.OAUTH_REVOCATION_URL),
      clientId: 'voice-shop-device',
      clientSecret: { parameter: '/voice-shop/prod/link-client-secret' },
      scope: 'offline_access',
      audience: { parameter: 'audience', value: 'https://shop.example/api' },
      verificationUri: 'https://cornershop.example/link',
      tokenKey: { parameter: '/voice-shop/prod/device-link-token-key' },
    });
  });

  it('name every missing or wrong piece at once', () => {
    expect(problems({ ...deployed, DEVICE_AUTHORIZATION_URL: 'http://id.example/device', LINK_CLIENT_SECRET: 'plain', LINK_RESOURCE: 'urn:a', LINK_AUDIENCE: 'b' })).toEqual(
      expect.arrayContaining([
        'DEVICE_AUTHORIZATION_URL must use https',
        'OAUTH_TOKEN_URL is required with DEVICE_AUTHORIZATION_URL',
        'LINK_CLIENT_ID is required with DEVICE_AUTHORIZATION_URL',
        'LINK_CLIENT_SECRET may be a plain value only in local mode; use LINK_CLIENT_SECRET_PARAMETER (an SSM SecureString name)',
        'set LINK_RESOURCE (RFC 8707) or LINK_AUDIENCE (Auth0), not both',
        'DEVICE_LINK_TOKEN_KEY(_PARAMETER) is required with DEVICE_AUTHORIZATION_URL',
      ]),
    );
  });

  it('take plain secrets and http endpoints in local mode, and refuse a sealing key that is not 32 bytes', () => {
    const config = loadConfig({
      ...local,
      ...linking,
      DEVICE_AUTHORIZATION_URL: 'http://127.0.0.1:3001/device/auth',
      OAUTH_TOKEN_URL: 'http://127.0.0.1:3001/token',
      LINK_CLIENT_SECRET: 's',
      LINK_RESOURCE: 'urn:voice-shop:api',
    });
    expect(config.deviceLinking).toMatchObject({ clientSecret: { value: 's' }, audience: { parameter: 'resource', value: 'urn:voice-shop:api' } });
    expect(problems({ ...local, ...linking, LINK_CLIENT_SECRET: 's', DEVICE_LINK_TOKEN_KEY: 'c2hvcnQ=' })).toEqual(['DEVICE_LINK_TOKEN_KEY must be 32 random bytes, base64']);
  });
});
