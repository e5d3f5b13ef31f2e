/**
 * The local OpenID Provider: oidc-provider (an OpenID-certified authorization server) serving
 * the demo customers, for `npm start` and the tests. What the shop meets here is what it meets at
 * a production identity provider: the authorization code grant with PKCE for Alexa's account
 * linking, refresh tokens, JWT access tokens for the shop's audience signed with keys published
 * at /jwks, introspection (RFC 7662), revocation (RFC 7009) and the device authorization grant
 * (RFC 8628) for surfaces without platform account linking.
 *
 * oidc-provider is an ES module; this file runs in its own Node process (main.ts, started through
 * launch.ts), never inside the CommonJS world of the Lambda bundles or jest.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ClientMetadata, Configuration, KoaContextWithOIDC, ResourceServer } from 'oidc-provider';
import type Provider from 'oidc-provider';
import { findAccount } from './accounts';
import { ALEXA_APP_CALLBACK, AlexaAppStandIn } from './alexa-app';
import { ProviderState } from './file-adapter';
import { formOf, readRawBody, RequestTooLargeError, sendHtml, sendJson } from './http';
import { handleInteraction } from './interactions';
import { loadOrCreateKeys } from './keys';
import { codeConfirmPage, codeDonePage, codeEntryPage, messagePage } from './pages';
import { ALEXA_CLIENT_ID, amazonRedirectUris, DEV_CLIENT_ID, DEV_GRANT_TYPE, LINK_PATH, SHOP_CLIENT_ID, SHOP_RESOURCE, SHOP_SCOPE, type IdpOptions } from './settings';
import { DEVICE_CODE_GRANT, DEVICE_POLL_INTERVAL_SECONDS, DevicePollPacing, introspectJwt, IssuedJwts, registerDevGrant } from './token-extensions';

export interface RunningIdentityProvider {
  issuer: string;
  port: number;
  close(): Promise<void>;
}

/** What a person reads on the code page after a wrong, used or expired code (oidc-provider's re-render errors). */
const CODE_ERRORS: Record<string, string> = {
  NoCodeError: 'Enter the code first.',
  NotFoundError: 'That code is not right. Check it and try again.',
  ExpiredError: 'That code has run out. Ask for a new one: say "link my account".',
  AlreadyUsedError: 'That code has already been used. Ask for a new one: say "link my account".',
  AbortedError: 'Linking was cancelled. Nothing was linked.',
};

/** The action and xsrf value of the form oidc-provider builds, so our own accessible form posts the same. */
function formFields(form: string): { action: string; xsrf: string } {
  const action = /action="([^"]+)"/.exec(form)?.[1] ?? LINK_PATH;
  const xsrf = /name="xsrf" value="([^"]*)"/.exec(form)?.[1] ?? '';
  return { action, xsrf };
}

function clients(options: IdpOptions): ClientMetadata[] {
  const list: ClientMetadata[] = [
    {
      client_id: ALEXA_CLIENT_ID,
      client_secret: options.secrets.alexa,
      client_name: 'Corner Shop for Alexa',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [...amazonRedirectUris(options.alexaVendorId), ...(options.extraAlexaRedirectUris ?? [])],
      // Amazon's console: "Your Authentication Scheme: HTTP Basic" (interaction-models/alexa/account-linking.json)
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      client_id: SHOP_CLIENT_ID,
      client_secret: options.secrets.shop,
      client_name: 'Corner Shop voice ordering',
      grant_types: [DEVICE_CODE_GRANT, 'refresh_token'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ];
  for (const other of options.otherDeviceClients ?? []) {
    list.push({
      client_id: other.id,
      client_secret: other.secret,
      client_name: other.name,
      grant_types: [DEVICE_CODE_GRANT],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    });
  }
  if (options.devGrant) {
    list.push({
      client_id: DEV_CLIENT_ID,
      client_secret: options.secrets.dev,
      client_name: 'npm run dev:token',
      grant_types: [DEV_GRANT_TYPE],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    });
  }
  return list;
}

function configuration(options: IdpOptions, state: ProviderState, keys: ReturnType<typeof loadOrCreateKeys>, resource: ResourceServer): Configuration {
  return {
    adapter: state.adapterClass(),
    clients: clients(options),
    jwks: keys as Configuration['jwks'],
    findAccount: (_ctx, id) => {
      const account = findAccount(id);
      return account ? { accountId: account.accountId, claims: () => ({ sub: account.accountId, name: account.name, email: account.email }) } : undefined;
    },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    scopes: ['openid', 'offline_access', SHOP_SCOPE],
    // The authorization code flow only: no tokens in browser redirects.
    responseTypes: ['code'],
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    routes: { code_verification: LINK_PATH },
    // Every authorization code exchange needs the PKCE verifier (S256), Amazon's included.
    pkce: { required: () => true },
    // A refresh token for every client allowed to refresh, whatever scopes Amazon's console asks for.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Links outlive the browser session they were made in.
    expiresWithSession: () => false,
    ttl: {
      // a token that names its own lifetime (dev:token's) keeps it; otherwise the shop's API's
      AccessToken: (_ctx, token) => (token as { expiresIn?: number }).expiresIn ?? resource.accessTokenTTL ?? 3600,
      AuthorizationCode: 60,
      DeviceCode: options.deviceCodeTtl ?? 600,
      Grant: 365 * 86_400,
      Interaction: 3600,
      RefreshToken: 90 * 86_400,
      Session: 86_400,
      IdToken: 3600,
    },
    cookies: { keys: [options.secrets.shop] },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      introspection: {
        enabled: true,
        // The shop (a resource server) may ask about any token; any other client about its own.
        allowedPolicy: (_ctx, client, token) => client.clientId === SHOP_CLIENT_ID || token.clientId === client.clientId,
      },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => SHOP_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: async (_ctx, indicator) => {
          if (indicator !== SHOP_RESOURCE) {
            const { errors } = await import('oidc-provider');
            throw new errors.InvalidTarget(`unknown resource ${indicator}`);
          }
          return resource;
        },
      },
      deviceFlow: {
        enabled: true,
        // Digits read out well on any voice and phone line; 8 of them with the provider's lifetime and pacing.
        charset: 'digits',
        mask: '****-****',
        userCodeInputSource: (ctx: KoaContextWithOIDC, form: string, _out?: unknown, err?: Error & { userCode?: string }) => {
          const { action, xsrf } = formFields(form);
          const error = err ? (CODE_ERRORS[err.name] ?? 'Something went wrong. Please try again.') : undefined;
          ctx.type = 'html';
          ctx.body = codeEntryPage({ action, xsrf, digitsOnly: true, error, code: err?.userCode });
        },
        userCodeConfirmSource: (ctx: KoaContextWithOIDC, form: string, client, _deviceInfo, userCode: string) => {
          const { action, xsrf } = formFields(form);
          ctx.type = 'html';
          ctx.body = codeConfirmPage({ action, xsrf, userCode, clientName: client.clientName ?? client.clientId });
        },
        successSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = codeDonePage(ctx.oidc.client?.clientName ?? 'The shop');
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      const reason = out.error === 'access_denied' ? 'Nothing was linked.' : `The request could not be completed (${out.error}).`;
      ctx.body = messagePage('Something went wrong', reason, 'alert');
    },
  };
}

/** Starts the provider on 127.0.0.1:<port> (0: any free port). */
export async function startIdentityProvider(options: IdpOptions): Promise<RunningIdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = options.issuer ?? `http://127.0.0.1:${port}`;
  const folder = options.dataDir ? join(options.dataDir, 'idp') : undefined;
  const state = new ProviderState(folder && join(folder, 'state.json'));
  const keys = loadOrCreateKeys(folder && join(folder, 'keys.json'));
  const accessTokenTtl = options.accessTokenTtl ?? 3600;
  const resource: ResourceServer = { scope: SHOP_SCOPE, audience: options.audience, accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
  const alexaApp = new AlexaAppStandIn(issuer, options.secrets.alexa);
  const withStandIn: IdpOptions = { ...options, extraAlexaRedirectUris: [...(options.extraAlexaRedirectUris ?? []), `${issuer}${ALEXA_APP_CALLBACK}`] };

  const { default: ProviderClass } = (await import('oidc-provider')) as unknown as { default: typeof Provider };
  const provider = new ProviderClass(issuer, configuration(withStandIn, state, keys, resource));
  if (options.devGrant) registerDevGrant(provider, resource);
  const issued = new IssuedJwts(new (state.adapterClass())('IssuedJwtAccessToken'));
  provider.on('access_token.issued', (token) => issued.record(token));
  // RFC 8628 §3.2: say how long to wait between polls (oidc-provider leaves it to the 5-second default).
  const interval = options.pollIntervalSeconds ?? DEVICE_POLL_INTERVAL_SECONDS;
  provider.on('device_authorization.success', (_ctx, body: Record<string, unknown>) => {
    body.interval = interval;
  });
  provider.on('server_error', (_ctx, err) => process.stderr.write(`idp: server error: ${err.name}: ${err.message}\n`));
  const pacing = new DevicePollPacing(interval);
  const secrets = new Map<string, string>([
    [ALEXA_CLIENT_ID, options.secrets.alexa],
    [SHOP_CLIENT_ID, options.secrets.shop],
    ...(options.otherDeviceClients ?? []).map((c): [string, string] => [c.id, c.secret]),
  ]);
  const callback = provider.callback();
  const extensions = { provider, keys, secrets, audience: options.audience, issued };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (await handleInteraction(provider, req, res, url.pathname)) return;
    if (await alexaApp.handle(req, res, url)) return;
    if (req.method === 'POST' && (url.pathname === '/token' || url.pathname === '/token/introspection')) {
      const raw = await readRawBody(req);
      const form = formOf(raw);
      if (url.pathname === '/token/introspection' && (await introspectJwt(extensions, req, res, form))) return;
      if (url.pathname === '/token' && form.get('grant_type') === DEVICE_CODE_GRANT && pacing.tooSoon(form.get('device_code') ?? '')) {
        sendJson(res, 400, { error: 'slow_down', error_description: 'polled before the interval passed; wait 5 seconds longer from now on' });
        return;
      }
      // The body is read: oidc-provider takes it from req.body instead of the stream.
      (req as IncomingMessage & { body?: Buffer }).body = raw;
    }
    await callback(req, res);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.end();
      if (err instanceof RequestTooLargeError) return void sendJson(res, 413, { error: 'invalid_request', error_description: 'request body too large' });
      process.stderr.write(`idp: ${(err as Error)?.name}: ${(err as Error)?.message}\n`);
      sendHtml(res, 500, messagePage('Something went wrong', 'Please try again.', 'alert'));
    });
  });

  return {
    issuer,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
