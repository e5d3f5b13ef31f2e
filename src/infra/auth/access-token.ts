import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import type { AccessTokenVerifier, Logger } from '../../ports/runtime';

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
  /** algorithms accepted; never "none", never an HMAC one when keys are public */
  algorithms: string[];
  /** a JWKS URL (production), fetched and cached by jose */
  jwksUrl?: URL;
  /** an inline key set (local mode) */
  jwks?: JSONWebKeySet;
  /** seconds of clock skew tolerated on exp/nbf */
  clockToleranceSec?: number;
  logger?: Logger;
  /** clock for exp/nbf checks (tests) */
  now?: () => Date;
}

const REFUSED_ALGORITHMS = /^(none|HS\d+)$/i;

/**
 * Verifies account-linking access tokens: a JWT signed by the identity provider, checked for
 * issuer, audience, expiry, not-before and an algorithm allow-list. The subject is the customer id.
 * Any failure means "not linked" — never an exception to the caller.
 */
export class JwtAccessTokenVerifier implements AccessTokenVerifier {
  private keys?: Promise<{ getKey: JWTVerifyGetKey; jwtVerify: typeof import('jose').jwtVerify }>;
  private readonly algorithms: string[];

  constructor(private readonly options: JwtVerifierOptions) {
    this.algorithms = options.algorithms.filter((alg) => !REFUSED_ALGORITHMS.test(alg));
    if (this.algorithms.length === 0) throw new Error('no acceptable token algorithms configured');
    if (!options.jwksUrl && !options.jwks) throw new Error('a JWKS URL or an inline JWKS is required');
  }

  /** jose and the key set are set up on the first token, not at cold start: most turns carry none. */
  private keySet() {
    this.keys ??= import('jose').then(({ createLocalJWKSet, createRemoteJWKSet, jwtVerify }) => {
      const { jwksUrl, jwks } = this.options;
      const getKey = jwksUrl ? createRemoteJWKSet(jwksUrl, { timeoutDuration: 2000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }) : createLocalJWKSet(jwks!);
      return { getKey, jwtVerify };
    });
    return this.keys;
  }

  async verify(accessToken: string): Promise<{ customerId: string } | undefined> {
    if (accessToken.length > 8192) return undefined;
    try {
      const { getKey, jwtVerify } = await this.keySet();
      const { payload } = await jwtVerify(accessToken, getKey, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: this.algorithms,
        clockTolerance: this.options.clockToleranceSec ?? 30,
        requiredClaims: ['sub', 'exp'],
        currentDate: this.options.now?.(),
      });
      return payload.sub ? { customerId: payload.sub } : undefined;
    } catch (err) {
      // The reason helps operators; the token itself is never logged.
      this.options.logger?.info('access token not accepted', { reason: (err as { code?: string }).code ?? (err as Error).name });
      return undefined;
    }
  }
}
