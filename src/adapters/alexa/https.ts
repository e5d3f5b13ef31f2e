import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope } from 'ask-sdk-model';
import { AlexaRequestNotVerifiedError } from '../../ports/inbound-auth';
import { arrive, requestLogger, turnOptions } from '../request-context';
import type { RuntimeProvider } from '../runtime';
import { alexaEnvelopeProblem, applicationIdOf } from './envelope';
import { createAlexaSkill, type AlexaSkill } from './skill';

/** Alexa's own limit on a request body is far below this. */
const MAX_BODY_BYTES = 256 * 1024;

export interface AlexaHttpsOptions {
  runtime: RuntimeProvider;
}

function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/**
 * The skill as a web-service endpoint (API Gateway HTTP API, payload v2). Unlike the Lambda
 * trigger, anyone can reach this URL, so the signature is checked over the exact bytes received
 * before anything is parsed, read or written; a request that fails any check gets a 400 with
 * the reason and never reaches the core.
 */
export function createAlexaHttpsHandler(options: AlexaHttpsOptions) {
  let skill: AlexaSkill | undefined;
  return async (event: APIGatewayProxyEventV2, context?: unknown): Promise<APIGatewayProxyStructuredResultV2> => {
    const arrival = arrive(context);
    const method = event?.requestContext?.http?.method ?? 'POST';
    if (method !== 'POST') return json(405, { error: 'use POST' });
    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(event?.headers ?? {})) if (typeof value === 'string') headers[key.toLowerCase()] = value;
    const raw = typeof event?.body === 'string' ? event.body : '';
    // The signature covers the bytes Alexa sent: decode API Gateway's base64, never re-serialise.
    const bytes = event?.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    if (bytes.length === 0) return json(400, { error: 'the body is empty; expected an Alexa request envelope' });
    if (bytes.length > MAX_BODY_BYTES) return json(413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` });

    const runtime = await options.runtime();
    const { alexaVerifier } = runtime;
    // Until the signature holds, nothing in the body is believed, its ids included.
    const unverified = requestLogger(runtime.logger, arrival, { platform: 'alexa' });
    if (!alexaVerifier) {
      unverified.error('alexa https endpoint has no signature verifier; refusing');
      return json(503, { error: 'request verification is not configured' });
    }
    try {
      await alexaVerifier.verify({ rawBody: bytes, headers });
    } catch (err) {
      const reason = err instanceof AlexaRequestNotVerifiedError ? err.message : 'the request could not be verified';
      unverified.warn('alexa request refused: signature check failed', { error: (err as Error)?.name, reason });
      return json(400, { error: reason });
    }

    let envelope: RequestEnvelope;
    try {
      envelope = JSON.parse(bytes.toString('utf8')) as RequestEnvelope;
    } catch (err) {
      return json(400, { error: `the body is not valid JSON: ${(err as Error).message}` });
    }
    const problem = alexaEnvelopeProblem(envelope);
    if (problem) return json(400, { error: problem });
    const log = requestLogger(runtime.logger, arrival, { platform: 'alexa', requestId: envelope.request.requestId, sessionId: envelope.session?.sessionId });
    const skillId = runtime.alexaSkillId;
    if (skillId && applicationIdOf(envelope) !== skillId) {
      log.warn('request for another skill refused', { requestType: envelope.request.type });
      return json(400, { error: 'the request is addressed to another skill' });
    }
    skill ??= createAlexaSkill({ runtime: options.runtime, skillId });
    try {
      return json(200, await skill.invoke(envelope, context, turnOptions(log, arrival)));
    } catch (err) {
      log.error('alexa https request failed', { error: `${(err as Error)?.name}: ${(err as Error)?.message}` });
      return json(500, { error: 'internal error' });
    }
  };
}
