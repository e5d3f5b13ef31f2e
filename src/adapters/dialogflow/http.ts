import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { verifyWebhookAuth } from '../../infra/auth/webhook-auth';
import type { RuntimeProvider } from '../runtime';
import { createDialogflowWebhook } from './app';

const MAX_BODY_BYTES = 256 * 1024;

export interface DialogflowHttpOptions {
  runtime: RuntimeProvider;
  /**
   * Checks the caller before anything is parsed; returns a reason to refuse with 401. Defaults
   * to the runtime's configured webhook credentials (basic auth and/or a header secret).
   */
  authenticate?: (headers: Record<string, string | undefined>) => string | undefined | Promise<string | undefined>;
}

function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/** Why a parsed body is not a Dialogflow ES WebhookRequest, or undefined when it is one. */
export function webhookRequestProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object (a Dialogflow WebhookRequest)';
  const request = body as Record<string, unknown>;
  if (typeof request.session !== 'string' || request.session === '') return 'session must be a non-empty string';
  const result = request.queryResult as Record<string, unknown> | undefined;
  if (!result || typeof result !== 'object') return 'queryResult is required';
  const intent = result.intent as Record<string, unknown> | undefined;
  if (!intent || typeof intent !== 'object' || typeof intent.displayName !== 'string') return 'queryResult.intent.displayName must be a string';
  if (result.parameters !== undefined && (typeof result.parameters !== 'object' || result.parameters === null || Array.isArray(result.parameters))) {
    return 'queryResult.parameters must be an object';
  }
  // actions-on-google reads these without checking their shape; a wrong one would throw in it.
  if (result.outputContexts !== undefined && (!Array.isArray(result.outputContexts) || !result.outputContexts.every((c) => isObject(c) && typeof c.name === 'string'))) {
    return 'queryResult.outputContexts must be a list of contexts with names';
  }
  const original = request.originalDetectIntentRequest;
  if (original !== undefined && !isObject(original)) return 'originalDetectIntentRequest must be an object';
  const payload = original?.payload;
  if (payload !== undefined && !isObject(payload)) return 'originalDetectIntentRequest.payload must be an object';
  for (const key of ['user', 'conversation', 'surface', 'device'] as const) {
    if (payload?.[key] !== undefined && !isObject(payload[key])) return `originalDetectIntentRequest.payload.${key} must be an object`;
  }
  return undefined;
}

const INHERITED = new Set(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]);

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * API Gateway HTTP API (payload v2) → Dialogflow ES fulfillment. Broken requests get a 400 with
 * the reason and never reach the core.
 */
export function createDialogflowHttpHandler(options: DialogflowHttpOptions) {
  const webhook = createDialogflowWebhook({ runtime: options.runtime });
  const authenticate = options.authenticate ?? ((headers) => configuredAuth(options.runtime, headers));
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const method = event?.requestContext?.http?.method ?? 'POST';
    if (method !== 'POST') return json(405, { error: 'use POST' });
    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(event?.headers ?? {})) if (typeof value === 'string') headers[key.toLowerCase()] = value;
    const refused = await authenticate(headers);
    if (refused) return { ...json(401, { error: refused }), headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Basic realm="dialogflow-webhook"' } };
    const raw = typeof event.body === 'string' ? event.body : '';
    const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    if (bytes.length === 0) return json(400, { error: 'the body is empty; expected a Dialogflow WebhookRequest' });
    if (bytes.length > MAX_BODY_BYTES) return json(413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` });
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      return json(400, { error: `the body is not valid JSON: ${(err as Error).message}` });
    }
    const problem = webhookRequestProblem(body);
    if (problem) return json(400, { error: problem });
    const request = body as Record<string, any>;
    // actions-on-google looks intent names up in a plain object: "__proto__" or "constructor"
    // would find Object.prototype's members instead of nothing. Such a name is no intent of ours.
    if (INHERITED.has(request.queryResult.intent.displayName)) request.queryResult.intent.displayName = 'Default Fallback Intent';
    // Integrations other than Google may omit the payload; actions-on-google needs one.
    if (isObject(request.originalDetectIntentRequest) && request.originalDetectIntentRequest.payload === undefined) {
      request.originalDetectIntentRequest = { ...request.originalDetectIntentRequest, payload: {} };
    }
    const result = await webhook(body as Record<string, unknown>, headers);
    return json(result.status, result.body);
  };
}

/** The runtime's webhook credentials; the reason a call was refused goes to the log, never to the caller. */
async function configuredAuth(runtime: RuntimeProvider, headers: Record<string, string | undefined>): Promise<string | undefined> {
  const { webhookAuth, logger } = await runtime();
  if (!webhookAuth) return undefined;
  let config;
  try {
    config = await webhookAuth();
  } catch (err) {
    // Fail closed: without the secret nobody can be let in.
    logger.error('dialogflow webhook credentials unavailable', { error: (err as Error).name });
    return 'authentication is unavailable';
  }
  const result = verifyWebhookAuth(headers, config);
  if (result.ok) return undefined;
  logger.warn('dialogflow webhook call refused', { reason: result.reason });
  return 'authentication required';
}
