import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
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
  private readonly keys: JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly options: JwtVerifierOptions) {
    this.algorithms = options.algorithms.filter((alg) => !REFUSED_ALGORITHMS.test(alg));
    if (this.algorithms.length === 0) throw new Error('no acceptable token algorithms configured');
    if (options.jwksUrl) {
      this.keys = createRemoteJWKSet(options.jwksUrl, { timeoutDuration: 2000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    } else if (options.jwks) {
      this.keys = createLocalJWKSet(options.jwks);
    } else {
      throw new Error('a JWKS URL or an inline JWKS is required');
    }
  }

  async verify(accessToken: string): Promise<{ customerId: string } | undefined> {
    if (accessToken.length > 8192) return undefined;
    try {
      const { payload } = await jwtVerify(accessToken, this.keys, {
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
