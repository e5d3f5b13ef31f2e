import type { Scheduler } from '../../ports/runtime';
import { LedgerPaymentGateway } from './ledger-gateway';
import type { SandboxBehaviour } from './sandbox-behaviour';
import { MemorySandboxLedger } from './sandbox-ledger';
import { systemScheduler } from './system-scheduler';

export interface MemoryGatewayOptions extends SandboxBehaviour {
  /** delays, timeouts and settling times run on it: a fake one lets tests skip the waiting */
  scheduler?: Scheduler;
}

/**
 * The sandbox's rules on a ledger in this process's memory: for the core's unit tests and the
 * in-memory benchmark, never for running a shop (a restart forgets every charge). Test hooks:
 * `succeeded` counts charges made, `script(key, …)` sets what the next calls with a key do,
 * `settle(key)` settles a processing charge, `recorded(key)` reads what is held for a key.
 */
export class MemoryPaymentGateway extends LedgerPaymentGateway {
  constructor(options: MemoryGatewayOptions = {}) {
    const scheduler = options.scheduler ?? systemScheduler;
    super(new MemorySandboxLedger(), { ...options, scheduler, now: () => scheduler.now() });
  }
}
