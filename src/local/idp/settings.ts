/**
 * What the local identity provider is told when it starts, and the names both sides of it use:
 * its clients, the resource (the shop's API) its access tokens are for, and the redirect URLs
 * Amazon's account linking comes back to. Shared by the provider process (an ES module world,
 * oidc-provider) and the CommonJS side that starts it (npm start, dev:token, the tests).
 */

/** The Alexa skill's client: authorization code with PKCE, refresh tokens (Amazon's account linking). */
export const ALEXA_CLIENT_ID = 'alexa-skill';
/**
 * The shop's own client: the device authorization grant for surfaces without platform linking,
 * refreshing those links, revoking them on unlink, and introspecting tokens before a charge.
 */
export const SHOP_CLIENT_ID = 'voice-shop';
/** npm start only: `npm run dev:token` asks for a customer's token with this client, no browser involved. */
export const DEV_CLIENT_ID = 'voice-shop-dev';

/** The grant type of the dev-only client (see dev-grant.ts). */
export const DEV_GRANT_TYPE = 'urn:voice-shop:params:oauth:grant-type:demo-customer';

/** The resource indicator (RFC 8707) of the shop's API; access tokens for it carry the shop's audience. */
export const SHOP_RESOURCE = 'urn:voice-shop:api';
/** The one scope the shop's API knows: buying, reordering and order status by voice. */
export const SHOP_SCOPE = 'shop';

/** Where the device pages live: the verification_uri the shop reads out ("… slash link"). */
export const LINK_PATH = '/link';

/** The password every demo customer signs in with on the local provider (it serves demo data only). */
export const DEMO_PASSWORD = 'demo';

/**
 * Amazon's account-linking redirect URLs, one per region (Alexa app in North America, Europe and
 * India, Far East): https://developer.amazon.com/docs/account-linking/configure-authorization-code-grant.html
 */
export function amazonRedirectUris(vendorId: string): string[] {
  return [`https://pitangui.amazon.com/api/skill/link/${vendorId}`, `https://layla.amazon.com/api/skill/link/${vendorId}`, `https://alexa.amazon.co.jp/api/skill/link/${vendorId}`];
}

/** The client secrets; npm start keeps them in its data folder, tests pass their own. */
export interface IdpSecrets {
  alexa: string;
  shop: string;
  dev: string;
}

/** Everything the provider process needs, handed over as JSON in its environment (never on argv). */
export interface IdpOptions {
  /** 0: any free port; the issuer is http://127.0.0.1:<port> unless `issuer` says otherwise */
  port: number;
  /**
   * The issuer to sign as, when it is not this process's own address: dev:token, run while npm
   * start is down, answers as the provider npm start will run (same keys, same issuer).
   */
  issuer?: string;
  /** the `aud` of access tokens for the shop (the shop's AUTH_AUDIENCE) */
  audience: string;
  secrets: IdpSecrets;
  /** Amazon vendor id for the Alexa client's redirect URLs */
  alexaVendorId: string;
  /** extra redirect URLs for the Alexa client (the local stand-in for the Alexa app) */
  extraAlexaRedirectUris?: string[];
  /** keeps the signing keys and the provider's state (grants, refresh tokens) across restarts; memory only when absent */
  dataDir?: string;
  /** seconds an access token lives (default 1 hour) */
  accessTokenTtl?: number;
  /** seconds a device code lives (default 10 minutes) */
  deviceCodeTtl?: number;
  /** the dev:token grant is offered only when this is true (npm start, never a deployed stage) */
  devGrant?: boolean;
  /** seconds a device-code client waits between polls (RFC 8628 interval; default 5) */
  pollIntervalSeconds?: number;
  /** more device-code clients, {id, name, secret}: tests try a code that belongs to another client */
  otherDeviceClients?: Array<{ id: string; name: string; secret: string }>;
}

/** What the provider process prints on stdout, as one JSON line, once it listens. */
export interface IdpReady {
  issuer: string;
  port: number;
}

/** How long a dev:token access token lives: a working day, so a token pasted in the morning lasts. */
export const DEV_TOKEN_TTL_SECONDS = 12 * 3600;

/** The environment variable the options travel in. */
export const IDP_OPTIONS_ENV = 'VOICE_SHOP_IDP_OPTIONS';

/** The provider's endpoints as the shop is configured with them (oidc-provider's default routes). */
export function idpEndpoints(issuer: string) {
  return {
    jwks: `${issuer}/jwks`,
    token: `${issuer}/token`,
    deviceAuthorization: `${issuer}/device/auth`,
    introspection: `${issuer}/token/introspection`,
    revocation: `${issuer}/token/revocation`,
    authorization: `${issuer}/auth`,
    verification: `${issuer}${LINK_PATH}`,
  };
}
