/**
 * Three things the local provider does beyond oidc-provider's own endpoints, each as a production
 * provider does it:
 * - RFC 7662 introspection of its own JWT access tokens (oidc-provider introspects opaque tokens
 *   only; Okta and Keycloak introspect JWTs too): active while the grant behind it stands, so a
 *   revoked refresh token makes the access tokens of its grant inactive at once;
 * - RFC 8628 §3.5 polling discipline: a device code polled again before its interval has passed
 *   gets `slow_down`, and its interval grows by 5 seconds;
 * - npm start's dev:token grant, a real token for a demo customer without a browser.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Adapter, AccessToken, ResourceServer } from 'oidc-provider';
import type Provider from 'oidc-provider';
import { findAccount } from './accounts';
import { clientCredentials, sendJson } from './http';
import { publicJwks, type SigningKeys } from './keys';
import { DEV_GRANT_TYPE, DEV_TOKEN_TTL_SECONDS, SHOP_CLIENT_ID, SHOP_RESOURCE, SHOP_SCOPE } from './settings';

/** RFC 8628 §3.2: a client that is given no interval waits 5 seconds between polls. */
export const DEVICE_POLL_INTERVAL_SECONDS = 5;
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const isJwt = (token: string): boolean => {
  try {
    return Boolean(decodeProtectedHeader(token).alg);
  } catch {
    return false;
  }
};

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Which grant each JWT access token belongs to, kept until the token expires. */
export class IssuedJwts {
  constructor(private readonly store: Adapter) {}

  record(token: AccessToken): void {
    if (!token.jti || !token.grantId) return;
    const ttl = Math.max(1, (token.exp ?? 0) - Math.floor(Date.now() / 1000));
    void this.store.upsert(token.jti, { grantId: token.grantId, clientId: token.clientId, accountId: token.accountId } as never, ttl);
  }

  async grantOf(jti: string): Promise<string | undefined> {
    const found = (await this.store.find(jti)) as { grantId?: string } | undefined;
    return found?.grantId;
  }
}

export interface ExtensionOptions {
  provider: Provider;
  keys: SigningKeys;
  /** client id → secret, for authenticating introspection callers */
  secrets: ReadonlyMap<string, string>;
  audience: string;
  issued: IssuedJwts;
}

function sameSecret(a: string, b: string): boolean {
  return digest(a) === digest(b);
}

/**
 * POST /token/introspection with a JWT: answered here (a caller authenticated as one of the
 * provider's clients; the shop's client may ask about any token, another client about its own).
 * Returns false for anything else, which oidc-provider answers.
 */
export async function introspectJwt(options: ExtensionOptions, req: IncomingMessage, res: ServerResponse, form: URLSearchParams): Promise<boolean> {
  const token = form.get('token') ?? '';
  if (!isJwt(token)) return false;
  const caller = clientCredentials(req, form);
  const expected = caller && options.secrets.get(caller.id);
  if (!caller || !expected || !sameSecret(caller.secret, expected)) {
    sendJson(res, 401, { error: 'invalid_client', error_description: 'client authentication failed' }, { 'www-authenticate': 'Basic realm="introspection"' });
    return true;
  }
  const inactive = () => sendJson(res, 200, { active: false });
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet(publicJwks(options.keys) as never), { issuer: options.provider.issuer, audience: options.audience }));
  } catch {
    inactive();
    return true;
  }
  if (caller.id !== SHOP_CLIENT_ID && payload.client_id !== caller.id) {
    inactive();
    return true;
  }
  const grantId = typeof payload.jti === 'string' ? await options.issued.grantOf(payload.jti) : undefined;
  const grant = grantId ? await options.provider.Grant.find(grantId) : undefined;
  if (!grant || grant.accountId !== payload.sub) {
    inactive();
    return true;
  }
  sendJson(res, 200, {
    active: true,
    sub: payload.sub,
    client_id: payload.client_id,
    scope: payload.scope,
    exp: payload.exp,
    iat: payload.iat,
    iss: payload.iss,
    aud: payload.aud,
    jti: payload.jti,
    token_type: 'Bearer',
  });
  return true;
}

/** RFC 8628 §3.5 on the token endpoint: how often each device code has been polled. */
export class DevicePollPacing {
  private readonly polls = new Map<string, { last: number; interval: number }>();

  constructor(private readonly intervalSeconds = DEVICE_POLL_INTERVAL_SECONDS) {}

  /** True when this poll came too soon (answered `slow_down`, the interval now 5 seconds longer). */
  tooSoon(deviceCode: string, now = Date.now()): boolean {
    const key = digest(deviceCode);
    const seen = this.polls.get(key);
    if (this.polls.size > 10_000) this.polls.clear();
    if (!seen) {
      this.polls.set(key, { last: now, interval: this.intervalSeconds });
      return false;
    }
    const early = now - seen.last < seen.interval * 1000;
    this.polls.set(key, { last: now, interval: early ? seen.interval + 5 : seen.interval });
    return early;
  }
}

/**
 * The dev:token grant: `grant_type=<DEV_GRANT_TYPE>&customer_id=…`, for the dev client only. It
 * issues the same JWT access token the other grants do, on a grant of its own, so introspection
 * and the shop's verifier treat it as any other.
 */
export function registerDevGrant(provider: Provider, resourceInfo: ResourceServer): void {
  provider.registerGrantType<{ customer_id?: string }>(
    DEV_GRANT_TYPE,
    async (ctx) => {
      const customerId = ctx.oidc.params.customer_id;
      if (typeof customerId !== 'string' || !findAccount(customerId)) {
        const { errors } = await import('oidc-provider');
        throw new errors.InvalidGrant('customer_id is not one of the demo customers');
      }
      const grant = new provider.Grant({ accountId: customerId, clientId: ctx.oidc.client.clientId });
      grant.addResourceScope(SHOP_RESOURCE, SHOP_SCOPE);
      const grantId = await grant.save();
      const token = new provider.AccessToken({ accountId: customerId, client: ctx.oidc.client, grantId, gty: 'dev_customer', scope: SHOP_SCOPE, expiresIn: DEV_TOKEN_TTL_SECONDS });
      token.resourceServer = new provider.ResourceServer(SHOP_RESOURCE, resourceInfo);
      const value = await token.save();
      ctx.body = { access_token: value, token_type: 'Bearer', expires_in: token.expiration, scope: SHOP_SCOPE };
    },
    ['customer_id'],
  );
}
