/**
 * `npm run fuzz -- --runs 20000`: the mutation fuzzer over that many real envelopes in all
 * (Alexa and Dialogflow, every exported handler and the local server), one jest worker.
 * `npm test` runs the same file over 2,000.
 */
import { spawnSync } from 'node:child_process';

function runsFrom(argv: string[]): number {
  const at = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
  if (at < 0) return 20_000;
  const raw = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`--runs must be a whole number above 0, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return runs;
}

const runs = runsFrom(process.argv.slice(2));
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(process.execPath, [jest, 'test/fuzz/envelope-mutations.test.ts', '--maxWorkers=1'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_ENVELOPES: String(runs) },
});
process.exit(result.status ?? 1);
