import type { ShopDeps } from '../../core/context';
import { runReminders, type ReminderRunReport } from '../../core/flows/reminders-runner';

/** What the scheduled reminders run needs from the composition root. */
export interface RemindersRuntime {
  deps: ShopDeps;
}

/**
 * The scheduled event (EventBridge, every 5 minutes) → one reminders run: products back in stock,
 * carts left long enough, then every message due, retries included. A message that cannot go now
 * stays due for the next run, so a run that meets a slow API does not fail for it.
 */
export function createRemindersHandler(options: { runtime: () => Promise<RemindersRuntime> }) {
  return async (): Promise<ReminderRunReport> => {
    const { deps } = await options.runtime();
    return runReminders(deps, deps.logger.child({ source: 'reminders' }));
  };
}
