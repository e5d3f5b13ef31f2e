/**
 * Mutation fuzzing of real envelopes through the exported handlers and the local server: any
 * path of a real Alexa or Dialogflow request changed to a wrong type, a hostile string or
 * nothing. The answer is a reply or a 4xx with the reason, never a 5xx or an internal failure;
 * a refused request writes nothing; speech and cards carry only characters XML allows.
 *
 * FUZZ_ENVELOPES sets how many envelopes in all (default 2,000, a few seconds' worth);
 * `npm run fuzz -- --runs 20000` runs the full count.
 */
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { AlexaRequestVerifier } from '../../src/infra/auth/alexa-signature';
import { createLocalServer } from '../../src/local/server';
import { buildAlexaTestPki, bundle, fakeCertHost, signSha256, TEST_CERT_URL, type AlexaTestPki } from '../support/certs';
import { httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { countWrites } from '../support/writes';
import { mutatedEnvelope, xmlLegal, type Json } from './mutations';
import { alexaEnvelopes, dialogflowEnvelopes } from './real-envelopes';

const TOTAL = Number(process.env.FUZZ_ENVELOPES ?? 2000);
/** Dialogflow 40 %, the Alexa trigger 30 %, the Alexa HTTPS endpoint 20 %, the local server 10 %. */
const RUNS = { dialogflow: Math.round(TOTAL * 0.4), alexa: Math.round(TOTAL * 0.3), alexaHttps: Math.round(TOTAL * 0.2), local: Math.round(TOTAL * 0.1) };
/** No time limit worth having on a count the caller chose: generous per envelope, for a loaded machine. */
const timeoutFor = (runs: number) => Math.max(30_000, runs * 60);
const INTENDED_REFUSALS = new Set(['AlexaRequestInvalidError', 'SkillIdMismatchError']);
const INTERNAL_FAILURE = /"message":"(turn failed|alexa request failed|alexa https request failed|dialogflow request failed)"/;

type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

let h: Harness;
let https: HttpHandler;
let pki: AlexaTestPki;
let writes: ReturnType<typeof countWrites>;
let alexaBases: Json[];
let dialogflowBases: Json[];
const internalErrors: string[] = [];
/** what was fuzzed, by handler, reported once at the end */
const counted: Record<string, Record<string, number>> = {};

const count = (where: string, outcome: string | number) => {
  counted[where] ??= {};
  counted[where][outcome] = (counted[where][outcome] ?? 0) + 1;
};

beforeAll(async () => {
  pki = buildAlexaTestPki(new Date());
  h = await startHarness({ LOG_LEVEL: 'error' });
  const write = process.stdout.write.bind(process.stdout);
  jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
    if (typeof chunk === 'string' && INTERNAL_FAILURE.test(chunk)) internalErrors.push(chunk);
    else if (typeof chunk === 'string' && chunk.startsWith('{"level"')) return true;
    else write(chunk);
    return true;
  }) as typeof process.stdout.write);
  const host = fakeCertHost({ [TEST_CERT_URL]: bundle(pki.leaf, pki.intermediate) });
  h.runtime.alexaVerifier = new AlexaRequestVerifier({ trustedRoots: [pki.root.pem], fetchCertificate: host.fetchCertificate });
  https = (await import('../../lambda/alexa-https')).handler as HttpHandler;
  writes = countWrites(h.tap);
  const token = await h.idp.token('cust-demo-1');
  alexaBases = alexaEnvelopes(token);
  dialogflowBases = dialogflowEnvelopes(token);
});
afterAll(async () => {
  process.stderr.write(`envelope fuzzing (${TOTAL} envelopes): ${JSON.stringify(counted)}\n`);
  await h.close();
});

/** Every string an Alexa response speaks or shows. */
function alexaTexts(out: ResponseEnvelope): unknown[] {
  const r = out.response ?? {};
  const card = r.card as { title?: string; content?: string } | undefined;
  return [(r.outputSpeech as { ssml?: string })?.ssml, (r.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml, card?.title, card?.content];
}

function expectAlexaAnswer(out: ResponseEnvelope): void {
  expect(out).toMatchObject({ version: '1.0', response: expect.any(Object) });
  const ssml = (out.response.outputSpeech as { ssml?: string } | undefined)?.ssml;
  if (ssml !== undefined) expect(ssml).toMatch(/^<speak>[\s\S]*<\/speak>$/);
  for (const text of alexaTexts(out)) expect(xmlLegal(text)).toBe(true);
}

function expectDialogflowAnswer(result: APIGatewayProxyStructuredResultV2): void {
  const body = JSON.parse(result.body as string) as Record<string, any>;
  if (result.statusCode === 200) {
    expect(typeof body.fulfillmentText).toBe('string');
    const items = (body.payload?.google?.richResponse?.items ?? []) as Array<Record<string, any>>;
    for (const item of items) expect(xmlLegal(item.simpleResponse?.textToSpeech)).toBe(true);
  } else {
    expect(typeof body.error).toBe('string');
    expect(writes.count).toBe(0);
  }
}

/** A signed request whose timestamp is fresh unless the mutation changed it. */
function signedEvent(envelope: Json): APIGatewayProxyEventV2 {
  const request = (envelope as Record<string, any> | null)?.request;
  if (request && typeof request === 'object' && typeof request.timestamp === 'string' && request.timestamp.endsWith('Z')) request.timestamp = new Date().toISOString();
  const body = Buffer.from(JSON.stringify(envelope), 'utf8');
  const event = httpApiEvent(body.toString('utf8'), { SignatureCertChainUrl: TEST_CERT_URL, 'Signature-256': signSha256(body, pki.leafKey) });
  return { ...event, routeKey: 'POST /alexa', rawPath: '/alexa' };
}

function begin(): void {
  writes.reset();
  internalErrors.length = 0;
}

describe('Mutated real envelopes', () => {
  it(
    `Dialogflow webhook (lambda/dialogflow.ts): 200 or 400 with the reason, ${RUNS.dialogflow} requests`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedEnvelope(dialogflowBases), async (envelope) => {
          begin();
          const result = await h.dialogflow(httpApiEvent(JSON.stringify(envelope)));
          count('dialogflow', result.statusCode ?? 0);
          expect([200, 400]).toContain(result.statusCode);
          expectDialogflowAnswer(result);
          expect(internalErrors).toEqual([]);
        }),
        { numRuns: RUNS.dialogflow },
      );
    },
    timeoutFor(RUNS.dialogflow),
  );

  it(
    `Alexa Lambda trigger (lambda/alexa.ts): a response or an intended refusal, ${RUNS.alexa} requests`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedEnvelope(alexaBases), async (envelope) => {
          begin();
          try {
            expectAlexaAnswer(await h.alexa(envelope as unknown as RequestEnvelope));
            count('alexa', 'answered');
          } catch (err) {
            count('alexa', (err as Error)?.name);
            expect(INTENDED_REFUSALS.has((err as Error)?.name)).toBe(true);
            expect(writes.count).toBe(0);
          }
          expect(internalErrors).toEqual([]);
        }),
        { numRuns: RUNS.alexa },
      );
    },
    timeoutFor(RUNS.alexa),
  );

  it(
    `Alexa web-service endpoint (lambda/alexa-https.ts), signed: 200 or 400 with the reason, ${RUNS.alexaHttps} requests`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedEnvelope(alexaBases), async (envelope) => {
          begin();
          const result = await https(signedEvent(envelope));
          count('alexa-https', result.statusCode ?? 0);
          expect([200, 400]).toContain(result.statusCode);
          const body = JSON.parse(result.body as string);
          if (result.statusCode === 200) expectAlexaAnswer(body as ResponseEnvelope);
          else {
            expect(typeof body.error).toBe('string');
            expect(writes.count).toBe(0);
          }
          expect(internalErrors).toEqual([]);
        }),
        { numRuns: RUNS.alexaHttps },
      );
    },
    timeoutFor(RUNS.alexaHttps),
  );

  it(
    `local server (npm start): no 5xx for either platform, ${RUNS.local} requests`,
    async () => {
      const server = createLocalServer({ alexa: h.alexa, dialogflow: h.dialogflow });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const request = fc.oneof(
          mutatedEnvelope(alexaBases).map((e) => ['/alexa', e] as const),
          mutatedEnvelope(dialogflowBases).map((e) => ['/dialogflow', e] as const),
        );
        await fc.assert(
          fc.asyncProperty(request, async ([path, envelope]) => {
            begin();
            const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
            count(`local ${path}`, response.status);
            expect([200, 400]).toContain(response.status);
            const body = (await response.json()) as Record<string, unknown>;
            if (response.status === 400) expect(typeof body.error).toBe('string');
            expect(internalErrors).toEqual([]);
          }),
          { numRuns: RUNS.local },
        );
      } finally {
        server.close();
      }
    },
    timeoutFor(RUNS.local),
  );
});
