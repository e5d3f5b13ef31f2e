/**
 * `npx serverless package` as CI and a person deploying run it: offline, with no AWS credentials.
 * A deployed stage with its parameters unset must stop before anything is built, naming each one;
 * the ci stage packages, and its CloudFormation template carries the runtime, retention, tracing,
 * failure queue and alarms the deployment relies on. The alarms must read the metric names and
 * namespace that src/infra/metrics writes, or they would watch metrics nobody sends.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ShopGauge, TURN_DIMENSION_SETS, TURN_LATENCY_METRIC } from '../../src/infra/metrics';
import { ShopEvent, TurnOutcome } from '../../src/ports/metrics';

const { dropImpliedDependsOn } = require('../../serverless/implied-depends-on.cjs') as { dropImpliedDependsOn: (template: unknown) => number };
const run = promisify(execFile);

interface Resource {
  Type: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string | string[];
  Properties: Record<string, any>;
}

/** Runs serverless package into a fresh folder, as CI does: no credentials, telemetry off. */
async function packageStage(stage: string, dir: string): Promise<{ ok: boolean; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SLS_TELEMETRY_DISABLED: '1' };
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete env[name];
  try {
    const { stdout, stderr } = await run('npx', ['serverless', 'package', '--stage', stage, '--package', dir], { env, timeout: 120_000 });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'voice-shop-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serverless package --stage prod, with no --param', () => {
  let result: { ok: boolean; output: string };
  beforeAll(async () => {
    result = await packageStage('prod', join(dir, 'prod'));
  }, 130_000);

  it('fails, naming every required parameter that is unset and how to pass it', () => {
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Stage "prod" cannot be deployed until these parameters are set:');
    for (const name of ['alexaSkillId', 'authIssuer', 'authJwksUrl']) expect(result.output).toMatch(new RegExp(`- ${name} is missing: `));
    expect(result.output).toContain('--param="name=value"');
  });

  it('does not complain about the parameters that have sound defaults', () => {
    expect(result.output).not.toMatch(/- (paymentProvider|allowSandboxPayments|authAudience)/);
  });

  it('says it in words, not in a stack trace', () => {
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('serverless package --stage ci', () => {
  let result: { ok: boolean; output: string };
  let resources: Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

  beforeAll(async () => {
    result = await packageStage('ci', join(dir, 'ci'));
    const template = result.ok ? JSON.parse(readFileSync(join(dir, 'ci', 'cloudformation-template-update-stack.json'), 'utf8')) : { Resources: {} };
    resources = template.Resources;
  }, 130_000);

  it('packages offline with no AWS credentials', () => {
    expect(result.output).toContain('Service packaged');
    expect(result.ok).toBe(true);
  });

  it('runs every function on nodejs24.x with X-Ray active tracing', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions.map(([id]) => id).sort()).toEqual([
      'AlexaHttpsLambdaFunction',
      'AlexaLambdaFunction',
      'DialogflowLambdaFunction',
      'FulfilmentLambdaFunction',
      'ReconcileLambdaFunction',
      'RemindersLambdaFunction',
    ]);
    for (const [, fn] of functions) {
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('charges through Stripe unless sandbox payments are explicitly allowed', () => {
    for (const [, fn] of ofType('AWS::Lambda::Function')) {
      expect(fn.Properties.Environment.Variables).toMatchObject({ PAYMENT_PROVIDER: 'stripe', ALLOW_SANDBOX_PAYMENTS: 'false' });
    }
  });

  it('keeps every table and log group when the stack is deleted or a change would replace it', () => {
    const kept = [...ofType('AWS::DynamoDB::Table'), ...ofType('AWS::Logs::LogGroup')];
    expect(kept.length).toBeGreaterThanOrEqual(6 + 5);
    expect(kept.filter(([, r]) => r.DeletionPolicy !== 'Retain' || r.UpdateReplacePolicy !== 'Retain').map(([id]) => id)).toEqual([]);
  });

  it('lists no DependsOn that a reference already implies (cfn-lint W3005)', () => {
    expect(dropImpliedDependsOn({ Resources: structuredClone(resources) })).toBe(0);
  });

  it('writes an access log for the HTTP API and route-level metrics', () => {
    const [[, stage]] = ofType('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.DefaultRouteSettings).toEqual({ DetailedMetricsEnabled: true });
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
  });

  it('sends a failed reconcile run, unretried, to the failure queue', () => {
    const all = ofType('AWS::Lambda::EventInvokeConfig').map(([, r]) => r.Properties);
    // the scheduled reminders run is not retried either: the next run is its retry, and nothing it queued is lost
    expect(all.find((c) => c.FunctionName.Ref === 'RemindersLambdaFunction')).toMatchObject({ MaximumRetryAttempts: 0 });
    const configs = all.filter((c) => c.FunctionName.Ref !== 'RemindersLambdaFunction');
    expect(configs).toEqual([
      expect.objectContaining({
        FunctionName: { Ref: 'ReconcileLambdaFunction' },
        MaximumRetryAttempts: 0,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['ReconcileFailuresQueue', 'Arn'] } } },
      }),
    ]);
    expect(resources.ReconcileFailuresQueue.Type).toBe('AWS::SQS::Queue');
  });

  describe('alarms', () => {
    const alarms = () => Object.fromEntries(ofType('AWS::CloudWatch::Alarm'));
    /** Every metric an alarm reads, whether directly or through metric math. */
    const metricsOf = (alarm: Resource) =>
      alarm.Properties.MetricName
        ? [{ Namespace: alarm.Properties.Namespace, MetricName: alarm.Properties.MetricName, Dimensions: alarm.Properties.Dimensions ?? [] }]
        : (alarm.Properties.Metrics as Array<{ MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions?: unknown[] } } }>).flatMap((m) =>
            m.MetricStat ? [{ Dimensions: [], ...m.MetricStat.Metric }] : [],
          );

    it('watch error rate, timeouts, overdue PENDING orders, reconcile failures, function errors and Dialogflow 5xx', () => {
      expect(Object.keys(alarms()).sort()).toEqual([
        'DialogflowServerErrorsAlarm',
        'FunctionErrorsAlarm',
        'PendingOrdersOverdueAlarm',
        'ReconcileFailuresAlarm',
        'TurnErrorRateAlarm',
        'TurnTimeoutsAlarm',
      ]);
    });

    it('notify the alarm topic when they fire and when they clear', () => {
      for (const alarm of Object.values(alarms())) {
        expect(alarm.Properties.AlarmActions).toEqual([{ Ref: 'AlarmTopic' }]);
        expect(alarm.Properties.OKActions).toEqual([{ Ref: 'AlarmTopic' }]);
      }
      expect(resources.AlarmTopic.Type).toBe('AWS::SNS::Topic');
    });

    it('read the namespace, names, dimension sets and outcomes that the functions write', () => {
      const namespace = resources.AlexaLambdaFunction.Properties.Environment.Variables.METRICS_NAMESPACE;
      expect(namespace).toBe('voice-shop/ci');
      const ours = Object.values(alarms())
        .flatMap(metricsOf)
        .filter((m) => !m.Namespace.startsWith('AWS/'));
      expect(ours.length).toBeGreaterThan(0);
      const outcomes: string[] = Object.values(TurnOutcome);
      for (const metric of ours) {
        expect(metric.Namespace).toBe(namespace);
        expect([TURN_LATENCY_METRIC, ShopGauge.PendingOrdersOverdue]).toContain(metric.MetricName);
        const dimensions = metric.Dimensions as Array<{ Name: string; Value: string }>;
        if (metric.MetricName === TURN_LATENCY_METRIC) {
          expect(TURN_DIMENSION_SETS.map((set) => set.join())).toContain(dimensions.map((d) => d.Name).join());
          for (const d of dimensions) expect(outcomes).toContain(d.Value);
        } else {
          expect(dimensions).toEqual([]);
        }
      }
      // the error rate is taken over every outcome there is
      const rate = alarms().TurnErrorRateAlarm;
      expect(
        metricsOf(rate)
          .map((m) => (m.Dimensions as Array<{ Value: string }>)[0].Value)
          .sort(),
      ).toEqual([...outcomes].sort());
    });

    it('count the turns that timed out, and treat a silent reconciliation as overdue', () => {
      const { TurnTimeoutsAlarm, PendingOrdersOverdueAlarm } = alarms();
      expect(TurnTimeoutsAlarm.Properties).toMatchObject({ Statistic: 'SampleCount', Dimensions: [{ Name: 'outcome', Value: TurnOutcome.Timeout }] });
      expect(PendingOrdersOverdueAlarm.Properties).toMatchObject({ Statistic: 'Maximum', TreatMissingData: 'breaching', Threshold: 1 });
    });

    it('watch the Dialogflow route of the HTTP API and the reconcile function', () => {
      const { DialogflowServerErrorsAlarm, ReconcileFailuresAlarm } = alarms();
      expect(DialogflowServerErrorsAlarm.Properties).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
      expect(DialogflowServerErrorsAlarm.Properties.Dimensions).toEqual(
        expect.arrayContaining([
          { Name: 'ApiId', Value: { Ref: 'HttpApi' } },
          { Name: 'Resource', Value: '/dialogflow' },
        ]),
      );
      expect(ReconcileFailuresAlarm.Properties).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'ReconcileLambdaFunction' } }],
      });
    });
  });

  // — after the order: the merchant's dashboard —
  describe('the shop dashboard', () => {
    const body = () => {
      const sub = resources.ShopDashboard.Properties.DashboardBody['Fn::Sub'] as string;
      return JSON.parse(sub.replace(/\$\{AWS::Region\}/g, 'us-east-1')) as { widgets: Array<{ type: string; properties: Record<string, any> }> };
    };

    it('is valid JSON once CloudFormation fills in the region, and draws every figure of the report', () => {
      const titles = body().widgets.map((w) => String(w.properties.title ?? w.properties.markdown));
      for (const figure of [
        /Sessions, orders and revenue/,
        /Checkout funnel/,
        /CSAT/,
        /Revenue and orders per day/,
        /Fallback rate, response time and conversation length/,
        /Searches with no result/,
        /notifications sent/,
        /Conversion and cart abandonment/,
        /Goal completion per capability/,
        /not understood/,
      ]) {
        expect(titles.some((t) => figure.test(t))).toBe(true);
      }
    });

    it('reads only metrics the shop writes, in its namespace, and the log groups of its shopper functions', () => {
      const namespace = resources.AlexaLambdaFunction.Properties.Environment.Variables.METRICS_NAMESPACE;
      const written = new Set<string>([...Object.values(ShopEvent), TURN_LATENCY_METRIC]);
      const metrics = body()
        .widgets.filter((w) => w.type === 'metric')
        .flatMap((w) => w.properties.metrics as unknown[][]);
      const named = metrics.filter((m) => typeof m[0] === 'string');
      expect(named.length).toBeGreaterThan(10);
      for (const m of named) {
        expect(m[0]).toBe(namespace);
        expect(written.has(String(m[1]))).toBe(true);
      }
      const logGroups = new Set(ofType('AWS::Logs::LogGroup').map(([, r]) => r.Properties.LogGroupName));
      for (const w of body().widgets.filter((x) => x.type === 'log')) {
        for (const [, group] of String(w.properties.query).matchAll(/SOURCE '([^']+)'/g)) expect(logGroups.has(group)).toBe(true);
      }
    });
  });
});
