import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CREDENTIALS_UNAVAILABLE } from '../../ports/inbound-auth';
import type { Logger } from '../../ports/runtime';
import { arrive, requestLogger, turnOptions } from '../request-context';
import type { RuntimeProvider } from '../runtime';
import { createDialogflowWebhook } from './app';
import { parseWebhookRequest, WebhookRequestInvalidError, type WebhookRequest } from './webhook-request';

const MAX_BODY_BYTES = 256 * 1024;

export interface DialogflowHttpOptions {
  runtime: RuntimeProvider;
  /**
   * Checks the caller before anything is parsed; returns a reason to refuse with 401. Defaults
   * to the runtime's webhook authenticator (basic auth and/or a header secret).
   */
  authenticate?: (headers: Record<string, string | undefined>, log: Logger) => string | undefined | Promise<string | undefined>;
}

function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/**
 * API Gateway HTTP API (payload v2) → Dialogflow ES fulfillment. Broken requests get a 400 with
 * the reason and never reach the core.
 */
export function createDialogflowHttpHandler(options: DialogflowHttpOptions) {
  const webhook = createDialogflowWebhook({ runtime: options.runtime });
  const authenticate = options.authenticate ?? ((headers, log) => configuredAuth(options.runtime, headers, log));
  return async (event: APIGatewayProxyEventV2, context?: unknown): Promise<APIGatewayProxyStructuredResultV2> => {
    const arrival = arrive(context);
    const method = event?.requestContext?.http?.method ?? 'POST';
    if (method !== 'POST') return json(405, { error: 'use POST' });
    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(event?.headers ?? {})) if (typeof value === 'string') headers[key.toLowerCase()] = value;
    const { logger } = await options.runtime();
    // Until the caller is known and the body read, only Lambda's own id is believed.
    const refused = await authenticate(headers, requestLogger(logger, arrival, { platform: 'dialogflow' }));
    if (refused)
      return { ...json(401, { error: refused }), headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Basic realm="dialogflow-webhook"' } };
    const raw = typeof event?.body === 'string' ? event.body : '';
    const bytes = event?.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    if (bytes.length === 0) return json(400, { error: 'the body is empty; expected a Dialogflow WebhookRequest' });
    if (bytes.length > MAX_BODY_BYTES) return json(413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` });
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      return json(400, { error: `the body is not valid JSON: ${(err as Error).message}` });
    }
    let request: WebhookRequest;
    try {
      request = parseWebhookRequest(body);
    } catch (err) {
      if (err instanceof WebhookRequestInvalidError) return json(400, { error: err.problem });
      throw err;
    }
    const log = requestLogger(logger, arrival, { platform: 'dialogflow', requestId: request.responseId, sessionId: request.session });
    try {
      const result = await webhook(request, headers, turnOptions(log, arrival));
      return json(result.status, result.body);
    } catch (err) {
      // The webhook apologises for anything the core throws; reaching here is a fault of ours.
      log.error('dialogflow request failed', { error: `${(err as Error)?.name}: ${(err as Error)?.message}` });
      return json(500, { error: 'internal error' });
    }
  };
}

/** The runtime's webhook authenticator; the reason a call was refused goes to the log, never to the caller. */
async function configuredAuth(runtime: RuntimeProvider, headers: Record<string, string | undefined>, log: Logger): Promise<string | undefined> {
  const { webhookAuth } = await runtime();
  if (!webhookAuth) return undefined;
  const verdict = await webhookAuth.authenticate(headers);
  if (verdict.ok) return undefined;
  if (verdict.reason === CREDENTIALS_UNAVAILABLE) {
    log.error('dialogflow webhook credentials unavailable');
    return 'authentication is unavailable';
  }
  log.warn('dialogflow webhook call refused', { reason: verdict.reason });
  return 'authentication required';
}
