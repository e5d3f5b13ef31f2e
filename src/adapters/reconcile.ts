import type { ShopDeps } from '../core/context';
import { reconcilePending, type ReconcileReport } from '../core/reconcile';
import type { PendingOrderFinder } from '../ports/reconcile';

/** A PENDING order older than this is overdue: several runs have failed to settle it. The alarm on it is in serverless.yml. */
export const OVERDUE_AFTER_MINUTES = 15;
/** The backlog is counted up to this many orders; "100" then reads as "100 or more". */
const BACKLOG_LIMIT = 100;

/** What the scheduled reconciliation needs from the composition root. */
export interface ReconcileRuntime {
  deps: ShopDeps;
  pendingOrders: PendingOrderFinder;
  config: { reconcileAfterSeconds: number };
  metrics: { gauge(name: string, value: number, unit: 'Count' | 'Seconds'): void };
}

/**
 * The scheduled event (EventBridge) → one reconciliation run, then the PENDING backlog as gauges.
 * A run that could not settle an order fails, so Lambda records it (Errors metric, the onFailure
 * queue) and the next scheduled run tries again.
 */
export function createReconcileHandler(options: { runtime: () => Promise<ReconcileRuntime> }) {
  return async (): Promise<ReconcileReport> => {
    const runtime = await options.runtime();
    const report = await reconcilePending(runtime.deps, runtime.pendingOrders, { olderThanSeconds: runtime.config.reconcileAfterSeconds });
    await reportBacklog(runtime);
    if (report.errors > 0) throw new ReconcileIncompleteError(report);
    return report;
  };
}

/** What is still PENDING after the run: how many are overdue, and how old the oldest is. */
async function reportBacklog(runtime: ReconcileRuntime): Promise<void> {
  const now = runtime.deps.clock.now().getTime();
  // oldest first, so the overdue ones come first and the first is the oldest of all
  const pending = await runtime.pendingOrders.listPending(new Date(now).toISOString(), BACKLOG_LIMIT);
  const ageMs = pending.map((order) => now - new Date(order.confirmedAt ?? order.createdAt).getTime());
  runtime.metrics.gauge('PendingOrdersOverdue', ageMs.filter((age) => age > OVERDUE_AFTER_MINUTES * 60_000).length, 'Count');
  runtime.metrics.gauge('OldestPendingAgeSeconds', Math.max(0, Math.round((ageMs[0] ?? 0) / 1000)), 'Seconds');
}

/** Some orders could not be settled in this run (each is logged with its order id). */
export class ReconcileIncompleteError extends Error {
  readonly report: ReconcileReport;
  constructor(report: ReconcileReport, options?: { cause?: unknown }) {
    super(`reconciliation could not settle ${report.errors} of ${report.examined} pending order(s): ${JSON.stringify(report)}`, options);
    this.name = 'ReconcileIncompleteError';
    this.report = report;
  }
}
