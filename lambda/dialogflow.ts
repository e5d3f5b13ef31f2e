import { createDialogflowHttpHandler } from '../src/adapters/dialogflow/http';
import { flushingMetrics, runtimeFromEnvironment } from '../src/app';

/** API Gateway HTTP API route carrying Dialogflow ES WebhookRequests. */
export const handler = flushingMetrics(createDialogflowHttpHandler({ runtime: runtimeFromEnvironment }));
