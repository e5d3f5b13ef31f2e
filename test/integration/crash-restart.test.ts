/**
 * `npm start` killed with SIGKILL in the middle of a "yes" whose charge is under way at the
 * (slow) sandbox provider, then started again on the same data: the order ends settled from what
 * the provider recorded — charged once and placed, with one email — and the shopper is never
 * asked to pay for it again. Real processes, the on-disk embedded store, HTTP on loopback.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDynamoClients } from '../../src/infra/dynamodb/client';
import { ScanCommand } from '../../src/infra/dynamodb/commands';
import { tableNames } from '../../src/infra/dynamodb/tables';
import { alexaIntent } from '../support/envelopes';

const tsx = require.resolve('tsx/cli');
const dataDir = mkdtempSync(join(tmpdir(), 'voice-shop-crash-'));
const baseEnv = { ...process.env, PORT: '0', VOICE_SHOP_DATA_DIR: dataDir, LOG_LEVEL: 'warn', RECONCILE_AFTER_SECONDS: '0' };
let child: ChildProcess | undefined;

async function start(env: Record<string, string>): Promise<{ base: string; output: () => string }> {
  let output = '';
  // its own process group: tsx runs the script in a child process, and a kill must take both
  child = spawn(process.execPath, [tsx, 'scripts/start.ts'], { env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!/Ctrl-C to stop/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const base = /POST (http:\/\/127\.0\.0\.1:\d+)\/alexa/.exec(output)![1];
  return { base, output: () => output };
}

async function alexa(base: string, intent: string, token: string, slots: Record<string, { value: string; id?: string }> = {}, isNew = false): Promise<string> {
  const envelope = alexaIntent(intent, slots, { userId: 'crash-user', sessionId: 'amzn1.echo-api.session.crash-1', accessToken: token, isNew, applicationId: 'local' });
  const res = await fetch(`${base}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
  const json = (await res.json()) as { response?: { outputSpeech?: { ssml?: string } } };
  return String(json.response?.outputSpeech?.ssml ?? '').replace(/<[^>]+>/g, '');
}

afterAll(() => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start killed mid-yes', () => {
  it('settles the order from what the provider recorded after a restart, charged once, with one email, and never asks again', async () => {
    // Given a shopper at the purchase question, with a provider that takes 4 s to charge
    const first = await start({ SANDBOX_PAYMENT_DELAY_MS: '4000', RECONCILE_EVERY_SECONDS: '0' });
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'scripts/dev-token.ts', 'cust-demo-3'], { env: baseEnv });
    const token = stdout.trim();
    expect(await alexa(first.base, 'AddToCartIntent', token, { product: { value: 'Brightfield Paper Towels', id: 'SKU-10001' } }, true)).toMatch(/^Added 1 /);
    expect(await alexa(first.base, 'CheckoutIntent', token)).toMatch(/Should I place the order\?/);

    // When the server is killed while the yes's charge is under way
    const yes = alexa(first.base, 'AMAZON.YesIntent', token).catch((err: Error) => `no answer: ${err.message}`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    process.kill(-child!.pid!, 'SIGKILL');
    expect(await yes).toMatch(/^no answer/);
    await exited;

    // Then, started again, it settles the order itself from the provider's ledger
    const second = await start({ SANDBOX_PAYMENT_DELAY_MS: '0', RECONCILE_EVERY_SECONDS: '1' });
    const note = JSON.parse(readFileSync(join(dataDir, 'local-store.json'), 'utf8')) as { endpoint: string; tablePrefix?: string };
    const tables = tableNames(note.tablePrefix ?? 'voice-shop-local');
    const { doc, client } = createDynamoClients({ region: 'us-east-1', endpoint: note.endpoint });
    const scan = async (table: string) => (await doc.send(new ScanCommand({ TableName: table }))).Items ?? [];
    try {
      let orders: Record<string, unknown>[] = [];
      const deadline = Date.now() + 30_000;
      for (;;) {
        orders = (await scan(tables.orders)).filter((o) => o.customerId === 'cust-demo-3' && o.state !== 'CANCELLED' && o.state !== 'AWAITING_CONFIRMATION');
        const settled = orders.length === 1 && orders[0].state === 'PLACED' && orders[0].noticeSentKind === 'placed';
        if (settled || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(orders).toHaveLength(1);
      const [order] = orders;
      expect(order.state).toBe('PLACED');
      const charges = (await scan(tables.sandboxPayments)).filter((r) => r.idempotencyKey === order.orderId && r.state === 'succeeded');
      expect(charges).toHaveLength(1);
      expect(order.chargeId).toBe(charges[0].chargeId);
      const outbox = join(dataDir, 'outbox');
      const emails = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.startsWith(String(order.orderId))) : [];
      expect(emails).toHaveLength(1);

      // and the shopper is not asked to pay for the same items again
      const again = await alexa(second.base, 'CheckoutIntent', token, {}, true);
      expect(again).not.toMatch(/Should I place the order\?/);
      const after = (await scan(tables.sandboxPayments)).filter((r) => r.state === 'succeeded' && String(r.customerId) === 'cust-demo-3');
      expect(after).toHaveLength(1);
    } finally {
      client.destroy();
    }
  });
});
