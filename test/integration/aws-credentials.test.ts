/**
 * The admin tools against AWS take credentials from the SDK's default chain, here a named profile
 * in temporary AWS config and credentials files (and a credential_process), and sign the
 * project's own DynamoDB client with them. DynamoDB itself cannot be reached from here: a
 * loopback stand-in checks every request's SigV4 signature with the AWS SDK's own signer, answers
 * a bad one as DynamoDB does, and passes good ones to dynalite.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStoreConfig } from '../../src/config';
import { createDynamoClients } from '../../src/infra/dynamodb/client';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import { ensureTables, tableNames } from '../../src/infra/dynamodb/tables';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import { AwsCredentialsUnavailableError, credentialsFromChain } from '../../scripts/admin/aws-credentials';
import { openToolStore, StoreKind } from '../../scripts/admin/tool-store';
import { asWritten, readmeCommand, sh, terminalEnv } from '../support/commands';
import { NodeSha256 } from '../support/node-sha256';

const PROFILE_KEYS = { accessKeyId: 'AKIDPROFILEEXAMPLE', secretAccessKey: 'profileSecretKeyEXAMPLE0123456789abcdefgh' };
const PROCESS_KEYS = { accessKeyId: 'AKIDPROCESSEXAMPLE', secretAccessKey: 'processSecretKeyEXAMPLE0123456789abcdefgh', sessionToken: 'processSessionTokenEXAMPLE' };
const KNOWN = new Map([PROFILE_KEYS, PROCESS_KEYS].map((k) => [k.accessKeyId, k]));
const PREFIX = 'voice-shop-prod';

/** What the stand-in saw: the key id of each request and whether its signature held. */
interface Seen {
  keyId: string;
  valid: boolean;
}

/** DynamoDB's front door, as far as signatures go; everything else is dynalite's. */
async function signatureCheckingDynamo(upstream: string, seen: Seen[]): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const auth = /Credential=([^/]+)\/\d{8}\/([^/]+)\/dynamodb\/aws4_request, SignedHeaders=([^,]+), Signature=/.exec(String(req.headers.authorization));
      const keys = auth && KNOWN.get(auth[1]);
      let valid = false;
      if (auth && keys) {
        const signed = Object.fromEntries(auth[3].split(';').map((h) => [h, String(req.headers[h])]));
        const amzDate = String(req.headers['x-amz-date']);
        const date = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
        const signer = new SignatureV4({ service: 'dynamodb', region: auth[2], credentials: keys, sha256: NodeSha256, applyChecksum: false });
        const [hostname, port] = String(req.headers.host).split(':');
        const expected = await signer.sign({ method: 'POST', protocol: 'http:', hostname, port: Number(port), path: '/', query: {}, headers: signed, body }, { signingDate: date });
        valid = expected.headers.authorization === req.headers.authorization;
      }
      seen.push({ keyId: auth?.[1] ?? 'none', valid });
      if (!valid) {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(
          JSON.stringify({
            __type: 'com.amazon.coral.service#InvalidSignatureException',
            message: 'The request signature we calculated does not match the signature you provided.',
          }),
        );
        return;
      }
      const answer = await fetch(upstream, {
        method: 'POST',
        headers: {
          'content-type': String(req.headers['content-type']),
          'x-amz-target': String(req.headers['x-amz-target']),
          authorization: String(req.headers.authorization),
          'x-amz-date': String(req.headers['x-amz-date']),
        },
        body,
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/x-amz-json-1.0' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

let dir: string;
let store: EmbeddedStore;
let front: Server;
let endpoint: string;
const seen: Seen[] = [];
/** The variables the chain reads; each test sets its own and the process's own are put back after. */
const CHAIN_VARIABLES = [
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'HOME',
];
const saved = Object.fromEntries(CHAIN_VARIABLES.map((k) => [k, process.env[k]]));

function chainFiles(): Record<string, string> {
  const config = join(dir, 'config');
  const credentials = join(dir, 'credentials');
  const helper = join(dir, 'credential-helper.js');
  writeFileSync(
    helper,
    `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: '${PROCESS_KEYS.accessKeyId}', SecretAccessKey: '${PROCESS_KEYS.secretAccessKey}', SessionToken: '${PROCESS_KEYS.sessionToken}' }))`,
  );
  writeFileSync(
    config,
    ['[profile voice-shop-admin]', 'region = us-east-1', '', '[profile voice-shop-helper]', `credential_process = ${process.execPath} ${helper}`, ''].join('\n'),
  );
  writeFileSync(credentials, ['[voice-shop-admin]', `aws_access_key_id = ${PROFILE_KEYS.accessKeyId}`, `aws_secret_access_key = ${PROFILE_KEYS.secretAccessKey}`, ''].join('\n'));
  // HOME too, so the developer's own ~/.aws never answers for the test
  return { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_EC2_METADATA_DISABLED: 'true', HOME: dir };
}

function useChain(variables: Record<string, string>): void {
  for (const k of CHAIN_VARIABLES) delete process.env[k];
  Object.assign(process.env, variables);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'voice-shop-aws-'));
  store = await startEmbeddedStore();
  const { client, doc } = createDynamoClients({ region: 'us-east-1', endpoint: store.endpoint });
  await ensureTables(client, tableNames(PREFIX));
  await new DynamoCustomerStore({ doc, tableName: tableNames(PREFIX).customers }).put({
    customerId: 'cust-prod-1',
    name: 'Sam Rivera',
    email: 'sam@example.com',
    address: { line1: '1 Main St', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
    paymentMethodRef: 'pm_1',
  });
  client.destroy();
  front = await signatureCheckingDynamo(store.endpoint, seen);
  endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

afterAll(async () => {
  await new Promise((resolve) => front.close(resolve));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('AWS credentials for the admin tools', () => {
  it('come from a named profile in the AWS config files', async () => {
    useChain({ ...chainFiles(), AWS_PROFILE: 'voice-shop-admin' });
    expect(await credentialsFromChain()).toEqual(PROFILE_KEYS);
  });

  it('come from a credential_process, session token included', async () => {
    useChain({ ...chainFiles(), AWS_PROFILE: 'voice-shop-helper' });
    expect(await credentialsFromChain()).toEqual(PROCESS_KEYS);
  });

  it('are missing in one sentence that says how to provide them', async () => {
    useChain({ AWS_CONFIG_FILE: join(dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true', HOME: dir });
    const failure = await credentialsFromChain().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AwsCredentialsUnavailableError);
    expect((failure as Error).message).not.toContain('\n');
    expect((failure as Error).message).toMatch(/^no AWS credentials found .*: log in \(aws sso login\), set AWS_PROFILE, or export AWS_ACCESS_KEY_ID/);
  });

  it('sign the project DynamoDB client the tools use in a deployed stage', async () => {
    useChain({ ...chainFiles(), AWS_PROFILE: 'voice-shop-helper' });
    const before = seen.length;
    const tool = await openToolStore({ config: loadStoreConfig({ STAGE: 'prod', TABLE_PREFIX: PREFIX, AWS_ENDPOINT_URL_DYNAMODB: endpoint }), dataDir: join(dir, 'data') });
    try {
      expect(tool.kind).toBe(StoreKind.Aws);
      expect(tool.reach).toEqual({ awsCredentials: PROCESS_KEYS });
      expect(await new DynamoCustomerStore({ doc: tool.clients.doc, tableName: tool.tables.customers }).get('cust-prod-1')).toMatchObject({ name: 'Sam Rivera' });
    } finally {
      await tool.close();
    }
    expect(seen.slice(before)).toEqual([{ keyId: PROCESS_KEYS.accessKeyId, valid: true }]);
  });
});

describe('the signature-checking stand-in', () => {
  it('refuses a request signed with the right key id and another secret, as DynamoDB does', async () => {
    const before = seen.length;
    const { DynamoHttpClient } = await import('../../src/infra/dynamodb/http-client');
    const forged = new DynamoHttpClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: PROFILE_KEYS.accessKeyId, secretAccessKey: 'not-the-secret' } });
    try {
      await expect(new DynamoCustomerStore({ doc: forged, tableName: tableNames(PREFIX).customers }).get('cust-prod-1')).rejects.toThrow();
    } finally {
      forged.destroy();
    }
    expect(seen.slice(before)).toEqual([{ keyId: PROFILE_KEYS.accessKeyId, valid: false }]);
  });
});

describe('npm run voice-pin against AWS with a profile', () => {
  const prodEnv = () => terminalEnv({ ...chainFiles(), STAGE: 'prod', TABLE_PREFIX: PREFIX, AWS_ENDPOINT_URL_DYNAMODB: endpoint, VOICE_SHOP_DATA_DIR: join(dir, 'data') });

  it('signs every call with the profile the chain found', async () => {
    const before = seen.length;
    const ran = await sh(`AWS_PROFILE=voice-shop-admin ${asWritten(readmeCommand('npm run voice-pin -- reset'), { CUSTOMER_ID: 'cust-prod-1' })}`, prodEnv());
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/voice purchasing unlocked for cust-prod-1/);
    const calls = seen.slice(before);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.keyId === PROFILE_KEYS.accessKeyId && c.valid)).toBe(true);
  }, 60_000);

  it('says in one line that a table is missing when TABLE_PREFIX names no deployed stack', async () => {
    const ran = await sh(`AWS_PROFILE=voice-shop-admin ${asWritten(readmeCommand('npm run voice-pin -- reset'), { CUSTOMER_ID: 'cust-prod-1' })}`, {
      ...prodEnv(),
      TABLE_PREFIX: 'voice-shop-typo',
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr.split('\n').filter((l) => l && !/^npm (error|ERR!)/.test(l))).toEqual([
      expect.stringMatching(/^voice-pin: a table is missing: is TABLE_PREFIX right, and the stack deployed in AWS_REGION\? \(DynamoDB: /),
    ]);
  }, 60_000);

  it('refuses in one line when the chain finds nothing', async () => {
    const ran = await sh(asWritten(readmeCommand('npm run voice-pin -- reset'), { CUSTOMER_ID: 'cust-prod-1' }), {
      ...prodEnv(),
      AWS_CONFIG_FILE: join(dir, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr.split('\n').filter((l) => l && !/^npm (error|ERR!)/.test(l))).toEqual([expect.stringMatching(/^voice-pin: no AWS credentials found/)]);
  }, 60_000);
});
