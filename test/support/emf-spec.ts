/**
 * The CloudWatch Embedded Metric Format rules, as the specification states them
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html,
 * including its JSON schema): a record that breaks one is dropped by CloudWatch Logs without a word,
 * so the tests check every record we write against them.
 */

/** MetricDatum units, the pattern of the specification's schema. */
const UNITS = new Set([
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every way `line` breaks the specification; empty when CloudWatch would extract its metrics. */
export function emfProblems(line: string): string[] {
  const problems: string[] = [];
  let root: unknown;
  try {
    root = JSON.parse(line);
  } catch {
    return ['the log event is not one JSON object'];
  }
  if (!isObject(root)) return ['the root is not an object'];
  const meta = root._aws;
  if (!isObject(meta)) return ['_aws is missing or not an object'];
  if (!Number.isInteger(meta.Timestamp) || (meta.Timestamp as number) <= 0) problems.push('_aws.Timestamp must be an integer of epoch milliseconds');
  if (!Array.isArray(meta.CloudWatchMetrics)) return [...problems, '_aws.CloudWatchMetrics must be an array'];
  meta.CloudWatchMetrics.forEach((directive: unknown, d) => {
    const at = `CloudWatchMetrics[${d}]`;
    if (!isObject(directive)) return problems.push(`${at} is not an object`);
    const { Namespace, Dimensions, Metrics } = directive;
    if (typeof Namespace !== 'string' || Namespace.length < 1 || Namespace.length > 1024) problems.push(`${at}.Namespace must be a string of 1 to 1024 characters`);
    if (!Array.isArray(Dimensions) || Dimensions.length < 1) problems.push(`${at}.Dimensions must be an array of at least one dimension set`);
    else
      Dimensions.forEach((set: unknown, s) => {
        if (!Array.isArray(set) || set.length > 30) return problems.push(`${at}.Dimensions[${s}] must be an array of at most 30 keys`);
        for (const key of set) {
          if (typeof key !== 'string' || key.length < 1 || key.length > 250) problems.push(`${at}.Dimensions[${s}] holds a key that is not a string of 1 to 250 characters`);
          else if (typeof root[key] !== 'string') problems.push(`dimension "${key}" must be a string member of the root`);
          else if ((root[key] as string).length > 1024 || (root[key] as string).length < 1) problems.push(`dimension "${key}" must have 1 to 1024 characters`);
        }
      });
    if (!Array.isArray(Metrics) || Metrics.length > 100) return problems.push(`${at}.Metrics must be an array of at most 100 definitions`);
    Metrics.forEach((metric: unknown, m) => {
      if (!isObject(metric) || typeof metric.Name !== 'string' || metric.Name.length < 1 || metric.Name.length > 1024)
        return problems.push(`${at}.Metrics[${m}].Name must be a string of 1 to 1024 characters`);
      if (metric.Unit !== undefined && !UNITS.has(metric.Unit as string)) problems.push(`${at}.Metrics[${m}].Unit "${String(metric.Unit)}" is not a CloudWatch unit`);
      if (metric.StorageResolution !== undefined && metric.StorageResolution !== 1 && metric.StorageResolution !== 60)
        problems.push(`${at}.Metrics[${m}].StorageResolution must be 1 or 60`);
      const value = root[metric.Name];
      const numeric = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
      if (!(numeric(value) || (Array.isArray(value) && value.length <= 100 && value.every(numeric))))
        problems.push(`metric "${metric.Name}" must be a number (or at most 100 numbers) on the root`);
    });
  });
  return problems;
}
