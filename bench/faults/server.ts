/**
 * The server side of `npm run bench:faults`, in its own process: the shop as `npm start` runs it
 * (embedded DynamoDB, sandbox payments with their ledger in the store, both handlers behind the
 * local HTTP server), with a StoreTap between the runtime and the store that can hold every read
 * back, and a small control port to set that delay, run reconciliation and count charges.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAlexaLambdaHandler } from '../../src/adapters/alexa/skill';
import { createDialogflowHttpHandler } from '../../src/adapters/dialogflow/http';
import { createRuntime } from '../../src/app';
import { loadConfig } from '../../src/config';
import { reconcilePending } from '../../src/core/reconcile';
import type { Customer } from '../../src/core';
import { seedDemoData } from '../../src/infra/demo/seed';
import { ScanCommand } from '../../src/infra/dynamodb/commands';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../../src/local/dev-keys';
import { startEmbeddedStore } from '../../src/local/embedded-store';
import { createLocalServer } from '../../src/local/server';
import { StoreTap } from '../../test/support/store-tap';

const READS = new Set(['GetItem', 'Query', 'BatchGetItem', 'Scan']);

async function main(): Promise<void> {
  const shoppers = Number(process.env.BENCH_SHOPPERS ?? 1000);
  const dataDir = mkdtempSync(join(tmpdir(), 'voice-shop-faults-'));
  const store = await startEmbeddedStore();
  const tap = await StoreTap.start(store.endpoint);
  let readDelayMs = 0;
  tap.observe((call) => (readDelayMs > 0 && READS.has(call.operation) ? readDelayMs : undefined));
  const keys = await loadOrCreateDevKeys(dataDir);
  const config = loadConfig({
    STAGE: 'local',
    LOG_LEVEL: 'error',
    DYNAMODB_ENDPOINT: tap.endpoint,
    TABLE_PREFIX: 'voice-shop-faults',
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_LOCAL_JWKS: JSON.stringify(keys.jwks),
    PAYMENT_PROVIDER: 'sandbox',
    SANDBOX_PAYMENT_DELAY_MS: process.env.SANDBOX_PAYMENT_DELAY_MS ?? '0',
    DAILY_SPEND_LIMIT_CENTS: '0',
    EMAIL_OUTBOX_DIR: join(dataDir, 'outbox'),
  });
  const runtime = createRuntime(config);
  await seedDemoData({ ...runtime.dynamo, tables: config.tables, policy: config.policy, now: new Date() });
  const customers = new DynamoCustomerStore({ doc: runtime.dynamo.doc, tableName: config.tables.customers });
  for (let i = 0; i < shoppers; i += 1) {
    const customer: Customer = {
      customerId: `cust-bench-${i}`,
      name: `Bench Shopper ${i}`,
      email: `bench${i}@example.com`,
      address: { line1: `${i} Load Street`, city: 'Albany', region: 'NY', postalCode: '12207', country: 'US' },
      paymentMethodRef: 'pm_sandbox_visa',
    };
    await customers.put(customer);
  }
  const provider = async () => runtime;
  const server = createLocalServer({ alexa: createAlexaLambdaHandler({ runtime: provider }), dialogflow: createDialogflowHttpHandler({ runtime: provider }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const scan = async (tableName: string) => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await runtime.dynamo.doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  };
  const control = createServer(async (req, res) => {
    const body = JSON.parse((await read(req)) || '{}') as { readDelayMs?: number };
    const path = req.url ?? '';
    let answer: unknown = { ok: true };
    if (path === '/delay') readDelayMs = body.readDelayMs ?? 0;
    else if (path === '/reconcile') answer = await reconcilePending(runtime.deps, runtime.pendingOrders, { olderThanSeconds: 0, limit: 5000 });
    else if (path === '/outcomes') {
      // every order, with the charges the sandbox provider really made for it
      const ledger = await scan(config.tables.sandboxPayments);
      const charged = new Map<string, number>();
      for (const record of ledger) {
        if (record.state === 'succeeded' && typeof record.idempotencyKey === 'string') charged.set(record.idempotencyKey, (charged.get(record.idempotencyKey) ?? 0) + 1);
      }
      const orders = (await scan(config.tables.orders)).filter((o) => String(o.customerId).startsWith('cust-bench-'));
      answer = orders.map((o) => ({
        customerId: o.customerId,
        orderId: o.orderId,
        state: o.state,
        charges: charged.get(String(o.orderId)) ?? 0,
        emailed: o.noticeSentKind ?? null,
      }));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  process.stdout.write(
    `${JSON.stringify({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`, dataDir })}\n`,
  );
  process.on('SIGTERM', () => {
    server.close();
    control.close();
    void tap
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

main().catch((err) => {
  process.stderr.write(`bench server failed: ${(err as Error).message}\n`);
  process.exit(1);
});
