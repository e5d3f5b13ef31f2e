/**
 * `npm start`: the whole backend on this machine. An embedded DynamoDB (dynalite, on disk under
 * .data/), the demo catalog and customers, a sandbox payment provider, a real OpenID Provider
 * (oidc-provider, in a process of its own, src/local/idp/) serving the demo customers, and
 * both Lambda handlers behind one HTTP server on loopback. Pending payments are settled in this
 * process every RECONCILE_EVERY_SECONDS, as the scheduled function does in AWS (the sandbox keeps
 * its charges in the store, so `npm run reconcile` from another process sees them too).
 *
 * While it runs, .data/local-store.json says where its store listens, so the admin tools use
 * that store instead of opening its files (LevelDB lets one process hold them); it is removed on
 * exit, and a note left by a killed process is recognised by its pid being gone.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAlexaHttpsHandler } from '../src/adapters/alexa/https';
import { createAlexaLambdaHandler } from '../src/adapters/alexa/skill';
import { createDialogflowHttpHandler } from '../src/adapters/dialogflow/http';
import { createRuntime, type Runtime } from '../src/app';
import { loadConfig } from '../src/config';
import { reconcilePending } from '../src/core/reconcile';
import { IndexedCatalog } from '../src/infra/catalog/indexed-catalog';
import { seedDemoData } from '../src/infra/demo/seed';
import { DynamoProductSource } from '../src/infra/dynamodb/products';
import { IdentityProviderStartError, startIdentityProviderProcess } from '../src/local/idp/launch';
import { announceIdp, loadOrCreateDeviceLinkKey, localIdpOptions, localIdpPort, shopSettingsFor } from '../src/local/idp/local-idp';
import { ALEXA_APP_PATH } from '../src/local/idp/alexa-app';
import { DEMO_PASSWORD, idpEndpoints } from '../src/local/idp/settings';
import { EmbeddedStoreLockedError, startEmbeddedStore } from '../src/local/embedded-store';
import { announceRunningStore, localDataDir, RUNNING_STORE_FILE, shownPath, STORE_FOLDER } from '../src/local/local-store';
import { createLocalServer } from '../src/local/server';
import { findLiveRunningStore } from './admin/tool-store';
// — after the order —
import { createFulfilmentHttpHandler } from '../src/adapters/fulfilment/http';
import { realScheduler } from '../src/core/deadline';
import { repeatEvery, runReminders } from '../src/core/flows/reminders-runner';
import { createDashboard } from '../src/local/dashboard/dashboard';
import { loadOrCreateFulfilmentSecret } from '../src/local/fulfilment-secret';

/** A reason not to start, said in one line. */
class StartRefusedError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'StartRefusedError';
  }
}

/**
 * A catalog:import tells this process (SIGUSR2) that the products changed: searches use a fresh
 * index from the table at once instead of the old one for up to five minutes. Reads by sku were
 * never cached. The shop reads its catalog from the deps object on every turn.
 */
function reloadCatalogOnSignal(runtime: Runtime): void {
  process.on('SIGUSR2', () => {
    const source = new DynamoProductSource({ doc: runtime.dynamo.doc, tableName: runtime.config.tables.products });
    const catalog = new IndexedCatalog({ source, clock: runtime.deps.clock });
    runtime.deps.catalog = catalog;
    catalog.search('warm up').then(
      () => runtime.deps.logger.info('catalog reloaded after an import'),
      (err) => runtime.deps.logger.error('catalog reload failed', { error: `${(err as Error)?.name}: ${(err as Error)?.message}` }),
    );
  });
}

async function main(): Promise<void> {
  const dataDir = localDataDir();
  const shownDir = shownPath(dataDir);
  const port = Number(process.env.PORT ?? 3000);
  const already = await findLiveRunningStore(dataDir);
  if (already) throw new StartRefusedError(`npm start is already running on ${shownDir} (pid ${already.pid}); stop it first, or set VOICE_SHOP_DATA_DIR for a second one`);
  const storePath = join(dataDir, STORE_FOLDER);
  const store = await startEmbeddedStore({ path: storePath }).catch((err) => {
    if (err instanceof EmbeddedStoreLockedError) {
      throw new StartRefusedError(`the store in ${shownPath(storePath)} is in use by another process (an admin tool still running?); wait for it or stop it`, { cause: err });
    }
    throw err;
  });
  const tablePrefix = process.env.TABLE_PREFIX ?? 'voice-shop-local';
  const note = announceRunningStore(dataDir, { endpoint: store.endpoint, pid: process.pid, tablePrefix, startedAt: new Date().toISOString() });
  process.on('exit', () => note.withdraw());
  let stopping = false;
  let stopIdp: () => Promise<void> = () => Promise.resolve();
  const stop = () => {
    if (stopping) return;
    stopping = true;
    note.withdraw();
    void stopIdp().finally(() => store.close().finally(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // The identity provider the shop trusts here, as it trusts a production one in AWS.
  const idpOptions = localIdpOptions(dataDir, localIdpPort());
  const idp = await startIdentityProviderProcess(idpOptions).catch((err: unknown) => {
    const busy = err instanceof IdentityProviderStartError && /EADDRINUSE/.test(err.message);
    throw new StartRefusedError(
      busy ? `port ${idpOptions.port} (the identity provider) is in use; IDP_PORT=… npm start picks another` : `the identity provider did not start: ${(err as Error).message}`,
      { cause: err },
    );
  });
  stopIdp = idp.stop;
  const idpNote = announceIdp(dataDir, { issuer: idp.issuer, pid: process.pid });
  process.on('exit', () => idpNote.withdraw());
  const config = loadConfig({
    ...process.env,
    STAGE: 'local',
    DYNAMODB_ENDPOINT: store.endpoint,
    TABLE_PREFIX: tablePrefix,
    ...shopSettingsFor(idp.issuer, idpOptions.secrets, loadOrCreateDeviceLinkKey(dataDir)),
    PAYMENT_PROVIDER: 'sandbox',
    EMAIL_OUTBOX_DIR: process.env.EMAIL_OUTBOX_DIR ?? join(dataDir, 'outbox'),
    // — after the order: the feed's local secret, and Alexa notifications as files —
    FULFILMENT_SIGNING_SECRET: process.env.FULFILMENT_SIGNING_SECRET ?? loadOrCreateFulfilmentSecret(dataDir),
    ALEXA_NOTIFICATIONS_DIR: process.env.ALEXA_NOTIFICATIONS_DIR ?? join(dataDir, 'notifications'),
  });
  const runtime = createRuntime(config);
  const seeded = await seedDemoData({ ...runtime.dynamo, tables: config.tables, policy: config.policy, now: new Date(), keepStoredCustomers: true });
  reloadCatalogOnSignal(runtime);
  const provider = async () => runtime;
  const server = createLocalServer({
    alexa: createAlexaLambdaHandler({ runtime: provider }),
    dialogflow: createDialogflowHttpHandler({ runtime: provider }),
    ...(config.verifyAlexaSignatures ? { alexaHttps: createAlexaHttpsHandler({ runtime: provider }) } : {}),
    // — after the order —
    fulfilment: createFulfilmentHttpHandler({ runtime: provider }),
    dashboard: createDashboard({
      eventLogPath: config.metrics.output.to === 'file' ? config.metrics.output.path : join(dataDir, 'events.jsonl'),
      currency: config.policy.currency,
    }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new StartRefusedError(`port ${port} is in use; PORT=… npm start picks another`, { cause: err }) : err),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
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
  // — after the order: reminders and notifications sent in this process, as the scheduled function does in AWS —
  announceRunningStore(dataDir, { endpoint: store.endpoint, pid: process.pid, tablePrefix, startedAt: new Date().toISOString(), httpBase: base });
  const remindEvery = config.afterOrder.remindersEverySeconds;
  const remind = () => runReminders(runtime.deps, runtime.deps.logger.child({ source: 'reminders' }));
  const stopReminders = remindEvery > 0 ? repeatEvery(realScheduler, remindEvery * 1000, remind) : undefined;
  // a catalog:import may bring a watched product back: tell its shoppers at once
  process.on('SIGUSR2', () => void remind().catch(() => undefined));
  const example = JSON.stringify({
    version: '1.0',
    session: { new: true, sessionId: 'SessionId.local-1', application: { applicationId: 'local' }, user: { userId: 'local-user' } },
    context: { System: { application: { applicationId: 'local' }, user: { userId: 'local-user' } } },
    request: {
      type: 'IntentRequest',
      requestId: 'req-1',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      intent: { name: 'SearchIntent', confirmationStatus: 'NONE', slots: { query: { name: 'query', value: 'paper towels', confirmationStatus: 'NONE' } } },
    },
  });
  process.stdout.write(
    [
      '',
      `Voice shop running locally (store: ${store.endpoint}, data in ${shownDir}/).`,
      `  catalog: ${seeded.products > 0 ? `demo catalog, ${seeded.products} products loaded` : 'as stored (demo or imported)'}; ${seeded.customers} demo customers; payments: sandbox`,
      `  admin tools (catalog:import, reconcile, voice-pin) work on this store while it runs (${shownPath(join(dataDir, RUNNING_STORE_FILE))} says where)`,
      config.verifyAlexaSignatures
        ? '  Alexa request signatures are checked (VERIFY_ALEXA_SIGNATURES=true): unsigned requests to /alexa get a 400.'
        : '  Alexa request signatures are not checked in local mode (set VERIFY_ALEXA_SIGNATURES=true to check them).',
      every > 0
        ? `  pending payments: settled here every ${every} s once ${config.reconcileAfterSeconds} s old (RECONCILE_EVERY_SECONDS, RECONCILE_AFTER_SECONDS)${config.payment.provider === 'sandbox' && config.payment.delayMs ? `; the sandbox answers after ${config.payment.delayMs} ms` : ''}`
        : '  pending payments: not settled automatically (RECONCILE_EVERY_SECONDS=0)',
      '',
      `  POST ${base}/alexa        Alexa request envelope`,
      `  POST ${base}/dialogflow   Dialogflow ES WebhookRequest`,
      `  POST ${base}/fulfilment/events   signed fulfilment events (npm run demo:fulfilment -- ORDER_NUMBER shipped …)`,
      `  GET  ${base}/dashboard    the shop's figures (npm run report prints them)`,
      '',
      'Try:',
      `  curl -s -X POST ${base}/alexa -H 'content-type: application/json' -d '${example}'`,
      '',
      `Identity provider (OpenID, oidc-provider): ${idp.issuer} — demo customers sign in with their email and the password "${DEMO_PASSWORD}"`,
      `  Alexa side: open ${idp.issuer}${ALEXA_APP_PATH} in a browser (it plays the Alexa app's account linking) for the token`,
      '  Alexa puts in context.System.user.accessToken; or TOKEN=$(npm run -s dev:token -- cust-demo-3).',
      `  Dialogflow side: say "link my account" (LinkAccountIntent) and enter the code it reads out at ${idpEndpoints(idp.issuer).verification}.`,
      'Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    if (timer) clearInterval(timer);
    stopReminders?.();
    note.withdraw();
    idpNote.withdraw();
    server.close();
    void idp.stop().finally(() => store.close().finally(() => process.exit(0)));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  process.stderr.write(`could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
