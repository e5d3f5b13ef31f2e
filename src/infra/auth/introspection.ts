import type { TokenIntrospection } from '../../ports/safeguards';

export interface IntrospectionOptions {
  /** the identity provider's RFC 7662 endpoint */
  endpoint: URL;
  clientId: string;
  /** the client secret, fetched once (from SSM in AWS) */
  clientSecret: () => Promise<string>;
  /** must fit inside the turn budget next to the charge */
  timeoutMs?: number;
}

/** The endpoint could not be asked, or gave no usable answer: whether the token is active is unknown. */
export class TokenIntrospectionError extends Error {
  readonly status?: number;
  constructor(message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TokenIntrospectionError';
    this.status = options.status;
  }
}

/** RFC 6749 section 2.3.1: client credentials are form-urlencoded before they go into basic auth. */
function clientAuthorization(clientId: string, secret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(secret)}`, 'utf8').toString('base64')}`;
}

/**
 * OAuth 2.0 token introspection (RFC 7662), asked right before a charge: a token revoked since
 * it was issued still verifies as a JWT until it expires, so the signature alone is not enough
 * to spend money. Authenticates with client_secret_basic.
 */
export class OAuthTokenIntrospection implements TokenIntrospection {
  constructor(private readonly options: IntrospectionOptions) {}

  async isActive(accessToken: string): Promise<boolean> {
    const { endpoint, clientId, clientSecret, timeoutMs = 1500 } = this.options;
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          authorization: clientAuthorization(clientId, await clientSecret()),
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ token: accessToken, token_type_hint: 'access_token' }).toString(),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch (cause) {
      throw new TokenIntrospectionError('introspection endpoint did not answer', { cause });
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new TokenIntrospectionError(`introspection endpoint answered ${response.status}`, { status: response.status });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new TokenIntrospectionError('introspection answer is not JSON', { cause });
    }
    // RFC 7662 section 2.2: anything but a literal true means not active.
    return typeof body === 'object' && body !== null && (body as { active?: unknown }).active === true;
  }
}
