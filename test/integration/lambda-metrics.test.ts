/**
 * What the deployed functions tell CloudWatch: the exported Lambda handlers, configured as in AWS
 * (AWS_LAMBDA_FUNCTION_NAME set, so metrics go to stdout as EMF), against dynalite. Each
 * invocation's metrics must be on stdout by the time the handler settles, because Lambda may
 * freeze the process right after. The alarms in serverless.yml read these exact names.
 */
import type { Order } from '../../src/core';
import { ShopEvent, TurnOutcome } from '../../src/ports/metrics';
import type { EmfRecord } from '../../src/infra/metrics';
import { emfProblems } from '../support/emf-spec';
import { alexaIntent, alexaLaunch, dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { chargedThenLeft as leftAfterCharge, pendingOrder as pendingAt } from '../support/pending-order';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let reconcile: typeof import('../../lambda/reconcile');

beforeAll(async () => {
  h = await startHarness({ AWS_LAMBDA_FUNCTION_NAME: 'voice-shop-test-fn', METRICS_NAMESPACE: 'voice-shop/test' });
  reconcile = await import('../../lambda/reconcile');
});
afterAll(async () => {
  await h.close();
});

/** Runs `act` and returns the EMF records it printed (log lines, which carry no `_aws`, are left out). */
async function emfPrintedBy(act: () => Promise<unknown>): Promise<{ records: EmfRecord[]; problems: string[] }> {
  const lines: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  try {
    await act().catch(() => undefined);
  } finally {
    write.mockRestore();
  }
  const emf = lines.filter((line) => line.includes('"_aws"'));
  return { records: emf.map((line) => JSON.parse(line) as EmfRecord), problems: emf.flatMap(emfProblems) };
}

/** The order a slow provider left `minutes` ago. */
const pendingOrder = (id: string, minutes: number, customerId = 'cust-demo-1') => pendingAt(id, minutes * 60, customerId, '55500042');

describe('the shopper-facing functions', () => {
  /**
   * The core records turns and business events through deps.metrics (the integrator wires those
   * calls); here a wrapper around shop.handle records during the invocation in its place, with
   * values the core would not use (an event no search turn counts, a latency of exactly 12 ms),
   * so the assertions hold once the core records its own as well.
   */
  function recordDuringEachTurn(): () => void {
    const shop = h.runtime.shop;
    const handle = shop.handle.bind(shop);
    shop.handle = async (turn, ...rest) => {
      const reply = await handle(turn, ...rest);
      h.runtime.deps.metrics?.count(ShopEvent.ReconcileStillPending);
      h.runtime.deps.metrics?.turn({ platform: turn.platform, locale: turn.locale, intent: turn.intent, outcome: TurnOutcome.Answered, latencyMs: 12 });
      return reply;
    };
    return () => {
      shop.handle = handle;
    };
  }

  it.each([
    ['alexa', () => h.alexa(alexaIntent('SearchIntent', { query: 'paper towels' }))],
    ['dialogflow', () => h.dialogflow(httpApiEvent(dialogflowRequest('SearchIntent', { query: 'paper towels' })))],
  ])('%s prints the turn and the events of its invocation as EMF before it returns', async (_, invoke) => {
    const restore = recordDuringEachTurn();
    try {
      const { records, problems } = await emfPrintedBy(invoke);

      expect(problems).toEqual([]);
      const turn = records.find((r) => r.kind === 'turn' && r.TurnLatency === 12);
      expect(turn).toMatchObject({ intent: 'SearchIntent', outcome: 'answered' });
      expect(turn?._aws.CloudWatchMetrics[0].Namespace).toBe('voice-shop/test');
      expect(records.filter((r) => r.kind === 'events')).toMatchObject([{ ReconcileStillPending: 1 }]);
    } finally {
      restore();
    }
  });

  it('still prints what was recorded when the invocation fails', async () => {
    h.runtime.deps.metrics?.count(ShopEvent.ReconcileError);
    let failure: unknown;
    const { records } = await emfPrintedBy(() => h.alexa(alexaLaunch({ applicationId: 'amzn1.ask.skill.someone-else' })).catch((err) => (failure = err)));

    expect((failure as Error)?.name).toBe('SkillIdMismatchError');
    expect(records.filter((r) => r.kind === 'events')).toMatchObject([{ ReconcileError: 1 }]);
  });
});

describe('the scheduled reconcile function', () => {
  const chargedThenLeft = (order: Order) => leftAfterCharge(h, order);

  it('settles what it can, then reports how many PENDING orders are overdue and how old the oldest is', async () => {
    // Given one order a slow provider left 10 minutes ago, and one the provider has not decided for a day
    await chargedThenLeft(pendingOrder('ord_metrics_recent', 10));
    (h.runtime.deps.payments as unknown as { script(key: string, ...calls: Array<{ firstAnswer: string }>): void }).script('ord_metrics_stale', { firstAnswer: 'processing' });
    await chargedThenLeft(pendingOrder('ord_metrics_stale', 25 * 60));

    let report: unknown;
    const { records, problems } = await emfPrintedBy(async () => (report = await reconcile.handler()));

    expect(report).toMatchObject({ placed: 1, needsReview: 1, errors: 0 });
    expect(problems).toEqual([]);
    const gauges = records.find((r) => r.kind === 'gauges');
    expect(gauges).toMatchObject({ PendingOrdersOverdue: 1 });
    expect(gauges?.OldestPendingAgeSeconds).toBeGreaterThanOrEqual(25 * 3600);
    expect(gauges?.OldestPendingAgeSeconds).toBeLessThan(25 * 3600 + 120);
    expect(gauges?._aws.CloudWatchMetrics[0].Metrics).toEqual([
      { Name: 'PendingOrdersOverdue', Unit: 'Count' },
      { Name: 'OldestPendingAgeSeconds', Unit: 'Seconds' },
    ]);
  });

  it('fails a run that could not settle an order, so Lambda counts it and hands it to the failure queue', async () => {
    // Given a PENDING order the payment provider answers about with something unreadable
    await h.runtime.deps.orders.create(pendingOrder('ord_metrics_orphan', 20, 'cust-nobody'));
    const payments = h.runtime.deps.payments;
    h.runtime.deps.payments = {
      charge: (...args) => payments.charge(...args),
      refund: (...args) => payments.refund(...args),
      lookup: async (lookup) => (lookup.idempotencyKey === 'ord_metrics_orphan' ? Promise.reject(new TypeError('unreadable answer')) : payments.lookup(lookup)),
    };
    let failure: unknown;
    const { records } = await emfPrintedBy(() => reconcile.handler().catch((err) => (failure = err))).finally(() => {
      h.runtime.deps.payments = payments;
    });

    expect(failure).toBeInstanceOf(reconcile.ReconcileIncompleteError);
    expect((failure as InstanceType<typeof reconcile.ReconcileIncompleteError>).report).toMatchObject({ errors: 1 });
    expect((failure as Error).message).toMatch(/could not settle 1 of \d+ pending order/);
    // the backlog is still reported: the orphan and the stale order are both overdue
    expect(records.find((r) => r.kind === 'gauges')).toMatchObject({ PendingOrdersOverdue: 2 });
  });
});
