import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseModelCatalog, DEMO_CATALOG, ModelCatalogError, readModelCatalog } from '../../../scripts/models/catalog-input';

describe('the catalog npm run models builds from', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'models-catalog-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is the demo catalog when nothing was imported', () => {
    expect(chooseModelCatalog(undefined, dataDir)).toEqual({ file: DEMO_CATALOG, source: 'the demo catalog (nothing imported)' });
  });

  it('is the catalog the last import left, once there is one, and the demo catalog when asked for', () => {
    writeFileSync(join(dataDir, 'catalog.json'), '[]');
    expect(chooseModelCatalog(undefined, dataDir)).toMatchObject({
      file: join(dataDir, 'catalog.json'),
      source: expect.stringMatching(/the catalog after the last catalog:import .*--catalog demo builds the committed models$/),
    });
    expect(chooseModelCatalog('demo', dataDir).file).toBe(DEMO_CATALOG);
    expect(chooseModelCatalog('shop.json', dataDir, '/work/shop').file).toBe('/work/shop/shop.json');
  });

  it('reads a CSV file as catalog:import does, naming the rows it leaves out by line', () => {
    const file = join(dataDir, 'shop.csv');
    writeFileSync(file, 'sku,name,category,price\nT-1,Green Tea,tea,3.49\nT-2,,tea,1.00\n');
    const input = readModelCatalog({ file, source: 'shop.csv' });
    expect(input.rows).toEqual([expect.objectContaining({ sku: 'T-1', name: 'Green Tea', price: 349 })]);
    expect(input.skipped).toEqual([`${file}:3: [T-2] name is empty`]);
  });

  it('refuses a file it cannot use, saying why', () => {
    const broken = join(dataDir, 'broken.csv');
    writeFileSync(broken, 'sku,name,category,price\nT-1,"Tea,tea,1.00\n');
    const object = join(dataDir, 'object.json');
    writeFileSync(object, '{"sku": "T-1"}');
    const reason = (file: string) => {
      try {
        readModelCatalog({ file, source: file });
        return 'read';
      } catch (err) {
        expect(err).toBeInstanceOf(ModelCatalogError);
        return (err as Error).message;
      }
    };
    expect(reason(join(dataDir, 'missing.json'))).toBe(`cannot read the catalog ${join(dataDir, 'missing.json')}: no such file`);
    expect(reason(broken)).toBe(`cannot read the catalog ${broken}: line 2: a quoted field is never closed`);
    expect(reason(object)).toBe(`cannot read the catalog ${object}: not a JSON array of products`);
  });
});
