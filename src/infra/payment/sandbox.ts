import type { Clock, Scheduler } from '../../ports/runtime';
import type { DynamoHttpClient } from '../dynamodb/http-client';
import { systemClock } from '../ids';
import { DynamoSandboxLedger } from './dynamo-sandbox-ledger';
import { LedgerPaymentGateway } from './ledger-gateway';
import type { SandboxBehaviour } from './sandbox-behaviour';

export interface SandboxGatewayOptions extends SandboxBehaviour {
  doc: DynamoHttpClient;
  /** the sandbox payments table (TableNames.sandboxPayments) */
  tableName: string;
  /** delays and timeouts */
  scheduler?: Scheduler;
  /** the ledger's time (settling and crash recovery), shared by every process on the table */
  clock?: Clock;
}

/**
 * The local payment provider for `npm start`, the tests and sandbox stages: no money moves, and
 * its ledger is a DynamoDB table, so a restart, `npm run reconcile` in another process or a
 * process killed mid-charge all see the same charges, and a key is charged once.
 * `pm_sandbox_decline` declines, `pm_sandbox_insufficient_funds` declines for insufficient funds.
 */
export class SandboxPaymentGateway extends LedgerPaymentGateway {
  constructor(options: SandboxGatewayOptions) {
    const { doc, tableName, clock = systemClock, ...behaviour } = options;
    super(new DynamoSandboxLedger({ doc, tableName }), { ...behaviour, now: () => clock.now().getTime() });
  }
}
