/**
 * What a cold start loads. The Lambda bundles, built as deployed (esbuild.config.cjs), must not
 * pull in the AWS SDK when the runtime loads them: DynamoDB goes through our own small client,
 * and SES and SSM load their SDK clients on first use only.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';

// plain CommonJS, shared with serverless.yml
const { esbuildOptions } = require('../../esbuild.config.cjs') as { esbuildOptions: BuildOptions };
const run = promisify(execFile);
const SDK = /[\\/]node_modules[\\/]@(aws-sdk|smithy)[\\/]/;

let dir: string;
const built = new Map<string, { file: string; inputs: string[] }>();

beforeAll(async () => {
  // inside node_modules, so a require of the SDK left external would resolve, and show
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'voice-shop-cold-load-'));
  for (const name of ['alexa', 'dialogflow']) {
    const file = join(dir, `${name}.js`);
    const result = await build({ ...esbuildOptions, entryPoints: [`lambda/${name}.ts`], outfile: file, sourcemap: false, metafile: true, logLevel: 'error' });
    built.set(name, { file, inputs: Object.keys((result.metafile as Metafile).inputs) });
  }
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(['alexa', 'dialogflow'])('the %s bundle at cold start', (name) => {
  it('bundles no AWS SDK or Smithy code', () => {
    expect(built.get(name)!.inputs.filter((f) => SDK.test(`/${f}`))).toEqual([]);
  });

  it('loads no AWS SDK or Smithy module', async () => {
    const { file } = built.get(name)!;
    const child = `
      require(${JSON.stringify(file)});
      const sdk = Object.keys(require.cache).filter((k) => ${SDK.toString()}.test(k));
      process.stdout.write(JSON.stringify({ sdk, bundleLoaded: Boolean(require.cache[${JSON.stringify(file)}]) }));
    `;
    const { stdout } = await run(process.execPath, ['-e', child], { env: process.env, timeout: 20_000 });
    const loaded = JSON.parse(stdout) as { sdk: string[]; bundleLoaded: boolean };
    expect(loaded.bundleLoaded).toBe(true);
    expect(loaded.sdk).toEqual([]);
  });
});
