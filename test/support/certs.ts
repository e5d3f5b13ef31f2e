/**
 * Test PKI for Alexa request signatures: a root, an intermediate and a leaf naming
 * echo-api.amazon.com, built with node-forge at test time so nothing expires in the repo.
 * (Amazon's real certificate host cannot be reached from tests; verifiers get these PEMs
 * through an injected fetch.)
 */
import { sign } from 'node:crypto';
import forge from 'node-forge';
import { AlexaRequestVerifier } from '../../src/infra/auth/alexa-signature';

export const ALEXA_SAN = 'echo-api.amazon.com';

export interface TestKey {
  privateKeyPem: string;
  publicKey: forge.pki.rsa.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
}

export interface TestCert {
  pem: string;
  cert: forge.pki.Certificate;
  key: TestKey;
}

export interface CertSpec {
  commonName: string;
  key: TestKey;
  /** who signs it; omitted = self-signed */
  issuer?: TestCert;
  isCa?: boolean;
  /** overrides basicConstraints cA alone, to build a certificate that may sign but is no CA */
  basicConstraintsCa?: boolean;
  /** DNS names for subjectAltName */
  dnsNames?: readonly string[];
  notBefore: Date;
  notAfter: Date;
  /** organisation in the subject, so a forged root can copy a real one's name */
  organisation?: string;
}

/** RSA 2048; node-forge hands generation to Node's native crypto, so this takes ~100 ms. */
export function generateKey(): TestKey {
  const pair = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  return { privateKeyPem: forge.pki.privateKeyToPem(pair.privateKey), publicKey: pair.publicKey, privateKey: pair.privateKey };
}

let serial = 1;

export function issueCertificate(spec: CertSpec): TestCert {
  const cert = forge.pki.createCertificate();
  cert.publicKey = spec.key.publicKey;
  // leading 01 keeps the DER integer positive
  cert.serialNumber = `01${(serial++).toString(16).padStart(8, '0')}`;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  const subject = [
    { name: 'commonName', value: spec.commonName },
    { name: 'organizationName', value: spec.organisation ?? 'Voice Shop Test PKI' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(spec.issuer ? spec.issuer.cert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: spec.basicConstraintsCa ?? spec.isCa ?? false, critical: true },
    spec.isCa ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true } : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (spec.dnsNames?.length) {
    extensions.push({ name: 'subjectAltName', altNames: spec.dnsNames.map((value) => ({ type: 2, value })) });
  }
  cert.setExtensions(extensions);
  cert.sign(spec.issuer ? spec.issuer.key.privateKey : spec.key.privateKey, forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), cert, key: spec.key };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysFrom(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

export interface AlexaTestPki {
  rootKey: TestKey;
  intermediateKey: TestKey;
  leafKey: TestKey;
  /** a key no certificate here belongs to */
  strangerKey: TestKey;
  root: TestCert;
  intermediate: TestCert;
  /** valid for 30 days around `now`, SAN echo-api.amazon.com */
  leaf: TestCert;
  /** issues another leaf under the intermediate (for wrong SAN, expired, not-yet-valid cases) */
  issueLeaf(overrides: Partial<CertSpec>): TestCert;
}

/** Builds root -> intermediate -> leaf, all valid at `now`. Generates four RSA keys. */
export function buildAlexaTestPki(now: Date): AlexaTestPki {
  const rootKey = generateKey();
  const intermediateKey = generateKey();
  const leafKey = generateKey();
  const strangerKey = generateKey();
  const root = issueCertificate({
    commonName: 'Voice Shop Test Root CA',
    key: rootKey,
    isCa: true,
    notBefore: daysFrom(now, -365),
    notAfter: daysFrom(now, 3650),
  });
  const intermediate = issueCertificate({
    commonName: 'Voice Shop Test Intermediate CA',
    key: intermediateKey,
    issuer: root,
    isCa: true,
    notBefore: daysFrom(now, -180),
    notAfter: daysFrom(now, 1825),
  });
  const issueLeaf = (overrides: Partial<CertSpec>): TestCert =>
    issueCertificate({
      commonName: ALEXA_SAN,
      key: leafKey,
      issuer: intermediate,
      dnsNames: [ALEXA_SAN],
      notBefore: daysFrom(now, -15),
      notAfter: daysFrom(now, 15),
      ...overrides,
    });
  return { rootKey, intermediateKey, leafKey, strangerKey, root, intermediate, leaf: issueLeaf({}), issueLeaf };
}

/** PEM bundle as Amazon serves it: leaf first, then the intermediates. */
export function bundle(...certs: readonly TestCert[]): string {
  return certs.map((cert) => cert.pem).join('');
}

/** RSA-SHA256 over the exact bytes, base64, as Alexa's `Signature-256` header. */
export function signSha256(body: Buffer, key: TestKey): string {
  return sign('sha256', body, key.privateKeyPem).toString('base64');
}

/** RSA-SHA1, as the retired `Signature` header. */
export function signSha1(body: Buffer, key: TestKey): string {
  return sign('sha1', body, key.privateKeyPem).toString('base64');
}

// ---- signed Alexa requests served by a fake certificate host ----

export const TEST_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
export const TEST_ACCESS_TOKEN = 'Atza|secret-access-token-do-not-log';

/** A minimal IntentRequest envelope whose `request.timestamp` is whatever the test needs. */
export function alexaEnvelope(timestamp: unknown): Buffer {
  return Buffer.from(
    JSON.stringify({
      version: '1.0',
      session: { new: true, sessionId: 'amzn1.echo-api.session.1', user: { userId: 'amzn1.ask.account.A', accessToken: TEST_ACCESS_TOKEN } },
      request: { type: 'IntentRequest', requestId: 'amzn1.echo-api.request.1', timestamp, locale: 'en-US' },
    }),
    'utf8',
  );
}

export interface SignedRequestParts {
  body: Buffer;
  key: TestKey;
  url?: string;
  /** merged last: set a header to undefined to drop it */
  headers?: Record<string, string | undefined>;
}

export function signedAlexaRequest(parts: SignedRequestParts): { rawBody: Buffer; headers: Record<string, string | undefined> } {
  return {
    rawBody: parts.body,
    headers: {
      SignatureCertChainUrl: parts.url ?? TEST_CERT_URL,
      'Signature-256': signSha256(parts.body, parts.key),
      ...parts.headers,
    },
  };
}

/** Stands in for s3.amazonaws.com: serves PEM text by normalised URL and records each download. */
export function fakeCertHost(pemByUrl: Record<string, string>) {
  const fetched: string[] = [];
  const fetchCertificate = async (url: string): Promise<string> => {
    fetched.push(url);
    const pem = pemByUrl[url];
    if (pem === undefined) throw new Error(`404 ${url}`);
    return pem;
  };
  return { fetched, pemByUrl, fetchCertificate };
}

/**
 * What every verifier test starts from: a PKI made at `now`, a request signed by its leaf, and a
 * verifier trusting its root while a fake certificate host serves a given chain.
 */
export function verifierBench(now: Date) {
  let pki: AlexaTestPki | undefined;
  const current = () => (pki ??= buildAlexaTestPki(now));
  return {
    pki: current,
    signedRequest: (parts: Partial<SignedRequestParts> = {}) => signedAlexaRequest({ body: alexaEnvelope(now.toISOString()), key: current().leafKey, ...parts }),
    verifierServing(pem: string) {
      const host = fakeCertHost({ [TEST_CERT_URL]: pem });
      const verifier = new AlexaRequestVerifier({ trustedRoots: [current().root.pem], now: () => now, fetchCertificate: host.fetchCertificate });
      return { verifier, host };
    },
    goodChain: () => bundle(current().leaf, current().intermediate),
  };
}
