/**
 * Amazon's certificate host (s3.amazonaws.com) cannot be reached from tests, and its real
 * certificate would tie the suite to Amazon's rotation schedule. Instead a root, intermediate
 * and leaf are generated at test time with node-forge (test/support/certs.ts) and served
 * through the verifier's injected fetch.
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { CertificateChainError, CertificateFetchError } from '../../../src/infra/auth/alexa-signature-errors';
import { AlexaRequestVerifier, httpsFetchCertificate } from '../../../src/infra/auth/alexa-signature';
import { alexaEnvelope, bundle, daysFrom, fakeCertHost, issueCertificate, TEST_CERT_URL, type AlexaTestPki, verifierBench } from '../../support/certs';

const NOW = new Date('2026-06-15T12:00:00.000Z');

let pki: AlexaTestPki;
const { signedRequest, verifierServing, goodChain, pki: makePki } = verifierBench(NOW);

beforeAll(() => {
  pki = makePki();
});

describe('AlexaRequestVerifier', () => {
  describe('certificate chain', () => {
    it('rejects a leaf whose subjectAltName is not echo-api.amazon.com', async () => {
      const leaf = pki.issueLeaf({ commonName: 'echo-api.amazon.com', dnsNames: ['echo-api.amazon.com.evil.example'] });
      const { verifier } = verifierServing(bundle(leaf, pki.intermediate));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'subject-alt-name' });
    });

    it('rejects a wildcard subjectAltName', async () => {
      const leaf = pki.issueLeaf({ dnsNames: ['*.amazon.com'] });
      const { verifier } = verifierServing(bundle(leaf, pki.intermediate));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ reason: 'subject-alt-name' });
    });

    it('rejects an expired leaf', async () => {
      const leaf = pki.issueLeaf({ notBefore: daysFrom(NOW, -60), notAfter: daysFrom(NOW, -1) });
      const { verifier } = verifierServing(bundle(leaf, pki.intermediate));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'expired' });
    });

    it('rejects a leaf that is not valid yet', async () => {
      const leaf = pki.issueLeaf({ notBefore: daysFrom(NOW, 1), notAfter: daysFrom(NOW, 60) });
      const { verifier } = verifierServing(bundle(leaf, pki.intermediate));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'not-yet-valid' });
    });

    it('rejects an expired intermediate even when the leaf is in date', async () => {
      const intermediate = issueCertificate({
        commonName: 'Voice Shop Test Intermediate CA',
        key: pki.intermediateKey,
        issuer: pki.root,
        isCa: true,
        notBefore: daysFrom(NOW, -400),
        notAfter: daysFrom(NOW, -2),
      });
      const { verifier } = verifierServing(bundle(pki.leaf, intermediate));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'expired' });
    });

    it('rejects a chain to a root that is not trusted, even one copying the trusted root’s name', async () => {
      // Given an attacker root with the same subject as ours but its own key
      const forgedRoot = issueCertificate({
        commonName: 'Voice Shop Test Root CA',
        key: pki.strangerKey,
        isCa: true,
        notBefore: daysFrom(NOW, -10),
        notAfter: daysFrom(NOW, 100),
      });
      const forgedIntermediate = issueCertificate({
        commonName: 'Voice Shop Test Intermediate CA',
        key: pki.intermediateKey,
        issuer: forgedRoot,
        isCa: true,
        notBefore: daysFrom(NOW, -10),
        notAfter: daysFrom(NOW, 100),
      });
      const leaf = pki.issueLeaf({ issuer: forgedIntermediate });
      const { verifier } = verifierServing(bundle(leaf, forgedIntermediate, forgedRoot));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'untrusted' });
    });

    it('rejects a self-signed leaf with the right subjectAltName', async () => {
      const selfSigned = issueCertificate({
        commonName: 'echo-api.amazon.com',
        key: pki.leafKey,
        dnsNames: ['echo-api.amazon.com'],
        notBefore: daysFrom(NOW, -1),
        notAfter: daysFrom(NOW, 30),
      });
      const { verifier } = verifierServing(bundle(selfSigned));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'untrusted' });
    });

    it('rejects a bundle missing the intermediate', async () => {
      const { verifier } = verifierServing(bundle(pki.leaf));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'untrusted' });
    });

    it('rejects an issuer whose basic constraints say it is not a CA', async () => {
      // Given an intermediate allowed to sign certificates by key usage, but cA false
      const notCa = issueCertificate({
        commonName: 'Voice Shop Test Intermediate CA',
        key: pki.intermediateKey,
        issuer: pki.root,
        isCa: true,
        basicConstraintsCa: false,
        notBefore: daysFrom(NOW, -10),
        notAfter: daysFrom(NOW, 100),
      });
      const leaf = pki.issueLeaf({ issuer: notCa });
      const { verifier } = verifierServing(bundle(leaf, notCa));

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'issuer-not-ca' });
    });

    it('rejects a response that holds no certificate', async () => {
      const { verifier } = verifierServing('<html>Access Denied</html>');

      await expect(verifier.verify(signedRequest())).rejects.toMatchObject({ name: 'CertificateChainError', reason: 'no-certificate' });
    });

    it('reports a failed download as CertificateFetchError with its cause', async () => {
      const verifier = new AlexaRequestVerifier({
        trustedRoots: [pki.root.pem],
        now: () => NOW,
        fetchCertificate: () => Promise.reject(new Error('ETIMEDOUT')),
      });

      const error = await verifier.verify(signedRequest()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(CertificateFetchError);
      expect(((error as Error).cause as Error).message).toBe('ETIMEDOUT');
    });

    it('distrusts the test root by default, using the system root store', async () => {
      const host = fakeCertHost({ [TEST_CERT_URL]: goodChain() });
      const verifier = new AlexaRequestVerifier({ now: () => NOW, fetchCertificate: host.fetchCertificate });

      await expect(verifier.verify(signedRequest())).rejects.toBeInstanceOf(CertificateChainError);
    });
  });

  describe('certificate cache', () => {
    it('does not fetch again for a second request with the same certificate URL', async () => {
      const { verifier, host } = verifierServing(goodChain());

      await verifier.verify(signedRequest());
      await verifier.verify(signedRequest({ url: 'https://S3.amazonaws.com:443/echo.api/./echo-api-cert-12.pem' }));

      expect(host.fetched).toEqual([TEST_CERT_URL]);
    });

    it('fetches once for concurrent requests', async () => {
      const { verifier, host } = verifierServing(goodChain());

      await Promise.all([verifier.verify(signedRequest()), verifier.verify(signedRequest()), verifier.verify(signedRequest())]);

      expect(host.fetched).toHaveLength(1);
    });

    it('fetches again once the cached certificate has expired', async () => {
      // Given a cached leaf expiring in 15 days and a renewed one published at the same URL
      const clock = { now: NOW };
      const pemByUrl: Record<string, string> = { [TEST_CERT_URL]: goodChain() };
      const host = fakeCertHost(pemByUrl);
      const verifier = new AlexaRequestVerifier({ trustedRoots: [pki.root.pem], now: () => clock.now, fetchCertificate: host.fetchCertificate });
      await verifier.verify(signedRequest());
      pemByUrl[TEST_CERT_URL] = bundle(pki.issueLeaf({ notBefore: daysFrom(NOW, 10), notAfter: daysFrom(NOW, 60) }), pki.intermediate);

      // When a request arrives 20 days later
      clock.now = daysFrom(NOW, 20);
      const later = signedRequest({ body: alexaEnvelope(clock.now.toISOString()) });

      // Then the renewed certificate is downloaded and used
      await expect(verifier.verify(later)).resolves.toBeUndefined();
      expect(host.fetched).toEqual([TEST_CERT_URL, TEST_CERT_URL]);
    });

    it('does not cache a failed download', async () => {
      let attempts = 0;
      const verifier = new AlexaRequestVerifier({
        trustedRoots: [pki.root.pem],
        now: () => NOW,
        fetchCertificate: async () => {
          attempts += 1;
          if (attempts === 1) throw new Error('ECONNRESET');
          return goodChain();
        },
      });

      await expect(verifier.verify(signedRequest())).rejects.toBeInstanceOf(CertificateFetchError);
      await expect(verifier.verify(signedRequest())).resolves.toBeUndefined();
      expect(attempts).toBe(2);
    });

    it('does not cache a chain that failed verification', async () => {
      const pemByUrl: Record<string, string> = { [TEST_CERT_URL]: bundle(pki.leaf) };
      const host = fakeCertHost(pemByUrl);
      const verifier = new AlexaRequestVerifier({ trustedRoots: [pki.root.pem], now: () => NOW, fetchCertificate: host.fetchCertificate });

      await expect(verifier.verify(signedRequest())).rejects.toBeInstanceOf(CertificateChainError);
      pemByUrl[TEST_CERT_URL] = goodChain();
      await expect(verifier.verify(signedRequest())).resolves.toBeUndefined();
    });
  });
});

describe('httpsFetchCertificate', () => {
  it('gives up after its timeout when the server never answers', async () => {
    // Given a loopback TCP server that accepts and then stays silent (no TLS handshake)
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const started = Date.now();
    try {
      await expect(httpsFetchCertificate(`https://127.0.0.1:${port}/echo.api/cert.pem`, 200)).rejects.toThrow('timed out after 200 ms');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
