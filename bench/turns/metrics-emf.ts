import { createShopMetrics } from '../../src/infra/metrics';
import { ShopEvent, TurnOutcome } from '../../src/ports/metrics';

/** One invocation's metrics as the functions write them: a turn record and two events, flushed to stdout. */
export const handler = async (): Promise<boolean> => {
  const metrics = createShopMetrics({ namespace: 'voice-shop/bench', output: { to: 'stdout' } });
  metrics.turn({ platform: 'alexa', locale: 'en-US', intent: 'SearchIntent', outcome: TurnOutcome.Answered, latencyMs: 41.7 });
  metrics.count(ShopEvent.PurchaseAsked);
  metrics.count(ShopEvent.OrderPlaced);
  metrics.flush();
  return true;
};
