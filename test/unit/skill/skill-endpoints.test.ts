/**
 * `npm run skill:endpoints`: the deployed stack's outputs (as serverless info prints them, as
 * CloudFormation's JSON, or a plain map) become the skill's NA/EU endpoints and its events
 * endpoint in skill-package/skill.json; missing settings or a wrong stack are refused by name.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../../scripts/skill-endpoints';

const ROOT = join(__dirname, '../../..');
const run = promisify(execFile);
const NA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:voice-shop-prod-alexa';
const EU_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:voice-shop-prod-alexa';

const SERVERLESS_INFO = `service: voice-shop
stage: prod
region: us-east-1
stack: voice-shop-prod
endpoints:
  POST - https://abc123.execute-api.us-east-1.amazonaws.com/dialogflow
  POST - https://abc123.execute-api.us-east-1.amazonaws.com/alexa
functions:
  alexa: voice-shop-prod-alexa

Stack Outputs:
  AlexaLambdaFunctionQualifiedArn: ${NA_ARN}:7
  AlexaWebServiceUrl: https://abc123.execute-api.us-east-1.amazonaws.com/alexa
  DialogflowWebhookUrl: https://abc123.execute-api.us-east-1.amazonaws.com/dialogflow
  ServerlessDeploymentBucketName: voice-shop-prod-serverlessdeploymentbucket-1
`;
const DESCRIBE_STACKS_EU = JSON.stringify({ Stacks: [{ StackName: 'voice-shop-prod', Outputs: [{ OutputKey: 'AlexaLambdaFunctionQualifiedArn', OutputValue: `${EU_ARN}:3` }] }] });
const SETTINGS = {
  privacyPolicyUrl: 'https://cornershop.shop/privacy',
  termsOfUseUrl: 'https://cornershop.shop/terms',
  accountLinking: {
    authorizationUrl: 'https://login.cornershop.shop/authorize',
    accessTokenUrl: 'https://login.cornershop.shop/token',
    clientId: 'alexa-skill',
    scopes: ['openid'],
    domains: [],
  },
};

let dir: string;
let errors: string[];
let logs: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skill-endpoints-'));
  writeFileSync(join(dir, 'skill-settings.json'), JSON.stringify(SETTINGS));
  writeFileSync(join(dir, 'na.txt'), SERVERLESS_INFO);
  writeFileSync(join(dir, 'eu.json'), DESCRIBE_STACKS_EU);
  errors = [];
  logs = [];
  jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  jest.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
});

afterEach(() => {
  jest.restoreAllMocks();
  delete process.env.ACCOUNT_LINKING_CLIENT_SECRET;
  rmSync(dir, { recursive: true, force: true });
});

const manifest = () => JSON.parse(readFileSync(join(dir, 'skill-package/skill.json'), 'utf8')).manifest;

describe('skill:endpoints', () => {
  it('points the custom API and the skill events at the NA and EU functions, without the version', () => {
    expect(main(['--outputs', join(dir, 'na.txt'), '--eu-outputs', join(dir, 'eu.json'), '--root', dir])).toBe(0);

    const m = manifest();
    const regions = { NA: { endpoint: { uri: NA_ARN } }, EU: { endpoint: { uri: EU_ARN } } };
    expect(m.apis.custom).toEqual({ endpoint: { uri: NA_ARN }, regions, interfaces: [] });
    expect(m.events).toEqual({
      subscriptions: expect.arrayContaining([{ eventName: 'SKILL_DISABLED' }, { eventName: 'SKILL_ACCOUNT_LINKED' }, { eventName: 'SKILL_PERMISSION_ACCEPTED' }]),
      // the Proactive Events schemas the shop sends notifications with
      publications: [{ eventName: 'AMAZON.OrderStatus.Updated' }, { eventName: 'AMAZON.MessageAlert.Activated' }],
      endpoint: { uri: NA_ARN },
      regions,
    });
    expect(m.privacyAndCompliance.locales['de-DE'].privacyPolicyUrl).toBe(SETTINGS.privacyPolicyUrl);
    expect(errors).toEqual([]);
  });

  it('uses the HTTPS endpoint with the wildcard certificate when asked', () => {
    expect(main(['--outputs', join(dir, 'na.txt'), '--https', '--root', dir])).toBe(0);
    expect(manifest().apis.custom.endpoint).toEqual({ uri: 'https://abc123.execute-api.us-east-1.amazonaws.com/alexa', sslCertificateType: 'Wildcard' });
  });

  it('reads a plain key/value outputs file', () => {
    writeFileSync(join(dir, 'plain.json'), JSON.stringify({ AlexaLambdaFunctionQualifiedArn: `${NA_ARN}:12` }));
    expect(main(['--outputs', join(dir, 'plain.json'), '--root', dir])).toBe(0);
    expect(manifest().apis.custom.regions).toEqual({ NA: { endpoint: { uri: NA_ARN } } });
  });

  it('refuses while skill-settings.json lacks the privacy policy or the account-linking client, naming them', () => {
    writeFileSync(join(dir, 'skill-settings.json'), JSON.stringify({ ...SETTINGS, privacyPolicyUrl: '', accountLinking: { ...SETTINGS.accountLinking, clientId: '' } }));
    expect(main(['--outputs', join(dir, 'na.txt'), '--root', dir])).toBe(1);
    expect(errors).toEqual(['skill:endpoints: skill-settings.json must set privacyPolicyUrl, accountLinking.clientId before the skill can be deployed; then run npm run models']);
    expect(existsSync(join(dir, 'skill-package/skill.json'))).toBe(false);
  });

  it.each([
    ['a stack without the Alexa function', JSON.stringify({ DialogflowWebhookUrl: 'https://x.example/dialogflow' }), 'no AlexaLambdaFunctionQualifiedArn output'],
    [
      'an EU function deployed in us-east-1',
      JSON.stringify({ AlexaLambdaFunctionQualifiedArn: `${NA_ARN}:1` }),
      "the EU endpoint is in us-east-1; Alexa's EU region is served from eu-west-1",
    ],
    ['serverless info without --verbose', 'service: voice-shop\nstage: prod\n', 'no "Stack Outputs:" section'],
    ['broken JSON', '{"Stacks": [', 'not valid JSON'],
  ])('refuses %s with a one-line reason', (_label, eu, reason) => {
    writeFileSync(join(dir, 'eu.json'), eu);
    expect(main(['--outputs', join(dir, 'na.txt'), '--eu-outputs', join(dir, 'eu.json'), '--root', dir])).toBe(1);
    expect(errors).toEqual([expect.stringContaining(reason)]);
  });

  it('writes the account-linking request with the client secret only into .ask/, readable by the owner', () => {
    process.env.ACCOUNT_LINKING_CLIENT_SECRET = 'not-a-real-secret';
    expect(main(['--outputs', join(dir, 'na.txt'), '--root', dir])).toBe(0);
    const file = join(dir, '.ask/account-linking.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).accountLinkingRequest).toMatchObject({ type: 'AUTH_CODE', clientId: 'alexa-skill', clientSecret: 'not-a-real-secret' });
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(logs.join('\n')).not.toContain('not-a-real-secret');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.ask/');
  });

  it('runs as npm run skill:endpoints', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'skill:endpoints', '--', '--outputs', join(dir, 'na.txt'), '--root', dir], { cwd: ROOT });
    expect(stdout).toContain(`NA: ${NA_ARN}`);
    expect(manifest().apis.custom.endpoint.uri).toBe(NA_ARN);
  }, 30_000);

  it('survives npm run models: the endpoints stay, the rest is regenerated', async () => {
    expect(main(['--outputs', join(dir, 'na.txt'), '--eu-outputs', join(dir, 'eu.json'), '--root', dir])).toBe(0);
    const before = manifest();
    await run('npm', ['run', '--silent', 'models', '--', '--out', dir, '--settings', join(dir, 'skill-settings.json')], { cwd: ROOT });
    expect(manifest()).toEqual(before);
    expect(existsSync(join(dir, 'skill-package/interactionModels/custom/de-DE.json'))).toBe(true);
  }, 60_000);

  describe('against a deployed stage (serverless info)', () => {
    // no credentials anywhere: the real serverless info runs and must fail with its reason
    const offline = () => {
      const env: Record<string, string | undefined> = {
        ...process.env,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      };
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE']) delete env[name];
      return env;
    };
    const endpoints = async (...args: string[]) =>
      run('npm', ['run', '--silent', 'skill:endpoints', '--', ...args], { cwd: ROOT, env: offline() }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );

    it('as the README shows it in a fresh clone: refuses, naming the settings still unset', async () => {
      const result = await endpoints('--stage', 'prod');
      expect(result).toEqual({ code: 1, stderr: expect.stringMatching(/^skill:endpoints: skill-settings\.json must set privacyPolicyUrl, /) });
    }, 30_000);

    it("with the settings done but no AWS credentials: one line with serverless's reason, nothing written", async () => {
      const result = await endpoints('--stage', 'prod', '--na-only', '--settings', join(dir, 'skill-settings.json'), '--root', dir);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^skill:endpoints: serverless info --stage prod --region us-east-1 failed: .*credentials/)]);
      expect(existsSync(join(dir, 'skill-package'))).toBe(false);
    }, 60_000);
  });
});
