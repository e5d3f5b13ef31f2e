import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../../..');
const run = promisify(execFile);

async function models(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build-models.ts'), ...args], { cwd: ROOT });
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
    for (const file of ['alexa/en-US.json', 'alexa/de-DE.json', 'dialogflow/en-GB/agent.json', 'dialogflow/en-GB.zip']) expect(existsSync(join(out, file))).toBe(true);
  }, 30_000);

  it('fails with a clear message when the catalog cannot be read', async () => {
    const result = await models('--catalog', join(dir, 'missing.json'), '--out', join(dir, 'never'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read the catalog');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  }, 30_000);
});
