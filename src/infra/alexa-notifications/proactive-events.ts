import type { ShopperNotice } from '../../core/fulfilment-notices';
import {
  NotificationPermissionRevokedError,
  NotificationRateLimitedError,
  NotificationRejectedError,
  NotificationUnavailableError,
  type AlexaAudience,
  type AlexaNotificationSender,
} from '../../ports/notifications';
import type { LwaTokenSource } from './lwa-token';

/** The Proactive Events API per region: North America, Europe, Far East. */
export const PROACTIVE_EVENTS_API = { na: 'https://api.amazonalexa.com', eu: 'https://api.eu.amazonalexa.com', fe: 'https://api.fe.amazonalexa.com' } as const;

/** development: only the skill's own test users get them (a skill in development); live: everyone. */
export type ProactiveStage = 'development' | 'live';

/** How long a notification may wait on Amazon's side before it is no longer worth showing (the API allows up to a day). */
const EXPIRES_AFTER_MS = 23 * 60 * 60_000;

/**
 * The notice as a Proactive Events request: AMAZON.OrderStatus.Updated for order updates,
 * AMAZON.MessageAlert.Activated for reminders (the schemas the skill manifest publishes), to one
 * user (relevantAudience Unicast), the seller's name as a localized attribute.
 */
export function proactiveEvent(notice: ShopperNotice, audience: AlexaAudience, referenceId: string, now: Date): Record<string, unknown> {
  const base = {
    timestamp: now.toISOString(),
    referenceId,
    expiryTime: new Date(now.getTime() + EXPIRES_AFTER_MS).toISOString(),
    localizedAttributes: [{ locale: audience.locale, sellerName: notice.sellerName }],
    relevantAudience: { type: 'Unicast', payload: { user: audience.userId } },
  };
  if (notice.kind !== 'order-update') {
    return {
      ...base,
      event: {
        name: 'AMAZON.MessageAlert.Activated',
        payload: { state: { status: 'UNREAD', freshness: 'NEW' }, messageGroup: { creator: { name: 'localizedattribute:sellerName' }, count: 1 } },
      },
    };
  }
  const arrival = notice.expectedDelivery ? { deliveryDetails: { expectedArrival: notice.expectedDelivery } } : {};
  const state =
    notice.update === 'shipped'
      ? { status: 'ORDER_SHIPPED', ...arrival }
      : notice.update === 'out-for-delivery'
        ? { status: 'ORDER_OUT_FOR_DELIVERY', ...arrival }
        : notice.update === 'delivered'
          ? { status: 'ORDER_DELIVERED', ...(notice.deliveredAt ? { deliveredOn: notice.deliveredAt } : {}) }
          : // the schema has no "delayed": a shipped order is shipped with its new date; one not shipped yet is being prepared
            notice.carrier
            ? { status: 'ORDER_SHIPPED', ...arrival }
            : { status: 'ORDER_PREPARING' };
  return { ...base, event: { name: 'AMAZON.OrderStatus.Updated', payload: { state, order: { seller: { name: 'localizedattribute:sellerName' } } } } };
}

export interface ProactiveEventsOptions {
  tokens: LwaTokenSource;
  /** PROACTIVE_EVENTS_API.na, or a loopback stand-in in tests */
  apiBase: string;
  stage: ProactiveStage;
  timeoutMs?: number;
}

/** Sends Alexa notifications through the Proactive Events API, answering its errors with the port's. */
export class ProactiveEventsSender implements AlexaNotificationSender {
  constructor(private readonly options: ProactiveEventsOptions) {}

  async send(notice: ShopperNotice, audience: AlexaAudience, options: { referenceId: string; now: Date }): Promise<void> {
    const path = this.options.stage === 'live' ? '/v1/proactiveEvents' : '/v1/proactiveEvents/stages/development';
    const token = await this.options.tokens.token();
    let response: Response;
    try {
      response = await fetch(new URL(path, this.options.apiBase), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(proactiveEvent(notice, audience, options.referenceId, options.now)),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
    } catch (err) {
      throw new NotificationUnavailableError('the Proactive Events API did not answer', { cause: err });
    }
    await response.arrayBuffer().catch(() => undefined);
    if (response.status === 202 || response.status === 200) return;
    if (response.status === 403) throw new NotificationPermissionRevokedError('the Proactive Events API answered 403: the user no longer allows notifications');
    if (response.status === 429) throw new NotificationRateLimitedError('the Proactive Events API answered 429', { retryAfterMs: retryAfter(response.headers.get('retry-after')) });
    if (response.status === 401) {
      // an expired or revoked skill-messaging token: the next send asks Login with Amazon again
      this.options.tokens.forget();
      throw new NotificationUnavailableError('the Proactive Events API refused the token (401)');
    }
    if (response.status >= 500) throw new NotificationUnavailableError(`the Proactive Events API answered ${response.status}`);
    throw new NotificationRejectedError(response.status, `the Proactive Events API refused the event (${response.status})`);
  }
}

function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
