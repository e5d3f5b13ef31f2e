/**
 * Amazon's certificate host (s3.amazonaws.com) cannot be reached from tests, and its real
 * certificate would tie the suite to Amazon's rotation schedule. Instead a root, intermediate
 * and leaf are generated at test time with node-forge (test/support/certs.ts) and served
 * through the verifier's injected fetch.
 */
import { AlexaRequestVerificationError, RequestTimestampError, SignatureMismatchError, SignatureMissingError } from '../../../src/infra/auth/alexa-signature-errors';
import { alexaEnvelope, signSha1, TEST_ACCESS_TOKEN, TEST_CERT_URL, type AlexaTestPki, verifierBench } from '../../support/certs';

const NOW = new Date('2026-06-15T12:00:00.000Z');

let pki: AlexaTestPki;
const { signedRequest, verifierServing, goodChain, pki: makePki } = verifierBench(NOW);

beforeAll(() => {
  pki = makePki();
});

describe('AlexaRequestVerifier', () => {
  describe('verify', () => {
    it('accepts a request signed by a leaf that chains through the intermediate to a trusted root', async () => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest())).resolves.toBeUndefined();
    });

    it('accepts a non-ASCII UTF-8 body, verifying the exact bytes received', async () => {
      // Given a body with multi-byte characters and escapes that a re-serialised JSON would change
      const body = Buffer.from(
        `{"version":"1.0","request":{"type":"IntentRequest","timestamp":"${NOW.toISOString()}","locale":"de-DE",` +
          `"intent":{"slots":{"product":{"value":"Müsli für Zoë — 咖啡 \\u00e9"}}}},  "padding" : 1 }`,
        'utf8',
      );
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ body }))).resolves.toBeUndefined();
    });

    it('matches header names case-insensitively, as API Gateway lower-cases them', async () => {
      const { verifier } = verifierServing(goodChain());
      const request = signedRequest();
      const headers = {
        signaturecertchainurl: request.headers.SignatureCertChainUrl,
        'signature-256': request.headers['Signature-256'],
      };

      await expect(verifier.verify({ rawBody: request.rawBody, headers })).resolves.toBeUndefined();
    });

    it('never puts the body in its errors', async () => {
      const { verifier } = verifierServing(goodChain());
      const request = signedRequest();
      const tampered = Buffer.from(request.rawBody.toString('utf8').replace('IntentRequest', 'IntentRequesT'));

      const error = await verifier.verify({ ...request, rawBody: tampered }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(SignatureMismatchError);
      const everything = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
      expect(everything).not.toContain(TEST_ACCESS_TOKEN);
      expect(everything).not.toContain('amzn1.ask.account.A');
    });
  });

  describe('signature', () => {
    it('rejects a body with one byte changed', async () => {
      const { verifier } = verifierServing(goodChain());
      const request = signedRequest();
      const rawBody = Buffer.from(request.rawBody);
      rawBody[rawBody.length - 3] ^= 0x01;

      await expect(verifier.verify({ ...request, rawBody })).rejects.toBeInstanceOf(SignatureMismatchError);
    });

    it('rejects a request carrying only the retired SHA-1 Signature header', async () => {
      const { verifier } = verifierServing(goodChain());
      const rawBody = alexaEnvelope(NOW.toISOString());
      const headers = { SignatureCertChainUrl: TEST_CERT_URL, Signature: signSha1(rawBody, pki.leafKey) };

      const error = await verifier.verify({ rawBody, headers }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(SignatureMissingError);
      expect((error as SignatureMissingError).sha1Only).toBe(true);
    });

    it('rejects a request with no signature at all', async () => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ headers: { 'Signature-256': undefined } }))).rejects.toMatchObject({
        name: 'SignatureMissingError',
        sha1Only: false,
      });
    });

    it('rejects a signature made by another key', async () => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ key: pki.strangerKey }))).rejects.toBeInstanceOf(SignatureMismatchError);
    });

    it('rejects a SHA-1 signature placed in the Signature-256 header', async () => {
      const { verifier } = verifierServing(goodChain());
      const rawBody = alexaEnvelope(NOW.toISOString());
      const headers = { SignatureCertChainUrl: TEST_CERT_URL, 'Signature-256': signSha1(rawBody, pki.leafKey) };

      await expect(verifier.verify({ rawBody, headers })).rejects.toBeInstanceOf(SignatureMismatchError);
    });

    it('rejects a signature that is not base64 of a signature', async () => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ headers: { 'Signature-256': '!!not-base64!!' } }))).rejects.toBeInstanceOf(SignatureMismatchError);
    });
  });

  describe('timestamp', () => {
    const at = (offsetSeconds: number) => new Date(NOW.getTime() + offsetSeconds * 1000).toISOString();

    it.each([
      ['150 s old', at(-150)],
      ['150 s ahead (clock skew)', at(150)],
      ['with a time-zone offset', '2026-06-15T13:59:00+02:00'],
    ])('accepts a timestamp %s', async (_label, timestamp) => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ body: alexaEnvelope(timestamp) }))).resolves.toBeUndefined();
    });

    it.each([
      ['older than 150 s', at(-151), 'too-old'],
      ['an hour old (replay)', at(-3600), 'too-old'],
      ['more than 150 s in the future', at(151), 'in-future'],
      ['unparsable', 'yesterday at noon', 'unparsable'],
      ['not ISO 8601', 'Mon, 15 Jun 2026 12:00:00 GMT', 'unparsable'],
      ['an impossible date', '2026-13-45T25:61:00Z', 'unparsable'],
      ['a number', NOW.getTime(), 'unparsable'],
      ['missing', undefined, 'missing'],
    ])('rejects a timestamp %s', async (_label, timestamp, reason) => {
      const { verifier } = verifierServing(goodChain());

      const error = await verifier.verify(signedRequest({ body: alexaEnvelope(timestamp) })).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(RequestTimestampError);
      expect((error as RequestTimestampError).reason).toBe(reason);
    });

    it('rejects a signed body that is not JSON', async () => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ body: Buffer.from('not json') }))).rejects.toMatchObject({
        name: 'RequestTimestampError',
        reason: 'missing',
      });
    });
  });

  it('raises only AlexaRequestVerificationError subclasses, so callers can answer 400 with one check', async () => {
    const { verifier } = verifierServing(goodChain());
    const failures = await Promise.all([
      verifier.verify(signedRequest({ url: 'http://s3.amazonaws.com/echo.api/c.pem' })).catch((e: unknown) => e),
      verifier.verify(signedRequest({ key: pki.strangerKey })).catch((e: unknown) => e),
      verifier.verify(signedRequest({ body: alexaEnvelope('old') })).catch((e: unknown) => e),
    ]);

    for (const failure of failures) expect(failure).toBeInstanceOf(AlexaRequestVerificationError);
  });
});
