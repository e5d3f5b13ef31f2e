import { createAlexaLambdaHandler } from '../src/adapters/alexa/skill';
import { runtimeFromEnvironment } from '../src/app';

/** Alexa Skills Kit trigger. */
export const handler = createAlexaLambdaHandler({ runtime: runtimeFromEnvironment });
