/**
 * Every conversation fixture in test/fixtures/conversations, on Alexa and on Dialogflow, through
 * the interaction models into the exported Lambda handlers on dynalite. One test per fixture per
 * platform; one dynalite for the file, emptied and re-seeded before each fixture, and each
 * fixture in its own users and customer copies.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readmeCommands, sh, terminalEnv } from '../support/commands';
import {
  checkResults,
  fixtureFiles,
  formatProblems,
  formatResult,
  loadFixture,
  passed,
  PLATFORMS,
  runCorpus,
  runFixture,
  World,
  type CaseResult,
  type FixtureResult,
} from '../../scripts/fixtures/index';

const FOLDER = join(__dirname, '../fixtures/conversations');
const loaded = fixtureFiles([FOLDER]).files.map((path) => ({ path, ...loadFixture(path) }));
const results: FixtureResult[] = [];

let world: World;
let scratch: string;

beforeAll(async () => {
  world = await World.start();
  scratch = mkdtempSync(join(tmpdir(), 'fixtures-it-'));
}, 60_000);

afterAll(async () => {
  await world?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A fixture written on the spot, loaded as the CLI would load it. */
function fixtureOf(name: string, yaml: string) {
  const path = join(scratch, `${name}.yaml`);
  writeFileSync(path, yaml);
  const { fixture, problems } = loadFixture(path);
  if (!fixture) throw new Error(formatProblems(problems).join('\n'));
  return fixture;
}

describe('conversation fixtures', () => {
  it('finds the fixture library', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(PLATFORMS.map((p) => [p] as const))('on %s', (platform) => {
    it.each(loaded.map((l) => [l.fixture?.name ?? l.path, l] as const))('%s', async (_name, l) => {
      // Given a fixture that reads cleanly
      if (!l.fixture) throw new Error(`cannot run:\n${formatProblems(l.problems).join('\n')}`);
      if (!l.fixture.platforms.includes(platform)) return;

      // When it runs through the platform's model into the handler
      const result = await runFixture(world, l.fixture, platform);
      results.push(result);

      // Then every step heard and stored what it expected
      if (!passed(result)) throw new Error(formatResult(result).join('\n'));
    });
  });

  it('keeps every open session reprompted and every purchase question complete', () => {
    // Given the replies of every fixture on both platforms (none when the runs were filtered out)
    if (results.length < loaded.length) return;
    const ux = checkResults(results);
    // Then these voice-UX rules hold without exception (long replies are only listed by the CLI)
    expect(ux.replies).toBeGreaterThan(200);
    expect(ux.purchaseQuestions).toBeGreaterThan(20);
    expect({
      openWithoutReprompt: ux.openWithoutReprompt.map((f) => f.where),
      overThreeItems: ux.overThreeItems.map((f) => f.where),
      questionsMissingItems: ux.questionMissing.items.map((f) => f.where),
      questionsMissingTotal: ux.questionMissing.total.map((f) => f.where),
      questionsMissingAddress: ux.questionMissing.address.map((f) => f.where),
    }).toEqual({ openWithoutReprompt: [], overThreeItems: [], questionsMissingItems: [], questionsMissingTotal: [], questionsMissingAddress: [] });
  });
});

describe('how the runner hears an utterance', () => {
  it.each(PLATFORMS.map((p) => [p] as const))('on %s: "tell me about…" is a request, "ask corner shop to…" a one-shot', async (platform) => {
    // Given a search, then requests that start like an invocation
    const fixture = fixtureOf(
      'tell-and-ask',
      [
        'steps:',
        '  - say: find paper towels',
        '  - say: tell me about the second one',
        '    expect: { intent: ProductDetailsIntent, says: "Brightfield Paper Towels by Brightfield, 6 double rolls" }',
        '  - say: ask corner shop to find tea',
        '    expect: { intent: SearchIntent, says: I found 8 for tea }',
        '  - say: open corner shop',
        '    expect: { intent: Launch, says: Welcome to Corner Shop }',
      ].join('\n'),
    );
    // When it runs through the platform's model
    const result = await runFixture(world, fixture, platform);
    // Then each reached the intent its samples define
    expect(formatResult(result).join('\n')).not.toContain('✗');
  });

  it.each(PLATFORMS.map((p) => [p] as const))(
    'on %s: an utterance no sample matches fails its step with the nearest samples, unless the step expects the fallback',
    async (platform) => {
      const fixture = fixtureOf(
        'not-understood',
        // any worded utterance is at least a bare answer (SelectIntent's free words); a sound heard as no words is not
        ['steps:', '  - say: "…"', '  - say: "…"', '    expect: { intent: FallbackIntent, says: "Sorry" }'].join('\n'),
      );
      const result = await runFixture(world, fixture, platform);
      expect(result.steps[0].problem).toMatch(/^not understood: no intent in the en-US (Alexa model|Dialogflow agent) matches "…"/);
      expect(result.steps[0].problem).toMatch(/nearest samples: "[^"]+" \([\w. ]+\)/);
      expect(result.steps[1].problem).toBeUndefined();
      expect(result.steps[1]).toMatchObject({ failures: [], observed: { intent: 'FallbackIntent' } });
    },
  );

  it.each(PLATFORMS.map((p) => [p] as const))("on %s: a linked shopper's own product names resolve once the first reply has sent them", async (platform) => {
    // Given a launch, whose reply carries the dynamic entities / session entity types
    const fixture = fixtureOf(
      'own-names',
      [
        'context: { customer: cust-demo-1 }',
        'steps:',
        '  - launch: true',
        '  - say: tell me more about my usual coffee',
        '    expect: { intent: ProductDetailsIntent, says: Harbor Mills Breakfast Blend Ground Coffee by Harbor Mills }',
      ].join('\n'),
    );
    // When the shopper names a product by their own words / Then the platform resolves it to their sku
    const result = await runFixture(world, fixture, platform);
    expect(formatResult(result).join('\n')).not.toContain('✗');
  });

  it('fills a custom slot with unlisted words on Alexa, as Alexa does; Dialogflow entities stay closed', async () => {
    const fixture = fixtureOf('unlisted-product', ['steps:', '  - say: add kumquat jam', '    expect: { intent: AddToCartIntent }'].join('\n'));
    const alexa = await runFixture(world, fixture, 'alexa');
    const dialogflow = await runFixture(world, fixture, 'dialogflow');
    expect(passed(alexa)).toBe(true);
    // "add {product}" cannot take an unlisted name on Dialogflow: only the bare answer's free words (@sys.any) can
    expect(dialogflow.steps[0].observed?.intent).toBe('SelectIntent');
  });
});

describe('corpus mode', () => {
  it('runs a small corpus on both platforms and reports pass rates per platform, locale and label, and the failing cases', async () => {
    // Given a corpus in the shared format: a pass, a wrong expectation, an utterance no model has, a setup with cart state, a broken line
    const file = join(scratch, 'mini.tsv');
    const notFallback = "didn't (get|catch)|nicht verstanden";
    writeFileSync(
      file,
      [
        'id\tsplit\tlocale\tcustomer\tsetup\tutterance\tcapability\texpect_says\texpect_not\texpect_state\tnote',
        `t1\tdev\ten-US\tnone\t\tfind tea\tsearch\t(?=.*\\btea\\b)(?=.*\\b5[.,]99\\b)\t${notFallback}\t\tpasses`,
        `t2\tdev\ten-US\tnone\t\tfind tea\tsearch\tcoffee\t${notFallback}\t\twrong on purpose`,
        `t3\tdev\ten-GB\tnone\t\t…\tcompare\t\t${notFallback}\t\tno words`,
        `t4\tdev\tde-DE\tcust-demo-3\tsuche kaffee | nimm das erste\twas ist in meinem warenkorb\tcart.view\twarenkorb\t${notFallback}\tcart: Golden Valley Instant Coffee=1; orders: none_new; charges: 0\tsetup`,
        'broken\tdev\ten-US',
      ].join('\n'),
    );
    const lines: string[] = [];
    const json = join(scratch, 'mini.json');

    // When corpus mode runs it
    const code = await runCorpus({ file, platforms: PLATFORMS, locales: [], labels: [], json, failList: false, world, print: (l) => lines.push(l) });
    const out = lines.join('\n');

    // Then the broken line is named and left out, the rest is measured
    expect(code).toBe(2);
    expect(out).toContain(`${file}:6: expected 11 tab-separated fields`);
    expect(out).toMatch(/alexa +2\/4 +50\.0% +1\/4/);
    expect(out).toMatch(/dialogflow +2\/4 +50\.0% +1\/4/);
    expect(out).toMatch(/en-GB +0\/1 +0\.0% +0\/1 +0\.0% +0\/2 +0\.0%/);
    expect(out).toMatch(/cart\.view +1\/1 +100\.0% +1\/1 +100\.0% +2\/2 +100\.0%/);
    // And each failing case says what was heard and why
    expect(out).toContain('✗ t2 alexa en-US [search] "find tea"');
    expect(out).toContain('speech does not match expect_says /coffee/');
    expect(out).toMatch(
      /✗ t3 dialogflow en-GB \[compare\] "…"\n +heard \(FallbackIntent\): "Sorry[^\n]*\n +not understood: \(it went to Default Fallback Intent\); nearest samples: /,
    );
    const report = JSON.parse(readFileSync(json, 'utf8')) as { results: CaseResult[]; summary: { byPlatform: Record<string, { passed: number }> } };
    expect(report.results.map((r) => `${r.id}:${r.platform}:${r.passed}`)).toEqual([
      't1:alexa:true',
      't2:alexa:false',
      't3:alexa:false',
      't4:alexa:true',
      't1:dialogflow:true',
      't2:dialogflow:false',
      't3:dialogflow:false',
      't4:dialogflow:true',
    ]);
  }, 60_000);

  it('lists only the failing cases, one per line, for --fail-list, and runs only the chosen labels and locales', async () => {
    const file = join(scratch, 'mini.tsv');
    const lines: string[] = [];
    await runCorpus({ file, platforms: ['dialogflow'], locales: ['en-US', 'en-GB'], labels: ['search', 'compare'], failList: true, world, print: (l) => lines.push(l) });
    const failing = lines.filter((l) => !l.startsWith('✗') && !l.startsWith('  '));
    expect(failing.map((l) => l.split('\t').slice(0, 5))).toEqual([
      ['t2', 'dialogflow', 'en-US', 'search', 'find tea'],
      ['t3', 'dialogflow', 'en-GB', 'compare', '…'],
    ]);
  }, 60_000);
});

describe("the README's blind-corpus command", () => {
  it('runs as written and reports the slice per platform', async () => {
    // the command exactly as the README shows it, through a shell with a fresh terminal's environment
    const [command] = readmeCommands('npm run fixtures -- --corpus bench/corpus/');
    expect(command).toBe('npm run fixtures -- --corpus bench/corpus/blind-e.tsv --label human');
    const run = await sh(command, terminalEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/alexa +\d+\/4 /);
    expect(run.stdout).toMatch(/dialogflow +\d+\/4 /);
    expect(run.stdout).toMatch(/^human +/m);
  }, 150_000);
});
