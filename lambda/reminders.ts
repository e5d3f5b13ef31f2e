import { createRemindersHandler } from '../src/adapters/fulfilment/reminders-schedule';
import { flushingMetrics, runtimeFromEnvironment } from '../src/app';

/** Scheduled (EventBridge): back-in-stock and cart reminders, and every order update or reminder still to be sent. */
export const handler = flushingMetrics(createRemindersHandler({ runtime: runtimeFromEnvironment }));
