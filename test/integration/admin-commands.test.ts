/**
 * The admin commands of the README, run as written (placeholders filled in) from a fresh
 * terminal's environment, on the embedded store, offline: first with nothing running, then next
 * to a running `npm start`, then after it stops. The steps share one data folder and run in order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alexaIntent, dialogflowRequest } from '../support/envelopes';
import { asWritten, readmeCommand, readmeCommands, ROOT, sh, startShop, tempDataDir, terminalEnv, type Ran, type RunningShop } from '../support/commands';
import { generatedFilesIn } from '../../scripts/models/build';
import { DynamoHttpClient } from '../../src/infra/dynamodb/http-client';
import { tableNames } from '../../src/infra/dynamodb/tables';
import { DynamoVoiceSecurityStore } from '../../src/infra/dynamodb/voice-security';

const HEADER = 'sku,name,brand,category,size,price,currency,rating,review_count,in_stock';
const dataDir = tempDataDir('admin');
const work = mkdtempSync(join(tmpdir(), 'voice-shop-admin-files-'));
const env = terminalEnv({ VOICE_SHOP_DATA_DIR: dataDir });
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

/** Our own lines on stderr: npm adds its "npm error …" lines when a script exits non-zero. */
const ownLines = (ran: Ran) => ran.stderr.split('\n').filter((l) => l.trim() && !/^npm (error|ERR!)/.test(l));
const noStackTrace = (ran: Ran) => expect(`${ran.stdout}${ran.stderr}`).not.toMatch(/^\s+at /m);

async function search(shop: RunningShop, query: string): Promise<string> {
  const response = await fetch(`${shop.base}/alexa`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(alexaIntent('SearchIntent', { query }, { isNew: true, applicationId: 'local' })),
  });
  const ssml = ((await response.json()) as { response: { outputSpeech: { ssml: string } } }).response.outputSpeech.ssml;
  return ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const catalogFile = file(
  'products.csv',
  [HEADER, 'Z-1,Zesty Lemon Tea,Zest,tea,20 bags,4.99,USD,4.5,12,true', 'Z-2,"Zest ""Big"" Lemon Drops",Zest,candy,5 oz,2.49,USD,4.1,30,true'].join('\n'),
);
const importLine = readmeCommands('npm run catalog:import -- products.csv');
const importCommand = (extra = '') => importLine.find((c) => c === `npm run catalog:import -- products.csv${extra}`)!.replace('products.csv', catalogFile);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('admin commands with nothing running', () => {
  it('catalog:import takes the file as its first argument and loads it into the local files', async () => {
    // Given a fresh data folder and the README's command
    expect(importLine).toEqual(expect.arrayContaining(['npm run catalog:import -- products.csv', 'npm run catalog:import -- products.csv --replace']));

    // When it runs
    const ran = await sh(importCommand(), env);

    // Then it imported both rows into the store under the data folder and kept the catalog for the models
    expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' });
    expect(ran.stdout).toContain(`catalog:import: the local store in ${join(dataDir, 'dynamodb')}`);
    expect(ran.stdout).toMatch(/2 rows read, 2 imported into voice-shop-local-products, 0 skipped/);
    expect(JSON.parse(readFileSync(join(dataDir, 'catalog.json'), 'utf8')).map((p: { sku: string }) => p.sku)).toEqual(['Z-1', 'Z-2']);
  }, 60_000);

  it('catalog:import stops at malformed quoting, naming the line, and imports nothing', async () => {
    const broken = file('broken.csv', [HEADER, 'Q-1,Good Tea,Acme,tea,,1.00,USD,4,1,true', 'Q-2,Pizza 12" Round,Acme,frozen,,7.99,USD,4,1,true'].join('\n'));
    const ran = await sh(asWritten(readmeCommand('npm run catalog:import -- FILE'), { FILE: broken }), env);
    expect(ran.code).toBe(1);
    expect(ownLines(ran)).toEqual([`${broken}:3: a quote inside an unquoted field: put the whole field in quotes and double the quote inside it ("12"" pizza"); nothing imported`]);
    noStackTrace(ran);
    expect(JSON.parse(readFileSync(join(dataDir, 'catalog.json'), 'utf8'))).toHaveLength(2);
  }, 60_000);

  describe('while another process holds the store and says nothing about it', () => {
    let holder: ChildProcess;
    beforeAll(async () => {
      // a dynalite on the same files that leaves no note, as an older npm start or a stuck tool would
      holder = spawn(process.execPath, ['-e', `require('dynalite')({ path: ${JSON.stringify(join(dataDir, 'dynamodb'))} }).listen(0, '127.0.0.1', () => console.log('holding'))`], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    });
    afterAll(async () => {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    });

    it('every tool refuses in one line and changes nothing', async () => {
      const pin = file('pin.txt', '1357\n');
      const commands = [
        importCommand(),
        asWritten(readmeCommand('npm run reconcile'), {}),
        asWritten(readmeCommand('npm run voice-pin -- set'), { CUSTOMER_ID: 'cust-demo-3', PIN_FILE: pin }),
        asWritten(readmeCommand('npm run reset'), {}),
      ];
      for (const command of commands) {
        const ran = await sh(command, env);
        expect({ command, code: ran.code, lines: ownLines(ran).length }).toEqual({ command, code: 1, lines: 1 });
        expect(ownLines(ran)[0]).toMatch(/in use by another process/);
        noStackTrace(ran);
      }
      expect(existsSync(join(dataDir, 'catalog.json'))).toBe(true);
    }, 90_000);
  });
});

describe('admin commands next to a running npm start', () => {
  let shop: RunningShop;
  beforeAll(async () => {
    shop = await startShop(env);
  }, 60_000);
  afterAll(async () => {
    await shop?.stop();
  });

  it('npm start says where its store listens, in the data folder', () => {
    const note = JSON.parse(readFileSync(join(dataDir, 'local-store.json'), 'utf8'));
    expect(note).toMatchObject({ endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), pid: expect.any(Number), tablePrefix: 'voice-shop-local' });
    expect(shop.output()).toContain(`store: ${note.endpoint}`);
    // the catalog imported before it started is the catalog: no demo products were added back
    expect(shop.output()).toMatch(/catalog: as stored/);
  });

  it('dev:token as the README writes it captures exactly a token that npm start accepts', async () => {
    const command = readmeCommands('TOKEN=$(npm run -s dev:token -- cust-demo-1)')[0];
    const ran = await sh(`${command}; printf '%s' "$TOKEN"`, env);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(ran.stderr).toMatch(/a token for cust-demo-1, valid 12 hours/);
    const response = await fetch(`${shop.base}/dialogflow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(dialogflowRequest('OrderStatusIntent', {}, { accessToken: ran.stdout })),
    });
    expect(((await response.json()) as { fulfillmentText: string }).fulfillmentText).toMatch(/^Your order [\d ]+ with /);
  }, 60_000);

  it('catalog:import writes into the running store, and npm start finds the products at once', async () => {
    const more = file('more.csv', [HEADER, 'Z-3,Zest Ginger Snaps,Zest,cookies,8 oz,3.29,USD,4.0,7,true'].join('\n'));
    const ran = await sh(asWritten(readmeCommand('npm run catalog:import -- FILE'), { FILE: more }), env);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/catalog:import: the store of the running npm start \(pid \d+, http:\/\/127\.0\.0\.1:\d+\)/);
    expect(ran.stdout).toMatch(/is rebuilding its search index/);
    let heard = '';
    for (let i = 0; i < 50 && !/Ginger Snaps/.test(heard); i += 1) {
      heard = await search(shop, 'ginger snaps');
      if (!/Ginger Snaps/.test(heard)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(heard).toMatch(/Zest Ginger Snaps, 8 oz, \$3\.29/);
  }, 60_000);

  it('catalog:import --replace makes the file the whole catalog and says how many products went', async () => {
    const ran = await sh(importCommand(' --replace'), env);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/--replace: removed 1 product\(s\) not in .*products\.csv; the catalog is now the 2 in the file/);
    let heard = '';
    for (let i = 0; i < 50 && !/couldn't find/.test(heard); i += 1) {
      heard = await search(shop, 'ginger snaps');
      if (!/couldn't find/.test(heard)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(heard).toMatch(/couldn't find/);
    expect(await search(shop, 'lemon tea')).toMatch(/Zesty Lemon Tea/);
  }, 60_000);

  it('npm run models builds the voice models from the imported catalog', async () => {
    const out = join(work, 'models');
    const ran = await sh(asWritten(readmeCommand('npm run models [--'), { DIR: out }, ['--out']), env);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`models: catalog: ${join(dataDir, 'catalog.json')}, the catalog after the last catalog:import`);
    const model = JSON.parse(readFileSync(join(out, 'skill-package/interactionModels/custom/en-US.json'), 'utf8'));
    const product = model.interactionModel.languageModel.types.find((t: { name: string }) => t.name === 'PRODUCT');
    const ids = product.values.map((v: { id: string }) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['Z-1', 'Z-2', 'cat:tea', 'brand:zest']));
    expect(ids).not.toContain('SKU-10001');
  }, 60_000);

  it('reconcile and voice-pin find the store themselves and ask for no token settings', async () => {
    expect(Object.keys(env).filter((k) => /^(AUTH_|DYNAMODB_|TABLE_PREFIX|STAGE)/.test(k))).toEqual([]);
    const reconcile = await sh(asWritten(readmeCommand('npm run reconcile'), { SECONDS: '0' }, ['--older-than']), env);
    expect({ code: reconcile.code, stderr: reconcile.stderr }).toEqual({ code: 0, stderr: '' });
    expect(reconcile.stdout).toMatch(/reconcile: the store of the running npm start \(pid \d+/);
    expect(reconcile.stdout).toMatch(/reconciled 0 pending order\(s\) older than 0 s: 0 placed/);

    const pin = file('pin.txt', '2468\n');
    const set = await sh(asWritten(readmeCommand('npm run voice-pin -- set'), { CUSTOMER_ID: 'cust-demo-3', PIN_FILE: pin }, ['--always']), env);
    expect({ code: set.code, stdout: set.stdout.trim().split('\n').pop() }).toEqual({
      code: 0,
      stdout: 'voice PIN set for cust-demo-3, asked on every voice purchase; any lock lifted',
    });
    const reset = await sh(asWritten(readmeCommand('npm run voice-pin -- reset'), { CUSTOMER_ID: 'cust-demo-3' }), env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/voice purchasing unlocked for cust-demo-3/);
    const unknown = await sh(asWritten(readmeCommand('npm run voice-pin -- reset'), { CUSTOMER_ID: 'cust-nobody' }), env);
    expect({ code: unknown.code, lines: ownLines(unknown) }).toEqual({
      code: 1,
      lines: [expect.stringMatching(/^voice-pin: no customer cust-nobody in the store of the running npm start/)],
    });
  }, 90_000);

  it('a second npm start on the same data refuses in one line', async () => {
    const ran = await sh('npm start', { ...env, PORT: '0' });
    expect({ code: ran.code, lines: ownLines(ran) }).toEqual({
      code: 1,
      lines: [expect.stringMatching(/^could not start: npm start is already running on .* \(pid \d+\); stop it first/)],
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'local-store.json'), 'utf8')).endpoint).toBe(/store: (\S+),/.exec(shop.output())![1]);
  }, 60_000);

  it('npm run reset refuses while npm start runs, in one line', async () => {
    const ran = await sh(asWritten(readmeCommand('npm run reset'), {}), env);
    expect({ code: ran.code, lines: ownLines(ran) }).toEqual({ code: 1, lines: [expect.stringMatching(/^reset: npm start is running \(pid \d+\) .*: stop it first/)] });
    expect(existsSync(join(dataDir, 'dynamodb'))).toBe(true);
  }, 60_000);
});

describe('admin commands after npm start stopped', () => {
  it('npm start took its note away', () => {
    expect(existsSync(join(dataDir, 'local-store.json'))).toBe(false);
  });

  it('a restart keeps the replaced catalog and the voice code set by voice-pin', async () => {
    const shop = await startShop(env);
    try {
      expect(shop.output()).toMatch(/catalog: as stored/);
      expect(await search(shop, 'paper towels')).toMatch(/couldn't find/);
      expect(await search(shop, 'lemon tea')).toMatch(/Zesty Lemon Tea/);
      const { endpoint, tablePrefix } = JSON.parse(readFileSync(join(dataDir, 'local-store.json'), 'utf8'));
      const client = new DynamoHttpClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      try {
        const security = await new DynamoVoiceSecurityStore({ doc: client, tableName: tableNames(tablePrefix).customers }).get('cust-demo-3');
        expect(security).toMatchObject({ pinAlways: true, pin: expect.objectContaining({ scheme: 'scrypt' }) });
      } finally {
        client.destroy();
      }
    } finally {
      await shop.stop();
    }
  }, 60_000);

  it('npm run reset removes the local data but the signing key, and npm run models is the demo catalog again', async () => {
    writeFileSync(join(dataDir, 'events.jsonl'), '{}\n');
    const ran = await sh(asWritten(readmeCommand('npm run reset'), {}), env);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/the signing key stays/);
    // the identity provider's folder (its signing keys, client secrets and grants) is what stays
    expect(readdirSync(dataDir)).toEqual(['idp']);

    const out = join(work, 'fresh-models');
    const models = await sh(`${readmeCommands('npm run models').find((c) => c === 'npm run models')} -- --out ${out}`, env);
    expect(models.stdout).toContain('models: catalog: the demo catalog (nothing imported)');
  }, 60_000);

  it('npm run models -- --catalog demo rebuilds the committed models byte for byte', async () => {
    const out = join(work, 'demo-models');
    const command = readmeCommands('npm run models -- --catalog demo').find((c) => c === 'npm run models -- --catalog demo')!;
    const ran = await sh(`${command} --out ${out}`, env);
    expect(ran.code).toBe(0);
    const files = generatedFilesIn(out);
    expect(files).toEqual(generatedFilesIn(ROOT));
    expect(files.filter((path) => !readFileSync(join(out, path)).equals(readFileSync(join(ROOT, path))))).toEqual([]);
  }, 60_000);
});
