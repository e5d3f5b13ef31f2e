/**
 * A seeded event log: eight sessions over three days (2026-03-02 to 04), six shoppers, on both
 * platforms, written by the shop's own EMF writer (src/infra/metrics) so the lines are exactly
 * what npm start appends to .data/events.jsonl. The figures they make are worked out by hand in
 * SEEDED_FIGURES, and the report and the dashboard must arrive at the same ones.
 */
import { EmfMetrics } from '../../src/infra/metrics';
import { ShopEvent, TurnOutcome, type TurnRecord } from '../../src/ports/metrics';

type Turn = Partial<TurnRecord> & { intent: string; latencyMs: number };
interface Session {
  at: string;
  platform: 'alexa' | 'dialogflow';
  shopper: string;
  turns: Turn[];
}

const answered = TurnOutcome.Answered;
const SESSIONS: Session[] = [
  // 2026-03-02
  {
    at: '2026-03-02T09:00:00Z',
    platform: 'alexa',
    shopper: 'A',
    turns: [
      { intent: 'Launch', latencyMs: 120, events: [ShopEvent.SessionStarted] },
      { intent: 'SearchIntent', latencyMs: 310, searchHits: 15, capability: 'browse', goal: true },
      { intent: 'AddToCartIntent', latencyMs: 180, cartFilled: true, capability: 'cart', goal: true },
      { intent: 'CheckoutIntent', latencyMs: 240, cartFilled: true, events: [ShopEvent.PurchaseAsked], capability: 'checkout', goal: false },
      { intent: 'YesIntent', latencyMs: 900, events: [ShopEvent.PurchaseConfirmed, ShopEvent.OrderPlaced], capability: 'checkout', goal: true },
    ],
  },
  {
    at: '2026-03-02T12:30:00Z',
    platform: 'dialogflow',
    shopper: 'B',
    turns: [
      {
        intent: 'SearchIntent',
        latencyMs: 280,
        searchHits: 0,
        searchQuery: 'kumquat jam',
        events: [ShopEvent.SessionStarted, ShopEvent.SearchNoMatch],
        capability: 'browse',
        goal: false,
      },
      { intent: 'FallbackIntent', outcome: TurnOutcome.Fallback, latencyMs: 90, heard: 'where is the gluten free aisle' },
      { intent: 'SearchIntent', latencyMs: 260, searchHits: 4, capability: 'browse', goal: true },
      { intent: 'AddToCartIntent', latencyMs: 170, cartFilled: true, capability: 'cart', goal: true },
      { intent: 'StopIntent', latencyMs: 60 },
    ],
  },
  {
    at: '2026-03-02T18:00:00Z',
    platform: 'alexa',
    shopper: 'C',
    turns: [
      { intent: 'FallbackIntent', outcome: TurnOutcome.Fallback, latencyMs: 80, events: [ShopEvent.SessionStarted] },
      { intent: 'OrderStatusIntent', latencyMs: 200, capability: 'orders', goal: true },
    ],
  },
  // 2026-03-03
  {
    at: '2026-03-03T08:15:00Z',
    platform: 'dialogflow',
    shopper: 'B',
    turns: [
      { intent: 'Launch', latencyMs: 110, events: [ShopEvent.SessionStarted] },
      { intent: 'AddToCartIntent', latencyMs: 190, cartFilled: true, capability: 'cart', goal: true },
      { intent: 'CheckoutIntent', latencyMs: 230, cartFilled: true, events: [ShopEvent.PurchaseAsked], capability: 'checkout', goal: false },
      { intent: 'NoIntent', latencyMs: 100, cartFilled: false, events: [ShopEvent.PurchaseCancelled] },
    ],
  },
  {
    at: '2026-03-03T11:00:00Z',
    platform: 'alexa',
    shopper: 'D',
    turns: [
      { intent: 'SearchIntent', latencyMs: 300, searchHits: 10, events: [ShopEvent.SessionStarted], capability: 'browse', goal: true },
      { intent: 'AddToCartIntent', latencyMs: 160, cartFilled: true, capability: 'cart', goal: true },
      { intent: 'CheckoutIntent', latencyMs: 250, cartFilled: true, events: [ShopEvent.PurchaseAsked], capability: 'checkout', goal: false },
      { intent: 'YesIntent', latencyMs: 1100, events: [ShopEvent.PurchaseConfirmed, ShopEvent.OrderPlaced], capability: 'checkout', goal: true },
    ],
  },
  {
    at: '2026-03-03T20:45:00Z',
    platform: 'dialogflow',
    shopper: 'E',
    turns: [
      { intent: 'FallbackIntent', outcome: TurnOutcome.Fallback, latencyMs: 70, heard: 'where is the gluten free aisle', events: [ShopEvent.SessionStarted] },
      { intent: 'FallbackIntent', outcome: TurnOutcome.Fallback, latencyMs: 75, heard: 'do you deliver on sundays' },
      { intent: 'NotifyMeIntent', latencyMs: 140, events: [ShopEvent.ReminderSet], capability: 'reminders', goal: true },
      {
        intent: 'RateOrderIntent',
        latencyMs: 150,
        rating: 5,
        events: [ShopEvent.FeedbackRated, ShopEvent.FeedbackRatingSum, ShopEvent.FeedbackSatisfied],
        capability: 'feedback',
        goal: true,
      },
      { intent: 'FeedbackCommentIntent', latencyMs: 130, events: [ShopEvent.FeedbackComment], capability: 'feedback', goal: true },
    ],
  },
  // 2026-03-04
  {
    at: '2026-03-04T09:30:00Z',
    platform: 'alexa',
    shopper: 'A',
    turns: [
      { intent: 'Launch', latencyMs: 210, events: [ShopEvent.SessionStarted] },
      { intent: 'RateOrderIntent', latencyMs: 160, rating: 2, events: [ShopEvent.FeedbackRated, ShopEvent.FeedbackRatingSum], capability: 'feedback', goal: true },
      { intent: 'FeedbackCommentIntent', latencyMs: 150, events: [ShopEvent.FeedbackComment, ShopEvent.FeedbackComplaint], capability: 'feedback', goal: true },
    ],
  },
  {
    at: '2026-03-04T16:00:00Z',
    platform: 'dialogflow',
    shopper: 'F',
    turns: [
      {
        intent: 'SearchIntent',
        latencyMs: 290,
        searchHits: 0,
        searchQuery: 'kumquat jam',
        events: [ShopEvent.SessionStarted, ShopEvent.SearchNoMatch],
        capability: 'browse',
        goal: false,
      },
      { intent: 'HelpIntent', latencyMs: 90, capability: 'support', goal: true },
    ],
  },
];

/** Business events counted outside turns' own records: placed orders' revenue, notifications, the feed. */
const COUNTS: Array<{ at: string; counts: Partial<Record<ShopEvent, number>> }> = [
  { at: '2026-03-02T09:01:00Z', counts: { PurchaseAsked: 1, PurchaseConfirmed: 1, OrderPlaced: 1, PlacedOrders: 1, RevenueCents: 3311 } },
  { at: '2026-03-03T08:17:00Z', counts: { PurchaseAsked: 1, PurchaseCancelled: 1 } },
  { at: '2026-03-03T11:02:00Z', counts: { PurchaseAsked: 1, PurchaseConfirmed: 1, OrderPlaced: 1, PlacedOrders: 1, RevenueCents: 2450 } },
  { at: '2026-03-03T14:00:00Z', counts: { FulfilmentEventApplied: 2, EmailNoticeSent: 2, AlexaNotificationSent: 1 } },
  { at: '2026-03-03T20:47:00Z', counts: { FeedbackRated: 1, FeedbackRatingSum: 5, FeedbackSatisfied: 1, FeedbackComment: 1 } },
  { at: '2026-03-04T09:31:00Z', counts: { FeedbackRated: 1, FeedbackRatingSum: 2, FeedbackComment: 1, FeedbackComplaint: 1 } },
  { at: '2026-03-04T12:00:00Z', counts: { FulfilmentEventApplied: 1, FulfilmentEventRejected: 1, RefundedCents: 3311, EmailNoticeSent: 1, NoticeRetried: 1 } },
];

/** The seeded log as JSON lines, in time order, as the shop's EMF writer writes them. */
export function seededEventLog(): string {
  const lines: Array<{ at: number; line: string }> = [];
  let now = 0;
  const metrics = new EmfMetrics({
    namespace: 'voice-shop/local',
    write: (line) => lines.push({ at: now, line }),
    clock: { now: () => new Date(now) },
    writeImmediately: true,
    shopperHashSalt: 'seeded',
  });
  SESSIONS.forEach((session, s) => {
    session.turns.forEach((turn, t) => {
      now = Date.parse(session.at) + t * 20_000;
      metrics.turn({
        platform: session.platform,
        locale: 'en-US',
        outcome: answered,
        sessionId: `seeded-session-${s + 1}`,
        userKey: `${session.platform}:${session.shopper}`,
        ...turn,
      });
    });
  });
  for (const { at, counts } of COUNTS) {
    now = Date.parse(at);
    for (const [name, value] of Object.entries(counts)) metrics.count(name as ShopEvent, value);
    metrics.flush();
  }
  return `${lines
    .sort((a, b) => a.at - b.at)
    .map((l) => l.line)
    .join('\n')}\n`;
}

/** What the seeded log must add up to, worked out by hand from the sessions above. */
export const SEEDED_FIGURES = {
  sessions: 8,
  shoppers: 6,
  turns: 30,
  conversion: '25.0%', // sessions 1 and 5 of 8 placed an order
  checkoutConversion: '66.7%', // 3 asked, 2 said yes, 2 placed
  cartAbandonment: '50.0%', // sessions 1, 2, 4, 5 filled a cart; 2 and 4 placed nothing
  fallbackRate: '13.3%', // 4 of 30 turns
  noResultSearches: '40.0%', // 2 of 5 searches, both "kumquat jam"
  csat: '50.0%', // a 5 and a 2
  averageRating: 3.5,
  revenue: '$57.61', // $33.11 + $24.50
  refunded: '$33.11',
  averageTurns: '3.8 turns', // 30 turns / 8 sessions
  notifications: '4', // 3 emails, 1 Alexa notification
};
