import { ShopEvent } from '../../ports/metrics';
import { NotificationPermissionRevokedError, NotificationRateLimitedError, NotificationRejectedError } from '../../ports/notifications';
import { MessageChannel, MessageStatus, type OutboundMessage } from '../../ports/reminders';
import type { Logger } from '../../ports/runtime';
import type { ShopDeps } from '../context';
import { noticeKey, type ShopperNotice } from '../fulfilment-notices';

/**
 * The outbox: every message the shop sends on its own (order updates, reminders) is written
 * down first, then sent, and stays due until it went out or can never go out. An email goes to
 * every shopper; an Alexa notification only to those who allowed them, and never again to one
 * who withdrew the permission (a 403 from the API counts as withdrawing it). A 429, a 5xx or no
 * answer is tried again later, each time a little later; nothing is lost in between.
 */

/** Tries per message before it is given up (and recorded as dropped). */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** What one delivery run did. */
export interface DeliveryReport {
  sent: number;
  retried: number;
  dropped: number;
}

/**
 * Writes a notice down for a shopper: one email, and one Alexa notification for each Alexa user
 * of theirs who allowed them (when Alexa notifications are configured at all). Enqueueing the
 * same notice again adds nothing. Returns the messages as stored.
 */
export async function enqueueNotice(deps: ShopDeps, customerId: string, notice: ShopperNotice, options: { channels?: readonly MessageChannel[] } = {}): Promise<OutboundMessage[]> {
  if (!deps.outbox) return [];
  const now = deps.clock.now().toISOString();
  const key = noticeKey(notice, customerId);
  const wanted = options.channels ?? [MessageChannel.Email, MessageChannel.Alexa];
  const messages: OutboundMessage[] = [];
  const base = { customerId, notice, status: MessageStatus.Due, createdAt: now, dueAt: now, attempts: 0 } as const;
  if (wanted.includes(MessageChannel.Email)) messages.push({ ...base, messageId: `${key}:email`, channel: MessageChannel.Email });
  if (wanted.includes(MessageChannel.Alexa) && deps.alexaNotifications && deps.alexaAudiences) {
    for (const audience of await deps.alexaAudiences.forCustomer(customerId)) {
      messages.push({ ...base, messageId: `${key}:alexa:${audience.userId}`, channel: MessageChannel.Alexa, audience });
    }
  }
  await deps.outbox.enqueue(messages);
  return messages;
}

/** Whether this shopper can get an Alexa notification now (the API is configured and they allowed it). */
export async function alexaReachable(deps: ShopDeps, customerId: string): Promise<boolean> {
  if (!deps.alexaNotifications || !deps.alexaAudiences) return false;
  return (await deps.alexaAudiences.forCustomer(customerId)).length > 0;
}

/** Sends what is due now (oldest first, at most `limit`). */
export async function deliverDue(deps: ShopDeps, log: Logger, limit = 50): Promise<DeliveryReport> {
  if (!deps.outbox) return { sent: 0, retried: 0, dropped: 0 };
  const due = await deps.outbox.due(deps.clock.now().toISOString(), limit);
  return deliver(deps, due, log);
}

/** Sends these messages, one by one; each outcome is recorded before the next is tried. */
export async function deliver(deps: ShopDeps, messages: readonly OutboundMessage[], log: Logger): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, dropped: 0 };
  for (const message of messages) {
    if (message.status !== MessageStatus.Due) continue;
    const outcome = await attempt(deps, message, log);
    report[outcome] += 1;
  }
  return report;
}

async function attempt(deps: ShopDeps, message: OutboundMessage, log: Logger): Promise<keyof DeliveryReport> {
  const now = deps.clock.now();
  const tried = { ...message, attempts: message.attempts + 1 };
  try {
    if (message.channel === MessageChannel.Email) await sendEmail(deps, message);
    else await sendAlexa(deps, message, now);
  } catch (err) {
    return failed(deps, tried, err, now, log);
  }
  await deps.outbox?.update({ ...tried, status: MessageStatus.Sent, sentAt: now.toISOString(), lastError: undefined });
  deps.metrics?.count(message.channel === MessageChannel.Email ? ShopEvent.EmailNoticeSent : ShopEvent.AlexaNotificationSent);
  log.info('shopper notice sent', { messageId: message.messageId, channel: message.channel, kind: message.notice.kind });
  return 'sent';
}

async function sendEmail(deps: ShopDeps, message: OutboundMessage): Promise<void> {
  if (!deps.notifier?.shopperNotice) throw new NoChannelError('no email channel for shopper notices');
  const customer = await deps.customers.get(message.customerId);
  if (!customer) throw new NotificationRejectedError(404, 'no customer record');
  await deps.notifier.shopperNotice(message.notice, customer);
}

async function sendAlexa(deps: ShopDeps, message: OutboundMessage, now: Date): Promise<void> {
  const audience = message.audience;
  if (!audience || !deps.alexaNotifications) throw new NoChannelError('no Alexa notification channel');
  // a permission withdrawn after the message was queued stops it too
  const allowed = (await deps.alexaAudiences?.forCustomer(message.customerId)) ?? [];
  if (!allowed.some((a) => a.userId === audience.userId)) throw new NotificationPermissionRevokedError('the permission was withdrawn before sending');
  await deps.alexaNotifications.send(message.notice, audience, { referenceId: referenceId(message.messageId), now });
}

async function failed(deps: ShopDeps, message: OutboundMessage, err: unknown, now: Date, log: Logger): Promise<keyof DeliveryReport> {
  const reason = describe(err);
  if (err instanceof NoChannelError) {
    // not the message's fault: it waits, without using up its tries, until a channel is configured
    await deps.outbox?.update({
      ...message,
      attempts: message.attempts - 1,
      status: MessageStatus.Due,
      dueAt: new Date(now.getTime() + LONGEST_RETRY_MS).toISOString(),
      lastError: reason,
    });
    log.warn('shopper notice waits: no channel configured', { messageId: message.messageId, channel: message.channel });
    return 'retried';
  }
  if (err instanceof NotificationPermissionRevokedError || err instanceof NotificationRejectedError || message.attempts >= MAX_ATTEMPTS) {
    if (err instanceof NotificationPermissionRevokedError && message.audience) {
      await deps.alexaAudiences?.revoke(message.audience.userId);
      deps.metrics?.count(ShopEvent.AlexaPermissionRevoked);
    }
    await deps.outbox?.update({ ...message, status: MessageStatus.Dropped, lastError: reason });
    deps.metrics?.count(ShopEvent.NoticeDropped);
    log.warn('shopper notice dropped', { messageId: message.messageId, channel: message.channel, attempts: message.attempts, error: reason });
    return 'dropped';
  }
  const backoff = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (message.attempts - 1));
  const waitMs = err instanceof NotificationRateLimitedError && err.retryAfterMs !== undefined ? Math.max(err.retryAfterMs, 1000) : backoff;
  await deps.outbox?.update({ ...message, status: MessageStatus.Due, dueAt: new Date(now.getTime() + waitMs).toISOString(), lastError: reason });
  deps.metrics?.count(ShopEvent.NoticeRetried);
  log.info('shopper notice not sent; tried again later', { messageId: message.messageId, channel: message.channel, attempts: message.attempts, retryInMs: waitMs, error: reason });
  return 'retried';
}

/** The channel is not configured (yet): the message waits for it. */
class NoChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoChannelError';
  }
}

/** Alexa wants a reference id of letters, digits and a few marks, at most 100 long. */
function referenceId(messageId: string): string {
  return messageId.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 100);
}

function describe(err: unknown): string {
  if (err instanceof NotificationRejectedError) return `${err.name} ${err.status}`;
  return err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 200) : 'unknown error';
}
