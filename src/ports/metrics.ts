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
