import { ShopEvent, type ShopMetrics, type TurnRecord } from '../../ports/metrics';
import type { Clock } from '../../ports/runtime';
import { anonymousShopper, maskPersonalData } from './mask';

/**
 * CloudWatch Embedded Metric Format (EMF): metrics as JSON log lines that CloudWatch Logs turns
 * into metrics, with no API call and no SDK on the request path. Spec:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 * Hand-written rather than @aws-lambda-powertools/metrics: the library added about 3.5 ms to a
 * cold start here (load and first publish, CPU), this file about 1 ms (`npm run bench`).
 */

/** CloudWatch units used here (EMF's Unit member takes the MetricDatum names). */
export const MetricUnit = { Count: 'Count', Milliseconds: 'Milliseconds', Seconds: 'Seconds' } as const;
export type MetricUnit = (typeof MetricUnit)[keyof typeof MetricUnit];

/** The per-turn metric; its sample count is the number of turns (the alarms count turns with it). */
export const TURN_LATENCY_METRIC = 'TurnLatency';
/**
 * Each dimension set is a separate CloudWatch metric: per platform, intent and outcome for the
 * dashboards, per outcome alone for the alarms (error rate, timeouts).
 */
export const TURN_DIMENSION_SETS: readonly (readonly string[])[] = [['platform', 'intent', 'outcome'], ['outcome']];

/** Values measured by a run rather than counted (reconciliation's view of the PENDING backlog). */
export const ShopGauge = {
  /** PENDING orders confirmed more than 15 minutes ago, after a reconcile run */
  PendingOrdersOverdue: 'PendingOrdersOverdue',
  /** age of the oldest PENDING order (0 when there is none) */
  OldestPendingAgeSeconds: 'OldestPendingAgeSeconds',
} as const;
export type ShopGauge = (typeof ShopGauge)[keyof typeof ShopGauge];

/** What a line is, for readers of the local event log (EMF ignores members it does not reference). */
export const RecordKind = { Turn: 'turn', Events: 'events', Gauges: 'gauges' } as const;

export interface EmfRecord {
  _aws: {
    Timestamp: number;
    CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string; Unit: MetricUnit }> }>;
  };
  kind: (typeof RecordKind)[keyof typeof RecordKind];
  [member: string]: unknown;
}

export interface EmfMetricsOptions {
  /** CloudWatch namespace, e.g. `voice-shop/prod` (serverless.yml's alarms read the same one) */
  namespace: string;
  /** takes one complete JSON line (no newline): stdout in Lambda, the event log locally */
  write: (line: string) => void;
  clock?: Clock;
  /**
   * true: every call is written at once (the local event log, where no invocation ends).
   * false (Lambda): turns, counts and gauges wait for `flush()` at the end of the invocation.
   */
  writeImmediately?: boolean;
  /** told when a line could not be written; metrics never throw into a turn */
  onError?: (error: unknown) => void;
  // — after the order —
  /** salts the hash that stands for a shopper in turn records; without it no shopper is written */
  shopperHashSalt?: string;
}

/** Buffered turns beyond this are written at once, so a missing flush cannot grow memory. */
const MAX_PENDING_TURNS = 100;

/** The ShopMetrics port as EMF lines; `flush()` writes what one invocation recorded. */
export class EmfMetrics implements ShopMetrics {
  private readonly counts = new Map<ShopEvent, number>();
  private readonly gauges = new Map<ShopGauge, { value: number; unit: MetricUnit }>();
  private turns: EmfRecord[] = [];

  constructor(private readonly options: EmfMetricsOptions) {}

  count(event: ShopEvent, value = 1): void {
    if (!Number.isFinite(value)) return;
    this.counts.set(event, (this.counts.get(event) ?? 0) + value);
    if (this.options.writeImmediately) this.flush();
  }

  turn(record: TurnRecord): void {
    this.turns.push(turnRecord(this.options.namespace, record, this.now(), this.options.shopperHashSalt));
    if (this.options.writeImmediately || this.turns.length >= MAX_PENDING_TURNS) this.flush();
  }

  /** Records a measured value; the last one before a flush is the one written. */
  gauge(name: ShopGauge, value: number, unit: MetricUnit = MetricUnit.Count): void {
    if (!Number.isFinite(value)) return;
    this.gauges.set(name, { value, unit });
    if (this.options.writeImmediately) this.flush();
  }

  /** Writes everything recorded since the last flush, then forgets it. Never throws. */
  flush(): void {
    const records = [...this.turns];
    const at = this.now();
    if (this.counts.size > 0)
      records.push(
        dimensionlessRecord(
          this.options.namespace,
          RecordKind.Events,
          at,
          [...this.counts].map(([name, value]) => ({ name, value, unit: MetricUnit.Count })),
        ),
      );
    if (this.gauges.size > 0)
      records.push(
        dimensionlessRecord(
          this.options.namespace,
          RecordKind.Gauges,
          at,
          [...this.gauges].map(([name, g]) => ({ name, ...g })),
        ),
      );
    this.turns = [];
    this.counts.clear();
    this.gauges.clear();
    for (const record of records) {
      try {
        this.options.write(JSON.stringify(record));
      } catch (error) {
        this.options.onError?.(error);
      }
    }
  }

  private now(): number {
    return (this.options.clock?.now() ?? new Date()).getTime();
  }
}

/**
 * One turn: its latency under every dimension set, with the locale kept as a plain member, and
 * what the merchant's report reads as plain members too (CloudWatch keeps them in the log for
 * Logs Insights; they make no metrics): the session, a salted hash for the shopper, search hits,
 * masked words the shop did not understand, the business events of the turn.
 */
export function turnRecord(namespace: string, turn: TurnRecord, timestamp: number, shopperHashSalt?: string): EmfRecord {
  return {
    ...reportMembers(turn, shopperHashSalt),
    _aws: {
      Timestamp: Math.trunc(timestamp),
      CloudWatchMetrics: [
        { Namespace: namespace, Dimensions: TURN_DIMENSION_SETS.map((set) => [...set]), Metrics: [{ Name: TURN_LATENCY_METRIC, Unit: MetricUnit.Milliseconds }] },
      ],
    },
    kind: RecordKind.Turn,
    platform: dimensionValue(turn.platform),
    intent: dimensionValue(turn.intent),
    outcome: dimensionValue(turn.outcome),
    locale: turn.locale,
    [TURN_LATENCY_METRIC]: Number.isFinite(turn.latencyMs) ? Math.max(0, turn.latencyMs) : 0,
  };
}

/** Counts or gauges with no dimensions (one empty dimension set: the metric stands alone). */
function dimensionlessRecord(namespace: string, kind: EmfRecord['kind'], timestamp: number, values: Array<{ name: string; value: number; unit: MetricUnit }>): EmfRecord {
  return {
    _aws: {
      Timestamp: Math.trunc(timestamp),
      CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [[]], Metrics: values.map(({ name, unit }) => ({ Name: name, Unit: unit })) }],
    },
    kind,
    ...Object.fromEntries(values.map(({ name, value }) => [name, value])),
  };
}

/**
 * CloudWatch takes dimension values of 1 to 1024 printable ASCII characters; anything else would
 * make CloudWatch drop the whole record, so it is replaced here.
 */
export function dimensionValue(value: string | undefined): string {
  const ascii = String(value ?? '')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim()
    .slice(0, 250);
  return ascii === '' ? 'unknown' : ascii;
}

/** The report's plain members of a turn record (never a raw user id or unmasked words). */
function reportMembers(turn: TurnRecord, salt: string | undefined): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  if (turn.sessionId) members.sessionId = turn.sessionId.slice(0, 200);
  if (turn.userKey && salt) members.shopper = anonymousShopper(turn.userKey, salt);
  if (typeof turn.searchHits === 'number' && Number.isFinite(turn.searchHits)) members.searchHits = turn.searchHits;
  if (turn.searchQuery) members.searchQuery = maskPersonalData(turn.searchQuery);
  if (turn.heard) members.heard = maskPersonalData(turn.heard);
  if (turn.events?.length) members.events = [...new Set(turn.events)].slice(0, 20);
  if (turn.cartFilled) members.cartFilled = true;
  if (typeof turn.rating === 'number') members.rating = turn.rating;
  if (turn.capability) {
    members.capability = turn.capability;
    members.goal = turn.goal ? 1 : 0;
  }
  // 0/1 flags Logs Insights can take the max of per session (conversion, abandonment)
  if (turn.events?.includes(ShopEvent.OrderPlaced)) members.placed = 1;
  if (turn.cartFilled) members.cart = 1;
  return members;
}
