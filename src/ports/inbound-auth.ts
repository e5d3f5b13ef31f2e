/**
 * Inbound authentication: how the adapters learn whether a platform request is genuine, without
 * knowing how that is decided (certificate chains, SSM secrets). Implemented in infra/auth and
 * wired in app.ts; the adapters import only this file.
 */

/** The headers of one HTTP request, names in any case. */
export type RequestHeaders = Record<string, string | undefined>;

/**
 * An Alexa request failed its authenticity checks (signature, certificate, timestamp). The
 * message says which check failed and is safe to send back: it never carries the body, which
 * holds access tokens and addresses. Infra's specific errors extend this one.
 */
export class AlexaRequestNotVerifiedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AlexaRequestNotVerifiedError';
  }
}

/** Checks that an HTTPS request really came from Alexa; rejects with {@link AlexaRequestNotVerifiedError} when it did not. */
export interface AlexaSignatureCheck {
  verify(request: { rawBody: Buffer; headers: RequestHeaders }): Promise<void>;
}

/** The verdict on a Dialogflow webhook call. `reason` is for the log only, never for the caller. */
export type WebhookAuthVerdict = { ok: true } | { ok: false; reason: string };

/** Why a call was refused when the credentials to compare with could not be loaded at all. */
export const CREDENTIALS_UNAVAILABLE = 'credentials-unavailable';

/**
 * Checks the credentials a Dialogflow ES webhook call carries (basic auth, a header secret) against
 * the ones configured for the agent. Fails closed: credentials it cannot load let nobody in.
 */
export interface WebhookAuthenticator {
  authenticate(headers: RequestHeaders): Promise<WebhookAuthVerdict>;
}
