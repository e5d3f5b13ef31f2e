/**
 * The shop's clients against the real local identity provider (src/local/idp, oidc-provider in
 * its own process on loopback): what it publishes, tokens verified over its JWKS exactly as from
 * a production provider, introspection, and the device-code client's reading of every answer
 * RFC 8628 and RFC 6749 define — pending, slow_down, a code for another client, a wrong secret,
 * a provider that is gone.
 */
import { JwtAccessTokenVerifier } from '../../src/infra/auth/access-token';
import { OAuthTokenIntrospection } from '../../src/infra/auth/introspection';
import { OAuthDeviceClient } from '../../src/infra/auth/oauth-device-client';
import { devToken } from '../../src/local/idp/local-idp';
import { amazonRedirectUris, SHOP_RESOURCE } from '../../src/local/idp/settings';
import { IdentityProviderRefusedError, IdentityProviderUnavailableError } from '../../src/ports/identity';
import { AMAZON_REDIRECT, basic, postForm, startTestIdp, TEST_VENDOR_ID, type TestIdp } from '../support/idp';

jest.setTimeout(60_000);

const OTHER = { id: 'tv-app', name: 'Some TV app', secret: 'tv-secret' };
let idp: TestIdp;

beforeAll(async () => {
  idp = await startTestIdp({ otherDeviceClients: [OTHER] });
});

afterAll(async () => {
  await idp?.stop();
});

const deviceClient = (overrides: Partial<ConstructorParameters<typeof OAuthDeviceClient>[0]> = {}) =>
  new OAuthDeviceClient({
    deviceAuthorizationEndpoint: new URL(idp.endpoints.deviceAuthorization),
    tokenEndpoint: new URL(idp.endpoints.token),
    revocationEndpoint: new URL(idp.endpoints.revocation),
    clientId: 'voice-shop',
    clientSecret: async () => idp.secrets.shop,
    scope: 'shop',
    audience: { parameter: 'resource', value: SHOP_RESOURCE },
    ...overrides,
  });
const call = { timeoutMs: 2000 };

describe('the local identity provider', () => {
  it('publishes what a production provider does: code with S256 PKCE, refresh, device code, introspection, revocation, a key set', async () => {
    const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      jwks_uri: idp.endpoints.jwks,
      device_authorization_endpoint: idp.endpoints.deviceAuthorization,
      introspection_endpoint: idp.endpoints.introspection,
      revocation_endpoint: idp.endpoints.revocation,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
    expect(discovery.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code']));
    const jwks = (await (await fetch(idp.endpoints.jwks)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.map((k) => k.alg).sort()).toEqual(['ES256', 'RS256']);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it("issues access tokens the shop verifies over the key set, for the shop's audience, with the customer as subject", async () => {
    const { accessToken } = await devToken(idp.endpoints.token, idp.secrets, 'cust-demo-3');
    const verifier = new JwtAccessTokenVerifier({ issuer: idp.issuer, audience: 'voice-shop-test', algorithms: ['RS256'], jwksUrl: new URL(idp.endpoints.jwks) });
    expect(await verifier.verify(accessToken)).toEqual({ customerId: 'cust-demo-3' });
    const elsewhere = new JwtAccessTokenVerifier({ issuer: idp.issuer, audience: 'another-api', algorithms: ['RS256'], jwksUrl: new URL(idp.endpoints.jwks) });
    expect(await elsewhere.verify(accessToken)).toBeUndefined();
  });

  it('introspects its JWT access tokens for the shop, and refuses callers it does not know', async () => {
    const { accessToken } = await devToken(idp.endpoints.token, idp.secrets, 'cust-demo-1');
    const introspection = (secret: string) =>
      new OAuthTokenIntrospection({ endpoint: new URL(idp.endpoints.introspection), clientId: 'voice-shop', clientSecret: async () => secret });
    expect(await introspection(idp.secrets.shop).isActive(accessToken)).toBe(true);
    expect(await introspection(idp.secrets.shop).isActive('not-a-token')).toBe(false);
    await expect(introspection('wrong secret').isActive(accessToken)).rejects.toMatchObject({ name: 'TokenIntrospectionError', status: 401 });
  });

  it('refuses a dev token for someone who is not a demo customer', async () => {
    await expect(devToken(idp.endpoints.token, idp.secrets, 'cust-nobody')).rejects.toThrow(/the identity provider refused: grant request is invalid/);
  });

  it("accepts Amazon's three redirect URLs for the Alexa client, and no other", async () => {
    const authorize = (redirectUri: string) =>
      fetch(
        `${idp.endpoints.authorization}?${new URLSearchParams({ client_id: 'alexa-skill', response_type: 'code', redirect_uri: redirectUri, scope: 'openid', state: 's', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' })}`,
        { redirect: 'manual' },
      );
    for (const uri of amazonRedirectUris(TEST_VENDOR_ID)) expect((await authorize(uri)).status).toBe(303);
    const stranger = await authorize('https://evil.example/callback');
    expect(stranger.status).toBe(400);
  });

  it('requires PKCE of the Alexa client', async () => {
    const response = await fetch(
      `${idp.endpoints.authorization}?${new URLSearchParams({ client_id: 'alexa-skill', response_type: 'code', redirect_uri: AMAZON_REDIRECT, scope: 'openid', state: 's' })}`,
      { redirect: 'manual' },
    );
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/requires PKCE/);
  });
});

describe("the shop's device-code client against it", () => {
  it('starts a device authorization with a digit code, the verification address and the interval', async () => {
    const started = await deviceClient().startDeviceAuthorization(call);
    expect(started).toMatchObject({ userCode: expect.stringMatching(/^\d{4}-\d{4}$/), verificationUri: idp.endpoints.verification, expiresInSeconds: 600, intervalSeconds: 5 });
  });

  it('reads the address to speak from configuration when one is set', async () => {
    const started = await deviceClient({ verificationUri: 'https://cornershop.example/link' }).startDeviceAuthorization(call);
    expect(started.verificationUri).toBe('https://cornershop.example/link');
  });

  it('hears authorization_pending, then slow_down when it polls again too soon', async () => {
    const client = deviceClient();
    const { deviceCode } = await client.startDeviceAuthorization(call);
    expect(await client.pollDeviceAuthorization(deviceCode, call)).toEqual({ status: 'pending' });
    expect(await client.pollDeviceAuthorization(deviceCode, call)).toEqual({ status: 'slow-down' });
  });

  it("reads another client's device code as one that ran out (invalid_grant): start again", async () => {
    const other = await postForm(idp.endpoints.deviceAuthorization, { scope: 'shop' }, basic(OTHER.id, OTHER.secret));
    expect(await deviceClient().pollDeviceAuthorization(other.body.device_code, call)).toEqual({ status: 'expired' });
  });

  it('reads a refresh token the provider does not know as revoked', async () => {
    expect(await deviceClient().refresh('no-such-refresh-token', call)).toEqual({ status: 'revoked' });
  });

  it('says the provider refused, not the shopper, when the client secret is wrong', async () => {
    await expect(deviceClient({ clientSecret: async () => 'wrong' }).startDeviceAuthorization(call)).rejects.toBeInstanceOf(IdentityProviderRefusedError);
  });

  it('says the provider is unavailable when nothing listens, within its timeout', async () => {
    const gone = deviceClient({ deviceAuthorizationEndpoint: new URL('http://127.0.0.1:9/device/auth') });
    await expect(gone.startDeviceAuthorization({ timeoutMs: 500 })).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });
});
