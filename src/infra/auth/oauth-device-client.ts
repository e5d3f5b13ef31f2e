import {
  IdentityProviderRefusedError,
  IdentityProviderUnavailableError,
  type CallOptions,
  type DeviceAuthorization,
  type DevicePoll,
  type IdentityProvider,
  type Refreshed,
  type TokenSet,
} from '../../ports/identity';

/** Where the identity provider's endpoints are and how the shop authenticates to them. */
export interface OAuthDeviceClientOptions {
  /** RFC 8628 device authorization endpoint */
  deviceAuthorizationEndpoint: URL;
  tokenEndpoint: URL;
  /** RFC 7009 revocation endpoint; without it an unlink only forgets the tokens */
  revocationEndpoint?: URL;
  clientId: string;
  /** the client secret, fetched once (SSM in AWS) */
  clientSecret: () => Promise<string>;
  /** scopes asked for (space-separated); offline_access is what most providers want for a refresh token */
  scope: string;
  /** RFC 8707 resource indicator or the provider's own `audience` parameter, for a token for the shop's API */
  audience?: { parameter: 'resource' | 'audience'; value: string };
  /** the address read out to the shopper instead of the provider's verification_uri (a short one on the shop's site) */
  verificationUri?: string;
}

/** RFC 6749 §2.3.1: client credentials are form-urlencoded before they go into basic auth. */
function basic(clientId: string, secret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(secret)}`, 'utf8').toString('base64')}`;
}

type Json = Record<string, unknown>;

const positive = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);

/**
 * The shop's own OAuth client at the identity provider (client_secret_basic), for surfaces
 * without platform account linking: device authorization (RFC 8628), refresh (RFC 6749 §6) and
 * revocation (RFC 7009). Error answers are read as the RFCs define them; a timeout, a 5xx or a
 * body that is not JSON is "unavailable", never a verdict about the shopper.
 */
export class OAuthDeviceClient implements IdentityProvider {
  constructor(private readonly options: OAuthDeviceClientOptions) {}

  private async post(endpoint: URL, form: Record<string, string>, { timeoutMs }: CallOptions): Promise<{ status: number; body: Json }> {
    const { clientId, clientSecret } = this.options;
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization: basic(clientId, await clientSecret()), 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs))),
        redirect: 'error',
      });
    } catch (cause) {
      throw new IdentityProviderUnavailableError(`${endpoint.pathname} did not answer`, { cause });
    }
    if (response.status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      throw new IdentityProviderUnavailableError(`${endpoint.pathname} answered ${response.status}`, { status: response.status });
    }
    const text = await response.text().catch(() => '');
    if (text === '') return { status: response.status, body: {} };
    try {
      const body = JSON.parse(text) as unknown;
      return { status: response.status, body: typeof body === 'object' && body !== null ? (body as Json) : {} };
    } catch (cause) {
      throw new IdentityProviderUnavailableError(`${endpoint.pathname} answered something that is not JSON`, { cause, status: response.status });
    }
  }

  private withAudience(form: Record<string, string>): Record<string, string> {
    const { audience } = this.options;
    return audience ? { ...form, [audience.parameter]: audience.value } : form;
  }

  async startDeviceAuthorization(options: CallOptions): Promise<DeviceAuthorization> {
    const { status, body } = await this.post(this.options.deviceAuthorizationEndpoint, this.withAudience({ scope: this.options.scope }), options);
    const { device_code: deviceCode, user_code: userCode } = body;
    const verificationUri = body.verification_uri ?? body.verification_url; // Google's older name
    if (status !== 200 || typeof deviceCode !== 'string' || typeof userCode !== 'string' || typeof verificationUri !== 'string') {
      throw new IdentityProviderRefusedError(typeof body.error === 'string' ? body.error : `device authorization answered ${status}`);
    }
    return {
      deviceCode,
      userCode,
      verificationUri: this.options.verificationUri ?? verificationUri,
      expiresInSeconds: positive(body.expires_in, 600),
      // RFC 8628 §3.2: 5 seconds when the provider names no interval
      intervalSeconds: positive(body.interval, 5),
    };
  }

  async pollDeviceAuthorization(deviceCode: string, options: CallOptions): Promise<DevicePoll> {
    const { status, body } = await this.post(this.options.tokenEndpoint, { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode }, options);
    if (status === 200) return { status: 'approved', tokens: tokenSet(body) };
    switch (body.error) {
      case 'authorization_pending':
        return { status: 'pending' };
      case 'slow_down':
        return { status: 'slow-down' };
      case 'access_denied':
        return { status: 'denied' };
      case 'expired_token':
        return { status: 'expired' };
      case 'invalid_grant':
        // a device code the provider does not (or no longer) know, or one issued to another client: start again
        return { status: 'expired' };
      default:
        throw new IdentityProviderRefusedError(typeof body.error === 'string' ? body.error : `token endpoint answered ${status}`);
    }
  }

  async refresh(refreshToken: string, options: CallOptions): Promise<Refreshed> {
    const { status, body } = await this.post(this.options.tokenEndpoint, this.withAudience({ grant_type: 'refresh_token', refresh_token: refreshToken }), options);
    if (status === 200) return { status: 'refreshed', tokens: tokenSet(body) };
    // RFC 6749 §5.2: invalid_grant is a refresh token revoked, expired or issued to another client.
    if (body.error === 'invalid_grant') return { status: 'revoked' };
    throw new IdentityProviderRefusedError(typeof body.error === 'string' ? body.error : `token endpoint answered ${status}`);
  }

  async revoke(refreshToken: string, options: CallOptions): Promise<void> {
    const endpoint = this.options.revocationEndpoint;
    if (!endpoint) return;
    const { status, body } = await this.post(endpoint, { token: refreshToken, token_type_hint: 'refresh_token' }, options);
    // RFC 7009 §2.2: 200 whether or not the token was still valid.
    if (status !== 200) throw new IdentityProviderRefusedError(typeof body.error === 'string' ? body.error : `revocation endpoint answered ${status}`);
  }
}

function tokenSet(body: Json): TokenSet {
  if (typeof body.access_token !== 'string') throw new IdentityProviderUnavailableError('token answer without an access token');
  return {
    accessToken: body.access_token,
    ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
    expiresInSeconds: positive(body.expires_in, 3600),
  };
}
