/**
 * Commands as the README prints them, run the way a developer runs them: through a shell, from
 * the project root, with nothing in the environment but what a fresh terminal has (and a data
 * folder of the test's own, so the developer's .data/ is never touched).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A fresh terminal's environment: no AWS, token or store settings leak in from the test process.
 * npm's update check is off: it would ask the registry, and the tests run offline.
 */
export function terminalEnv(extra: Record<string, string> = {}): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'TERM'];
  return { ...Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : []))), npm_config_update_notifier: 'false', ...extra };
}

/** A data folder of the test's own (VOICE_SHOP_DATA_DIR). */
export function tempDataDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `voice-shop-${label}-`));
}

/** Runs one command line in sh from the project root, as pasted into a terminal. */
export function sh(command: string, env: Record<string, string>, input?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** The text of a README section, from its `## title` to the next `## `. */
export function readmeSection(title: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section "${title}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The README's command lines (inside backticks or code blocks) that start with `prefix`. */
export function readmeCommands(prefix: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const inline = [...readme.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  const blocks = [...readme.matchAll(/```\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()));
  return [...new Set([...inline, ...blocks].map((c) => c.replace(/\\\|/g, '|')).filter((c) => c.startsWith(prefix)))];
}

/** `npm start`, running in its own process group so that stopping it stops npm, sh and node alike. */
export interface RunningShop {
  /** http://127.0.0.1:PORT of its HTTP server */
  base: string;
  child: ChildProcess;
  output(): string;
  /** Ctrl-C: SIGINT to the group, then waits for every process of it to end */
  stop(): Promise<number | null>;
}

export async function startShop(env: Record<string, string>, command = 'npm start'): Promise<RunningShop> {
  const child = spawn('sh', ['-c', command], { cwd: ROOT, env: { PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const deadline = Date.now() + 40_000;
  while (!/Ctrl-C to stop/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const base = /POST (http:\/\/127\.0\.0\.1:\d+)\/alexa/.exec(output)![1];
  return {
    base,
    child,
    output: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // already gone
      }
      return exited;
    },
  };
}

/**
 * A README synopsis made concrete: placeholders (FILE, CUSTOMER_ID, …) replaced, and each
 * optional [group] kept only when it holds one of `keep` ("--replace"), innermost first.
 */
export function asWritten(synopsis: string, values: Record<string, string>, keep: string[] = []): string {
  let command = synopsis.replace(/\\\|/g, '|');
  for (let before = ''; before !== command;) {
    before = command;
    command = command.replace(/\s*\[([^[\]]*)\]/g, (_, inner: string) => (keep.some((k) => inner.includes(k)) ? ` ${inner}` : ''));
  }
  for (const name of Object.keys(values).sort((a, b) => b.length - a.length)) command = command.replace(new RegExp(`\\b${name}\\b`, 'g'), values[name]);
  return command;
}

/** The synopsis in the README's commands table (a row's first cell) that begins with `start`. */
export function readmeCommand(start: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const found = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]).filter((c) => c.startsWith(start));
  if (found.length !== 1) throw new Error(`the README's commands table has ${found.length} commands starting "${start}": ${found.join(' | ')}`);
  return found[0];
}
