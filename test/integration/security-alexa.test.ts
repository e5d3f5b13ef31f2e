/**
 * Alexa request authenticity through the exported handlers: the web-service endpoint
 * (lambda/alexa-https.ts) verifies every signature before anything is read or written, the
 * local server does the same when VERIFY_ALEXA_SIGNATURES=true, and the Lambda trigger refuses
 * requests for another skill without touching the store.
 */
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AlexaRequestVerifier } from '../../src/infra/auth/alexa-signature';
import { createLocalServer } from '../../src/local/server';
import { buildAlexaTestPki, bundle, daysFrom, fakeCertHost, issueCertificate, signSha1, signSha256, TEST_CERT_URL, type AlexaTestPki } from '../support/certs';
import { alexaIntent, alexaLaunch, httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { countWrites } from '../support/writes';

type HttpsHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

let h: Harness;
let https: HttpsHandler;
let pki: AlexaTestPki;
let writes: ReturnType<typeof countWrites>;
const NOW = new Date();
const SAN_URL = (name: string) => `https://s3.amazonaws.com/echo.api/${name}.pem`;

beforeAll(async () => {
  pki = buildAlexaTestPki(NOW);
  h = await startHarness();
  https = (await import('../../lambda/alexa-https')).handler as HttpsHandler;
  const strangerRoot = issueCertificate({ commonName: 'Voice Shop Test Root CA', key: pki.strangerKey, isCa: true, notBefore: daysFrom(NOW, -10), notAfter: daysFrom(NOW, 100) });
  const strangerLeaf = issueCertificate({
    commonName: 'echo-api.amazon.com',
    key: pki.leafKey,
    issuer: strangerRoot,
    dnsNames: ['echo-api.amazon.com'],
    notBefore: daysFrom(NOW, -1),
    notAfter: daysFrom(NOW, 10),
  });
  const host = fakeCertHost({
    [TEST_CERT_URL]: bundle(pki.leaf, pki.intermediate),
    [SAN_URL('wrong-san')]: bundle(pki.issueLeaf({ dnsNames: ['echo-api.example.com'] }), pki.intermediate),
    [SAN_URL('expired')]: bundle(pki.issueLeaf({ notBefore: daysFrom(NOW, -30), notAfter: daysFrom(NOW, -1) }), pki.intermediate),
    [SAN_URL('untrusted')]: bundle(strangerLeaf, strangerRoot),
  });
  h.runtime.alexaVerifier = new AlexaRequestVerifier({ trustedRoots: [pki.root.pem], fetchCertificate: host.fetchCertificate });
  writes = countWrites(h.tap);
});
afterAll(async () => {
  await h.close();
});

const envelopeBytes = (overrides: { timestamp?: unknown; applicationId?: string; query?: string } = {}) => {
  const envelope = alexaIntent('SearchIntent', { query: overrides.query ?? 'paper towels' }, { userId: 'amzn1.ask.account.SIGNED', applicationId: overrides.applicationId });
  if ('timestamp' in overrides) (envelope.request as { timestamp: unknown }).timestamp = overrides.timestamp;
  return Buffer.from(JSON.stringify(envelope), 'utf8');
};

function signed(
  body: Buffer,
  options: { url?: string; key?: typeof pki.leafKey; headers?: Record<string, string | undefined>; base64?: boolean; sentBody?: Buffer } = {},
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  const all = { SignatureCertChainUrl: options.url ?? TEST_CERT_URL, 'Signature-256': signSha256(body, options.key ?? pki.leafKey), ...options.headers };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) headers[k] = v;
  const sent = options.sentBody ?? body;
  const event = httpApiEvent(sent.toString('utf8'), headers, { base64: options.base64 });
  if (options.base64) event.body = sent.toString('base64');
  return { ...event, routeKey: 'POST /alexa', rawPath: '/alexa' };
}

const speechOf = (result: APIGatewayProxyStructuredResultV2) => JSON.parse(result.body as string).response?.outputSpeech?.ssml as string;

describe('Alexa web-service endpoint (lambda/alexa-https.ts)', () => {
  describe('accepts authentic requests', () => {
    it('answers a request signed by a leaf chaining to a trusted root', async () => {
      const result = await https(signed(envelopeBytes()));
      expect(result.statusCode).toBe(200);
      expect(speechOf(result)).toMatch(/paper towels/i);
    });

    it('verifies the decoded bytes when API Gateway base64-encodes the body', async () => {
      const result = await https(signed(envelopeBytes(), { base64: true }));
      expect(result.statusCode).toBe(200);
    });

    it('verifies a non-ASCII body byte for byte', async () => {
      const result = await https(signed(envelopeBytes({ query: 'Müsli für Zoë — 咖啡' }), { base64: true }));
      expect(result.statusCode).toBe(200);
    });
  });

  describe('refuses forged or stale requests with 400 before anything is read or written', () => {
    const body = () => envelopeBytes();
    const changedByte = () => {
      const original = body();
      const tampered = Buffer.from(original);
      const at = tampered.indexOf('paper');
      tampered[at] = 'P'.charCodeAt(0);
      return signed(original, { sentBody: tampered });
    };
    const cases: Array<[string, () => APIGatewayProxyEventV2, RegExp]> = [
      ['one changed body byte', changedByte, /signature does not match/],
      ['a signature by a key the certificate does not hold', () => signed(body(), { key: pki.strangerKey }), /signature does not match/],
      ['a SHA-1-only signature', () => signed(body(), { headers: { 'Signature-256': undefined, Signature: signSha1(body(), pki.leafKey) } }), /SHA-1/],
      ['no signature at all', () => signed(body(), { headers: { 'Signature-256': undefined } }), /Signature-256 header missing/],
      ['no certificate URL', () => signed(body(), { headers: { SignatureCertChainUrl: undefined } }), /missing/],
      ['a /echo.api/../ certificate URL', () => signed(body(), { url: 'https://s3.amazonaws.com/echo.api/../evil/cert.pem' }), /path/],
      ['an http certificate URL', () => signed(body(), { url: 'http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem' }), /scheme/],
      ['another host', () => signed(body(), { url: 'https://s3.evil.com/echo.api/echo-api-cert-12.pem' }), /host/],
      ['another port', () => signed(body(), { url: 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert-12.pem' }), /port/],
      ['a certificate for another host name', () => signed(body(), { url: SAN_URL('wrong-san') }), /subject-alt-name/],
      ['an expired certificate', () => signed(body(), { url: SAN_URL('expired') }), /expired/],
      ['a chain to an untrusted root', () => signed(body(), { url: SAN_URL('untrusted') }), /untrusted/],
      ['a certificate that cannot be fetched', () => signed(body(), { url: SAN_URL('missing') }), /could not fetch/],
      ['a timestamp 200 s old', () => signed(envelopeBytes({ timestamp: new Date(Date.now() - 200_000).toISOString() })), /too-old/],
      ['a timestamp 200 s in the future', () => signed(envelopeBytes({ timestamp: new Date(Date.now() + 200_000).toISOString() })), /in-future/],
      ['an unparsable timestamp', () => signed(envelopeBytes({ timestamp: 'yesterday at noon' })), /unparsable/],
      ['a numeric timestamp', () => signed(envelopeBytes({ timestamp: 1700000000 })), /unparsable/],
      ['a signed request for another skill', () => signed(envelopeBytes({ applicationId: 'amzn1.ask.skill.someone-else' })), /another skill/],
      ['a signed body that is not JSON', () => signed(Buffer.from('{"version": "1.0", "request": ')), /.+/],
      ['an empty body', () => signed(Buffer.alloc(0)), /body is empty/],
    ];

    it.each(cases)('%s', async (_label, makeEvent, reason) => {
      writes.reset();
      const result = await https(makeEvent());
      expect(result.statusCode).toBe(400);
      expect(JSON.parse(result.body as string).error).toMatch(reason);
      expect(writes.count).toBe(0);
    });

    it('answers a GET with 405', async () => {
      const event = signed(envelopeBytes());
      const result = await https({ ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: 'GET' } } });
      expect(result.statusCode).toBe(405);
    });
  });
});

describe('Alexa Lambda trigger (lambda/alexa.ts)', () => {
  it('refuses a request for another skill without reading or writing the store', async () => {
    writes.reset();
    const envelope = alexaLaunch({ userId: 'amzn1.ask.account.OTHER-SKILL', applicationId: 'amzn1.ask.skill.someone-else' });
    await expect(h.alexa(envelope)).rejects.toMatchObject({ name: 'SkillIdMismatchError' });
    expect(writes.count).toBe(0);
    expect(await h.runtime.deps.dialogState.get('alexa:amzn1.ask.account.OTHER-SKILL')).toBeUndefined();
  });

  it('writes for its own skill (the counter sees writes)', async () => {
    writes.reset();
    await h.alexa(alexaLaunch({ userId: 'amzn1.ask.account.OWN-SKILL' }));
    expect(writes.count).toBeGreaterThan(0);
  });
});

describe('local server with VERIFY_ALEXA_SIGNATURES=true', () => {
  it('refuses an unsigned POST /alexa with 400 and answers a signed one', async () => {
    const server = createLocalServer({ alexa: h.alexa, dialogflow: h.dialogflow, alexaHttps: https });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const body = envelopeBytes();
      writes.reset();
      const unsigned = await fetch(`${base}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(unsigned.status).toBe(400);
      expect(writes.count).toBe(0);
      const headers = { 'content-type': 'application/json', SignatureCertChainUrl: TEST_CERT_URL, 'Signature-256': signSha256(body, pki.leafKey) };
      const ok = await fetch(`${base}/alexa`, { method: 'POST', headers, body });
      expect(ok.status).toBe(200);
    } finally {
      server.close();
    }
  });

  it('is off unless configured', async () => {
    const { loadConfig } = await import('../../src/config');
    const base = { STAGE: 'local', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1/jwks' };
    expect(loadConfig(base).verifyAlexaSignatures).toBe(false);
    expect(loadConfig({ ...base, VERIFY_ALEXA_SIGNATURES: 'true' }).verifyAlexaSignatures).toBe(true);
    expect(() => loadConfig({ ...base, VERIFY_ALEXA_SIGNATURES: 'yes' })).toThrow(/VERIFY_ALEXA_SIGNATURES must be true or false/);
  });
});
