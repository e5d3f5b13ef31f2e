import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import type { Runtime } from '../../src/app';
import { seedDemoData } from '../../src/infra/demo/seed';
import type { SandboxPaymentGateway } from '../../src/infra/payment/sandbox';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import { StoreTap } from './store-tap';

export const TEST_ISSUER = 'https://id.voice-shop.test/';
export const TEST_AUDIENCE = 'voice-shop-test';

/** The identity provider's side: a signing key and its JWKS served over loopback HTTP. */
export class TestIdentityProvider {
  private constructor(
    private readonly privateKey: KeyLike,
    readonly jwksUrl: string,
    private readonly server: Server,
  ) {}

  static async start(): Promise<TestIdentityProvider> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new TestIdentityProvider(privateKey, `http://127.0.0.1:${port}/.well-known/jwks.json`, server);
  }

  /** A token as the identity provider issues it at account linking. */
  token(customerId: string, options: { expiresIn?: string; issuer?: string; audience?: string } = {}): Promise<string> {
    return new SignJWT({ scope: 'shop' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key-1' })
      .setSubject(customerId)
      .setIssuer(options.issuer ?? TEST_ISSUER)
      .setAudience(options.audience ?? TEST_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(this.privateKey);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface Harness {
  alexa: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
  dialogflow: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  runtime: Runtime;
  /** the sandbox payment provider behind the runtime: counts real charges */
  payments: SandboxPaymentGateway;
  idp: TestIdentityProvider;
  store: EmbeddedStore;
  /** the hop between the runtime and the store, for counting writes and injecting faults */
  tap: StoreTap;
  close(): Promise<void>;
}

/**
 * Starts dynalite on loopback (behind a StoreTap), a JWKS server, configures the environment as a deployed stage
 * would be, and loads the exported Lambda handlers. One per test file (Jest isolates modules).
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const store = await startEmbeddedStore();
  const tap = await StoreTap.start(store.endpoint);
  const idp = await TestIdentityProvider.start();
  Object.assign(process.env, {
    STAGE: 'test',
    AWS_REGION: 'us-east-1',
    DYNAMODB_ENDPOINT: tap.endpoint,
    TABLE_PREFIX: `voice-shop-test-${Math.random().toString(36).slice(2, 8)}`,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ALGORITHMS: 'RS256',
    PAYMENT_PROVIDER: 'sandbox',
    ALEXA_SKILL_ID: 'amzn1.ask.skill.test',
    LOG_LEVEL: 'error',
    ...env,
  });
  const { handler: alexa } = await import('../../lambda/alexa');
  const { handler: dialogflow } = await import('../../lambda/dialogflow');
  const { runtimeFromEnvironment } = await import('../../src/app');
  const runtime = await runtimeFromEnvironment();
  await seedDemoData({ ...runtime.dynamo, tables: runtime.config.tables, policy: runtime.config.policy, now: new Date() });
  return {
    alexa: alexa as Harness['alexa'],
    dialogflow: dialogflow as Harness['dialogflow'],
    runtime,
    payments: runtime.deps.payments as SandboxPaymentGateway,
    idp,
    store,
    tap,
    close: async () => {
      runtime.dynamo.client.destroy();
      await tap.close();
      await idp.close();
      await store.close();
    },
  };
}
