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
  /**
   * CPU time (user + system) the process spent up to the first response: on a machine shared with
   * other work it varies far less than wall time, so small differences show in it first.
   */
  cpu: { p50: number; p99: number; n: number };
}

export interface ColdStartVariant {
  bundlePath: string;
  event: unknown;
  env: NodeJS.ProcessEnv;
}

/** The child's own line on stdout; the function under test may print log and metric lines around it. */
const RESULT = 'COLD-START-RESULT ';

export async function coldStart(bundlePath: string, event: unknown, env: NodeJS.ProcessEnv, runs: number, workDir: string): Promise<ColdStart> {
  const [result] = await coldStartRounds([{ bundlePath, event, env }], runs, workDir);
  return result;
}

/**
 * Cold starts of several variants, taken in rounds (one of each per round) so that load from
 * other processes on the machine falls on every variant alike and their difference stays fair.
 */
export async function coldStartRounds(variants: readonly ColdStartVariant[], runs: number, workDir: string): Promise<ColdStart[]> {
  mkdirSync(workDir, { recursive: true });
  const prepared = variants.map((variant) => {
    const eventFile = join(workDir, `event-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(eventFile, JSON.stringify(variant.event));
    const child = `
      const event = JSON.parse(require('fs').readFileSync(${JSON.stringify(eventFile)}, 'utf8'));
      const { handler } = require(${JSON.stringify(variant.bundlePath)});
      const ready = performance.now();
      const done = (out) => { const ms = performance.now(); const { user, system } = process.cpuUsage(); process.stdout.write('\\n${RESULT}' + JSON.stringify({ ready, ms, cpuMs: (user + system) / 1000, ok: !!out }) + '\\n'); process.exit(0); };
      const result = handler(event, {}, (err, out) => err ? (console.error(err.message), process.exit(1)) : done(out));
      if (result && typeof result.then === 'function') result.then(done, (err) => { console.error(err.message); process.exit(1); });
    `;
    return { child, env: variant.env, ready: [] as number[], first: [] as number[], cpu: [] as number[] };
  });
  for (let i = 0; i < runs; i += 1) {
    for (const variant of prepared) {
      const { stdout } = await run(process.execPath, ['-e', variant.child], { env: variant.env, cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 });
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT));
      if (!line) throw new Error(`cold start printed no result:\n${stdout}`);
      const sample = JSON.parse(line.slice(RESULT.length)) as { ready: number; ms: number; cpuMs: number };
      variant.ready.push(sample.ready);
      variant.first.push(sample.ms);
      variant.cpu.push(sample.cpuMs);
    }
  }
  return prepared.map((v) => ({ ready: summarise(v.ready), first: summarise(v.first), cpu: summarise(v.cpu) }));
}
