/**
 * `npm run promotions:import`, run as the README writes it, on the local store with nothing
 * running: the example file loads whole; a broken row is named by line and skipped, the rest
 * loaded; --strict loads nothing from a file with a broken row; a missing file is one line. The
 * store is read afterwards to see that exactly the good rows are in it, each one whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoHttpClient } from '../../src/infra/dynamodb/http-client';
import { DynamoPromotionStore } from '../../src/infra/dynamodb/promotions';
import { tableNames } from '../../src/infra/dynamodb/tables';
import { startEmbeddedStore } from '../../src/local/embedded-store';
import { asWritten, readmeCommand, sh, tempDataDir, terminalEnv, type Ran } from '../support/commands';

const dataDir = tempDataDir('promotions');
const work = mkdtempSync(join(tmpdir(), 'voice-shop-promotion-files-'));
const env = terminalEnv({ VOICE_SHOP_DATA_DIR: dataDir });
const HEADER = 'id,kind,applies_to,value,starts,ends,code,min_spend,per_customer_limit';
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const ownLines = (ran: Ran) => ran.stderr.split('\n').filter((l) => l.trim() && !/^npm (error|ERR!)/.test(l));
const run = (path: string, flags: string[] = []) => sh(asWritten(readmeCommand('npm run promotions:import -- FILE'), { FILE: path }, flags), env);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('promotions:import', () => {
  it('loads the example file the README names, and says which skus the catalog does not have yet', async () => {
    const ran = await run('docs/promotions.example.csv');
    // a fresh data folder has no catalog until npm start seeds the demo one
    expect({ code: ran.code, lines: ownLines(ran) }).toEqual({
      code: 0,
      lines: ['docs/promotions.example.csv: [pasta-multibuy] sku SKU-10126 is not in the catalog; the promotion applies once it is'],
    });
    expect(ran.stdout).toContain(`promotions:import: the local store in ${join(dataDir, 'dynamodb')}`);
    expect(ran.stdout).toMatch(/3 rows read, 3 imported into voice-shop-local-promotions \(3 current now\), 0 skipped/);
  }, 60_000);

  it('skips a broken row whole, naming its line, and loads the others', async () => {
    const broken = file('broken.csv', [HEADER, 'half,percent-off,cart,50,2026-01-01,2030-12-31,HALF50,,', 'bad,percent-off,cart,150,2026-01-01,2030-12-31,BAD150,,'].join('\n'));
    const ran = await run(broken);
    expect(ran.code).toBe(2);
    expect(ownLines(ran)).toEqual([`${broken}:3: [bad] value must be a whole percentage from 1 to 100, got "150" — skipped`]);
    expect(ran.stdout).toMatch(/2 rows read, 1 imported into voice-shop-local-promotions \(1 current now\), 1 skipped/);
    expect(`${ran.stdout}${ran.stderr}`).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('with --strict, loads nothing from a file with a broken row', async () => {
    const broken = file('strict.csv', [HEADER, 'strict-ok,percent-off,cart,5,2026-01-01,2030-12-31,,,', 'strict-bad,buy-n-get-one,cart,2,2026-01-01,2030-12-31,,,'].join('\n'));
    const ran = await run(broken, ['--strict']);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatch(/2 rows read, 1 valid, 1 skipped; nothing imported \(--strict\)/);
  }, 60_000);

  it('says in one line that a file is missing', async () => {
    const ran = await run(join(work, 'nowhere.csv'));
    expect({ code: ran.code, lines: ownLines(ran) }).toEqual({ code: 1, lines: [`promotions:import: cannot read ${join(work, 'nowhere.csv')}: no such file`] });
  }, 60_000);

  it('left exactly the good rows in the store, each whole', async () => {
    const store = await startEmbeddedStore({ path: join(dataDir, 'dynamodb') });
    try {
      const client = new DynamoHttpClient({ region: 'us-east-1', endpoint: store.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      const promotions = await new DynamoPromotionStore({ doc: client, tableName: tableNames('voice-shop-local').promotions }).all();
      client.destroy();
      expect(promotions.map((p) => p.id)).toEqual(['coffee-week', 'half', 'pasta-multibuy', 'save-ten']);
      expect(promotions.find((p) => p.id === 'save-ten')).toEqual({
        id: 'save-ten',
        kind: 'percent-off',
        target: { kind: 'cart' },
        percent: 10,
        startsAt: '2026-01-01T00:00:00.000Z',
        endsAt: '2031-01-01T00:00:00.000Z',
        code: 'SAVE10',
        minSpend: 2000,
        perCustomerLimit: 1,
      });
    } finally {
      await store.close();
    }
  }, 60_000);
});
