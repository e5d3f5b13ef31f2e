/**
 * The real local identity provider (src/local/idp, oidc-provider) in its own process on a
 * loopback port, for integration and browser tests, and the shop settings that point at it.
 */
import { randomBytes } from 'node:crypto';
import { startIdentityProviderProcess, type IdentityProviderProcess } from '../../src/local/idp/launch';
import { shopSettingsFor } from '../../src/local/idp/local-idp';
import type { IdpOptions, IdpSecrets } from '../../src/local/idp/settings';

export const TEST_VENDOR_ID = 'M2TESTVENDOR';
export const AMAZON_REDIRECT = `https://pitangui.amazon.com/api/skill/link/${TEST_VENDOR_ID}`;

export interface TestIdp extends IdentityProviderProcess {
  secrets: IdpSecrets;
  /** environment for startHarness: the shop verifies, introspects and links with this provider */
  shopEnv: Record<string, string>;
}

export async function startTestIdp(options: Partial<IdpOptions> = {}): Promise<TestIdp> {
  const secret = () => randomBytes(18).toString('base64url');
  const secrets: IdpSecrets = { alexa: secret(), shop: secret(), dev: secret() };
  const idp = await startIdentityProviderProcess({
    port: 0,
    audience: 'voice-shop-test',
    secrets,
    alexaVendorId: TEST_VENDOR_ID,
    devGrant: true,
    ...options,
  });
  const tokenKey = randomBytes(32).toString('base64');
  const { AUTH_ALGORITHMS: _algorithms, ...settings } = shopSettingsFor(idp.issuer, secrets, tokenKey);
  return { ...idp, secrets, shopEnv: { ...settings, AUTH_AUDIENCE: options.audience ?? 'voice-shop-test', AUTH_ALGORITHMS: 'RS256' } };
}

/** HTTP Basic for a client of the provider. */
export function basic(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

/** A form POST to one of the provider's endpoints, its status and JSON body. */
export async function postForm(url: string, form: Record<string, string>, authorization?: string): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    body: new URLSearchParams(form).toString(),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}
