import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { receiveFulfilmentEvent, type FulfilmentFeedDeps } from '../../core/flows/fulfilment';
import type { FulfilmentFeedAuthenticator } from '../../ports/fulfilment';
import { ShopEvent } from '../../ports/metrics';
import type { Logger } from '../../ports/runtime';
import { arrive } from '../request-context';

/** An event is a few hundred bytes; anything near this is not one. */
export const MAX_EVENT_BYTES = 64 * 1024;

/** What the feed's handler needs from the composition root. */
export interface FulfilmentRuntime {
  logger: Logger;
  fulfilmentAuth: FulfilmentFeedAuthenticator;
  feed: FulfilmentFeedDeps;
}

function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/**
 * POST /fulfilment/events (API Gateway HTTP API, payload v2) → one fulfilment event. The
 * signature is checked over the raw bytes before anything is parsed (401 with the failed check);
 * then the event is applied or refused with its reason (400, 409). A store that cannot be
 * reached is a 503: the sender sends the same event again, and it is applied once.
 */
export function createFulfilmentHttpHandler(options: { runtime: () => Promise<FulfilmentRuntime> }) {
  return async (event: APIGatewayProxyEventV2, context?: unknown): Promise<APIGatewayProxyStructuredResultV2> => {
    const arrival = arrive(context);
    const method = event?.requestContext?.http?.method ?? 'POST';
    if (method !== 'POST') return json(405, { error: 'use POST' }, { allow: 'POST' });
    const runtime = await options.runtime();
    const requestId = event?.requestContext?.requestId;
    // every line of this request carries its ids, as a turn's do
    const log = runtime.logger.child({
      source: 'fulfilment-feed',
      ...(arrival.lambdaRequestId ? { lambdaRequestId: arrival.lambdaRequestId } : {}),
      ...(typeof requestId === 'string' ? { requestId: requestId.slice(0, 200) } : {}),
    });
    const raw = typeof event?.body === 'string' ? event.body : '';
    const bytes = event?.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    if (bytes.length > MAX_EVENT_BYTES) return json(413, { error: `the body is larger than ${MAX_EVENT_BYTES} bytes` });
    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(event?.headers ?? {})) if (typeof value === 'string') headers[key.toLowerCase()] = value;
    const verdict = await runtime.fulfilmentAuth.verify({ rawBody: bytes, headers });
    if (!verdict.ok) {
      runtime.feed.metrics?.count(ShopEvent.FulfilmentEventRejected);
      if (verdict.unavailable) {
        log.error('fulfilment feed secret unavailable');
        return json(503, { error: 'authentication is unavailable; send the event again later' }, { 'retry-after': '60' });
      }
      // recorded without the body: an unauthenticated body is nobody's event
      log.warn('fulfilment event refused: signature', { reason: verdict.reason, bytes: bytes.length });
      return json(401, { error: verdict.reason });
    }
    if (bytes.length === 0) return json(400, { error: 'the body is empty; expected a fulfilment event as JSON' });
    try {
      const answer = await receiveFulfilmentEvent(runtime.feed, bytes.toString('utf8'), log);
      return json(answer.status, answer.body);
    } catch (err) {
      log.error('fulfilment event failed', { error: `${(err as Error)?.name}: ${(err as Error)?.message}` });
      return json(503, { error: 'the shop could not take the event just now; send the same event again' }, { 'retry-after': '30' });
    }
  };
}
