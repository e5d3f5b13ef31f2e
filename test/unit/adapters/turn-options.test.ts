/**
 * Each request gets its own logger and arrival time from the adapter, and the core gets both:
 * every line the adapter (or the core, through `options.log`) writes for a request carries the
 * Lambda request id, the platform's request id and the session id. The shop here is a stand-in
 * that records what it was handed; the adapters, the loggers and the envelopes are real.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createAlexaHttpsHandler } from '../../../src/adapters/alexa/https';
import { createAlexaLambdaHandler, createAlexaSkill } from '../../../src/adapters/alexa/skill';
import { createDialogflowWebhook } from '../../../src/adapters/dialogflow/app';
import { createDialogflowHttpHandler } from '../../../src/adapters/dialogflow/http';
import type { AdapterRuntime, RuntimeProvider } from '../../../src/adapters/runtime';
import type { Reply, Turn, TurnOptions } from '../../../src/core/turn';
import { JsonLogger } from '../../../src/infra/logging/logger';
import { AlexaRequestNotVerifiedError, type AlexaSignatureCheck } from '../../../src/ports/inbound-auth';
import { alexaIntent, alexaLaunch, dialogflowRequest, httpApiEvent } from '../../support/envelopes';

const LAMBDA = { awsRequestId: 'c0ffee00-1111-4222-8333-444455556666', getRemainingTimeInMillis: () => 7400 };

interface Recorded {
  turn: Turn;
  options?: TurnOptions;
}

function fakeRuntime(options: { fail?: boolean; verifier?: AlexaSignatureCheck } = {}) {
  const lines: Array<Record<string, unknown>> = [];
  const calls: Recorded[] = [];
  let builtAt: number | undefined;
  const logger = new JsonLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line)) });
  const runtime: AdapterRuntime = {
    shop: {
      async handle(turn: Turn, turnOptions?: TurnOptions): Promise<Reply> {
        calls.push({ turn, options: turnOptions });
        turnOptions?.log?.info('core line');
        if (options.fail) throw new Error('core down');
        return { speech: 'fine', endSession: false };
      },
    },
    logger,
    alexaSkillId: 'amzn1.ask.skill.test',
    alexaVerifier: options.verifier,
  };
  const provider: RuntimeProvider = async () => {
    builtAt ??= performance.now();
    return runtime;
  };
  return { provider, lines, calls, builtAt: () => builtAt, runtime };
}

const trusting: AlexaSignatureCheck = { verify: async () => undefined };

const signedLooking = (envelope: RequestEnvelope): APIGatewayProxyEventV2 =>
  httpApiEvent(JSON.stringify(envelope), { SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/x.pem', 'Signature-256': 'c2ln' });

describe('Per-request log context and turn options', () => {
  describe('Alexa Lambda trigger', () => {
    it('hands the core a logger carrying the three ids, the arrival time and the Lambda time left', async () => {
      // Given the Lambda trigger with a recording shop
      const fake = fakeRuntime();
      const handler = createAlexaLambdaHandler({ runtime: fake.provider });
      const envelope = alexaIntent('SearchIntent', { query: 'tea' }, { sessionId: 'amzn1.echo-api.session.s-1' });
      const before = performance.now();
      // When a request arrives with Lambda's context
      await handler(envelope, LAMBDA);
      // Then the core got its options
      const [{ options }] = fake.calls;
      expect(options?.lambdaRemainingMs).toBe(7400);
      expect(options?.arrivedAt).toBeGreaterThanOrEqual(before);
      // read before the runtime was built, so cold-start work counts against the deadline
      expect(options?.arrivedAt).toBeLessThanOrEqual(fake.builtAt()!);
      // and the core's line carries the request's ids
      expect(fake.lines).toEqual([
        expect.objectContaining({
          message: 'core line',
          platform: 'alexa',
          lambdaRequestId: LAMBDA.awsRequestId,
          requestId: envelope.request.requestId,
          sessionId: 'amzn1.echo-api.session.s-1',
        }),
      ]);
    });

    it('logs a request for another skill with its ids', async () => {
      const fake = fakeRuntime();
      const handler = createAlexaLambdaHandler({ runtime: fake.provider });
      const envelope = alexaLaunch({ applicationId: 'amzn1.ask.skill.other', sessionId: 'amzn1.echo-api.session.s-2' });
      await expect(handler(envelope, LAMBDA)).rejects.toMatchObject({ name: 'SkillIdMismatchError' });
      expect(fake.calls).toEqual([]);
      expect(fake.lines).toEqual([
        expect.objectContaining({
          message: 'request for another skill refused',
          lambdaRequestId: LAMBDA.awsRequestId,
          requestId: envelope.request.requestId,
          sessionId: 'amzn1.echo-api.session.s-2',
        }),
      ]);
    });

    it('logs a failed turn with its ids, and apologises', async () => {
      const fake = fakeRuntime({ fail: true });
      const handler = createAlexaLambdaHandler({ runtime: fake.provider });
      const envelope = alexaIntent('ViewCartIntent', {}, { sessionId: 'amzn1.echo-api.session.s-3' });
      const out = await handler(envelope, LAMBDA);
      expect(out.response.shouldEndSession).toBe(true);
      const failed = fake.lines.find((l) => l.message === 'alexa request failed');
      expect(failed).toMatchObject({ lambdaRequestId: LAMBDA.awsRequestId, requestId: envelope.request.requestId, sessionId: 'amzn1.echo-api.session.s-3' });
      // every line of the request, the core's included, carries the same ids
      for (const line of fake.lines) expect(line).toMatchObject({ lambdaRequestId: LAMBDA.awsRequestId, requestId: envelope.request.requestId });
    });

    it('works without a Lambda context (the local server, the benchmark)', async () => {
      const fake = fakeRuntime();
      await createAlexaLambdaHandler({ runtime: fake.provider })(alexaLaunch(), {});
      const [{ options }] = fake.calls;
      expect(options).toEqual({ log: expect.anything(), arrivedAt: expect.any(Number) });
      expect(fake.lines[0]).not.toHaveProperty('lambdaRequestId');
      expect(fake.lines[0]).toHaveProperty('requestId');
    });

    it('gives a skill invoked directly a request logger of its own', async () => {
      const fake = fakeRuntime();
      const envelope = alexaIntent('HelpIntent');
      await createAlexaSkill({ runtime: fake.provider }).invoke(envelope);
      expect(fake.calls[0].options).toMatchObject({ arrivedAt: expect.any(Number) });
      expect(fake.lines[0]).toMatchObject({ requestId: envelope.request.requestId, sessionId: envelope.session!.sessionId });
    });
  });

  describe('Alexa web-service endpoint', () => {
    it('hands the core the same options once the signature holds', async () => {
      const fake = fakeRuntime({ verifier: trusting });
      const handler = createAlexaHttpsHandler({ runtime: fake.provider });
      const envelope = alexaIntent('SearchIntent', { query: 'tea' });
      const result = (await handler(signedLooking(envelope), LAMBDA)) as APIGatewayProxyStructuredResultV2;
      expect(result.statusCode).toBe(200);
      expect(fake.calls[0].options).toMatchObject({ lambdaRemainingMs: 7400, arrivedAt: expect.any(Number) });
      expect(fake.lines[0]).toMatchObject({
        message: 'core line',
        lambdaRequestId: LAMBDA.awsRequestId,
        requestId: envelope.request.requestId,
        sessionId: envelope.session!.sessionId,
      });
    });

    it('logs a refused signature with the Lambda request id only: the body is not believed yet', async () => {
      const refusing: AlexaSignatureCheck = { verify: async () => Promise.reject(new AlexaRequestNotVerifiedError('request signature does not match the body')) };
      const fake = fakeRuntime({ verifier: refusing });
      const result = (await createAlexaHttpsHandler({ runtime: fake.provider })(signedLooking(alexaLaunch()), LAMBDA)) as APIGatewayProxyStructuredResultV2;
      expect(result.statusCode).toBe(400);
      expect(JSON.parse(result.body as string).error).toBe('request signature does not match the body');
      expect(fake.lines).toEqual([expect.objectContaining({ message: 'alexa request refused: signature check failed', lambdaRequestId: LAMBDA.awsRequestId })]);
      expect(fake.lines[0]).not.toHaveProperty('requestId');
    });
  });

  describe('Dialogflow webhook', () => {
    it('hands the core a logger carrying the Lambda request id, the responseId and the session', async () => {
      const fake = fakeRuntime();
      const handler = createDialogflowHttpHandler({ runtime: fake.provider });
      const body = dialogflowRequest('ViewCartIntent', {}, { session: 'projects/p/agent/sessions/df-1' });
      const result = await handler(httpApiEvent(body), LAMBDA);
      expect(result.statusCode).toBe(200);
      expect(fake.calls[0].options).toMatchObject({ lambdaRemainingMs: 7400, arrivedAt: expect.any(Number) });
      expect(fake.calls[0].options?.arrivedAt).toBeLessThanOrEqual(fake.builtAt()!);
      expect(fake.lines).toEqual([
        expect.objectContaining({
          message: 'core line',
          platform: 'dialogflow',
          lambdaRequestId: LAMBDA.awsRequestId,
          requestId: body.responseId,
          sessionId: 'projects/p/agent/sessions/df-1',
        }),
      ]);
    });

    it('logs a failed turn with its ids', async () => {
      const fake = fakeRuntime({ fail: true });
      const body = dialogflowRequest('ViewCartIntent', {}, { session: 'projects/p/agent/sessions/df-2' });
      const result = await createDialogflowHttpHandler({ runtime: fake.provider })(httpApiEvent(body), LAMBDA);
      expect(result.statusCode).toBe(200);
      for (const line of fake.lines) expect(line).toMatchObject({ lambdaRequestId: LAMBDA.awsRequestId, requestId: body.responseId, sessionId: 'projects/p/agent/sessions/df-2' });
      expect(fake.lines.map((l) => l.message)).toEqual(['core line', 'dialogflow request failed']);
    });

    it('logs a refused caller with the Lambda request id', async () => {
      const fake = fakeRuntime();
      fake.runtime.webhookAuth = { authenticate: async () => ({ ok: false, reason: 'wrong-credentials' }) };
      const result = await createDialogflowHttpHandler({ runtime: fake.provider })(httpApiEvent(dialogflowRequest('ViewCartIntent')), LAMBDA);
      expect(result.statusCode).toBe(401);
      expect(fake.lines).toEqual([expect.objectContaining({ message: 'dialogflow webhook call refused', reason: 'wrong-credentials', lambdaRequestId: LAMBDA.awsRequestId })]);
    });

    it('gives a webhook called directly a request logger of its own', async () => {
      const fake = fakeRuntime();
      const body = dialogflowRequest('HelpIntent', {}, { session: 'projects/p/agent/sessions/df-3' });
      await createDialogflowWebhook({ runtime: fake.provider })(body);
      expect(fake.calls[0].options).toMatchObject({ arrivedAt: expect.any(Number) });
      expect(fake.lines[0]).toMatchObject({ requestId: body.responseId, sessionId: 'projects/p/agent/sessions/df-3' });
    });
  });
});
