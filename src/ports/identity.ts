/**
 * The identity provider as the shop's own OAuth client meets it: the device authorization grant
 * (RFC 8628) on surfaces without platform account linking, refreshing the tokens it holds, and
 * revoking them (RFC 7009) when the shopper unlinks. Alexa's account linking never comes through
 * here: Amazon holds those tokens and hands the shop an access token with every request.
 */

/** What the provider answered to a device authorization request. */
export interface DeviceAuthorization {
  /** the secret the shop polls with; never shown, never logged */
  deviceCode: string;
  /** what the shopper enters on the verification page, as the provider formats it ("4821-5730") */
  userCode: string;
  /** where the shopper enters it: the configured short address, or the provider's verification_uri */
  verificationUri: string;
  expiresInSeconds: number;
  /** seconds between polls (RFC 8628 §3.2: 5 when the provider names none) */
  intervalSeconds: number;
}

/** Tokens the provider issued to the shop's client. */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  expiresInSeconds: number;
}

/** One poll of the token endpoint with a device code (RFC 8628 §3.5). */
export type DevicePoll =
  | { status: 'approved'; tokens: TokenSet }
  /** authorization_pending: not entered or not approved yet */
  | { status: 'pending' }
  /** slow_down: polled too soon; wait 5 seconds longer from now on */
  | { status: 'slow-down' }
  /** access_denied: the account holder said no */
  | { status: 'denied' }
  /** expired_token, or a device code the provider no longer knows (invalid_grant): start again */
  | { status: 'expired' };

/** A refresh: new tokens, or the refresh token no longer works (revoked, expired: invalid_grant). */
export type Refreshed = { status: 'refreshed'; tokens: TokenSet } | { status: 'revoked' };

/** How long a call may take: it has to fit in the turn. */
export interface CallOptions {
  timeoutMs: number;
}

export interface IdentityProvider {
  startDeviceAuthorization(options: CallOptions): Promise<DeviceAuthorization>;
  pollDeviceAuthorization(deviceCode: string, options: CallOptions): Promise<DevicePoll>;
  refresh(refreshToken: string, options: CallOptions): Promise<Refreshed>;
  /** RFC 7009: the provider forgets the token (and, for a refresh token, its grant) */
  revoke(refreshToken: string, options: CallOptions): Promise<void>;
}

/** The provider did not answer in time, or answered with something that is no answer (5xx, not JSON). */
export class IdentityProviderUnavailableError extends Error {
  readonly status?: number;
  constructor(message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'IdentityProviderUnavailableError';
    this.status = options.status;
  }
}

/** The provider refused the shop's own request (a wrong client secret, an unknown client): a setup problem, not the shopper's. */
export class IdentityProviderRefusedError extends Error {
  readonly error: string;
  constructor(error: string, options: { cause?: unknown } = {}) {
    super(`the identity provider refused the request: ${error}`, options);
    this.name = 'IdentityProviderRefusedError';
    this.error = error;
  }
}
