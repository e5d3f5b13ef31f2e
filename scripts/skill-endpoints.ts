/**
 * `npm run skill:endpoints`: writes the deployed stack's endpoints into skill-package/skill.json
 * (custom API and skill events, NA and EU), so `ask deploy` points the skill at this deploy.
 * Refuses while skill-settings.json lacks what certification needs.
 *
 *   npm run skill:endpoints -- --stage prod                 (runs serverless info in us-east-1 and eu-west-1)
 *   npm run skill:endpoints -- --stage prod --na-only       (one stack, us-east-1, for every region)
 *   npm run skill:endpoints -- --outputs na.json [--eu-outputs eu.json] [--https]
 *
 * An outputs file is what `serverless info --verbose` prints, `aws cloudformation
 * describe-stacks` JSON, or {"AlexaLambdaFunctionQualifiedArn": "..."}.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { modelSource } from '../interaction-models/source';
import { storeListings } from '../interaction-models/source/skill';
import { DEFAULT_SETTINGS, readSkillSettings } from './build-models';
import { ACCOUNT_LINKING, SKILL_MANIFEST } from './models/build';
import { buildAccountLinking, buildSkillManifest, type SkillEndpoints } from './models/skill-manifest';
import { missingForDeploy, SkillSettingsError } from './models/skill-settings';
import { ALEXA_LAMBDA_REGIONS, parseStackOutputs, type RegionalOutputs, skillEndpoints, StackOutputsError } from './models/stack-outputs';

const ROOT = resolve(__dirname, '..');
const USAGE = 'usage: npm run skill:endpoints -- (--stage STAGE [--na-only] | --outputs FILE [--eu-outputs FILE]) [--https] [--root DIR]';

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The line after serverless's "Error:" heading (its reason), else its last line. */
export function serverlessError(output: string): string {
  const lines = output.split(/\r?\n/).map((l) => l.trim());
  const at = lines.indexOf('Error:');
  const reason = at >= 0 ? lines.slice(at + 1).find((l) => l !== '') : undefined;
  return reason ?? lines.filter((l) => l !== '').pop() ?? 'no output';
}

/** `serverless info --verbose` for one region, through the project's own osls. */
function serverlessInfo(stage: string, region: string): RegionalOutputs['outputs'] {
  const bin = join(ROOT, 'node_modules/.bin/serverless');
  let text: string;
  try {
    text = execFileSync(bin, ['info', '--stage', stage, '--region', region, '--verbose'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: unknown; stderr?: unknown };
    throw new StackOutputsError(`serverless info --stage ${stage} --region ${region} failed: ${serverlessError(`${e.stdout ?? ''}\n${e.stderr ?? ''}`)}`, { cause: error });
  }
  return parseStackOutputs(text, `serverless info (${region})`);
}

function stacksFrom(args: readonly string[]): RegionalOutputs[] {
  const file = argument(args, '--outputs');
  const euFile = argument(args, '--eu-outputs');
  if (file) {
    const read = (path: string, region: RegionalOutputs['region']): RegionalOutputs => {
      let text: string;
      try {
        text = readFileSync(resolve(path), 'utf8');
      } catch (cause) {
        throw new StackOutputsError(`cannot read ${path}: ${(cause as Error).message}`, { cause });
      }
      return { region, outputs: parseStackOutputs(text, path), source: path };
    };
    return [read(file, 'NA'), ...(euFile ? [read(euFile, 'EU')] : [])];
  }
  const stage = argument(args, '--stage');
  if (!stage) throw new StackOutputsError(USAGE);
  const regions: Array<RegionalOutputs['region']> = args.includes('--na-only') ? ['NA'] : ['NA', 'EU'];
  return regions.map((region) => ({ region, outputs: serverlessInfo(stage, ALEXA_LAMBDA_REGIONS[region]), source: `stage ${stage} in ${ALEXA_LAMBDA_REGIONS[region]}` }));
}

function describe(endpoints: SkillEndpoints): string {
  return (['NA', 'EU', 'FE'] as const)
    .filter((r) => endpoints[r])
    .map((r) => `  ${r}: ${endpoints[r]!.uri}`)
    .join('\n');
}

export function main(args: readonly string[] = process.argv.slice(2)): number {
  const root = resolve(argument(args, '--root') ?? ROOT);
  try {
    const settings = readSkillSettings(resolve(argument(args, '--settings') ?? (argument(args, '--root') ? join(root, 'skill-settings.json') : DEFAULT_SETTINGS)));
    const missing = missingForDeploy(settings);
    if (missing.length > 0) {
      console.error(`skill:endpoints: skill-settings.json must set ${missing.join(', ')} before the skill can be deployed; then run npm run models`);
      return 1;
    }
    const endpoints = skillEndpoints(stacksFrom(args), args.includes('--https') ? 'https' : 'lambda');
    const manifest = buildSkillManifest(modelSource.locales, storeListings, settings, endpoints);
    mkdirSync(join(root, 'skill-package'), { recursive: true });
    writeFileSync(join(root, SKILL_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`skill:endpoints: ${SKILL_MANIFEST} now points the skill and its events at\n${describe(endpoints)}`);
    // the client secret never enters the repository: a filled copy goes to .ask/ (ignored by git)
    const secret = process.env.ACCOUNT_LINKING_CLIENT_SECRET?.trim();
    if (secret) {
      const request = buildAccountLinking(settings);
      const withSecret = { accountLinkingRequest: { ...request.accountLinkingRequest, clientSecret: secret } };
      mkdirSync(join(root, '.ask'), { recursive: true });
      writeFileSync(join(root, '.ask/account-linking.json'), `${JSON.stringify(withSecret, null, 2)}\n`, { mode: 0o600 });
      console.log('skill:endpoints: wrote .ask/account-linking.json (with the client secret) for ask smapi update-account-linking-info');
    } else {
      console.log(`skill:endpoints: account linking: set ACCOUNT_LINKING_CLIENT_SECRET to get .ask/account-linking.json from ${ACCOUNT_LINKING}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof StackOutputsError || error instanceof SkillSettingsError) {
      console.error(`skill:endpoints: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main();
