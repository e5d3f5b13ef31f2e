/**
 * What a shopper hears about linking on a surface without platform account linking: the device
 * code read out (and written, where there is a screen), or "sign in on this page" where the
 * page signs them in itself. Nothing here promises a card or an app the surface lacks.
 */
import type { PendingDeviceLink } from '../../ports/links';
import type { DialogState } from '../dialog-state';
import type { Messages } from '../replies';
import type { Reply, SurfaceCapabilities } from '../turn';
import { currentOrNewCode, deviceLinkingAvailable, type LinkScope } from './linking-device';

/** A turn as the linking replies need it (a TurnContext is one). */
export interface ReplyScope extends LinkScope {
  readonly msgs: Messages;
  readonly surface: SurfaceCapabilities;
  state: DialogState;
}

/** Why linking is needed, in the terms of the turn's identity. */
export type LinkNeed = 'no-token' | 'invalid-token' | 'no-customer' | 'link-pending' | 'link-denied' | 'link-ended' | 'link-unavailable';

/** The code as the shopper hears it, and its written form for a screen. */
export function codeReply(scope: ReplyScope, pending: PendingDeviceLink, action?: string, before?: string): Reply {
  const { msgs } = scope;
  const code = msgs.spokenCode(pending.userCode);
  const speech = [before, msgs.deviceCode(action, msgs.spokenAddress(pending.verificationUri), code)].filter(Boolean).join(' ');
  const minutesLeft = Math.max(1, Math.round((new Date(pending.expiresAt).getTime() - scope.deps.clock.now().getTime()) / 60_000));
  return {
    speech,
    reprompt: msgs.deviceCodeReprompt(code),
    // Written out where a screen shows it (a chat window): the address as typed and the code as the provider formats it.
    ...(scope.surface.screen ? { card: { title: msgs.deviceCodeCardTitle, text: msgs.deviceCodeCard(writtenUri(pending.verificationUri), pending.userCode, minutesLeft) } } : {}),
    endSession: false,
  };
}

function writtenUri(uri: string): string {
  return uri.replace(/^https?:\/\//, '');
}

/** The current code (or a new one) read out, after `before`; the sign-in service being down said plainly. */
export async function codeOrUnavailable(scope: ReplyScope, action?: string, before?: string): Promise<Reply> {
  const { msgs } = scope;
  if (!deviceLinkingAvailable(scope.deps)) return ask(scope, [before, msgs.linkNotAvailableHere].filter(Boolean).join(' '));
  const code = await currentOrNewCode(scope);
  if (code.kind === 'unavailable') return ask(scope, [before, msgs.linkServiceUnavailable].filter(Boolean).join(' '));
  return codeReply(scope, code.pending, action, before);
}

function ask(scope: ReplyScope, speech: string): Reply {
  return { speech, reprompt: scope.msgs.anythingElse, endSession: false };
}

/**
 * The answer to a request that needs a linked account (`action`: "buy by voice"), on a surface
 * that links with a device code or a token from its own page.
 */
export async function linkRequiredOnSurface(scope: ReplyScope, need: LinkNeed, action: string): Promise<Reply> {
  const { msgs } = scope;
  if (scope.surface.accountLinking === 'token-in-payload') {
    return ask(scope, need === 'invalid-token' ? msgs.signInAgainOnPage(action) : msgs.signInOnPage(action));
  }
  switch (need) {
    case 'link-unavailable':
      return ask(scope, msgs.linkServiceUnavailable);
    case 'link-denied':
      return codeOrUnavailable(scope, action, msgs.deviceLinkDenied);
    case 'link-ended':
      return codeOrUnavailable(scope, action, msgs.linkEnded);
    case 'invalid-token':
      // The provider says the held token is no longer active (introspection before a charge): the link is over.
      await scope.deps.deviceLinks?.remove(scope.userKey);
      return codeOrUnavailable(scope, action, msgs.linkEnded);
    default:
      return codeOrUnavailable(scope, action);
  }
}
