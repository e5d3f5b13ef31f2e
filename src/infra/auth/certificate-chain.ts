import { X509Certificate, type KeyObject } from 'node:crypto';
import { CertificateChainError, ChainProblem } from './alexa-signature-errors';

/** The host Amazon's signing certificate must name in its subjectAltName. */
export const ALEXA_SIGNING_HOST = 'echo-api.amazon.com';

/** Longest chain we walk (leaf + intermediates); Amazon's is leaf + one or two intermediates. */
const MAX_CHAIN_LENGTH = 6;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** A signing certificate that passed every check, ready to verify signatures until `notAfter`. */
export interface VerifiedSigningCertificate {
  /** leaf first, then each issuer up to and including the trust anchor */
  chain: readonly X509Certificate[];
  publicKey: KeyObject;
  /** earliest `validTo` in the chain, epoch ms: past it the certificate must be checked again */
  notAfter: number;
}

/** Parses PEM text into certificates, keeping order (the leaf comes first). */
export function parsePemBundle(pem: string, url: string): X509Certificate[] {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new CertificateChainError(ChainProblem.NoCertificate, url);
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch (cause) {
    throw new CertificateChainError(ChainProblem.Unparsable, url, undefined, { cause });
  }
}

/** Parses trusted root PEMs once; a malformed entry in configuration is a programming error. */
export function parseTrustedRoots(pems: readonly string[]): X509Certificate[] {
  return pems.flatMap((pem) => (pem.match(PEM_BLOCK) ?? []).map((block) => new X509Certificate(block)));
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  // checkIssued only compares names and key ids; the signature check is what proves it
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

function checkDates(cert: X509Certificate, now: number, url: string): void {
  if (now < Date.parse(cert.validFrom)) throw new CertificateChainError(ChainProblem.NotYetValid, url, cert.subject);
  if (now > Date.parse(cert.validTo)) throw new CertificateChainError(ChainProblem.Expired, url, cert.subject);
}

/**
 * Walks from the leaf to a trusted root. At each step a trust anchor is tried before the bundle,
 * so a bundle that also carries a cross-signed copy of a root still ends at the root we trust.
 */
function buildChain(bundle: readonly X509Certificate[], roots: readonly X509Certificate[], url: string): X509Certificate[] {
  const [leaf, ...rest] = bundle;
  const chain = [leaf];
  const unused = [...rest];
  let current = leaf;
  for (;;) {
    if (roots.some((root) => root.fingerprint256 === current.fingerprint256)) return chain;
    const anchor = roots.find((root) => issuedBy(current, root));
    if (anchor) {
      if (!anchor.ca) throw new CertificateChainError(ChainProblem.NotCa, url, anchor.subject);
      chain.push(anchor);
      return chain;
    }
    const index = unused.findIndex((candidate) => issuedBy(current, candidate));
    if (index < 0) throw new CertificateChainError(ChainProblem.Untrusted, url, current.subject);
    const issuer = unused.splice(index, 1)[0];
    if (!issuer.ca) throw new CertificateChainError(ChainProblem.NotCa, url, issuer.subject);
    if (chain.length >= MAX_CHAIN_LENGTH) throw new CertificateChainError(ChainProblem.TooLong, url);
    chain.push(issuer);
    current = issuer;
  }
}

/**
 * Checks a downloaded Alexa signing certificate bundle: chain to a trusted root with every
 * signature verified, every certificate valid at `now`, and the leaf naming echo-api.amazon.com.
 */
export function verifySigningCertificate(pem: string, url: string, roots: readonly X509Certificate[], now: number): VerifiedSigningCertificate {
  const bundle = parsePemBundle(pem, url);
  const leaf = bundle[0];
  // subject 'never': the host must be in subjectAltName, not only in the common name;
  // wildcards off: '*.amazon.com' is not Amazon's signing certificate
  if (leaf.checkHost(ALEXA_SIGNING_HOST, { subject: 'never', wildcards: false }) === undefined) {
    throw new CertificateChainError(ChainProblem.SubjectAltName, url, leaf.subject);
  }
  if (leaf.publicKey.asymmetricKeyType !== 'rsa') {
    throw new CertificateChainError(ChainProblem.KeyType, url, leaf.subject);
  }
  const chain = buildChain(bundle, roots, url);
  for (const cert of chain) checkDates(cert, now, url);
  return {
    chain,
    publicKey: leaf.publicKey,
    notAfter: Math.min(...chain.map((cert) => Date.parse(cert.validTo))),
  };
}

/** Re-checks dates of an already verified (cached) chain. */
export function checkChainDates(cert: VerifiedSigningCertificate, now: number, url: string): void {
  for (const link of cert.chain) checkDates(link, now, url);
}
