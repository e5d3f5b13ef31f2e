/**
 * ADR 0001, re-measured: the Alexa function's cold start with the project's own DynamoDB client
 * (as deployed) and with the AWS SDK v3 in its place (same handler, same store, same Launch).
 * The SDK variant swaps src/infra/dynamodb/client.ts for sdk-dynamo-client.ts and the stores'
 * commands for @aws-sdk/lib-dynamodb at bundle time; the SDK stays external, as Lambda's runtime
 * provides it. Each run is a fresh Node process (bench/turns/cold-start.ts), the two bundles take
 * turns so machine load falls on both alike.
 *
 *   npx tsx docs/adr/measure/0001-dynamodb-client-cold-start.ts [runs, default 15]
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { exportJWK, generateKeyPair } from 'jose';
import { createRuntime } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { seedDemoData } from '../../../src/infra/demo/seed';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../../src/local/dev-keys';
import { startEmbeddedStore } from '../../../src/local/embedded-store';
import { alexaLaunch } from '../../../test/support/envelopes';
import { coldStart } from '../../../bench/turns/cold-start';

// plain CommonJS, shared with serverless.yml
const { esbuildOptions } = require('../../../esbuild.config.cjs') as { esbuildOptions: BuildOptions };

const ROOT = join(__dirname, '../../..');
const RUNS = Number(process.argv[2] ?? 15);
const SKILL_ID = 'amzn1.ask.skill.adr-0001';

/** Our client out, the SDK in: only the two modules the stores and the composition root import. */
const withSdk: Plugin = {
  name: 'dynamodb-through-the-sdk',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands$/ }, (args) => (args.importer.includes('/src/infra/dynamodb/') ? { path: '@aws-sdk/lib-dynamodb', external: true } : undefined));
    b.onResolve({ filter: /\/infra\/dynamodb\/client$/ }, () => ({ path: join(__dirname, 'sdk-dynamo-client.ts') }));
  },
};

async function bundle(outfile: string, plugins: Plugin[]): Promise<number> {
  await build({ ...esbuildOptions, entryPoints: [join(ROOT, 'lambda/alexa.ts')], outfile, sourcemap: false, logLevel: 'error', plugins });
  return statSync(outfile).size;
}

async function main(): Promise<void> {
  const { publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'adr', alg: 'ES256', use: 'sig' }] };
  const store = await startEmbeddedStore();
  const env: Record<string, string> = {
    STAGE: 'test',
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_LOCAL_JWKS: JSON.stringify(jwks),
    PAYMENT_PROVIDER: 'sandbox',
    LOG_LEVEL: 'error',
    DYNAMODB_ENDPOINT: store.endpoint,
    TABLE_PREFIX: 'adr',
    ALEXA_SKILL_ID: SKILL_ID,
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const config = loadConfig(env);
  const runtime = createRuntime(config);
  await seedDemoData({ ...runtime.dynamo, tables: config.tables, policy: config.policy, now: new Date() });

  const work = join(ROOT, 'bench/.work/adr-0001');
  mkdirSync(work, { recursive: true });
  const variants = [
    { name: 'own client (deployed)', file: join(work, 'own.js'), plugins: [] as Plugin[] },
    { name: 'AWS SDK v3 (runtime copy)', file: join(work, 'sdk.js'), plugins: [withSdk] },
  ];
  const bytes = await Promise.all(variants.map((v) => bundle(v.file, v.plugins)));
  const launch = alexaLaunch({ applicationId: SKILL_ID, userId: 'adr-cold-user' });
  const first: number[][] = variants.map(() => []);
  const ready: number[][] = variants.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    for (const [k, v] of variants.entries()) {
      const one = await coldStart(v.file, launch, { ...process.env, ...env }, 1, work);
      first[k].push(one.first.p50);
      ready[k].push(one.ready.p50);
    }
  }
  // A timing is only worth reading if both variants gave the real answer.
  for (const v of variants) {
    Object.assign(process.env, env);
    const { handler } = (await import(v.file)) as { handler: (event: unknown, context: unknown) => Promise<{ response?: { outputSpeech?: { ssml?: string } } }> };
    const speech = (await handler(launch, {})).response?.outputSpeech?.ssml ?? '';
    if (!speech.includes('Welcome')) throw new Error(`${v.name} did not answer the Launch: ${speech || '(no speech)'}`);
  }
  runtime.dynamo.client.destroy();
  await store.close();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Alexa Launch, cold, ${RUNS} fresh processes per variant (ms from process start), Node ${process.version}`);
  console.log('| variant | bundle | handler ready p50 | first response p50 | first response min–max |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [k, v] of variants.entries()) {
    const f = first[k];
    console.log(
      `| ${v.name} | ${Math.round(bytes[k] / 1024)} KiB | ${median(ready[k]).toFixed(1)} | ${median(f).toFixed(1)} | ${Math.min(...f).toFixed(1)}–${Math.max(...f).toFixed(1)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
