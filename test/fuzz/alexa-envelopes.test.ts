/**
 * Property-based fuzzing of the Alexa entrypoints with fast-check: random JSON, and envelopes
 * that are nearly right (random request types, intents, slots, locales, tokens, skill ids).
 * No unhandled exception, only the intended refusals, and a refused request writes nothing.
 */
import fc from 'fast-check';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope } from 'ask-sdk-model';
import { AlexaRequestVerifier } from '../../src/infra/auth/alexa-signature';
import { httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { countWrites } from '../support/writes';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const INTENDED_REFUSALS = new Set(['AlexaRequestInvalidError', 'SkillIdMismatchError']);

let h: Harness;
let writes: ReturnType<typeof countWrites>;
let https: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
let validToken: string;
/** internal failures the runtime logged: a fuzz case must cause none */
const internalErrors: string[] = [];

beforeAll(async () => {
  h = await startHarness({ LOG_LEVEL: 'error' });
  const write = process.stdout.write.bind(process.stdout);
  jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
    if (typeof chunk === 'string' && /"message":"(turn failed|alexa request failed|alexa https request failed|dialogflow request failed)"/.test(chunk)) internalErrors.push(chunk);
    else write(chunk);
    return true;
  }) as typeof process.stdout.write);
  writes = countWrites(h.tap);
  // Offline: any certificate URL that passes the URL checks fails to download, as a forgery would.
  h.runtime.alexaVerifier = new AlexaRequestVerifier({ fetchCertificate: async () => Promise.reject(new Error('offline')) });
  https = (await import('../../lambda/alexa-https')).handler as typeof https;
  validToken = await h.idp.token('cust-demo-1');
});
afterAll(async () => {
  await h.close();
});

const intentNames = fc.oneof(
  fc.constantFrom(
    'SearchIntent',
    'AddToCartIntent',
    'CheckoutIntent',
    'VoicePinIntent',
    'ReorderIntent',
    'OrderStatusIntent',
    'ProductDetailsIntent',
    'RemoveFromCartIntent',
    'MoreResultsIntent',
    'ViewCartIntent',
    'ClearCartIntent',
  ),
  fc.constantFrom('AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.StopIntent', 'AMAZON.HelpIntent', 'AMAZON.FallbackIntent', 'AMAZON.NextIntent'),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
);
const slotValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
  fc.constantFrom('?', '0', '-1', '99999', 'a dozen', 'one two three four', '', '   '),
  fc.integer().map(String),
);
const slot = fc.oneof(
  fc.record({ name: fc.string({ maxLength: 10 }), value: slotValue, confirmationStatus: fc.constant('NONE') }, { requiredKeys: ['name'] }),
  fc.record({
    name: fc.constant('product'),
    value: slotValue,
    resolutions: fc.record({
      resolutionsPerAuthority: fc.array(
        fc.record({
          authority: fc.string(),
          status: fc.record({ code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'weird') }),
          values: fc.array(fc.record({ value: fc.record({ name: fc.string(), id: fc.oneof(fc.constantFrom('SKU-10001', 'SKU-10002'), fc.string()) }) }), { maxLength: 2 }),
        }),
        { maxLength: 2 },
      ),
    }),
  }),
  fc.jsonValue({ maxDepth: 2 }),
);
const envelope = fc.record({
  type: fc.constantFrom(
    'LaunchRequest',
    'IntentRequest',
    'IntentRequest',
    'IntentRequest',
    'SessionEndedRequest',
    'AlexaSkillEvent.SkillDisabled',
    'AlexaSkillEvent.SkillAccountLinked',
    'CanFulfillIntentRequest',
    'Display.ElementSelected',
  ),
  intent: intentNames,
  slots: fc.dictionary(fc.constantFrom('query', 'product', 'quantity', 'ordinal', 'pin', 'other'), slot, { maxKeys: 4 }),
  locale: fc.oneof(fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'xx', 'en_US!!', ''), fc.string({ maxLength: 8 }), fc.integer()),
  token: fc.oneof(fc.constant(undefined), fc.constant('valid'), fc.string({ maxLength: 40 }), fc.constant('eyJhbGciOiJub25lIn0.eyJzdWIiOiJjdXN0LWRlbW8tMSJ9.')),
  applicationId: fc.constantFrom('amzn1.ask.skill.test', 'amzn1.ask.skill.test', 'amzn1.ask.skill.other', ''),
  userId: fc.oneof(fc.constant('amzn1.ask.account.FUZZ'), fc.string({ maxLength: 20 })),
  personId: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  isNew: fc.boolean(),
  body: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  timestamp: fc.oneof(fc.constant(new Date().toISOString()), fc.string(), fc.integer()),
});

type Envelope = typeof envelope extends fc.Arbitrary<infer T> ? T : never;

function build(e: Envelope): Record<string, unknown> {
  const user = { userId: e.userId, ...(e.token === undefined ? {} : { accessToken: e.token === 'valid' ? validToken : e.token }) };
  return {
    version: '1.0',
    session: { new: e.isNew, sessionId: 'amzn1.echo-api.session.fuzz', application: { applicationId: e.applicationId }, user },
    context: { System: { application: { applicationId: e.applicationId }, user, ...(e.personId ? { person: { personId: e.personId } } : {}) } },
    request: {
      type: e.type,
      requestId: 'amzn1.echo-api.request.fuzz',
      timestamp: e.timestamp,
      locale: e.locale,
      ...(e.type === 'IntentRequest' ? { intent: { name: e.intent, confirmationStatus: 'NONE', slots: e.slots } } : {}),
      ...(e.body !== undefined ? { body: e.body } : {}),
      ...(e.type === 'SessionEndedRequest' ? { reason: 'USER_INITIATED' } : {}),
    },
  };
}

/** Drives the Lambda trigger: a response envelope, or one of the intended refusals with nothing written. */
async function lambdaAnswers(event: unknown): Promise<void> {
  writes.reset();
  internalErrors.length = 0;
  try {
    const out = await h.alexa(event as RequestEnvelope);
    expect(out).toMatchObject({ version: '1.0', response: expect.any(Object) });
    const ssml = (out.response.outputSpeech as { ssml?: string } | undefined)?.ssml;
    if (ssml !== undefined) expect(ssml).toMatch(/^<speak>[\s\S]*<\/speak>$/);
  } catch (err) {
    expect(INTENDED_REFUSALS.has((err as Error)?.name)).toBe(true);
    expect(writes.count).toBe(0);
  }
  expect(internalErrors).toEqual([]);
}

describe('fuzzing the Alexa Lambda trigger (lambda/alexa.ts)', () => {
  it('answers or refuses any JSON value', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), lambdaAnswers), { numRuns: RUNS });
  });

  it('answers or refuses nearly-right envelopes', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, (e) => lambdaAnswers(build(e))),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the Alexa web-service endpoint (lambda/alexa-https.ts)', () => {
  const headers = fc.dictionary(
    fc.constantFrom('SignatureCertChainUrl', 'signaturecertchainurl', 'Signature-256', 'Signature', 'content-type', 'x-other'),
    fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('https://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/echo.api/../x.pem', 'AAAA')),
    { maxKeys: 4 },
  );
  const body = fc.oneof(
    fc.string({ maxLength: 200 }),
    envelope.map((e) => JSON.stringify(build(e))),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  );

  it('refuses every unsigned or forged request with a 4xx, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, headers, fc.boolean(), fc.constantFrom('POST', 'POST', 'GET', 'PUT'), async (text, hdrs, base64, method) => {
        writes.reset();
        const event = httpApiEvent(text, hdrs as Record<string, string>, { base64, method });
        const result = await https(event);
        expect([400, 405, 413]).toContain(result.statusCode);
        expect(() => JSON.parse(result.body as string)).not.toThrow();
        expect(writes.count).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('survives events that are not API Gateway events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        writes.reset();
        const result = await https(value as unknown as APIGatewayProxyEventV2);
        expect([400, 405, 413]).toContain(result.statusCode);
        expect(writes.count).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});
