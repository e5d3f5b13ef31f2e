import { execFile } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { summarise } from './stats';
const { esbuildOptions } = require('../../esbuild.config.cjs') as { esbuildOptions: BuildOptions };

const run = promisify(execFile);

/** Builds with the options serverless-esbuild deploys with (esbuild.config.cjs), minus the source map. */
export async function bundle(entry: string, outfile: string): Promise<number> {
  await build({ ...esbuildOptions, entryPoints: [entry], outfile, sourcemap: false, logLevel: 'error' });
  return statSync(outfile).size;
}

/**
 * Starts a fresh Node process that loads the bundle and answers one event; reports the time from
 * process start (performance.timeOrigin) to the first response, read inside the child.
 */
export interface ColdStart {
  /** process start to the handler module loaded */
  ready: { p50: number; p99: number; n: number };
  /** process start to the first response */
  first: { p50: number; p99: number; n: number };
}

export async function coldStart(bundlePath: string, event: unknown, env: NodeJS.ProcessEnv, runs: number, workDir: string): Promise<ColdStart> {
  mkdirSync(workDir, { recursive: true });
  const eventFile = join(workDir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const child = `
    const event = JSON.parse(require('fs').readFileSync(${JSON.stringify(eventFile)}, 'utf8'));
    const { handler } = require(${JSON.stringify(bundlePath)});
    const ready = performance.now();
    const done = (out) => { process.stdout.write(JSON.stringify({ ready, ms: performance.now(), ok: !!out })); process.exit(0); };
    const result = handler(event, {}, (err, out) => err ? (console.error(err.message), process.exit(1)) : done(out));
    if (result && typeof result.then === 'function') result.then(done, (err) => { console.error(err.message); process.exit(1); });
  `;
  const ready: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { stdout } = await run(process.execPath, ['-e', child], { env, cwd: process.cwd() });
    const sample = JSON.parse(stdout) as { ready: number; ms: number };
    ready.push(sample.ready);
    first.push(sample.ms);
  }
  return { ready: summarise(ready), first: summarise(first) };
}
