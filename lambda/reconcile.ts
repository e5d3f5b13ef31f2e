import { runtimeFromEnvironment } from '../src/app';
import { reconcilePending, type ReconcileReport } from '../src/core/reconcile';

/** Scheduled (EventBridge): settles orders left PENDING by a slow payment provider or a failed turn. */
export const handler = async (): Promise<ReconcileReport> => {
  const runtime = await runtimeFromEnvironment();
  return reconcilePending(runtime.deps, runtime.pendingOrders, { olderThanSeconds: runtime.config.reconcileAfterSeconds });
};
