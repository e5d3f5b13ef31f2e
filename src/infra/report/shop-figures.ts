import { ShopEvent, TurnOutcome } from '../../ports/metrics';
import type { EventLog, LoggedTurn } from './event-log-reader';

/**
 * The merchant's figures, from the event log: the same ones `npm run report` prints, npm start's
 * /dashboard draws and the CloudWatch dashboard shows in AWS. Rates are fractions (0.25 = 25 %),
 * undefined where there is nothing to divide by; money in minor units of the shop's currency.
 */
export interface ShopFigures {
  period: { from?: string; to?: string };
  turns: number;
  sessions: number;
  shoppers: number;
  /** sessions with a placed order */
  conversion: { sessionsWithOrder: number; rate?: number };
  /** question → yes → placed */
  checkout: { asked: number; confirmed: number; placed: number; rate?: number };
  /** sessions that put something in the cart and placed no order */
  cartAbandonment: { sessionsWithCart: number; abandoned: number; rate?: number };
  /** per capability: sessions that used it, and the share that got it done */
  goalCompletion: Array<{ capability: string; sessions: number; completed: number; rate?: number }>;
  fallback: { turns: number; rate?: number; top: Array<{ said: string; times: number }>; withoutWords: number };
  searches: { total: number; noResult: number; rate?: number; top: Array<{ query: string; times: number }> };
  csat: { ratings: number; satisfied: number; rate?: number; average?: number };
  responseTime: { averageMs?: number; p90Ms?: number };
  conversationLength: { averageTurns?: number };
  revenue: { placedOrders: number; revenueCents: number; refundedCents: number };
  perDay: Array<{ day: string; sessions: number; orders: number; revenueCents: number; refundedCents: number }>;
  notifications: { emails: number; alexa: number; retried: number; dropped: number };
  feed: { applied: number; rejected: number; duplicates: number };
}

export interface FigureOptions {
  /** epoch ms: records before this are left out */
  since?: number;
  /** epoch ms: records after this are left out */
  until?: number;
  /** how many entries the top lists keep */
  top?: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : undefined);
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

export function shopFigures(log: EventLog, options: FigureOptions = {}): ShopFigures {
  const inRange = (at: number) => (options.since === undefined || at >= options.since) && (options.until === undefined || at <= options.until);
  const turns = log.turns.filter((t) => inRange(t.at));
  const counted = log.counts.filter((c) => inRange(c.at));
  const top = options.top ?? 10;
  const sum = (name: string) => counted.reduce((total, c) => total + (c.counts[name] ?? 0), 0);

  const sessions = new Map<string, LoggedTurn[]>();
  for (const turn of turns) {
    if (!turn.sessionId) continue;
    sessions.set(turn.sessionId, [...(sessions.get(turn.sessionId) ?? []), turn]);
  }
  const ordered = (ts: LoggedTurn[]) => ts.some((t) => t.events.includes(ShopEvent.OrderPlaced));
  const sessionsWithOrder = [...sessions.values()].filter(ordered).length;
  const withCart = [...sessions.values()].filter((ts) => ts.some((t) => t.cartFilled));
  const abandoned = withCart.filter((ts) => !ordered(ts)).length;

  const byCapability = new Map<string, { sessions: number; completed: number }>();
  for (const ts of sessions.values()) {
    const reached = new Map<string, boolean>();
    for (const t of ts) if (t.capability) reached.set(t.capability, (reached.get(t.capability) ?? false) || t.goal === true);
    for (const [capability, done] of reached) {
      const entry = byCapability.get(capability) ?? { sessions: 0, completed: 0 };
      entry.sessions += 1;
      if (done) entry.completed += 1;
      byCapability.set(capability, entry);
    }
  }

  const fallbacks = turns.filter((t) => t.outcome === TurnOutcome.Fallback);
  const searches = turns.filter((t) => t.searchHits !== undefined);
  const noResult = searches.filter((t) => t.searchHits === 0);
  const latencies = turns.map((t) => t.latencyMs).sort((a, b) => a - b);
  const ratings = sum(ShopEvent.FeedbackRated);
  const satisfied = sum(ShopEvent.FeedbackSatisfied);

  const perDay = new Map<string, { day: string; sessions: number; orders: number; revenueCents: number; refundedCents: number }>();
  const dayEntry = (d: string) => {
    const entry = perDay.get(d) ?? { day: d, sessions: 0, orders: 0, revenueCents: 0, refundedCents: 0 };
    perDay.set(d, entry);
    return entry;
  };
  for (const ts of sessions.values()) dayEntry(day(Math.min(...ts.map((t) => t.at)))).sessions += 1;
  for (const c of counted) {
    const entry = dayEntry(day(c.at));
    entry.orders += c.counts[ShopEvent.PlacedOrders] ?? 0;
    entry.revenueCents += c.counts[ShopEvent.RevenueCents] ?? 0;
    entry.refundedCents += c.counts[ShopEvent.RefundedCents] ?? 0;
  }
  const times = [...turns.map((t) => t.at), ...counted.map((c) => c.at)];

  return {
    period: times.length ? { from: new Date(Math.min(...times)).toISOString(), to: new Date(Math.max(...times)).toISOString() } : {},
    turns: turns.length,
    sessions: sessions.size,
    shoppers: new Set(turns.flatMap((t) => (t.shopper ? [t.shopper] : []))).size,
    conversion: { sessionsWithOrder, rate: ratio(sessionsWithOrder, sessions.size) },
    checkout: {
      asked: sum(ShopEvent.PurchaseAsked),
      confirmed: sum(ShopEvent.PurchaseConfirmed),
      placed: sum(ShopEvent.PlacedOrders),
      rate: ratio(sum(ShopEvent.PlacedOrders), sum(ShopEvent.PurchaseAsked)),
    },
    cartAbandonment: { sessionsWithCart: withCart.length, abandoned, rate: ratio(abandoned, withCart.length) },
    goalCompletion: [...byCapability.entries()]
      .map(([capability, e]) => ({ capability, ...e, rate: ratio(e.completed, e.sessions) }))
      .sort((a, b) => b.sessions - a.sessions || a.capability.localeCompare(b.capability)),
    fallback: {
      turns: fallbacks.length,
      rate: ratio(fallbacks.length, turns.length),
      top: countTop(
        fallbacks.flatMap((t) => (t.heard ? [t.heard] : [])),
        top,
      ).map(([said, n]) => ({ said, times: n })),
      withoutWords: fallbacks.filter((t) => !t.heard).length,
    },
    searches: {
      total: searches.length,
      noResult: noResult.length,
      rate: ratio(noResult.length, searches.length),
      top: countTop(
        noResult.flatMap((t) => (t.searchQuery ? [t.searchQuery] : [])),
        top,
      ).map(([query, n]) => ({ query, times: n })),
    },
    csat: { ratings, satisfied, rate: ratio(satisfied, ratings), average: ratio(sum(ShopEvent.FeedbackRatingSum), ratings) },
    responseTime: {
      averageMs: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : undefined,
      p90Ms: latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.9) - 1)] : undefined,
    },
    conversationLength: {
      averageTurns: ratio(
        [...sessions.values()].reduce((n, ts) => n + ts.length, 0),
        sessions.size,
      ),
    },
    revenue: { placedOrders: sum(ShopEvent.PlacedOrders), revenueCents: sum(ShopEvent.RevenueCents), refundedCents: sum(ShopEvent.RefundedCents) },
    perDay: [...perDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
    notifications: {
      emails: sum(ShopEvent.EmailNoticeSent),
      alexa: sum(ShopEvent.AlexaNotificationSent),
      retried: sum(ShopEvent.NoticeRetried),
      dropped: sum(ShopEvent.NoticeDropped),
    },
    feed: { applied: sum(ShopEvent.FulfilmentEventApplied), rejected: sum(ShopEvent.FulfilmentEventRejected), duplicates: sum(ShopEvent.FulfilmentEventDuplicate) },
  };
}

/** The most frequent values, most first (ties by value). */
function countTop(values: readonly string[], limit: number): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}
