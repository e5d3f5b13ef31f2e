import { ShopEvent } from '../ports/metrics';
import type { ShopDeps } from './context';
import type { Platform } from './turn';

/** Platform notifications that are not a shopper speaking. */
export type SkillEvent =
  /** the shopper disabled the skill; `keepData` false means they asked for their data to go */
  | { kind: 'disabled'; platform: Platform; userId: string; keepData: boolean }
  /** the shopper linked an account (outside a session); a new userId may come with it */
  | { kind: 'account-linked'; platform: Platform; userId: string; accessToken?: string }
  // — after the order —
  /** the shopper granted or changed the skill's permissions: whether Alexa notifications are now allowed */
  | { kind: 'permissions'; platform: Platform; userId: string; accessToken?: string; locale?: string; notifications: boolean };

/**
 * Acts on a skill event. Disabling without persistence deletes what the shop kept for that user
 * (cart, dialog state, account link); orders stay, as the record of a sale. Linking records which
 * customer the user id belongs to.
 */
export async function handleSkillEvent(deps: ShopDeps, event: SkillEvent): Promise<void> {
  const userKey = `${event.platform}:${event.userId}`;
  // — after the order —
  if (event.kind === 'permissions') return notificationPermission(deps, event, userKey);
  if (event.kind === 'disabled') {
    if (event.keepData) {
      deps.logger.info('skill disabled; data kept as the platform asked', { platform: event.platform });
      return;
    }
    // with the cart goes the list saved for later on this user (decide)
    await Promise.all([deps.carts.delete(userKey), deps.dialogState.delete(userKey), deps.links?.remove(userKey), deps.savedLists?.delete(userKey)]);
    deps.logger.info('skill disabled; cart, dialog state and link deleted', { platform: event.platform });
    return;
  }
  const subject = event.accessToken ? await deps.tokens.verify(event.accessToken) : undefined;
  if (!subject) {
    deps.logger.warn('account linked event without a valid token; nothing linked', { platform: event.platform });
    return;
  }
  if (!(await deps.customers.get(subject.customerId))) {
    deps.logger.warn('account linked to an unknown customer; nothing linked', { customerId: subject.customerId });
    return;
  }
  await deps.links?.link({ userKey, customerId: subject.customerId, linkedAt: deps.clock.now().toISOString() });
  deps.logger.info('account linked', { platform: event.platform, customerId: subject.customerId });
}

// — after the order: who may get Alexa notifications —

/**
 * Records whether this Alexa user allows notifications, for the customer they are linked to (by
 * the event's token, else by the account link): granted, they get order updates and reminders as
 * Alexa notifications; withdrawn, nothing more goes to them. A user linked to no customer has
 * nothing to be notified about, and nothing is recorded.
 */
async function notificationPermission(deps: ShopDeps, event: Extract<SkillEvent, { kind: 'permissions' }>, userKey: string): Promise<void> {
  if (!deps.alexaAudiences) return;
  if (!event.notifications) {
    await deps.alexaAudiences.revoke(event.userId);
    deps.metrics?.count(ShopEvent.AlexaPermissionRevoked);
    deps.logger.info('Alexa notifications withdrawn', { platform: event.platform });
    return;
  }
  const subject = event.accessToken ? await deps.tokens.verify(event.accessToken) : undefined;
  const customerId = subject?.customerId ?? (await deps.links?.get(userKey))?.customerId;
  if (!customerId) {
    deps.logger.info('Alexa notifications allowed by a user linked to no customer; nothing recorded', { platform: event.platform });
    return;
  }
  await deps.alexaAudiences.grant({ customerId, userId: event.userId, locale: event.locale ?? 'en-US', grantedAt: deps.clock.now().toISOString() });
  deps.metrics?.count(ShopEvent.AlexaPermissionGranted);
  deps.logger.info('Alexa notifications allowed', { platform: event.platform, customerId });
}
