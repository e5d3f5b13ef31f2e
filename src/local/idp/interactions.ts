/**
 * Sign-in and consent, the two interactions oidc-provider hands to us: it redirects the browser
 * to /interaction/<uid>, we show the page, and hand the result back with interactionFinished.
 * Used by Amazon's account linking (authorization code) and by the device pages alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { checkLogin, findAccount } from './accounts';
import { formOf, readRawBody, sendHtml } from './http';
import { consentPage, loginPage, messagePage } from './pages';
import { SHOP_RESOURCE, SHOP_SCOPE } from './settings';

const ROUTE = /^\/interaction\/([\w-]{1,64})(?:\/(login|confirm|abort))?$/;

async function clientName(provider: Provider, clientId: unknown): Promise<string> {
  const client = typeof clientId === 'string' ? await provider.Client.find(clientId) : undefined;
  return (client?.clientName as string | undefined) ?? 'An application';
}

/** Handles /interaction/… requests; false when the path is not one of them. */
export async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  const match = ROUTE.exec(path);
  if (!match) return false;
  const [, uid, action] = match;
  const base = `/interaction/${uid}`;
  try {
    const details = await provider.interactionDetails(req, res);
    const forWhom = await clientName(provider, details.params.client_id);
    if (req.method === 'GET' && !action) {
      if (details.prompt.name === 'login') {
        sendHtml(res, 200, loginPage({ action: `${base}/login`, abortAction: `${base}/abort`, forWhom }));
        return true;
      }
      const account = details.session?.accountId ? findAccount(details.session.accountId) : undefined;
      sendHtml(res, 200, consentPage({ action: `${base}/confirm`, denyAction: `${base}/abort`, forWhom, accountName: account?.name ?? 'your account' }));
      return true;
    }
    if (req.method !== 'POST') {
      sendHtml(res, 405, messagePage('Not here', 'This page only takes a form.', 'alert'));
      return true;
    }
    const form = formOf(await readRawBody(req));
    if (action === 'login') {
      const email = form.get('email') ?? '';
      const account = checkLogin(email, form.get('password') ?? '');
      if (!account) {
        sendHtml(
          res,
          401,
          loginPage({ action: `${base}/login`, abortAction: `${base}/abort`, forWhom, email, error: 'That email and password do not match a Corner Shop account. Try again.' }),
        );
        return true;
      }
      await provider.interactionFinished(req, res, { login: { accountId: account.accountId } }, { mergeWithLastSubmission: false });
      return true;
    }
    if (action === 'confirm') {
      await provider.interactionFinished(req, res, { consent: { grantId: await saveGrant(provider, details) } }, { mergeWithLastSubmission: true });
      return true;
    }
    // Cancel on the sign-in page, Deny on the consent page: the client hears access_denied (RFC 6749 §4.1.2.1, RFC 8628 §3.5).
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The account holder said no.' }, { mergeWithLastSubmission: false });
    return true;
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'SessionNotFound' || name === 'InvalidRequest') {
      sendHtml(res, 400, messagePage('This page has expired', 'Start linking again from your voice assistant or the app.', 'alert'));
      return true;
    }
    throw err;
  }
}

/** The grant the account holder just allowed: what was asked for, and the shop's scope on its API. */
async function saveGrant(provider: Provider, details: Awaited<ReturnType<Provider['interactionDetails']>>): Promise<string> {
  const accountId = details.session?.accountId;
  if (!accountId) throw new Error('consent without a signed-in account');
  const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  if (!grant) throw new Error('the grant being extended is gone');
  const prompt = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
  if (prompt.missingOIDCScope) grant.addOIDCScope(prompt.missingOIDCScope.join(' '));
  if (prompt.missingOIDCClaims) grant.addOIDCClaims(prompt.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(prompt.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
  // Amazon asks for the scopes set in its console; whatever they are, the shop's API is what is allowed.
  grant.addResourceScope(SHOP_RESOURCE, SHOP_SCOPE);
  return grant.save();
}
