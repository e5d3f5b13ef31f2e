import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { httpApiEvent } from './http-api-event';
import { AlexaRequestInvalidError, alexaEnvelopeProblem } from '../adapters/alexa/envelope';
import { SkillIdMismatchError } from '../adapters/alexa/skill';
import type { LambdaContext } from '../adapters/request-context';
import type { DashboardAnswer } from './dashboard/dashboard';

export { alexaEnvelopeProblem };

export interface LocalHandlers {
  alexa: (event: RequestEnvelope, context?: LambdaContext) => Promise<ResponseEnvelope>;
  dialogflow: (event: APIGatewayProxyEventV2, context?: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;
  /**
   * When set (VERIFY_ALEXA_SIGNATURES=true), POST /alexa goes through the signature-checking
   * web-service handler instead, exactly as the HTTPS endpoint in AWS would.
   */
  alexaHttps?: (event: APIGatewayProxyEventV2, context?: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;
  // — after the order —
  /** POST /fulfilment/events: the fulfilment feed's handler, given the request as API Gateway would */
  fulfilment?: (event: APIGatewayProxyEventV2, context?: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;
  /** GET /dashboard and its data, script and styles */
  dashboard?: (path: string, query: URLSearchParams) => DashboardAnswer | undefined;
}

/** API Gateway's and Alexa's limits are far above any real request; this is the local one. */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * An over-cap body is read to its end (and thrown away) so the client, still sending, gets to
 * read the 413 instead of a reset connection. Past this much the connection is cut after all.
 */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

type ReadBody = { ok: true; body: Buffer } | { ok: false };

/** The body up to the cap; past the cap, the rest is drained and the answer is that it was too large. */
function readBody(req: IncomingMessage): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) {
        resolve({ ok: false });
        req.destroy();
      }
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { ok: false } : { ok: true, body: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/** The request as API Gateway would hand it to the function: raw bytes, base64-encoded. */
function toHttpApiEvent(req: IncomingMessage, body: Buffer, route: string): APIGatewayProxyEventV2 {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
  return httpApiEvent({ body, headers, method: req.method, path: route, sourceIp: req.socket.remoteAddress, base64: true });
}

/** Stands in for Lambda's context: a request id for the log lines; no time limit locally. */
function localContext(): LambdaContext {
  return { awsRequestId: `local-${randomUUID()}` };
}

/**
 * The local HTTP face of both Lambda handlers: POST /alexa takes an Alexa request envelope,
 * POST /dialogflow a Dialogflow WebhookRequest. Malformed requests get a 4xx with the reason.
 */
export function createLocalServer(handlers: LocalHandlers): Server {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the listener catches whatever it can throw and answers 500
  return createServer(async (req, res) => {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/health') return send(res, 200, { ok: true });
      // — after the order: the merchant's dashboard and the fulfilment feed —
      if (req.method === 'GET' && path.startsWith('/dashboard') && handlers.dashboard) {
        const answer = handlers.dashboard(path, new URLSearchParams((req.url ?? '').split('?')[1] ?? ''));
        if (answer) return send(res, answer.status, answer.body, { 'content-type': answer.contentType });
      }
      if (path === '/fulfilment/events' && handlers.fulfilment) {
        if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
        const read = await readBody(req);
        if (!read.ok) return send(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
        const result = await handlers.fulfilment(toHttpApiEvent(req, read.body, path), localContext());
        return send(res, result.statusCode ?? 200, result.body ?? '');
      }
      if (path !== '/alexa' && path !== '/dialogflow') return send(res, 404, { error: 'try POST /alexa or POST /dialogflow' });
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
      const declared = Number(req.headers['content-length']);
      if (declared > MAX_DRAIN_BYTES) return send(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
      const read = await readBody(req);
      if (!read.ok) return send(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
      const { body } = read;
      if (path === '/dialogflow') {
        const result = await handlers.dialogflow(toHttpApiEvent(req, body, path), localContext());
        return send(res, result.statusCode ?? 200, result.body ?? '');
      }
      if (handlers.alexaHttps) {
        const result = await handlers.alexaHttps(toHttpApiEvent(req, body, path), localContext());
        return send(res, result.statusCode ?? 200, result.body ?? '');
      }
      let envelope: RequestEnvelope;
      try {
        envelope = JSON.parse(body.toString('utf8')) as RequestEnvelope;
      } catch (err) {
        return send(res, 400, { error: `the body is not valid JSON: ${(err as Error).message}` });
      }
      const problem = alexaEnvelopeProblem(envelope);
      if (problem) return send(res, 400, { error: problem });
      return send(res, 200, await handlers.alexa(envelope, localContext()));
    } catch (err) {
      // The Lambda trigger refuses by throwing; over HTTP a refusal is a 4xx with the reason.
      if (err instanceof SkillIdMismatchError) return send(res, 400, { error: err.message });
      if (err instanceof AlexaRequestInvalidError) return send(res, 400, { error: err.problem });
      return send(res, 500, { error: 'internal error' });
    }
  });
}
