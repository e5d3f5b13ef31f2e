import { createAlexaLambdaHandler } from '../src/adapters/alexa/skill';
import { flushingMetrics, runtimeFromEnvironment } from '../src/app';

/** Alexa Skills Kit trigger. */
export const handler = flushingMetrics(createAlexaLambdaHandler({ runtime: runtimeFromEnvironment }));
