import { createHash, createHmac } from 'node:crypto';

/** Credentials of the function's role (Lambda puts them in its environment), or fixed ones for the embedded store. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** temporary credentials (a role's) carry one; it travels as X-Amz-Security-Token */
  sessionToken?: string;
}

export interface RequestToSign {
  method: string;
  /** the Host header exactly as sent: `host` or `host:port` */
  host: string;
  /** an absolute path without a query string; DynamoDB's is always `/` */
  path: string;
  /** further headers to sign, such as content-type and x-amz-target */
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface SigningScope {
  region: string;
  service: string;
  date: Date;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** `20150830T123600Z` */
export function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

// RFC 3986 unreserved characters stay, everything else is percent-encoded (encodeURIComponent leaves !'()* alone).
const encodeSegment = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * AWS Signature Version 4 for a request with a body and no query string: returns the headers to
 * send with it (x-amz-date, x-amz-security-token when there is a session token, authorization).
 * Every header passed in is signed, along with host.
 */
export function signRequest(request: RequestToSign, credentials: AwsCredentials, scope: SigningScope): Record<string, string> {
  const longDate = amzDate(scope.date);
  const shortDate = longDate.slice(0, 8);
  const added: Record<string, string> = { 'x-amz-date': longDate };
  if (credentials.sessionToken) added['x-amz-security-token'] = credentials.sessionToken;

  const canonical = new Map<string, string>();
  for (const [name, value] of Object.entries({ ...request.headers, host: request.host, ...added })) {
    // line breaks and runs of spaces or tabs become one space, then one space is trimmed each end
    canonical.set(
      name.toLowerCase(),
      String(value)
        .replace(/[\r\n]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .replace(/^ | $/g, ''),
    );
  }
  const names = [...canonical.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.path.split('/').map(encodeSegment).join('/'),
    '', // no query string
    ...names.map((name) => `${name}:${canonical.get(name)}`),
    '',
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');

  const credentialScope = `${shortDate}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = [ALGORITHM, longDate, credentialScope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, shortDate), scope.region), scope.service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');

  return {
    ...added,
    authorization: `${ALGORITHM} Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
