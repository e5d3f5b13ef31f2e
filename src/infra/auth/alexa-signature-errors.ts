/**
 * Why an Alexa request failed authenticity checks. Every error extends
 * {@link AlexaRequestVerificationError}, so an entrypoint can answer 400 with one `instanceof`;
 * the subclasses and their `reason` say which check failed. None of them carries the request
 * body: bodies hold access tokens and addresses.
 */
import { AlexaRequestNotVerifiedError } from '../../ports/inbound-auth';

/** Common parent: catch this (or the port's error it extends) to reject the request, read `name`/`reason` to log why. */
export class AlexaRequestVerificationError extends AlexaRequestNotVerifiedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AlexaRequestVerificationError';
  }
}

export const CertUrlProblem = {
  Missing: 'missing',
  Unparsable: 'unparsable',
  Scheme: 'scheme',
  Host: 'host',
  Port: 'port',
  Path: 'path',
  Credentials: 'credentials',
} as const;
export type CertUrlProblem = (typeof CertUrlProblem)[keyof typeof CertUrlProblem];

/** The `SignatureCertChainUrl` header is missing or does not point at Amazon's cert location. */
export class SignatureCertUrlError extends AlexaRequestVerificationError {
  /** the header as received, cut to 200 characters (it is attacker-controlled) */
  readonly url: string | undefined;
  readonly reason: CertUrlProblem;
  constructor(reason: CertUrlProblem, url: string | undefined, options?: { cause?: unknown }) {
    super(`signature certificate URL rejected: ${reason}`, options);
    this.name = 'SignatureCertUrlError';
    this.reason = reason;
    this.url = url?.slice(0, 200);
  }
}

/** The certificate could not be downloaded (network, status, size, timeout). */
export class CertificateFetchError extends AlexaRequestVerificationError {
  readonly url: string;
  constructor(url: string, options?: { cause?: unknown }) {
    super(`could not fetch signing certificate from ${url}`, options);
    this.name = 'CertificateFetchError';
    this.url = url;
  }
}

export const ChainProblem = {
  NoCertificate: 'no-certificate',
  Unparsable: 'unparsable',
  Untrusted: 'untrusted',
  NotCa: 'issuer-not-ca',
  TooLong: 'too-long',
  Expired: 'expired',
  NotYetValid: 'not-yet-valid',
  SubjectAltName: 'subject-alt-name',
  KeyType: 'key-type',
} as const;
export type ChainProblem = (typeof ChainProblem)[keyof typeof ChainProblem];

/** The downloaded certificates do not chain to a trusted root, are out of date, or name another host. */
export class CertificateChainError extends AlexaRequestVerificationError {
  readonly reason: ChainProblem;
  readonly url: string;
  /** subject of the certificate that failed, when one did */
  readonly subject: string | undefined;
  constructor(reason: ChainProblem, url: string, subject?: string, options?: { cause?: unknown }) {
    super(`signing certificate rejected: ${reason}${subject ? ` (${subject.replace(/\n/g, ', ')})` : ''}`, options);
    this.name = 'CertificateChainError';
    this.reason = reason;
    this.url = url;
    this.subject = subject;
  }
}

/** No `Signature-256` header. `sha1Only` is set when the retired SHA-1 `Signature` header came alone. */
export class SignatureMissingError extends AlexaRequestVerificationError {
  readonly sha1Only: boolean;
  constructor(sha1Only: boolean, options?: { cause?: unknown }) {
    super(sha1Only ? 'only the SHA-1 Signature header was sent; Signature-256 is required' : 'Signature-256 header missing', options);
    this.name = 'SignatureMissingError';
    this.sha1Only = sha1Only;
  }
}

/** `Signature-256` does not verify over the raw body with the certificate's key. */
export class SignatureMismatchError extends AlexaRequestVerificationError {
  readonly certUrl: string;
  constructor(certUrl: string, options?: { cause?: unknown }) {
    super('request signature does not match the body', options);
    this.name = 'SignatureMismatchError';
    this.certUrl = certUrl;
  }
}

export const TimestampProblem = {
  Missing: 'missing',
  Unparsable: 'unparsable',
  TooOld: 'too-old',
  InFuture: 'in-future',
} as const;
export type TimestampProblem = (typeof TimestampProblem)[keyof typeof TimestampProblem];

/** `request.timestamp` is absent, not ISO 8601, or further than the tolerance from now. */
export class RequestTimestampError extends AlexaRequestVerificationError {
  readonly reason: TimestampProblem;
  /** now minus the request time, in seconds, when the timestamp parsed */
  readonly skewSeconds: number | undefined;
  constructor(reason: TimestampProblem, skewSeconds?: number, options?: { cause?: unknown }) {
    super(`request timestamp rejected: ${reason}${skewSeconds === undefined ? '' : ` (skew ${skewSeconds.toFixed(0)} s)`}`, options);
    this.name = 'RequestTimestampError';
    this.reason = reason;
    this.skewSeconds = skewSeconds;
  }
}
