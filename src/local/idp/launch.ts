/**
 * Starts the local identity provider in a process of its own (oidc-provider is an ES module, the
 * shop and jest are CommonJS) and waits until it listens. Used by npm start, dev:token and the
 * tests; the child stops when stop() is called or when this process ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { IDP_OPTIONS_ENV, idpEndpoints, type IdpOptions, type IdpReady } from './settings';

export interface IdentityProviderProcess extends IdpReady {
  endpoints: ReturnType<typeof idpEndpoints>;
  /** what the provider wrote on stderr so far (its warnings), for a test that wants to know */
  stderr(): string;
  stop(): Promise<void>;
}

/** The provider did not say it was listening in time, or exited first. */
export class IdentityProviderStartError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'IdentityProviderStartError';
  }
}

/** oidc-provider's notices that say nothing about this setup (Node 20 works; keys and adapter are ours). */
const NOISE = /oidc-provider WARNING: Unsupported runtime|already parsed request body detected/;

export function startIdentityProviderProcess(options: IdpOptions, { timeoutMs = 20_000 } = {}): Promise<IdentityProviderProcess> {
  const tsx = require.resolve('tsx/cli');
  const main = join(__dirname, 'main.ts');
  const child: ChildProcess = spawn(process.execPath, [tsx, main], {
    env: { ...process.env, [IDP_OPTIONS_ENV]: JSON.stringify(options) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    errors += text
      .split('\n')
      .filter((line) => line && !NOISE.test(line))
      .map((line) => `${line}\n`)
      .join('');
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new IdentityProviderStartError(`the identity provider did not start within ${timeoutMs} ms: ${errors.trim()}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      process.removeListener('exit', onExit);
      reject(new IdentityProviderStartError(`the identity provider exited (${code}): ${errors.trim()}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      try {
        const ready = JSON.parse(line) as IdpReady;
        resolve({ ...ready, endpoints: idpEndpoints(ready.issuer), stderr: () => errors, stop });
      } catch (cause) {
        void stop();
        reject(new IdentityProviderStartError('the identity provider said something unexpected', { cause }));
      }
    });
  });
}
