import { performance } from 'node:perf_hooks';
import type { Scheduler } from '../../ports/runtime';

/** Real monotonic time and timers. */
export const systemScheduler: Scheduler = {
  now: () => performance.now(),
  after: (ms, fn) => {
    const timer = setTimeout(fn, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
};

/** Resolves after `ms` on the scheduler's time. */
export const sleep = (scheduler: Scheduler, ms: number): Promise<void> => new Promise((resolve) => scheduler.after(ms, resolve));

/**
 * The call's answer, or PaymentUnavailableError-like `onTimeout()` once `ms` pass first. The call
 * itself is not stopped: its late answer (or failure) is dropped.
 */
export function within<T>(scheduler: Scheduler, ms: number | undefined, call: Promise<T>, onTimeout: () => Error): Promise<T> {
  if (ms === undefined) return call;
  return new Promise<T>((resolve, reject) => {
    const cancel = scheduler.after(Math.max(0, ms), () => reject(onTimeout()));
    call.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (err: unknown) => {
        cancel();
        reject(err);
      },
    );
  });
}
