/**
 * `npm run reconcile` as an operator runs it: a separate process on the same store settles the
 * PENDING orders older than the threshold and prints the counts.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { OrderSource, OrderState, type Order } from '../../src/core';
import { startHarness, type Harness } from '../support/harness';

const run = promisify(execFile);
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

function pendingOrder(id: string, confirmedSecondsAgo: number): Order {
  const at = new Date(Date.now() - confirmedSecondsAgo * 1000).toISOString();
  return {
    orderId: id,
    orderNumber: '55500011',
    customerId: 'cust-demo-1',
    userKey: 'alexa:reconcile-user',
    state: OrderState.Pending,
    source: OrderSource.Direct,
    lines: [{ sku: 'SKU-10001', name: 'Paper towels', quantity: 1, unitPrice: 899 }],
    subtotal: 899,
    tax: 74,
    deliveryFee: 499,
    total: 1472,
    currency: 'USD',
    quoteHash: 'test',
    sellerName: 'Corner Shop',
    address: { line1: '1 Test Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
    createdAt: at,
    updatedAt: at,
    confirmedAt: at,
    paymentMethodRef: 'pm_sandbox_visa',
  };
}

describe('npm run reconcile', () => {
  it('settles PENDING orders older than the threshold and leaves younger ones', async () => {
    await h.runtime.deps.orders.create(pendingOrder('ord_reconcile_old', 600));
    await h.runtime.deps.orders.create(pendingOrder('ord_reconcile_young', 5));
    const { stdout } = await run('npx', ['tsx', 'scripts/reconcile.ts', '--older-than', '300'], {
      env: { ...process.env, NODE_OPTIONS: '--disable-warning=NodeVersionSupportWarning', LOG_LEVEL: 'error' },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/reconciled 1 pending order\(s\) older than 300 s: 1 placed, 0 failed, 0 still pending, 0 for review, 0 errors/);
    expect((await h.runtime.deps.orders.get('ord_reconcile_old'))?.state).toBe(OrderState.Placed);
    expect((await h.runtime.deps.orders.get('ord_reconcile_young'))?.state).toBe(OrderState.Pending);
  });
});

describe('reconciliation past the idempotency window', () => {
  it('does not charge again an order older than the provider keeps its key, and flags it for review', async () => {
    const { reconcilePending } = await import('../../src/core/reconcile');
    await h.runtime.deps.orders.create(pendingOrder('ord_reconcile_ancient', 30 * 3600));
    const charges = h.payments.succeeded;
    const report = await reconcilePending(h.runtime.deps, h.runtime.pendingOrders, { olderThanSeconds: 24 * 3600 });
    expect(report).toMatchObject({ examined: 1, needsReview: 1, placed: 0 });
    expect(h.payments.succeeded).toBe(charges);
    expect((await h.runtime.deps.orders.get('ord_reconcile_ancient'))?.state).toBe(OrderState.Pending);
  });
});

describe('npm run voice-pin', () => {
  it('sets a PIN read from stdin and lifts a lock, outside voice', async () => {
    const store = h.runtime.deps.voiceSecurity!;
    for (let i = 0; i < 3; i += 1) await store.recordPinFailure('cust-demo-3');
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
