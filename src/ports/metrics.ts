/**
 * What the shop counts, as business events and one record per turn. Infra turns them into
 * CloudWatch Embedded Metric Format lines in AWS (and a local event log under `npm start`);
 * the core only says what happened.
 */
export const ShopEvent = {
  /** the purchase question was asked (an order now awaits confirmation) */
  PurchaseAsked: 'PurchaseAsked',
  /** the shopper said yes (or the right voice code) and every check passed */
  PurchaseConfirmed: 'PurchaseConfirmed',
  OrderPlaced: 'OrderPlaced',
  OrderDeclined: 'OrderDeclined',
  /** the payment outcome was not known within the turn: reconciliation settles it */
  OrderPending: 'OrderPending',
  /** the purchase question was answered no, lapsed or was left by another request */
  PurchaseCancelled: 'PurchaseCancelled',
  SearchNoMatch: 'SearchNoMatch',
  /** an access token was refused (invalid, revoked, no customer) */
  AuthRefused: 'AuthRefused',
  /** a platform request refused for its signature, credentials or skill id */
  RequestRefused: 'RequestRefused',
  ReconcilePlaced: 'ReconcilePlaced',
  ReconcileFailed: 'ReconcileFailed',
  ReconcileStillPending: 'ReconcileStillPending',
  ReconcileError: 'ReconcileError',
  // — after the order: the fulfilment feed, notifications, reminders, feedback, revenue —
  /** a turn that began a session */
  SessionStarted: 'SessionStarted',
  FulfilmentEventApplied: 'FulfilmentEventApplied',
  /** refused with a 4xx (malformed, unknown order, backwards, a reused id, a bad signature) */
  FulfilmentEventRejected: 'FulfilmentEventRejected',
  /** the same event sent again: answered as applied, changed nothing */
  FulfilmentEventDuplicate: 'FulfilmentEventDuplicate',
  EmailNoticeSent: 'EmailNoticeSent',
  AlexaNotificationSent: 'AlexaNotificationSent',
  /** a notice not sent this time (429, 5xx, no answer): tried again later */
  NoticeRetried: 'NoticeRetried',
  /** a notice never to be sent (permission withdrawn, refused, or too many tries) */
  NoticeDropped: 'NoticeDropped',
  AlexaPermissionGranted: 'AlexaPermissionGranted',
  AlexaPermissionRevoked: 'AlexaPermissionRevoked',
  /** a shopper asked for a reminder (shipping, back in stock, cart) */
  ReminderSet: 'ReminderSet',
  RemindersStopped: 'RemindersStopped',
  CartReminderQueued: 'CartReminderQueued',
  BackInStockQueued: 'BackInStockQueued',
  /** a rating from 1 to 5; its value is counted in FeedbackRatingSum */
  FeedbackRated: 'FeedbackRated',
  /** a rating of 4 or 5 (CSAT counts these among all ratings) */
  FeedbackSatisfied: 'FeedbackSatisfied',
  FeedbackRatingSum: 'FeedbackRatingSum',
  FeedbackComment: 'FeedbackComment',
  FeedbackComplaint: 'FeedbackComplaint',
  /** an order reached PLACED, whoever placed it (a turn or reconciliation) */
  PlacedOrders: 'PlacedOrders',
  /** the totals of those orders, in minor units of the shop's currency */
  RevenueCents: 'RevenueCents',
  /** what placed orders that were then cancelled gave back, in minor units */
  RefundedCents: 'RefundedCents',
} as const;
export type ShopEvent = (typeof ShopEvent)[keyof typeof ShopEvent];

/** How a turn ended, from the shopper's side. */
export const TurnOutcome = {
  Answered: 'answered',
  Fallback: 'fallback',
  Error: 'error',
  Timeout: 'timeout',
} as const;
export type TurnOutcome = (typeof TurnOutcome)[keyof typeof TurnOutcome];

export interface TurnRecord {
  platform: string;
  locale: string;
  intent: string;
  outcome: TurnOutcome;
  latencyMs: number;
  // — after the order: what the merchant's report reads from each turn —
  sessionId?: string;
  /** the platform user (`alexa:<userId>`): infra writes only a salted hash of it */
  userKey?: string;
  /** a search turn: how many products it found */
  searchHits?: number;
  /** what a search asked for when it found nothing (infra masks personal data) */
  searchQuery?: string;
  /** what the shopper said when it was not understood, where the platform sends the text (Dialogflow's queryText; Alexa sends none) */
  heard?: string;
  /** the business events counted during this turn */
  events?: string[];
  /** the turn left the shopper's cart with items */
  cartFilled?: boolean;
  /** a rating given in this turn */
  rating?: number;
  /** what the shopper was doing (browse, cart, checkout, orders, reminders, feedback, support) and whether this turn got it done */
  capability?: string;
  goal?: boolean;
}

/** Counts events and records turns; never throws, never blocks a reply. */
export interface ShopMetrics {
  count(event: ShopEvent, value?: number): void;
  turn(record: TurnRecord): void;
}

/** For code paths and tests that measure nothing. */
export const noMetrics: ShopMetrics = {
  count: () => undefined,
  turn: () => undefined,
};
