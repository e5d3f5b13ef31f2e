import { createReconcileHandler } from '../src/adapters/reconcile';
import { flushingMetrics, runtimeFromEnvironment } from '../src/app';

export { OVERDUE_AFTER_MINUTES, ReconcileIncompleteError } from '../src/adapters/reconcile';

/** Scheduled (EventBridge): settles orders left PENDING by a slow payment provider or a failed turn. */
export const handler = flushingMetrics(createReconcileHandler({ runtime: runtimeFromEnvironment }));
