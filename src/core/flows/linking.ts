/**
 * Linking, per surface: "link my account", "I'm linked", "unlink my account", "repeat the code".
 * Where the platform links (Alexa) the link is in its app; where a page signs the shopper in, the
 * page does; elsewhere (a phone line, a chat window without sign-in) the shop reads out a device
 * code (RFC 8628) and holds the link it leads to (linking-device.ts).
 */
import type { TurnContext } from '../context';
import type { Messages } from '../replies';
import type { Reply, SurfaceCapabilities } from '../turn';
import { dropHeldLink, heldIdentity } from './linking-device';
import { codeOrUnavailable, codeReply } from './linking-replies';

/** "Link my account". */
export async function linkAccount(ctx: TurnContext): Promise<Reply> {
  const { msgs } = ctx;
  const identity = await ctx.identify();
  if (identity.linked && !identity.callerIdOnly) return ctx.ask(msgs.alreadyLinked(identity.customer.name), msgs.anythingElse);
  switch (ctx.surface.accountLinking) {
    case 'platform':
      return { speech: msgs.linkInPlatformApp, reprompt: msgs.anythingElse, endSession: false, linkAccount: true };
    case 'token-in-payload':
      return ctx.ask(msgs.signInAgainOnPage(undefined), msgs.anythingElse);
  }
  if (identity.linked) return codeOrUnavailable(ctx);
  switch (identity.reason) {
    case 'link-unavailable':
      return ctx.ask(msgs.linkServiceUnavailable, msgs.anythingElse);
    case 'link-denied':
      return codeOrUnavailable(ctx, undefined, msgs.deviceLinkDenied);
    case 'link-ended':
      return codeOrUnavailable(ctx, undefined, msgs.linkEnded);
    default:
      // the code under way while it lasts (a repeat), else a new one
      return codeOrUnavailable(ctx);
  }
}

/** "I'm linked now": the code's approval picked up (waiting a moment for the poll if it is due). */
export async function linkedNow(ctx: TurnContext): Promise<Reply> {
  const { msgs } = ctx;
  if (ctx.surface.accountLinking !== 'device-code') {
    const identity = await ctx.identify();
    if (identity.linked) return ctx.ask(msgs.deviceLinked(identity.customer.name), msgs.deviceLinkedReprompt);
    if (ctx.surface.accountLinking === 'platform') return { speech: msgs.linkInPlatformApp, reprompt: msgs.anythingElse, endSession: false, linkAccount: true };
    return ctx.ask(msgs.signInAgainOnPage(undefined), msgs.anythingElse);
  }
  const held = await heldIdentity(ctx, { waitForPoll: true });
  switch (held.kind) {
    case 'linked':
      return ctx.ask(msgs.deviceLinked(held.customer.name), msgs.deviceLinkedReprompt);
    case 'pending': {
      const code = msgs.spokenCode(held.pending.userCode);
      const reply = codeReply(ctx, held.pending);
      return { ...reply, speech: msgs.deviceCodeNotYet(msgs.spokenAddress(held.pending.verificationUri), code) };
    }
    case 'denied':
      return ctx.ask(`${msgs.deviceLinkDenied} ${msgs.linkAgainHint}`, msgs.linkAgainHint);
    case 'expired':
      return ctx.ask(msgs.deviceCodeExpired, msgs.linkAgainHint);
    case 'revoked':
      return ctx.ask(`${msgs.linkEnded} ${msgs.linkAgainHint}`, msgs.linkAgainHint);
    case 'unavailable':
      return ctx.ask(msgs.linkServiceUnavailable, msgs.anythingElse);
    case 'none':
      return ctx.ask(msgs.deviceLinkNothingPending, msgs.anythingElse);
  }
}

/**
 * "Repeat that" / "repeat the code" while a device code is out: the same code again, for as long
 * as it lasts. Undefined when no code is out (the caller answers as it would otherwise).
 */
export async function repeatCode(ctx: TurnContext): Promise<Reply | undefined> {
  if (ctx.surface.accountLinking !== 'device-code') return undefined;
  const held = await heldIdentity(ctx, { waitForPoll: false });
  if (held.kind === 'pending') return codeReply(ctx, held.pending);
  if (held.kind === 'linked' && held.link.linkedInSession === ctx.turn.sessionId) return ctx.ask(ctx.msgs.deviceLinked(held.customer.name), ctx.msgs.deviceLinkedReprompt);
  return undefined;
}

/** What the shop keeps per platform user, as skill-disable deletes it: cart, dialog state, platform link. */
async function forgetShopper(ctx: TurnContext): Promise<void> {
  await Promise.all([ctx.deps.carts.delete(ctx.userKey), ctx.deps.dialogState.delete(ctx.userKey), ctx.deps.links?.remove(ctx.userKey)]);
}

/**
 * "Unlink my account": the link the shop holds goes and its refresh token is revoked at the
 * identity provider (RFC 7009); the cart, the dialog state and any platform link record go as on
 * skill disable; orders stay, as the record of a sale. Where the platform or a page holds the
 * sign-in, the shopper hears where to end it.
 */
export async function unlink(ctx: TurnContext): Promise<Reply> {
  const { msgs } = ctx;
  if (ctx.surface.accountLinking === 'device-code') {
    const dropped = await dropHeldLink(ctx);
    if (!dropped.hadLink) return ctx.ask(msgs.unlinkNothingLinked, msgs.anythingElse);
    await forgetShopper(ctx);
    ctx.log.info('account unlinked by voice; link revoked, cart and dialog state deleted', { revoked: dropped.revoked });
    return ctx.tell(dropped.revoked ? msgs.unlinkedRevoked : msgs.unlinkedHere);
  }
  const identity = await ctx.identify();
  const platformLink = await ctx.deps.links?.get(ctx.userKey);
  if (!identity.linked && !platformLink) return ctx.ask(msgs.unlinkNothingLinked, msgs.anythingElse);
  await forgetShopper(ctx);
  ctx.log.info('account unlinked by voice; cart, dialog state and link record deleted');
  return ctx.tell(ctx.surface.accountLinking === 'platform' ? msgs.unlinkedInPlatformApp : msgs.unlinkedSignOutOnPage);
}

/**
 * The reply as a surface without cards may say it: no "I've sent it to your app", no card where
 * nothing shows one. Replies are written for the Alexa app; this takes out what is not true elsewhere.
 */
export function truthfulForSurface(reply: Reply, surface: SurfaceCapabilities | undefined, msgs: Messages): Reply {
  if (!surface || surface.cards) return reply;
  const honest = (text: string) => msgs.cardPromises.reduce((out, [promise, instead]) => out.split(promise).join(instead), text);
  const { card, linkAccount: _platformPrompt, ...rest } = reply;
  return {
    ...rest,
    speech: honest(reply.speech),
    ...(reply.reprompt !== undefined ? { reprompt: honest(reply.reprompt) } : {}),
    // a chat window shows a card's text as a message of its own; a phone line shows nothing
    ...(card && surface.screen ? { card } : {}),
  };
}
