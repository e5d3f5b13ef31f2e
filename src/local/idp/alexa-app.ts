/**
 * npm start only: a stand-in for the Alexa app's side of account linking, so a person can link
 * the Alexa side in a browser on this machine. /alexa-app sends the browser to the provider's
 * authorization endpoint exactly as Amazon does (client alexa-skill, a state, a PKCE challenge);
 * /alexa-app/callback takes the code back and exchanges it at the token endpoint with the client
 * secret and the PKCE verifier, as Amazon's servers do, and shows the access token Alexa would
 * then put in every request (context.System.user.accessToken).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from './http';
import { html, messagePage, page } from './pages';
import { ALEXA_CLIENT_ID, idpEndpoints } from './settings';

export const ALEXA_APP_PATH = '/alexa-app';
export const ALEXA_APP_CALLBACK = `${ALEXA_APP_PATH}/callback`;

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export class AlexaAppStandIn {
  /** state → PKCE verifier, for the requests this stand-in started (forgotten after 10 minutes) */
  private readonly started = new Map<string, { verifier: string; at: number }>();

  constructor(
    private readonly issuer: string,
    private readonly clientSecret: string,
  ) {}

  get redirectUri(): string {
    return `${this.issuer}${ALEXA_APP_CALLBACK}`;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname === ALEXA_APP_PATH) {
      this.start(res);
      return true;
    }
    if (url.pathname === ALEXA_APP_CALLBACK) {
      await this.callback(res, url);
      return true;
    }
    return false;
  }

  private start(res: ServerResponse): void {
    const now = Date.now();
    for (const [state, entry] of this.started) if (now - entry.at > 600_000) this.started.delete(state);
    const state = base64url(randomBytes(16));
    const verifier = base64url(randomBytes(32));
    this.started.set(state, { verifier, at: now });
    const target = new URL(idpEndpoints(this.issuer).authorization);
    target.search = new URLSearchParams({
      client_id: ALEXA_CLIENT_ID,
      response_type: 'code',
      redirect_uri: this.redirectUri,
      scope: 'openid offline_access',
      state,
      code_challenge: base64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
    }).toString();
    res.writeHead(302, { location: target.toString(), 'cache-control': 'no-store' });
    res.end();
  }

  private async callback(res: ServerResponse, url: URL): Promise<void> {
    const state = url.searchParams.get('state') ?? '';
    const started = this.started.get(state);
    this.started.delete(state);
    if (url.searchParams.get('error')) {
      sendHtml(res, 200, messagePage('Not linked', 'Linking was cancelled: the Alexa side stays unlinked.'));
      return;
    }
    const code = url.searchParams.get('code');
    if (!started || !code) {
      sendHtml(res, 400, messagePage('Not linked', 'This link answer does not belong to a linking started here. Open /alexa-app again.', 'alert'));
      return;
    }
    const response = await fetch(idpEndpoints(this.issuer).token, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(ALEXA_CLIENT_ID)}:${encodeURIComponent(this.clientSecret)}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: this.redirectUri, code_verifier: started.verifier }).toString(),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string };
    if (!response.ok || !body.access_token) {
      sendHtml(res, 400, messagePage('Not linked', `The token endpoint refused the code (${body.error ?? response.status}).`, 'alert'));
      return;
    }
    sendHtml(
      res,
      200,
      page(
        'Alexa side linked',
        `<p>This is the access token Alexa puts in every request of this shopper (<code>context.System.user.accessToken</code>):</p>
<label for="token">Access token</label>
<textarea id="token" readonly rows="8" style="width:100%">${html(body.access_token)}</textarea>
<p>Amazon keeps the refresh token and asks for a new access token when this one runs out.</p>`,
      ),
    );
  }
}
