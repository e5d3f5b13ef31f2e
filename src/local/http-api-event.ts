import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export interface HttpApiRequest {
  body: string | Buffer;
  headers?: Record<string, string>;
  method?: string;
  path?: string;
  sourceIp?: string;
  userAgent?: string;
  /** send the body base64-encoded, as API Gateway does for binary or unknown content types */
  base64?: boolean;
}

/**
 * An API Gateway HTTP API (payload v2) event, as API Gateway invokes a function: the local server,
 * the tests and the fixture runner all hand the Dialogflow handler this same shape.
 */
export function httpApiEvent(request: HttpApiRequest): APIGatewayProxyEventV2 {
  const now = new Date();
  const method = request.method ?? 'POST';
  const path = request.path ?? '/dialogflow';
  const headers = request.headers ?? {};
  const bytes = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  return {
    version: '2.0',
    routeKey: `POST ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: request.sourceIp ?? '127.0.0.1', userAgent: request.userAgent ?? headers['user-agent'] ?? '' },
      requestId: `local-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
      routeKey: `POST ${path}`,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: request.base64 ? bytes.toString('base64') : bytes.toString('utf8'),
    isBase64Encoded: request.base64 ?? false,
  };
}
