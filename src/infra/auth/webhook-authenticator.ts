import { CREDENTIALS_UNAVAILABLE, type RequestHeaders, type WebhookAuthenticator, type WebhookAuthVerdict } from '../../ports/inbound-auth';
import { verifyWebhookAuth, type WebhookAuthConfig } from './webhook-auth';

export interface CredentialWebhookAuthenticatorOptions {
  /** the configured credentials; resolved on each call (the composition root caches SSM reads) */
  credentials: () => Promise<WebhookAuthConfig>;
}

/** The WebhookAuthenticator port over the agent's configured basic-auth and header-secret credentials. */
export class CredentialWebhookAuthenticator implements WebhookAuthenticator {
  constructor(private readonly options: CredentialWebhookAuthenticatorOptions) {}

  async authenticate(headers: RequestHeaders): Promise<WebhookAuthVerdict> {
    let config: WebhookAuthConfig;
    try {
      config = await this.options.credentials();
    } catch {
      // Fail closed: without the secret nobody can be let in.
      return { ok: false, reason: CREDENTIALS_UNAVAILABLE };
    }
    return verifyWebhookAuth(headers, config);
  }
}
