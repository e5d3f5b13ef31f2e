import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShopEvent, TurnOutcome, type TurnRecord } from '../../../src/ports/metrics';
import { createShopMetrics, EmfMetrics, MetricUnit, ShopGauge, type EmfRecord } from '../../../src/infra/metrics';
import { emfProblems } from '../../support/emf-spec';

const NOON = new Date('2026-12-07T12:00:00.000Z');
const clock = { now: () => NOON };
const searchTurn: TurnRecord = { platform: 'alexa', locale: 'en-US', intent: 'SearchIntent', outcome: TurnOutcome.Answered, latencyMs: 41.7 };

/** An EmfMetrics whose lines land in an array, as Lambda's stdout would carry them. */
function captured(options: { writeImmediately?: boolean } = {}) {
  const lines: string[] = [];
  const metrics = new EmfMetrics({ namespace: 'voice-shop/test', write: (line) => lines.push(line), clock, ...options });
  return { metrics, lines, records: () => lines.map((line) => JSON.parse(line) as EmfRecord) };
}

describe('EmfMetrics', () => {
  describe('turn', () => {
    it('is one EMF record: latency in milliseconds under (platform, intent, outcome) and (outcome)', () => {
      const { metrics, lines, records } = captured();
      metrics.turn(searchTurn);
      metrics.flush();

      expect(lines).toHaveLength(1);
      expect(emfProblems(lines[0])).toEqual([]);
      expect(records()[0]).toEqual({
        _aws: {
          Timestamp: NOON.getTime(),
          CloudWatchMetrics: [
            {
              Namespace: 'voice-shop/test',
              Dimensions: [['platform', 'intent', 'outcome'], ['outcome']],
              Metrics: [{ Name: 'TurnLatency', Unit: 'Milliseconds' }],
            },
          ],
        },
        kind: 'turn',
        platform: 'alexa',
        intent: 'SearchIntent',
        outcome: 'answered',
        locale: 'en-US',
        TurnLatency: 41.7,
      });
    });

    it('keeps one record per turn, in order, when an invocation has several', () => {
      const { metrics, records } = captured();
      metrics.turn(searchTurn);
      metrics.turn({ ...searchTurn, platform: 'dialogflow', intent: 'CheckoutIntent', outcome: TurnOutcome.Timeout, latencyMs: 3500 });
      metrics.flush();

      expect(records().map((r) => [r.platform, r.intent, r.outcome, r.TurnLatency])).toEqual([
        ['alexa', 'SearchIntent', 'answered', 41.7],
        ['dialogflow', 'CheckoutIntent', 'timeout', 3500],
      ]);
    });

    it('writes dimension values CloudWatch accepts, whatever the platform sent as the intent', () => {
      const { metrics, lines, records } = captured();
      metrics.turn({ ...searchTurn, intent: '' });
      metrics.turn({ ...searchTurn, intent: 'Bestellung\u00fcbersicht\n', latencyMs: Number.NaN });
      metrics.turn({ ...searchTurn, intent: 'x'.repeat(2000), latencyMs: -3 });
      metrics.flush();

      for (const line of lines) expect(emfProblems(line)).toEqual([]);
      const [empty, german, long] = records();
      expect(empty.intent).toBe('unknown');
      expect(german.intent).toBe('Bestellung?bersicht?');
      expect(german.TurnLatency).toBe(0);
      expect((long.intent as string).length).toBe(250);
      expect(long.TurnLatency).toBe(0);
    });
  });

  describe('count', () => {
    it('sums the business events of an invocation into one dimensionless record of Counts', () => {
      const { metrics, lines, records } = captured();
      metrics.count(ShopEvent.PurchaseAsked);
      metrics.count(ShopEvent.OrderPlaced);
      metrics.count(ShopEvent.PurchaseAsked);
      metrics.count(ShopEvent.ReconcilePlaced, 3);
      metrics.flush();

      expect(lines).toHaveLength(1);
      expect(emfProblems(lines[0])).toEqual([]);
      const [record] = records();
      expect(record._aws.CloudWatchMetrics).toEqual([
        {
          Namespace: 'voice-shop/test',
          Dimensions: [[]],
          Metrics: [
            { Name: 'PurchaseAsked', Unit: 'Count' },
            { Name: 'OrderPlaced', Unit: 'Count' },
            { Name: 'ReconcilePlaced', Unit: 'Count' },
          ],
        },
      ]);
      expect(record).toMatchObject({ kind: 'events', PurchaseAsked: 2, OrderPlaced: 1, ReconcilePlaced: 3 });
    });

    it('ignores a value that is not a number', () => {
      const { metrics, records } = captured();
      metrics.count(ShopEvent.OrderPlaced, Number.NaN);
      metrics.count(ShopEvent.OrderPlaced);
      metrics.flush();

      expect(records()[0].OrderPlaced).toBe(1);
    });
  });

  describe('gauge', () => {
    it('writes the last value of each gauge with its unit', () => {
      const { metrics, lines, records } = captured();
      metrics.gauge(ShopGauge.PendingOrdersOverdue, 4);
      metrics.gauge(ShopGauge.PendingOrdersOverdue, 2);
      metrics.gauge(ShopGauge.OldestPendingAgeSeconds, 1260, MetricUnit.Seconds);
      metrics.flush();

      expect(emfProblems(lines[0])).toEqual([]);
      const [record] = records();
      expect(record._aws.CloudWatchMetrics[0].Metrics).toEqual([
        { Name: 'PendingOrdersOverdue', Unit: 'Count' },
        { Name: 'OldestPendingAgeSeconds', Unit: 'Seconds' },
      ]);
      expect(record).toMatchObject({ kind: 'gauges', PendingOrdersOverdue: 2, OldestPendingAgeSeconds: 1260 });
    });
  });

  describe('flush', () => {
    it('writes nothing before it is called, and each record only once', () => {
      const { metrics, lines } = captured();
      metrics.turn(searchTurn);
      metrics.count(ShopEvent.SearchNoMatch);
      expect(lines).toEqual([]);

      metrics.flush();
      expect(lines.map((l) => JSON.parse(l).kind)).toEqual(['turn', 'events']);
      metrics.flush();
      expect(lines).toHaveLength(2);
    });

    it('never throws into the request when the line cannot be written, and says so', () => {
      const errors: unknown[] = [];
      const metrics = new EmfMetrics({
        namespace: 'voice-shop/test',
        write: () => {
          throw new Error('EPIPE');
        },
        onError: (error) => errors.push(error),
      });
      metrics.turn(searchTurn);
      metrics.count(ShopEvent.OrderPlaced);

      expect(() => metrics.flush()).not.toThrow();
      expect(errors.map((e) => (e as Error).message)).toEqual(['EPIPE', 'EPIPE']);
    });

    it('is not needed when lines are written at once (the local event log)', () => {
      const { metrics, lines } = captured({ writeImmediately: true });
      metrics.turn(searchTurn);
      metrics.count(ShopEvent.OrderPlaced);

      expect(lines.map((l) => JSON.parse(l).kind)).toEqual(['turn', 'events']);
    });

    it('comes by itself once a hundred turns wait, so a missing flush cannot grow without end', () => {
      const { metrics, lines } = captured();
      for (let i = 0; i < 100; i += 1) metrics.turn(searchTurn);

      expect(lines).toHaveLength(100);
    });
  });
});

describe('createShopMetrics', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voice-shop-events-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends the same EMF records to the local event log, one JSON line each, at once', () => {
    const path = join(dir, 'nested', 'events.jsonl');
    const metrics = createShopMetrics({ namespace: 'voice-shop/local', output: { to: 'file', path }, clock });
    metrics.turn(searchTurn);
    metrics.count(ShopEvent.OrderPlaced);

    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(emfProblems(line)).toEqual([]);
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { kind: 'turn', intent: 'SearchIntent', TurnLatency: 41.7, _aws: { CloudWatchMetrics: [{ Namespace: 'voice-shop/local' }] } },
      { kind: 'events', OrderPlaced: 1 },
    ]);
  });

  it('prints EMF lines on stdout in Lambda, at the flush', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const metrics = createShopMetrics({ namespace: 'voice-shop/prod', output: { to: 'stdout' }, clock });
      metrics.count(ShopEvent.OrderPlaced);
      expect(write).not.toHaveBeenCalled();
      metrics.flush();
      expect(write).toHaveBeenCalledTimes(1);
      const line = String(write.mock.calls[0][0]);
      expect(line.endsWith('}\n')).toBe(true);
      expect(emfProblems(line.trimEnd())).toEqual([]);
    } finally {
      write.mockRestore();
    }
  });
});

describe('the EMF rules these tests check against', () => {
  const valid = {
    _aws: { Timestamp: 1574109732004, CloudWatchMetrics: [{ Namespace: 'ns', Dimensions: [['functionVersion']], Metrics: [{ Name: 'time', Unit: 'Milliseconds' }] }] },
    functionVersion: '$LATEST',
    time: 100,
  };

  it("accept the specification's own example", () => {
    expect(emfProblems(JSON.stringify(valid))).toEqual([]);
  });

  it.each([
    ['a dimension missing from the root', { ...valid, functionVersion: undefined }, /dimension "functionVersion" must be a string/],
    ['a metric value that is text', { ...valid, time: '100' }, /metric "time" must be a number/],
    [
      'an unknown unit',
      { ...valid, _aws: { ...valid._aws, CloudWatchMetrics: [{ ...valid._aws.CloudWatchMetrics[0], Metrics: [{ Name: 'time', Unit: 'Millis' }] }] } },
      /is not a CloudWatch unit/,
    ],
    ['no dimension set at all', { ...valid, _aws: { ...valid._aws, CloudWatchMetrics: [{ ...valid._aws.CloudWatchMetrics[0], Dimensions: [] }] } }, /at least one dimension set/],
    ['a timestamp in seconds with a fraction', { ...valid, _aws: { ...valid._aws, Timestamp: 1574109732.5 } }, /Timestamp/],
  ])('refuse %s', (_, record, problem) => {
    expect(emfProblems(JSON.stringify(record)).join('\n')).toMatch(problem);
  });
});
