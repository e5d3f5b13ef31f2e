import type { Scheduler } from '../../ports/runtime';
import { realScheduler, within as withinDeadline } from '../../core/deadline';

/** Real monotonic time and timers: the same clock the core's deadlines run on. */
export const systemScheduler: Scheduler = realScheduler;

/** Resolves after `ms` on the scheduler's time. */
export const sleep = (scheduler: Scheduler, ms: number): Promise<void> => new Promise((resolve) => scheduler.after(ms, resolve));

/** The call's answer, or `onTimeout()` once `ms` pass first (no limit when `ms` is undefined); the call itself is not stopped. */
export function within<T>(scheduler: Scheduler, ms: number | undefined, call: Promise<T>, onTimeout: () => Error): Promise<T> {
  return ms === undefined ? call : withinDeadline(scheduler, call, ms, onTimeout);
}
