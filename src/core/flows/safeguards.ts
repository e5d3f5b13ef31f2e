import type { TurnContext } from '../context';
import { SlotName } from '../intents';
import type { Order } from '../order';
import { spendDay } from '../safeguards';
import type { Reply } from '../turn';
import { parseSpokenPin, verifyVoicePin } from '../voice-pin';

/**
 * Asks the identity provider whether the access token is still active (RFC 7662), right before
 * money moves. Returns a reply when the purchase must not go on, undefined when it may.
 */
export async function checkTokenActive(ctx: TurnContext, cancel: () => Promise<unknown>): Promise<Reply | undefined> {
  const introspection = ctx.deps.introspection;
  // the platform's token, or the one of the link the shop holds (device code)
  const token = ctx.accessToken;
  if (!introspection || !token) return undefined;
  let active: boolean;
  try {
    active = await introspection.isActive(token);
  } catch (err) {
    // Unknown is not active: no charge, but the question stays open for another yes.
    ctx.log.warn('token introspection unavailable; purchase held', { error: (err as Error)?.name });
    ctx.state.awaiting = 'purchase';
    return ctx.ask(ctx.msgs.accountCheckUnavailable, ctx.msgs.placeOrderAgain);
  }
  if (active) return undefined;
  ctx.log.info('access token no longer active; purchase refused', { userKey: ctx.userKey });
  await cancel();
  return ctx.linkRequired({ linked: false, reason: 'invalid-token' }, ctx.msgs.actionPurchase);
}

/**
 * The daily limit the customer is held to, when `total` would take today's voice spending past
 * it; undefined when it fits (or there is no limit). Asked before the purchase question too, so a
 * shopper is not asked to confirm an order the yes would then refuse.
 */
export async function overDailyLimit(ctx: TurnContext, customerId: string, total: number): Promise<number | undefined> {
  const store = ctx.deps.voiceSecurity;
  const security = store ? await store.get(customerId) : undefined;
  const limit = security?.dailyLimit ?? ctx.safeguards.dailyLimit;
  if (limit <= 0) return undefined;
  const spent = security?.spentDay === spendDay(ctx.deps.clock.now()) ? security.spentToday : 0;
  return spent + total > limit ? limit : undefined;
}

/** What the checks decided: go on (with the spending reserved for this order), or this reply. */
export type PurchaseGuard = { ok: true; spendDay?: string } | { ok: false; reply: Reply };

const stop = (reply: Reply): PurchaseGuard => ({ ok: false, reply });

/**
 * The voice-purchase rules, checked after the yes and before the order leaves
 * AWAITING_CONFIRMATION: lock, recognised voice, daily limit, PIN. Spending is reserved last,
 * with a conditional write, so concurrent yeses cannot together pass the limit.
 */
export async function guardPurchase(ctx: TurnContext, order: Order, customerId: string, pinVerified: boolean, cancel: () => Promise<unknown>): Promise<PurchaseGuard> {
  const { msgs, safeguards: rules } = ctx;
  const store = ctx.deps.voiceSecurity;
  const security = store ? await store.get(customerId) : undefined;
  const refuse = async (reply: Reply, why: string) => {
    ctx.log.info('voice purchase refused', { orderId: order.orderId, why });
    await cancel();
    return stop(reply);
  };
  if (security && security.pinFailures >= rules.maxPinAttempts) return refuse(ctx.ask(msgs.voicePurchaseLocked, msgs.anythingElse), 'locked');
  // Voice profiles are Alexa's: Dialogflow requests carry no speaker identity, so the rule cannot apply there.
  if (rules.recognisedVoiceOnly && ctx.turn.platform === 'alexa' && !ctx.turn.personId) {
    return refuse(ctx.ask(msgs.voiceNotRecognised, msgs.anythingElse), 'voice-not-recognised');
  }
  const limit = security?.dailyLimit ?? rules.dailyLimit;
  const day = spendDay(ctx.deps.clock.now());
  const spent = security?.spentDay === day ? security.spentToday : 0;
  if (limit > 0 && spent + order.total > limit) return refuse(ctx.ask(msgs.dailyLimitReached(ctx.price(limit)), msgs.anythingElse), 'daily-limit');
  const pinNeeded = order.total >= rules.pinThreshold || security?.pinAlways === true;
  if (pinNeeded && !pinVerified) {
    if (!security?.pin) return refuse(ctx.ask(msgs.voicePinNotSet, msgs.anythingElse), 'no-pin-set');
    ctx.state.awaiting = 'pin';
    return stop(ctx.ask(msgs.voicePinPrompt(ctx.price(order.total)), msgs.voicePinReprompt));
  }
  if (!store || limit <= 0) return { ok: true };
  if (!(await store.reserveSpend(customerId, day, order.total, limit, order.orderId))) {
    return refuse(ctx.ask(msgs.dailyLimitReached(ctx.price(limit)), msgs.anythingElse), 'daily-limit');
  }
  return { ok: true, spendDay: day };
}

/**
 * Checks the four digits said in answer to the PIN question. A wrong PIN counts against the
 * customer in the store (so the count survives sessions and devices); the last allowed one locks
 * voice purchasing. Returns true when the PIN was right, else the reply.
 */
export async function checkSpokenPin(ctx: TurnContext, customerId: string, cancel: () => Promise<unknown>): Promise<true | Reply> {
  const { msgs, safeguards: rules } = ctx;
  const store = ctx.deps.voiceSecurity;
  const pin = parseSpokenPin(ctx.slot(SlotName.Pin)?.value);
  if (!pin) {
    ctx.state.awaiting = 'pin';
    return ctx.ask(msgs.voicePinUnclear, msgs.voicePinReprompt);
  }
  const security = store ? await store.get(customerId) : undefined;
  if (!store || !security?.pin) {
    await cancel();
    return ctx.ask(msgs.voicePinNotSet, msgs.anythingElse);
  }
  if (security.pinFailures >= rules.maxPinAttempts) {
    await cancel();
    return ctx.ask(msgs.voicePurchaseLocked, msgs.anythingElse);
  }
  if (await verifyVoicePin(pin, security.pin)) {
    if (await store.clearPinFailures(customerId, rules.maxPinAttempts)) return true;
    await cancel();
    return ctx.ask(msgs.voicePurchaseLocked, msgs.anythingElse);
  }
  const failures = await store.recordPinFailure(customerId, ctx.token);
  ctx.log.warn('wrong voice PIN', { customerId, failures });
  if (failures >= rules.maxPinAttempts) {
    ctx.log.warn('voice purchasing locked after wrong PINs', { customerId });
    await cancel();
    return ctx.ask(msgs.voicePinLocked, msgs.anythingElse);
  }
  ctx.state.awaiting = 'pin';
  return ctx.ask(msgs.voicePinWrong(rules.maxPinAttempts - failures), msgs.voicePinReprompt);
}
