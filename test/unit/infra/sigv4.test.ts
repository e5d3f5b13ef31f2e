import { SignatureV4 } from '@smithy/signature-v4';
import { signRequest, type AwsCredentials } from '../../../src/infra/dynamodb/sigv4';
import { NodeSha256 } from '../../support/node-sha256';

const KEYS: AwsCredentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const DATE = new Date('2024-03-05T07:08:09.123Z');

/** Signs the same DynamoDB request with ours and with the AWS SDK's signer. */
async function bothSignatures(options: { credentials: AwsCredentials; region: string; host: string; body: string; headers?: Record<string, string> }) {
  const headers = options.headers ?? { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem' };
  const ours = signRequest({ method: 'POST', host: options.host, path: '/', headers, body: options.body }, options.credentials, {
    region: options.region,
    service: 'dynamodb',
    date: DATE,
  });
  // applyChecksum off: the DynamoDB client sends no x-amz-content-sha256 header (the payload hash is signed either way)
  const sdk = new SignatureV4({ service: 'dynamodb', region: options.region, credentials: options.credentials, sha256: NodeSha256, applyChecksum: false });
  const [hostname, port] = options.host.split(':');
  const signed = await sdk.sign(
    { method: 'POST', protocol: 'https:', hostname, port: port ? Number(port) : undefined, path: '/', query: {}, headers: { ...headers, host: options.host }, body: options.body },
    { signingDate: DATE },
  );
  return { ours, sdk: signed.headers };
}

describe('signRequest (SigV4)', () => {
  const body = JSON.stringify({ TableName: 'voice-shop-dev-carts', Key: { userKey: { S: 'alexa:amzn1.ask.account.X' } }, ConsistentRead: true });

  it('signs a DynamoDB request exactly as the AWS SDK does', async () => {
    const { ours, sdk } = await bothSignatures({ credentials: KEYS, region: 'eu-west-1', host: 'dynamodb.eu-west-1.amazonaws.com', body });
    expect(ours.authorization).toBe(sdk.authorization);
    expect(ours['x-amz-date']).toBe('20240305T070809Z');
    expect(ours.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240305\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
    );
    expect(ours['x-amz-security-token']).toBeUndefined();
  });

  it('signs the session token of temporary credentials, as the SDK does', async () => {
    const credentials = { ...KEYS, sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==' };
    const { ours, sdk } = await bothSignatures({ credentials, region: 'us-east-1', host: 'dynamodb.us-east-1.amazonaws.com', body });
    expect(ours.authorization).toBe(sdk.authorization);
    expect(ours.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,');
    expect(ours['x-amz-security-token']).toBe(credentials.sessionToken);
    expect(sdk['x-amz-security-token']).toBe(credentials.sessionToken);
  });

  it('agrees with the SDK on a host with a port, untidy header values and a non-ASCII body', async () => {
    const { ours, sdk } = await bothSignatures({
      credentials: KEYS,
      region: 'us-west-2',
      host: '127.0.0.1:8000',
      body: JSON.stringify({ TableName: 't', Item: { name: { S: 'Crème brûlée — 2 × 🍮' } } }),
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'DynamoDB_20120810.PutItem', 'x-custom': '  spaced    out\tvalue ' },
    });
    expect(ours.authorization).toBe(sdk.authorization);
  });

  it('gives a different signature for a different body, key, date or region', async () => {
    const base = signRequest({ method: 'POST', host: 'h', path: '/', headers: {}, body: '{}' }, KEYS, { region: 'us-east-1', service: 'dynamodb', date: DATE });
    const variants = [
      signRequest({ method: 'POST', host: 'h', path: '/', headers: {}, body: '{ }' }, KEYS, { region: 'us-east-1', service: 'dynamodb', date: DATE }),
      signRequest(
        { method: 'POST', host: 'h', path: '/', headers: {}, body: '{}' },
        { ...KEYS, secretAccessKey: 'other' },
        { region: 'us-east-1', service: 'dynamodb', date: DATE },
      ),
      signRequest({ method: 'POST', host: 'h', path: '/', headers: {}, body: '{}' }, KEYS, { region: 'us-east-1', service: 'dynamodb', date: new Date(DATE.getTime() + 1000) }),
      signRequest({ method: 'POST', host: 'h', path: '/', headers: {}, body: '{}' }, KEYS, { region: 'us-east-2', service: 'dynamodb', date: DATE }),
    ];
    const signature = (auth: string) => auth.slice(auth.indexOf('Signature='));
    for (const variant of variants) expect(signature(variant.authorization)).not.toBe(signature(base.authorization));
  });

  it('reproduces get-vanilla from the AWS SigV4 test suite', () => {
    const headers = signRequest({ method: 'GET', host: 'example.amazonaws.com', path: '/', headers: {}, body: '' }, KEYS, {
      region: 'us-east-1',
      service: 'service',
      date: new Date('2015-08-30T12:36:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });
});
