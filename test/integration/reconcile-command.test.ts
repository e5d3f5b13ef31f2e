/**
 * `npm run reconcile` as an operator runs it: a separate process on the same store asks the
 * payment provider (the sandbox, whose ledger lives in that store) about the PENDING orders older
 * than the threshold, settles them, sends the emails owed, and prints the counts.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { OrderState, type Order } from '../../src/core';
import { startHarness, type Harness } from '../support/harness';
import { chargedThenLeft, pendingOrder } from '../support/pending-order';

const run = promisify(execFile);
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** What the turn left behind: its charge at the provider, the turn dead before saving the outcome. */
const chargedThenCrashed = (order: Order, card = 'pm_sandbox_visa') => chargedThenLeft(h, order, card);

const env = () => ({ ...process.env, NODE_OPTIONS: '--disable-warning=NodeVersionSupportWarning', LOG_LEVEL: 'error' });

describe('npm run reconcile', () => {
  it('asks the provider about PENDING orders older than the threshold, settles them without charging again, and leaves younger ones', async () => {
    await chargedThenCrashed(pendingOrder('ord_reconcile_old', 600));
    await h.runtime.deps.orders.create(pendingOrder('ord_reconcile_never', 600));
    await h.runtime.deps.orders.create(pendingOrder('ord_reconcile_young', 5));
    const charges = await h.payments.recorded('ord_reconcile_old');
    const { stdout } = await run('npx', ['tsx', 'scripts/reconcile.ts', '--older-than', '300'], { env: env(), timeout: 60_000 });
    expect(stdout).toMatch(/reconciled 2 pending order\(s\) older than 300 s: 1 placed, 0 failed, 1 never charged, 0 still pending, 0 for review, 0 errors/);
    expect(await h.runtime.deps.orders.get('ord_reconcile_old')).toMatchObject({ state: OrderState.Placed, chargeId: charges?.chargeId });
    // an order whose charge never reached the provider is not charged now: its shopper may have heard nothing was
    expect(await h.runtime.deps.orders.get('ord_reconcile_never')).toMatchObject({ state: OrderState.Cancelled, cancelReason: 'not-charged' });
    expect(await h.payments.recorded('ord_reconcile_never')).toBeUndefined();
    expect((await h.runtime.deps.orders.get('ord_reconcile_young'))?.state).toBe(OrderState.Pending);
  });
});

describe('order emails after reconciliation', () => {
  /**
   * Amazon SES cannot be reached from here: a loopback stand-in takes the SES v2 SendEmail call
   * (POST /v2/email/outbound-emails) and keeps what it was sent.
   */
  it('emails the customer once how each settled order ended, through SES', async () => {
    const sent: Array<{ path: string; body: any }> = [];
    const ses = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        sent.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ MessageId: `msg-${sent.length}` }));
      });
    });
    await new Promise<void>((resolve) => ses.listen(0, '127.0.0.1', resolve));
    try {
      await chargedThenCrashed(pendingOrder('ord_email_placed', 600));
      await chargedThenCrashed({ ...pendingOrder('ord_email_declined', 600), customerId: 'cust-demo-2' }, 'pm_sandbox_decline');
      const withSes = {
        ...env(),
        ORDER_EMAIL_FROM: 'orders@shop.example',
        SES_ENDPOINT: `http://127.0.0.1:${(ses.address() as AddressInfo).port}`,
      };
      const { stdout } = await run('npx', ['tsx', 'scripts/reconcile.ts', '--older-than', '300'], { env: withSes, timeout: 60_000 });
      expect(stdout).toMatch(/1 placed, 1 failed/);
      expect(stdout).toMatch(/2 email\(s\) sent/);
      const byOrder = (id: string) => sent.filter((m) => m.body.EmailTags?.[0]?.Value === id);
      const placed = byOrder('ord_email_placed');
      const failed = byOrder('ord_email_declined');
      expect(placed).toHaveLength(1);
      expect(failed).toHaveLength(1);
      expect(placed[0].path).toBe('/v2/email/outbound-emails');
      expect(placed[0].body).toMatchObject({ FromEmailAddress: 'orders@shop.example', Destination: { ToAddresses: ['jordan.avery@example.com'] } });
      expect(placed[0].body.Content.Simple.Subject.Data).toBe('Order 55500011 is placed');
      expect(placed[0].body.Content.Simple.Body.Text.Data).toMatch(/Total charged: \$14\.72/);
      expect(failed[0].body.Content.Simple.Subject.Data).toBe('Order 55500011 was not placed');
      expect(failed[0].body.Content.Simple.Body.Text.Data).toMatch(/declined.*nothing was charged/);

      // A second run finds nothing pending and sends nothing more.
      const again = await run('npx', ['tsx', 'scripts/reconcile.ts', '--older-than', '300'], { env: withSes, timeout: 60_000 });
      expect(again.stdout).toMatch(/0 email\(s\) sent/);
      expect(byOrder('ord_email_placed')).toHaveLength(1);
    } finally {
      ses.close();
    }
  });
});

describe('a charge the provider has not decided after a day', () => {
  it('is flagged for a person and never charged again', async () => {
    const { reconcilePending } = await import('../../src/core/reconcile');
    const order = pendingOrder('ord_reconcile_stuck', 30 * 3600);
    h.payments.script(order.orderId, { firstAnswer: 'processing' });
    await chargedThenCrashed(order);
    const report = await reconcilePending(h.runtime.deps, h.runtime.pendingOrders, { olderThanSeconds: 24 * 3600 });
    expect(report).toMatchObject({ examined: 1, needsReview: 1, placed: 0 });
    expect((await h.runtime.deps.orders.get('ord_reconcile_stuck'))?.state).toBe(OrderState.Pending);
  });
});

describe('npm run voice-pin', () => {
  it('sets a PIN read from stdin and lifts a lock, outside voice', async () => {
    const store = h.runtime.deps.voiceSecurity!;
    for (let i = 0; i < 3; i += 1) await store.recordPinFailure('cust-demo-3', `attempt-${i}`);
    expect((await store.get('cust-demo-3')).pinFailures).toBe(3);
    const env = { ...process.env, NODE_OPTIONS: '--disable-warning=NodeVersionSupportWarning', LOG_LEVEL: 'error' };
    const reset = await run('npx', ['tsx', 'scripts/voice-pin.ts', 'reset', 'cust-demo-3'], { env, timeout: 60_000 });
    expect(reset.stdout).toMatch(/unlocked for cust-demo-3/);
    expect((await store.get('cust-demo-3')).pinFailures).toBe(0);

    const child = execFile('npx', ['tsx', 'scripts/voice-pin.ts', 'set', 'cust-demo-3', '--always'], { env, timeout: 60_000 });
    child.stdin?.end('2468\n');
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout?.on('data', (d) => (text += d));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}`))));
    });
    expect(out).toMatch(/voice PIN set for cust-demo-3, asked on every voice purchase/);
    const security = await store.get('cust-demo-3');
    expect(security).toMatchObject({ pinAlways: true, pinFailures: 0, pin: expect.objectContaining({ scheme: 'scrypt' }) });
    expect(JSON.stringify(security.pin)).not.toContain('2468');
  });
});
