import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** The same invocation's metrics through Powertools for AWS Lambda, for comparison. */
export const handler = async (): Promise<boolean> => {
  const metrics = new Metrics({ namespace: 'voice-shop/bench', serviceName: 'voice-shop' });
  const turn = metrics.singleMetric();
  turn.addDimensions({ platform: 'alexa', intent: 'SearchIntent', outcome: 'answered' });
  turn.addMetric('TurnLatency', MetricUnit.Milliseconds, 41.7);
  metrics.addMetric('PurchaseAsked', MetricUnit.Count, 1);
  metrics.addMetric('OrderPlaced', MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
  return true;
};
