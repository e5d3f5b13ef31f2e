import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../../..');
const run = promisify(execFile);
// a data folder with nothing imported, so a catalog in the developer's .data/ never leaks in
const noImports = mkdtempSync(join(tmpdir(), 'models-cli-data-'));
afterAll(() => rmSync(noImports, { recursive: true, force: true }));

async function models(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build-models.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, VOICE_SHOP_DATA_DIR: noImports },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run models', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'models-cli-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds from a catalog with bad rows, reporting each by sku, and writes valid models', async () => {
    const catalog = join(dir, 'catalog.json');
    const good = { brand: 'Acme', category: 'snacks', size: '1 bag', price: 199, currency: 'USD', rating: 4, reviewCount: 3, inStock: true };
    writeFileSync(
      catalog,
      JSON.stringify([
        { ...good, sku: 'S-1', name: 'Acme Pretzels' },
        { ...good, sku: 'S-2', name: '' },
        { ...good, sku: 'S-1', name: 'Acme Pretzels Again' },
        { ...good, sku: 'S-3', name: 'Acme <Salty> & "Sweet" Popcorn 🍿' },
      ]),
    );
    const out = join(dir, 'out');

    const result = await models('--catalog', catalog, '--out', out);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('skipped S-2: empty name');
    expect(result.stdout).toContain('skipped S-1: duplicate sku (row 3)');
    expect(result.stdout).toMatch(/cleaned S-3: .*emoji removed/);
    expect(result.stdout).toMatch(/en-US: Alexa \d+ samples, PRODUCT 4 values/);
    for (const file of [
      'skill-package/skill.json',
      'skill-package/interactionModels/custom/en-US.json',
      'skill-package/interactionModels/custom/de-DE.json',
      'interaction-models/alexa/account-linking.json',
      'interaction-models/dialogflow/agent/agent.json',
      'interaction-models/dialogflow/agent/intents/SearchIntent_usersays_en-gb.json',
      'interaction-models/dialogflow/agent.zip',
    ]) {
      expect(existsSync(join(out, file))).toBe(true);
    }
    expect(result.stdout).toContain('skill-settings.json: not set yet: privacyPolicyUrl');
  }, 30_000);

  it('fails with a clear message when the catalog cannot be read', async () => {
    const result = await models('--catalog', join(dir, 'missing.json'), '--out', join(dir, 'never'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read the catalog');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  }, 30_000);

  it('refuses a placeholder URL in the skill settings, naming the field, and writes nothing', async () => {
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ privacyPolicyUrl: 'https://www.example.com/privacy', termsOfUseUrl: 'http://shop.io/terms' }));
    const result = await models('--settings', settings, '--out', join(dir, 'refused'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('privacyPolicyUrl names a placeholder host (www.example.com)');
    expect(result.stderr).toContain('termsOfUseUrl must be an https URL');
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  }, 30_000);

  it('puts the configured URLs into the manifest and the account-linking request', async () => {
    const settings = join(dir, 'real-settings.json');
    const accountLinking = {
      authorizationUrl: 'https://login.cornershop.shop/authorize',
      accessTokenUrl: 'https://login.cornershop.shop/token',
      clientId: 'alexa-skill',
      scopes: ['openid'],
      domains: [],
    };
    writeFileSync(settings, JSON.stringify({ privacyPolicyUrl: 'https://cornershop.shop/privacy', termsOfUseUrl: 'https://cornershop.shop/terms', accountLinking }));
    const out = join(dir, 'configured');
    const result = await models('--settings', settings, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('not set yet');
    const manifest = JSON.parse(readFileSync(join(out, 'skill-package/skill.json'), 'utf8')).manifest;
    for (const locale of ['en-US', 'en-GB', 'de-DE']) {
      expect(manifest.privacyAndCompliance.locales[locale]).toEqual({ privacyPolicyUrl: 'https://cornershop.shop/privacy', termsOfUseUrl: 'https://cornershop.shop/terms' });
    }
    const linking = JSON.parse(readFileSync(join(out, 'interaction-models/alexa/account-linking.json'), 'utf8')).accountLinkingRequest;
    expect(linking).toMatchObject({ type: 'AUTH_CODE', authorizationUrl: accountLinking.authorizationUrl, accessTokenUrl: accountLinking.accessTokenUrl, clientId: 'alexa-skill' });
    expect(linking).not.toHaveProperty('clientSecret');
  }, 30_000);
});
