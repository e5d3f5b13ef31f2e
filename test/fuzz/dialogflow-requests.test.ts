/**
 * Property-based fuzzing of the Dialogflow webhook (lambda/dialogflow.ts) with fast-check:
 * random bodies and headers, and WebhookRequests that are nearly right. Only intended statuses
 * (200, 400, 401, 405, 413), no internal failure, and a refused request writes nothing.
 */
import fc from 'fast-check';
import { dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { countWrites } from '../support/writes';
import { CredentialWebhookAuthenticator } from '../../src/infra/auth/webhook-authenticator';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

let h: Harness;
let writes: ReturnType<typeof countWrites>;
let validToken: string;
const internalErrors: string[] = [];

beforeAll(async () => {
  h = await startHarness({ LOG_LEVEL: 'error' });
  writes = countWrites(h.tap);
  validToken = await h.idp.token('cust-demo-1');
  const write = process.stdout.write.bind(process.stdout);
  jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
    if (typeof chunk === 'string' && /"message":"(turn failed|dialogflow request failed)"/.test(chunk)) internalErrors.push(chunk);
    else write(chunk);
    return true;
  }) as typeof process.stdout.write);
});
afterAll(async () => {
  await h.close();
});

const displayName = fc.oneof(
  fc.constantFrom(
    'SearchIntent',
    'AddToCartIntent',
    'CheckoutIntent',
    'YesIntent',
    'NoIntent',
    'VoicePinIntent',
    'ReorderIntent',
    'OrderStatusIntent',
    'ViewCartIntent',
    'Default Welcome Intent',
    'Default Fallback Intent',
    'HelpIntent',
  ),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'),
);
const parameterValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('SKU-10001', 'a dozen', '-1', '0', '1234', 'one two three four', ''),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const webhookRequest = fc
  .record({
    displayName,
    parameters: fc.dictionary(fc.constantFrom('query', 'product', 'quantity', 'ordinal', 'pin', 'other'), parameterValue, { maxKeys: 4 }),
    session: fc.oneof(fc.constant('projects/p/agent/sessions/fuzz-1'), fc.string({ minLength: 1, maxLength: 60 })),
    languageCode: fc.oneof(fc.constantFrom('en', 'en-us', 'de', 'en-GB', 'xx'), fc.string({ maxLength: 6 })),
    token: fc.oneof(fc.constant(undefined), fc.constant('valid'), fc.string({ maxLength: 30 })),
    userId: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    original: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    extra: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), { nil: undefined }),
  })
  .map((r) => {
    const body = dialogflowRequest(r.displayName, r.parameters, {
      session: r.session,
      accessToken: r.token === 'valid' ? validToken : r.token,
      userId: r.userId,
      languageCode: r.languageCode,
    });
    if (r.original !== undefined) body.originalDetectIntentRequest = r.original;
    return { ...r.extra, ...body };
  });

async function expectIntended(run: () => Promise<{ statusCode?: number; body?: string }>, allowed: number[]): Promise<void> {
  writes.reset();
  internalErrors.length = 0;
  const result = await run();
  expect(allowed).toContain(result.statusCode);
  const body = JSON.parse(result.body as string) as Record<string, unknown>;
  if (result.statusCode === 200) expect(typeof body.fulfillmentText).toBe('string');
  else expect(writes.count).toBe(0);
  expect(internalErrors).toEqual([]);
}

describe('fuzzing the Dialogflow webhook (lambda/dialogflow.ts)', () => {
  it('answers any body, header set, encoding and method with an intended status', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      webhookRequest.map((r) => JSON.stringify(r)),
    );
    const headers = fc.dictionary(fc.constantFrom('authorization', 'content-type', 'x-shop-locale', 'X-Shop-Locale', 'x-other'), fc.string({ maxLength: 40 }), { maxKeys: 3 });
    await fc.assert(
      fc.asyncProperty(body, headers, fc.boolean(), fc.constantFrom('POST', 'POST', 'POST', 'GET', 'DELETE'), (text, hdrs, base64, method) =>
        expectIntended(() => h.dialogflow(httpApiEvent(text, hdrs as Record<string, string>, { base64, method })), [200, 400, 405, 413]),
      ),
      { numRuns: RUNS },
    );
  });

  it('answers nearly-right WebhookRequests with 200 or 400, never an internal failure', async () => {
    await fc.assert(
      fc.asyncProperty(webhookRequest, (request) => expectIntended(() => h.dialogflow(httpApiEvent(request)), [200, 400])),
      { numRuns: RUNS },
    );
  });

  it('refuses every call without the configured credentials with 401, writing nothing', async () => {
    const saved = h.runtime.webhookAuth;
    h.runtime.webhookAuth = new CredentialWebhookAuthenticator({
      credentials: async () => ({ basic: { username: 'dialogflow', password: 'pa55word' }, header: { name: 'x-webhook-secret', value: 'shared-secret' } }),
    });
    try {
      const authorization = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map(([u, p]) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`),
        fc.constant(`Basic ${Buffer.from('dialogflow:pa55word').toString('base64')}`),
      );
      const secret = fc.oneof(fc.string({ maxLength: 20 }), fc.constant('shared-secret'), fc.constant(undefined));
      await fc.assert(
        fc.asyncProperty(authorization, secret, webhookRequest, async (auth, headerSecret, request) => {
          // both credentials right is the one way in; fast-check finds it too
          const both = auth === `Basic ${Buffer.from('dialogflow:pa55word').toString('base64')}` && headerSecret === 'shared-secret';
          const headers: Record<string, string> = { authorization: auth, ...(headerSecret !== undefined ? { 'x-webhook-secret': headerSecret } : {}) };
          await expectIntended(() => h.dialogflow(httpApiEvent(request, headers)), both ? [200, 400] : [401]);
        }),
        { numRuns: RUNS },
      );
    } finally {
      h.runtime.webhookAuth = saved;
    }
  });
});
