import type { Clock } from '../../ports/runtime';
import { EmfMetrics } from './emf-metrics';
import { eventLogWriter } from './event-log';

export {
  EmfMetrics,
  MetricUnit,
  ShopGauge,
  RecordKind,
  TURN_LATENCY_METRIC,
  TURN_DIMENSION_SETS,
  turnRecord,
  dimensionValue,
  type EmfRecord,
  type EmfMetricsOptions,
} from './emf-metrics';
export { eventLogWriter } from './event-log';

/** Where metric lines go: stdout in Lambda (CloudWatch Logs extracts EMF from it), a local file, or nowhere. */
export type MetricsOutput = { to: 'stdout' } | { to: 'file'; path: string } | { to: 'none' };

export interface ShopMetricsOptions {
  namespace: string;
  output: MetricsOutput;
  clock?: Clock;
  onError?: (error: unknown) => void;
  /** salts the hash that stands for a shopper in turn records */
  shopperHashSalt?: string;
}

/**
 * The metrics for a runtime. In Lambda, lines wait for the flush at the end of each invocation;
 * the local log gets each line at once, since a local process has no invocation to end (and with
 * no output nothing is kept).
 */
export function createShopMetrics(options: ShopMetricsOptions): EmfMetrics {
  const { output } = options;
  const write = output.to === 'stdout' ? (line: string) => void process.stdout.write(`${line}\n`) : output.to === 'file' ? eventLogWriter(output.path) : () => undefined;
  return new EmfMetrics({
    namespace: options.namespace,
    write,
    clock: options.clock,
    onError: options.onError,
    writeImmediately: output.to !== 'stdout',
    shopperHashSalt: options.shopperHashSalt,
  });
}
