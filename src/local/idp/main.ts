/**
 * The identity provider's own process: reads its options from the environment (JSON, so client
 * secrets never show on a command line), starts the provider and prints one JSON line (issuer,
 * port) on stdout when it listens. It stops on SIGTERM or SIGINT, and when the process that
 * started it goes away (its stdin closes), so it never outlives npm start or a test.
 */
import { startIdentityProvider } from './identity-provider';
import { IDP_OPTIONS_ENV, type IdpOptions, type IdpReady } from './settings';

async function main(): Promise<void> {
  const raw = process.env[IDP_OPTIONS_ENV];
  if (!raw) throw new Error(`${IDP_OPTIONS_ENV} is not set`);
  const options = JSON.parse(raw) as IdpOptions;
  const running = await startIdentityProvider(options);
  const ready: IdpReady = { issuer: running.issuer, port: running.port };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  const stop = () => void running.close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}

main().catch((err: unknown) => {
  process.stderr.write(`identity provider could not start: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
