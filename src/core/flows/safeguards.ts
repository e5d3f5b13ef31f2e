import type { TurnContext } from '../context';
import type { Reply } from '../turn';

/**
 * Asks the identity provider whether the access token is still active (RFC 7662), right before
 * money moves. Returns a reply when the purchase must not go on, undefined when it may.
 */
export async function checkTokenActive(ctx: TurnContext, cancel: () => Promise<unknown>): Promise<Reply | undefined> {
  const introspection = ctx.deps.introspection;
  const token = ctx.turn.accessToken;
  if (!introspection || !token) return undefined;
  let active: boolean;
  try {
    active = await introspection.isActive(token);
  } catch (err) {
    // Unknown is not active: no charge, but the question stays open for another yes.
    ctx.deps.logger.warn('token introspection unavailable; purchase held', { error: (err as Error)?.name });
    ctx.state.awaiting = 'purchase';
    return ctx.ask(ctx.msgs.accountCheckUnavailable, ctx.msgs.placeOrderAgain);
  }
  if (active) return undefined;
  ctx.deps.logger.info('access token no longer active; purchase refused', { userKey: ctx.userKey });
  await cancel();
  return ctx.linkRequired({ linked: false, reason: 'invalid-token' }, ctx.msgs.actionPurchase);
}
