import type { ShopDeps } from './context';
import type { Platform } from './turn';

/** Platform notifications that are not a shopper speaking. */
export type SkillEvent =
  /** the shopper disabled the skill; `keepData` false means they asked for their data to go */
  | { kind: 'disabled'; platform: Platform; userId: string; keepData: boolean }
  /** the shopper linked an account (outside a session); a new userId may come with it */
  | { kind: 'account-linked'; platform: Platform; userId: string; accessToken?: string };

/**
 * Acts on a skill event. Disabling without persistence deletes what the shop kept for that user
 * (cart, dialog state, account link); orders stay, as the record of a sale. Linking records which
 * customer the user id belongs to.
 */
export async function handleSkillEvent(deps: ShopDeps, event: SkillEvent): Promise<void> {
  const userKey = `${event.platform}:${event.userId}`;
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
