/**
 * `npm run reconcile [-- --older-than SECONDS]`: settles PENDING orders in the configured store
 * with the payment provider, exactly as the scheduled function does, and prints the counts.
 * Locally, point it at the embedded store the running `npm start` uses (DYNAMODB_ENDPOINT).
 */
import { createRuntime } from '../src/app';
import { loadConfig } from '../src/config';
import { reconcilePending } from '../src/core/reconcile';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--older-than');
  const config = loadConfig();
  const olderThanSeconds = at > 0 ? Number(process.argv[at + 1]) : config.reconcileAfterSeconds;
  if (!Number.isInteger(olderThanSeconds) || olderThanSeconds < 0) throw new Error('--older-than takes a whole number of seconds');
  const runtime = createRuntime(config);
  const report = await reconcilePending(runtime.deps, runtime.pendingOrders, { olderThanSeconds });
  process.stdout.write(
    `reconciled ${report.examined} pending order(s) older than ${olderThanSeconds} s: ` +
      `${report.placed} placed, ${report.failed} failed, ${report.stillPending} still pending, ${report.needsReview} for review, ${report.errors} errors\n`,
  );
  runtime.dynamo.client.destroy();
  if (report.errors > 0 || report.needsReview > 0) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`reconcile failed: ${(err as Error).message}\n`);
  process.exit(1);
});
