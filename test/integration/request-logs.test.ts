/**
 * Logs you can follow, through the exported Lambda handlers (lambda/*.ts) with a Lambda context:
 * the context reaches the adapter, the core is handed the request's logger and time left, and
 * the lines written for a request carry the Lambda request id, the platform's request id and
 * the session id. Lines are read where the runtime writes them (stdout).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { TurnOptions } from '../../src/core/turn';
import { CredentialWebhookAuthenticator } from '../../src/infra/auth/webhook-authenticator';
import { AlexaRequestNotVerifiedError } from '../../src/ports/inbound-auth';
import { alexaIntent, alexaLaunch, dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';

type LambdaContext = { awsRequestId: string; getRemainingTimeInMillis: () => number };
type AlexaHandler = (event: RequestEnvelope, context: LambdaContext) => Promise<ResponseEnvelope>;
type HttpHandler = (event: APIGatewayProxyEventV2, context: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;

let h: Harness;
let alexa: AlexaHandler;
let alexaHttps: HttpHandler;
let dialogflow: HttpHandler;
let lines: Array<Record<string, unknown>> = [];
const seen: Array<TurnOptions | undefined> = [];
let spy: jest.SpyInstance;
let n = 0;

const context = (): LambdaContext => ({ awsRequestId: `4f1e7c2a-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`, getRemainingTimeInMillis: () => 6500 });

beforeAll(async () => {
  spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const line of text.split('\n')) if (line.startsWith('{"level"')) lines.push(JSON.parse(line));
    return true;
  }) as typeof process.stdout.write);
  h = await startHarness({ LOG_LEVEL: 'info' });
  alexa = (await import('../../lambda/alexa')).handler as unknown as AlexaHandler;
  alexaHttps = (await import('../../lambda/alexa-https')).handler as unknown as HttpHandler;
  dialogflow = (await import('../../lambda/dialogflow')).handler as unknown as HttpHandler;
  // the real shop, watched: what each turn was handed
  const shop = h.runtime.shop;
  const handle = shop.handle.bind(shop);
  shop.handle = (turn, options?: TurnOptions) => {
    seen.push(options);
    return (handle as (t: typeof turn, o?: TurnOptions) => ReturnType<typeof handle>)(turn, options);
  };
});
beforeEach(() => {
  lines = [];
  seen.length = 0;
});
afterAll(async () => {
  spy.mockRestore();
  await h.close();
});

describe('Logs you can follow through the exported handlers', () => {
  it("lambda/alexa.ts hands the core the request logger and Lambda's time left", async () => {
    const lambda = context();
    await alexa(alexaIntent('SearchIntent', { query: 'paper towels' }), lambda);
    expect(seen).toEqual([expect.objectContaining({ lambdaRemainingMs: 6500, arrivedAt: expect.any(Number), log: expect.anything() })]);
    seen[0]!.log!.info('written by the core');
    expect(lines.at(-1)).toMatchObject({ message: 'written by the core', lambdaRequestId: lambda.awsRequestId, platform: 'alexa' });
  });

  it('lambda/alexa.ts: a request for another skill is logged with all three ids', async () => {
    const lambda = context();
    const envelope = alexaLaunch({ applicationId: 'amzn1.ask.skill.elsewhere', sessionId: 'amzn1.echo-api.session.follow-1' });
    await expect(alexa(envelope, lambda)).rejects.toThrow(/another skill/);
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'request for another skill refused',
        lambdaRequestId: lambda.awsRequestId,
        requestId: envelope.request.requestId,
        sessionId: 'amzn1.echo-api.session.follow-1',
      }),
    ]);
  });

  it('lambda/alexa-https.ts: a refused signature is logged with the Lambda request id', async () => {
    const saved = h.runtime.alexaVerifier;
    h.runtime.alexaVerifier = { verify: async () => Promise.reject(new AlexaRequestNotVerifiedError('Signature-256 header missing')) };
    try {
      const lambda = context();
      const result = await alexaHttps(httpApiEvent(JSON.stringify(alexaLaunch())), lambda);
      expect(result.statusCode).toBe(400);
      expect(lines).toEqual([expect.objectContaining({ message: 'alexa request refused: signature check failed', lambdaRequestId: lambda.awsRequestId })]);
    } finally {
      h.runtime.alexaVerifier = saved;
    }
  });

  it('lambda/dialogflow.ts hands the core the request logger, and a refused caller is logged with the Lambda request id', async () => {
    const lambda = context();
    const body = dialogflowRequest('ViewCartIntent', {}, { session: 'projects/p/agent/sessions/follow-2' });
    expect((await dialogflow(httpApiEvent(body), lambda)).statusCode).toBe(200);
    expect(seen).toEqual([expect.objectContaining({ lambdaRemainingMs: 6500, log: expect.anything() })]);
    seen[0]!.log!.warn('written by the core');
    expect(lines.at(-1)).toMatchObject({ lambdaRequestId: lambda.awsRequestId, requestId: body.responseId, sessionId: 'projects/p/agent/sessions/follow-2' });

    const saved = h.runtime.webhookAuth;
    h.runtime.webhookAuth = new CredentialWebhookAuthenticator({ credentials: async () => ({ header: { name: 'x-secret', value: 'right' } }) });
    try {
      lines = [];
      const refused = context();
      expect((await dialogflow(httpApiEvent(body, { 'x-secret': 'wrong' }), refused)).statusCode).toBe(401);
      expect(lines).toEqual([expect.objectContaining({ message: 'dialogflow webhook call refused', lambdaRequestId: refused.awsRequestId })]);
    } finally {
      h.runtime.webhookAuth = saved;
    }
  });
});
