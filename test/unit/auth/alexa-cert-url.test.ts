/**
 * Amazon's certificate host (s3.amazonaws.com) cannot be reached from tests, and its real
 * certificate would tie the suite to Amazon's rotation schedule. Instead a root, intermediate
 * and leaf are generated at test time with node-forge (test/support/certs.ts) and served
 * through the verifier's injected fetch.
 */
import { SignatureCertUrlError } from '../../../src/infra/auth/alexa-signature-errors';
import { normaliseCertUrl } from '../../../src/infra/auth/alexa-signature';
import { TEST_CERT_URL, verifierBench } from '../../support/certs';

const NOW = new Date('2026-06-15T12:00:00.000Z');

const { signedRequest, verifierServing, goodChain, pki: makePki } = verifierBench(NOW);

// The keys are generated once, before the first test, not inside whichever test runs first.
beforeAll(() => {
  makePki();
});

describe('AlexaRequestVerifier', () => {
  describe('certificate URL', () => {
    it.each([
      ['dot segments escaping /echo.api/', 'https://s3.amazonaws.com/echo.api/../evil/cert.pem', 'path'],
      ['percent-encoded dot segments', 'https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem', 'path'],
      ['an http scheme', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'scheme'],
      ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem', 'host'],
      ['a look-alike host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem', 'host'],
      ['port 563', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', 'port'],
      ['a path in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', 'path'],
      ['credentials in the URL', 'https://user:pw@s3.amazonaws.com/echo.api/echo-api-cert.pem', 'credentials'],
      ['an unparsable URL', 'not a url', 'unparsable'],
    ])('rejects %s before fetching anything', async (_label, url, reason) => {
      const { verifier, host } = verifierServing(goodChain());

      const error = await verifier.verify(signedRequest({ url })).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(SignatureCertUrlError);
      expect((error as SignatureCertUrlError).reason).toBe(reason);
      expect(host.fetched).toEqual([]);
    });

    it('rejects a request without SignatureCertChainUrl', async () => {
      const { verifier } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ headers: { SignatureCertChainUrl: undefined } }))).rejects.toMatchObject({
        name: 'SignatureCertUrlError',
        reason: 'missing',
      });
    });

    it.each([
      ['an upper-case host', 'https://S3.AMAZONAWS.COM/echo.api/echo-api-cert-12.pem'],
      ['an explicit port 443', 'https://s3.amazonaws.com:443/echo.api/echo-api-cert-12.pem'],
      ['an upper-case scheme', 'HTTPS://s3.amazonaws.com/echo.api/echo-api-cert-12.pem'],
      ['harmless dot segments inside /echo.api/', 'https://s3.amazonaws.com/echo.api/x/../echo-api-cert-12.pem'],
    ])('accepts %s and fetches the normalised URL', async (_label, url) => {
      const { verifier, host } = verifierServing(goodChain());

      await expect(verifier.verify(signedRequest({ url }))).resolves.toBeUndefined();
      expect(host.fetched).toEqual([TEST_CERT_URL]);
    });

    it('normalises before checking, so the checked URL is the fetched URL', () => {
      expect(normaliseCertUrl('https://S3.amazonaws.com:443/echo.api/a/./b/../cert.pem')).toBe('https://s3.amazonaws.com/echo.api/a/cert.pem');
    });
  });
});
