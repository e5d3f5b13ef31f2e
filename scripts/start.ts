/**
 * `npm start`: the whole backend on this machine. An embedded DynamoDB (dynalite, on disk under
 * .data/), the demo catalog and customers, a sandbox payment provider, a local token key, and
 * both Lambda handlers behind one HTTP server on loopback. Pending payments are settled in this
 * process, as the scheduled function does in AWS: the sandbox keeps its charges in memory, so
 * only this process knows which ones it made.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAlexaHttpsHandler } from '../src/adapters/alexa/https';
import { createAlexaLambdaHandler } from '../src/adapters/alexa/skill';
import { createDialogflowHttpHandler } from '../src/adapters/dialogflow/http';
import { createRuntime } from '../src/app';
import { loadConfig } from '../src/config';
import { reconcilePending } from '../src/core/reconcile';
import { seedDemoData } from '../src/infra/demo/seed';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../src/local/dev-keys';
import { startEmbeddedStore } from '../src/local/embedded-store';
import { createLocalServer } from '../src/local/server';

async function main(): Promise<void> {
  const dataDir = process.env.VOICE_SHOP_DATA_DIR ?? join(process.cwd(), '.data');
  const port = Number(process.env.PORT ?? 3000);
  const store = await startEmbeddedStore({ path: join(dataDir, 'dynamodb') });
  const keys = await loadOrCreateDevKeys(dataDir);
  const config = loadConfig({
    ...process.env,
    STAGE: 'local',
    DYNAMODB_ENDPOINT: store.endpoint,
    TABLE_PREFIX: process.env.TABLE_PREFIX ?? 'voice-shop-local',
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_URL: '',
    AUTH_LOCAL_JWKS: JSON.stringify(keys.jwks),
    PAYMENT_PROVIDER: 'sandbox',
    EMAIL_OUTBOX_DIR: process.env.EMAIL_OUTBOX_DIR ?? join(dataDir, 'outbox'),
  });
  const runtime = createRuntime(config);
  const seeded = await seedDemoData({ ...runtime.dynamo, tables: config.tables, policy: config.policy, now: new Date() });
  const provider = async () => runtime;
  const server = createLocalServer({
    alexa: createAlexaLambdaHandler({ runtime: provider }),
    dialogflow: createDialogflowHttpHandler({ runtime: provider }),
    ...(config.verifyAlexaSignatures ? { alexaHttps: createAlexaHttpsHandler({ runtime: provider }) } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const every = config.reconcileEverySeconds;
  let reconciling = false;
  const reconcile = async (): Promise<void> => {
    if (reconciling) return;
    reconciling = true;
    try {
      const report = await reconcilePending(runtime.deps, runtime.pendingOrders, { olderThanSeconds: config.reconcileAfterSeconds });
      if (report.examined > 0) {
        runtime.deps.logger.info('pending orders reconciled', { ...report });
      }
    } catch (err) {
      runtime.deps.logger.error('reconciliation run failed', { error: `${(err as Error)?.name}: ${(err as Error)?.message}` });
    } finally {
      reconciling = false;
    }
  };
  const timer = every > 0 ? setInterval(() => void reconcile(), every * 1000) : undefined;
  const example = JSON.stringify({
    version: '1.0',
    session: { new: true, sessionId: 'SessionId.local-1', application: { applicationId: 'local' }, user: { userId: 'local-user' } },
    context: { System: { application: { applicationId: 'local' }, user: { userId: 'local-user' } } },
    request: { type: 'IntentRequest', requestId: 'req-1', timestamp: new Date().toISOString(), locale: 'en-US', intent: { name: 'SearchIntent', confirmationStatus: 'NONE', slots: { query: { name: 'query', value: 'paper towels', confirmationStatus: 'NONE' } } } },
  });
  process.stdout.write(
    [
      '',
      `Voice shop running locally (store: ${store.endpoint}, data in .data/).`,
      `  demo catalog: ${seeded.products > 0 ? `${seeded.products} products loaded` : 'already loaded'}; ${seeded.customers} demo customers; payments: sandbox`,
      config.verifyAlexaSignatures
        ? '  Alexa request signatures are checked (VERIFY_ALEXA_SIGNATURES=true): unsigned requests to /alexa get a 400.'
        : '  Alexa request signatures are not checked in local mode (set VERIFY_ALEXA_SIGNATURES=true to check them).',
      every > 0
        ? `  pending payments: settled here every ${every} s once ${config.reconcileAfterSeconds} s old (RECONCILE_EVERY_SECONDS, RECONCILE_AFTER_SECONDS)${config.payment.provider === 'sandbox' && config.payment.delayMs ? `; the sandbox answers after ${config.payment.delayMs} ms` : ''}`
        : '  pending payments: not settled automatically (RECONCILE_EVERY_SECONDS=0)',
      '',
      `  POST ${base}/alexa        Alexa request envelope`,
      `  POST ${base}/dialogflow   Dialogflow ES WebhookRequest`,
      '',
      'Try:',
      `  curl -s -X POST ${base}/alexa -H 'content-type: application/json' -d '${example}'`,
      '',
      'Linked flows (check out, reorder, order status): npm run dev:token -- cust-demo-1, then put the token',
      'in context.System.user.accessToken. Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    if (timer) clearInterval(timer);
    server.close();
    store.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
