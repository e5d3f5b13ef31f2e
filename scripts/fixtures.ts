/**
 * npm run fixtures [-- PATHS…] [--platform alexa|dialogflow|both] [--junit FILE] [--record] [--quiet]
 * npm run fixtures -- --corpus FILE.tsv [--platform …] [--locale L] [--label L] [--json OUT] [--fail-list]
 *
 * Runs conversation fixtures (YAML, see test/fixtures/conversations/README.md) on both platforms
 * through the exported Lambda handlers, on an embedded store started for the run; or, with
 * --corpus, a corpus of shopper utterances in the shared TSV format, and prints its pass rates.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  checkResults,
  fixtureFiles,
  formatProblems,
  formatResult,
  formatUx,
  junitXml,
  loadFixture,
  passed,
  PLATFORMS,
  runFixture,
  World,
  writeRecording,
  type Fixture,
  type FixtureProblem,
  type FixtureResult,
  type PlatformName,
} from './fixtures/index';
import { runCorpus } from './fixtures/corpus/main';

const DEFAULT_PATH = 'test/fixtures/conversations';
const USAGE = [
  'usage: npm run fixtures [-- PATHS…] [--platform alexa|dialogflow|both] [--junit FILE] [--record] [--quiet]',
  '       npm run fixtures -- --corpus FILE.tsv [--platform alexa|dialogflow|both] [--locale L] [--label L] [--json OUT] [--fail-list]',
].join('\n');

interface Options {
  paths: string[];
  platforms: readonly PlatformName[];
  junit?: string;
  record: boolean;
  quiet: boolean;
  corpus?: string;
  /** --locale and --label may repeat or take comma-separated lists */
  locales: string[];
  labels: string[];
  json?: string;
  failList: boolean;
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { paths: [], platforms: PLATFORMS, record: false, quiet: false, locales: [], labels: [], failList: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--platform') {
      const value = argv[(i += 1)];
      if (value === 'both') options.platforms = PLATFORMS;
      else if (value === 'alexa' || value === 'dialogflow') options.platforms = [value];
      else return `--platform takes alexa, dialogflow or both, got ${value ?? 'nothing'}`;
    } else if (arg === '--junit') {
      options.junit = argv[(i += 1)];
      if (!options.junit) return '--junit needs a file name';
    } else if (arg === '--corpus' || arg === '--json' || arg === '--locale' || arg === '--label') {
      const value = argv[(i += 1)];
      if (!value || value.startsWith('--')) return `${arg} needs a value\n${USAGE}`;
      if (arg === '--corpus') options.corpus = value;
      else if (arg === '--json') options.json = value;
      else if (arg === '--locale') options.locales.push(...list(value));
      else options.labels.push(...list(value));
    } else if (arg === '--fail-list') options.failList = true;
    else if (arg === '--record') options.record = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.paths.push(arg);
  }
  const corpusOnly = options.locales.length || options.labels.length || options.json || options.failList;
  if (options.corpus && (options.paths.length || options.junit || options.record))
    return `--corpus runs a corpus file on its own: no fixture paths, --junit or --record with it\n${USAGE}`;
  if (!options.corpus && corpusOnly) return `--locale, --label, --json and --fail-list go with --corpus FILE.tsv\n${USAGE}`;
  if (options.paths.length === 0) options.paths.push(DEFAULT_PATH);
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  if (options.corpus) {
    return runCorpus({ file: options.corpus, platforms: options.platforms, locales: options.locales, labels: options.labels, json: options.json, failList: options.failList });
  }
  const started = Date.now();
  const { files, missing } = fixtureFiles(options.paths);
  const broken: Array<{ file: string; problems: FixtureProblem[] }> = missing.map((file) => ({ file, problems: [{ file, line: 1, message: 'no such file or folder' }] }));
  const fixtures: Array<{ path: string; fixture: Fixture }> = [];
  for (const path of files) {
    const { fixture, problems } = loadFixture(path);
    if (fixture) fixtures.push({ path, fixture });
    else broken.push({ file: problems[0]?.file ?? path, problems });
  }
  for (const b of broken) console.log([`✗ ${b.file} · cannot run:`, ...formatProblems(b.problems)].join('\n'));

  const results: FixtureResult[] = [];
  const world = fixtures.length ? await World.start() : undefined;
  try {
    for (const { path, fixture } of fixtures) {
      const mine: FixtureResult[] = [];
      for (const platform of options.platforms.filter((p) => fixture.platforms.includes(p))) {
        const result = await runFixture(world as World, fixture, platform);
        mine.push(result);
        const lines = formatResult(result);
        console.log((options.quiet && passed(result) ? lines.slice(0, 1) : lines).join('\n'));
      }
      results.push(...mine);
      if (options.record && mine.length) {
        const out = join(dirname(path), `${basename(path).replace(/\.ya?ml$/, '')}.recorded.yaml`);
        console.log(`  recorded → ${writeRecording(path, mine, out)}`);
      }
    }
  } finally {
    await world?.close();
  }

  const steps = results.flatMap((r) => r.steps.filter((s) => !s.skipped));
  const failedSteps = steps.filter((s) => s.failures.length || s.problem).length;
  const failedRuns = results.filter((r) => !passed(r)).length;
  console.log('');
  console.log(formatUx(checkResults(results)).join('\n'));
  console.log(
    `Fixtures: ${fixtures.length} (${broken.length} could not be read) · runs: ${results.length} (${failedRuns} failed) · ` +
      `steps: ${steps.length} (${failedSteps} failed) · ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (options.junit) {
    writeFileSync(options.junit, junitXml(results, broken));
    console.log(`JUnit XML → ${options.junit}`);
  }
  return failedRuns > 0 || broken.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`fixtures: ${err.message}`);
    process.exit(2);
  },
);
