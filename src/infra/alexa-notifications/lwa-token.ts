import type { Clock } from '../../ports/runtime';
import { NotificationUnavailableError } from '../../ports/notifications';

/** Login with Amazon's token endpoint (client credentials grant). */
export const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';
/** The scope a skill-messaging token needs for the Proactive Events API. */
export const PROACTIVE_EVENTS_SCOPE = 'alexa::proactive_events';

export interface LwaTokenOptions {
  /** the skill's messaging client id and secret (Alexa developer console, Build > Permissions) */
  clientId: string;
  clientSecret: () => Promise<string>;
  tokenUrl?: string;
  clock: Clock;
  timeoutMs?: number;
}

/**
 * A skill-messaging access token from Login with Amazon, kept until a minute before it expires
 * (LWA gives an hour). A token the API refuses is forgotten, so the next send asks for a new one.
 */
export class LwaTokenSource {
  private cached?: { token: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(private readonly options: LwaTokenOptions) {}

  token(): Promise<string> {
    const now = this.options.clock.now().getTime();
    if (this.cached && this.cached.expiresAt - 60_000 > now) return Promise.resolve(this.cached.token);
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  forget(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.options.clientId,
      client_secret: await this.options.clientSecret(),
      scope: PROACTIVE_EVENTS_SCOPE,
    });
    let response: Response;
    try {
      response = await fetch(this.options.tokenUrl ?? LWA_TOKEN_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: body.toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
    } catch (err) {
      throw new NotificationUnavailableError('Login with Amazon did not answer', { cause: err });
    }
    const answer = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; error?: unknown };
    if (!response.ok || typeof answer.access_token !== 'string') {
      // the error code only (invalid_client, …): never the secret or the body sent
      throw new NotificationUnavailableError(`Login with Amazon refused the token request: ${response.status} ${typeof answer.error === 'string' ? answer.error : ''}`.trim());
    }
    const lifetime = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
    this.cached = { token: answer.access_token, expiresAt: this.options.clock.now().getTime() + lifetime * 1000 };
    return answer.access_token;
  }
}
