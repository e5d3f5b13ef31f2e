/**
 * `npm run reconcile [-- --older-than SECONDS]`: settles PENDING orders with the payment provider,
 * exactly as the scheduled function does, and prints the counts. It finds the store itself (the
 * running `npm start`'s, the local files, DYNAMODB_ENDPOINT, or DynamoDB in AWS with the SDK's
 * credential chain) and reads no token settings: it hears no shopper.
 */
import { join } from 'node:path';
import { createRuntime } from '../src/app';
import { loadBackOfficeConfig, loadStoreConfig } from '../src/config';
import { reconcilePending } from '../src/core/reconcile';
import { localDataDir } from '../src/local/local-store';
import { runTool, ToolUsageError } from './admin/run-tool';
import { openToolStore, StoreKind } from './admin/tool-store';

const USAGE = 'usage: npm run reconcile [-- --older-than SECONDS]';

function olderThan(argv: readonly string[]): number | undefined {
  const at = argv.indexOf('--older-than');
  const unknown = argv.filter((a, i) => i !== at && i !== at + 1);
  if (unknown.length > 0) throw new ToolUsageError(`unknown argument ${unknown[0]}`, USAGE);
  if (at < 0) return undefined;
  const seconds = Number(argv[at + 1]);
  if (!argv[at + 1] || !Number.isInteger(seconds) || seconds < 0) throw new ToolUsageError('--older-than takes a whole number of seconds', USAGE);
  return seconds;
}

async function main(): Promise<number> {
  const requested = olderThan(process.argv.slice(2));
  const storeConfig = loadStoreConfig();
  const dataDir = localDataDir();
  const onLocalStore = storeConfig.local && !storeConfig.dynamodbEndpoint;
  // settled orders' emails land where npm start puts them
  const config = loadBackOfficeConfig({
    ...process.env,
    EMAIL_OUTBOX_DIR: process.env.EMAIL_OUTBOX_DIR ?? (onLocalStore ? join(dataDir, 'outbox') : undefined),
    // the counts line says what a run did; per-order lines only when asked for (LOG_LEVEL=info)
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const store = await openToolStore({ config: storeConfig, dataDir });
  try {
    if (store.kind === StoreKind.Aws && storeConfig.awsEndpoint) {
      throw new Error('reconcile reaches DynamoDB at its regional endpoint; unset AWS_ENDPOINT_URL_DYNAMODB');
    }
    const olderThanSeconds = requested ?? config.reconcileAfterSeconds;
    process.stdout.write(`reconcile: ${store.where}\n`);
    const runtime = createRuntime({ ...config, tables: store.tables, ...store.reach });
    try {
      const report = await reconcilePending(runtime.deps, runtime.pendingOrders, { olderThanSeconds });
      process.stdout.write(
        `reconciled ${report.examined} pending order(s) older than ${olderThanSeconds} s: ` +
          `${report.placed} placed, ${report.failed} failed, ${report.cancelled} never charged, ${report.stillPending} still pending, ${report.needsReview} for review, ${report.errors} errors; ` +
          `${report.refundsMade} refund(s) made, ${report.noticesSent} email(s) sent\n`,
      );
      return report.errors > 0 || report.needsReview > 0 ? 1 : 0;
    } finally {
      runtime.dynamo.client.destroy();
    }
  } finally {
    await store.close();
  }
}

runTool('reconcile', main);
