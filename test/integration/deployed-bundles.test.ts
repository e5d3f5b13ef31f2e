/**
 * The Lambda bundles as serverless-esbuild deploys them (esbuild.config.cjs): built here, loaded in
 * a fresh Node process the way the runtime loads them, and asked real envelopes against dynalite.
 * This is where the google-auth-library alias, the bundle size limit and "no AWS SDK on the turn
 * path" (DynamoDB through our own client; SES and SSM load their SDK clients on first use) are checked.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { startHarness, type Harness } from '../support/harness';
import { alexaIntent, alexaLaunch, dialogflowRequest, httpApiEvent } from '../support/envelopes';

// plain CommonJS, shared with serverless.yml
const { esbuildOptions } = require('../../esbuild.config.cjs') as { esbuildOptions: BuildOptions };
const run = promisify(execFile);
const SDK = /[\\/]node_modules[\\/]@(aws-sdk|smithy)[\\/]/;
const MAX_BUNDLE_BYTES = 1.5 * 1024 * 1024;

let harness: Harness;
let dir: string;
const built = new Map<string, { file: string; bytes: number; inputs: string[] }>();

beforeAll(async () => {
  harness = await startHarness();
  // inside node_modules so the bundle resolves the AWS SDK the way the runtime provides it
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'voice-shop-bundles-'));
  for (const name of ['alexa', 'dialogflow']) {
    const file = join(dir, `${name}.js`);
    const result = await build({ ...esbuildOptions, entryPoints: [`lambda/${name}.ts`], outfile: file, sourcemap: false, metafile: true, logLevel: 'error' });
    const inputs = Object.keys((result.metafile as Metafile).inputs);
    built.set(name, { file, bytes: statSync(file).size, inputs });
  }
}, 60_000);

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Loads the bundle in a new process (environment inherited from the harness), invokes its handler
 * once per event, and reports the answers and any AWS SDK module loaded on the way.
 */
async function invoke(name: string, events: unknown[]): Promise<{ answers: unknown[]; sdk: string[] }> {
  const { file } = built.get(name)!;
  const eventsFile = join(dir, `${name}-events-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(eventsFile, JSON.stringify(events));
  const child = `
    const events = JSON.parse(require('fs').readFileSync(${JSON.stringify(eventsFile)}, 'utf8'));
    const { handler } = require(${JSON.stringify(file)});
    (async () => {
      const out = [];
      for (const e of events) out.push(await handler(e, {}));
      const sdk = Object.keys(require.cache).filter((k) => ${SDK.toString()}.test(k));
      process.stdout.write(JSON.stringify({ answers: out, sdk }));
    })().catch((err) => { console.error(err && err.message); process.exit(1); });
  `;
  const { stdout } = await run(process.execPath, ['-e', child], { env: process.env, timeout: 20_000 });
  return JSON.parse(stdout) as { answers: unknown[]; sdk: string[] };
}

describe('deployed bundles', () => {
  it.each(['alexa', 'dialogflow'])('%s stays under 1.5 MB and leaves the AWS SDK to the runtime', (name) => {
    const { bytes, inputs } = built.get(name)!;
    expect(bytes).toBeLessThan(MAX_BUNDLE_BYTES);
    expect(inputs.filter((f) => SDK.test(`/${f}`))).toEqual([]);
  });

  it.each(['alexa', 'dialogflow'])('%s carries the stripe package, which the Stripe gateway loads on its first call', (name) => {
    const { inputs } = built.get(name)!;
    expect(inputs.some((f) => f.endsWith('src/infra/payment/stripe.ts'))).toBe(true);
    expect(inputs.some((f) => f.includes('node_modules/stripe/'))).toBe(true);
  });

  it('dialogflow leaves out google-auth-library and what it drags in', () => {
    const { inputs } = built.get('dialogflow')!;
    expect(inputs.some((f) => f.includes('node_modules/actions-on-google/'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(google-auth-library|gaxios|node-forge|node-fetch|gtoken)\//.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('src/infra/google/no-sign-in.ts'))).toBe(true);
  });

  it('dialogflow takes a silent stand-in for the debug package', async () => {
    const { inputs } = built.get('dialogflow')!;
    expect(inputs.filter((f) => /node_modules\/(debug|supports-color|ms)\//.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('src/infra/google/quiet-debug.ts'))).toBe(true);
    const createDebug = (await import('../../src/infra/google/quiet-debug')).default as unknown as (ns: string) => { (...a: unknown[]): void; enabled: boolean; namespace: string };
    const debug = createDebug('actions-on-google:debug');
    expect(debug.enabled).toBe(false);
    expect(debug.namespace).toBe('actions-on-google:debug');
    const write = jest.spyOn(process.stderr, 'write');
    debug('anything %s', 'at all');
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });

  it('the alexa bundle welcomes a shopper and finds products, loading no AWS SDK module', async () => {
    const skill = { applicationId: 'amzn1.ask.skill.test' };
    const { answers, sdk } = await invoke('alexa', [alexaLaunch(skill), alexaIntent('SearchIntent', { query: 'paper towels' }, skill)]);
    expect(sdk).toEqual([]);
    const [launch, search] = answers as Array<{ response: { outputSpeech?: { ssml?: string } } }>;
    expect(launch.response.outputSpeech?.ssml).toMatch(/<speak>.+<\/speak>/);
    expect(search.response.outputSpeech?.ssml?.toLowerCase()).toContain('paper towel');
  });

  it('the dialogflow bundle answers a welcome and a search, loading no AWS SDK module', async () => {
    const { answers, sdk } = await invoke('dialogflow', [
      httpApiEvent(dialogflowRequest('Default Welcome Intent')),
      httpApiEvent(dialogflowRequest('SearchIntent', { query: 'paper towels' })),
    ]);
    expect(sdk).toEqual([]);
    const [welcome, search] = answers as Array<{ statusCode: number; body: string }>;
    expect(welcome.statusCode).toBe(200);
    expect(JSON.parse(welcome.body).fulfillmentText).toEqual(expect.any(String));
    expect(search.statusCode).toBe(200);
    expect(JSON.parse(search.body).fulfillmentText.toLowerCase()).toContain('paper towel');
  });

  it('a Google Sign-In client cannot be created by mistake in the deployed build', async () => {
    const { OAuth2Client } = await import('../../src/infra/google/no-sign-in');
    expect(() => new OAuth2Client()).toThrow(/account-linking access token/);
  });
});
