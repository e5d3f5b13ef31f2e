import { RecordKind, TURN_LATENCY_METRIC } from '../metrics/emf-metrics';

/** One shopper turn as the event log holds it (src/infra/metrics/emf-metrics.ts turnRecord). */
export interface LoggedTurn {
  at: number;
  platform: string;
  intent: string;
  outcome: string;
  locale?: string;
  latencyMs: number;
  sessionId?: string;
  shopper?: string;
  searchHits?: number;
  searchQuery?: string;
  heard?: string;
  events: string[];
  cartFilled: boolean;
  rating?: number;
  capability?: string;
  goal?: boolean;
}

/** Business events counted together at one moment (a Lambda invocation, or one call locally). */
export interface LoggedCounts {
  at: number;
  counts: Record<string, number>;
}

export interface EventLog {
  turns: LoggedTurn[];
  counts: LoggedCounts[];
  /** lines that are no record this shop writes: `line N: why` */
  skipped: string[];
}

/**
 * Reads the local event log (`.data/events.jsonl`, one EMF record per line) or CloudWatch's
 * export of the same lines. A line that is not one of the shop's records is skipped and named by
 * its number; it never stops the report.
 */
export function readEventLog(text: string): EventLog {
  const log: EventLog = { turns: [], counts: [], skipped: [] };
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      log.skipped.push(`line ${i + 1}: not JSON`);
      return;
    }
    const aws = record._aws as { Timestamp?: unknown } | undefined;
    const at = typeof aws?.Timestamp === 'number' ? aws.Timestamp : NaN;
    if (!Number.isFinite(at)) {
      log.skipped.push(`line ${i + 1}: no _aws.Timestamp`);
      return;
    }
    if (record.kind === RecordKind.Turn) {
      const turn = turnOf(record, at);
      if (turn) log.turns.push(turn);
      else log.skipped.push(`line ${i + 1}: a turn without platform, intent, outcome or ${TURN_LATENCY_METRIC}`);
    } else if (record.kind === RecordKind.Events) {
      const counts: Record<string, number> = {};
      for (const [name, value] of Object.entries(record)) if (name !== '_aws' && name !== 'kind' && typeof value === 'number' && Number.isFinite(value)) counts[name] = value;
      log.counts.push({ at, counts });
    }
    // gauges (reconciliation's backlog) are not figures of the report
  });
  return log;
}

function turnOf(r: Record<string, unknown>, at: number): LoggedTurn | undefined {
  const text = (name: string) => (typeof r[name] === 'string' ? (r[name] as string) : undefined);
  const latency = r[TURN_LATENCY_METRIC];
  const platform = text('platform');
  const intent = text('intent');
  const outcome = text('outcome');
  if (!platform || !intent || !outcome || typeof latency !== 'number') return undefined;
  return {
    at,
    platform,
    intent,
    outcome,
    locale: text('locale'),
    latencyMs: latency,
    sessionId: text('sessionId'),
    shopper: text('shopper'),
    searchHits: typeof r.searchHits === 'number' ? r.searchHits : undefined,
    searchQuery: text('searchQuery'),
    heard: text('heard'),
    events: Array.isArray(r.events) ? r.events.filter((e): e is string => typeof e === 'string') : [],
    cartFilled: r.cartFilled === true || r.cart === 1,
    rating: typeof r.rating === 'number' ? r.rating : undefined,
    capability: text('capability'),
    goal: r.goal === undefined ? undefined : r.goal === 1 || r.goal === true,
  };
}
