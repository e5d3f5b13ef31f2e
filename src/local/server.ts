import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { httpApiEvent } from './http-api-event';
import { alexaEnvelopeProblem } from '../adapters/alexa/envelope';

export { alexaEnvelopeProblem };

export interface LocalHandlers {
  alexa: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
  dialogflow: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  /**
   * When set (VERIFY_ALEXA_SIGNATURES=true), POST /alexa goes through the signature-checking
   * web-service handler instead, exactly as the HTTPS endpoint in AWS would.
   */
  alexaHttps?: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
}

const MAX_BODY_BYTES = 256 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

/** The request as API Gateway would hand it to the function: raw bytes, base64-encoded. */
function toHttpApiEvent(req: IncomingMessage, body: Buffer, route: string): APIGatewayProxyEventV2 {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v ?? '']));
  return httpApiEvent({ body, headers, method: req.method, path: route, sourceIp: req.socket.remoteAddress, base64: true });
}

/**
 * The local HTTP face of both Lambda handlers: POST /alexa takes an Alexa request envelope,
 * POST /dialogflow a Dialogflow WebhookRequest. Malformed requests get a 400 with the reason.
 */
export function createLocalServer(handlers: LocalHandlers): Server {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the listener catches whatever it can throw and answers 500
  return createServer(async (req, res) => {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/health') return send(res, 200, { ok: true });
      if (path !== '/alexa' && path !== '/dialogflow') return send(res, 404, { error: 'try POST /alexa or POST /dialogflow' });
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch {
        return send(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` });
      }
      if (path === '/dialogflow') {
        const result = await handlers.dialogflow(toHttpApiEvent(req, body, path));
        return send(res, result.statusCode ?? 200, result.body ?? '');
      }
      if (handlers.alexaHttps) {
        const result = await handlers.alexaHttps(toHttpApiEvent(req, body, path));
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
      return send(res, 200, await handlers.alexa(envelope));
    } catch (err) {
      return send(res, 500, { error: (err as Error).name === 'SkillIdMismatchError' ? 'the request is addressed to another skill' : 'internal error' });
    }
  });
}
