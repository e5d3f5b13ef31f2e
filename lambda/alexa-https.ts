import { createAlexaHttpsHandler } from '../src/adapters/alexa/https';
import { flushingMetrics, runtimeFromEnvironment } from '../src/app';

/** Optional web-service endpoint for the skill (API Gateway HTTP API); every request's signature is verified. */
export const handler = flushingMetrics(createAlexaHttpsHandler({ runtime: runtimeFromEnvironment }));
