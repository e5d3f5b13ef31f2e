import { createDialogflowHttpHandler } from '../src/adapters/dialogflow/http';
import { runtimeFromEnvironment } from '../src/app';

/** API Gateway HTTP API route carrying Dialogflow ES WebhookRequests. */
export const handler = createDialogflowHttpHandler({ runtime: runtimeFromEnvironment });
