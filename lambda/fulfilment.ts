import { createFulfilmentHttpHandler } from '../src/adapters/fulfilment/http';
import { flushingMetrics, runtimeFromEnvironment } from '../src/app';

/** API Gateway HTTP API route POST /fulfilment/events: the merchant's fulfilment system posts order events here. */
export const handler = flushingMetrics(createFulfilmentHttpHandler({ runtime: runtimeFromEnvironment }));
