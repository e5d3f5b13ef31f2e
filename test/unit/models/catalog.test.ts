import { modelSource } from '../../../interaction-models/source';
import { buildModels } from '../../../scripts/models/build';
import { cleanCatalog, spokenValues } from '../../../scripts/models/catalog';
import { PLATFORM_LIMITS } from '../../../scripts/models/limits';

const enUS = modelSource.locales.find((l) => l.locale === 'en-US')!;
const deDE = modelSource.locales.find((l) => l.locale === 'de-DE')!;

const row = (sku: string, name: string, extra: Record<string, unknown> = {}) => ({
  sku,
  name,
  brand: 'Acme',
  category: 'snacks',
  size: '1 bag',
  price: 199,
  currency: 'USD',
  rating: 4,
  reviewCount: 10,
  inStock: true,
  ...extra,
});

describe('catalog values', () => {
  describe('cleanCatalog', () => {
    it('skips empty names, duplicate skus and rows without a sku, reporting each', () => {
      const { products, issues } = cleanCatalog([row('A-1', 'Acme Crackers'), row('A-2', '   '), row('A-1', 'Acme Again'), row('', 'No Sku'), null, row('A-3', '🍪🍪')]);
      expect(products.map((p) => p.sku)).toEqual(['A-1']);
      expect(issues).toEqual([
        { sku: 'A-2', problem: 'empty name', action: 'skipped' },
        { sku: 'A-1', problem: 'duplicate sku (row 3); the first row is kept', action: 'skipped' },
        { sku: 'row 4', problem: 'no sku', action: 'skipped' },
        { sku: 'row 5', problem: 'no sku', action: 'skipped' },
        { sku: 'A-3', problem: 'empty name', action: 'skipped' },
      ]);
    });

    it('cleans SSML-breaking characters and emoji, reporting the sku', () => {
      const { products, issues } = cleanCatalog([row('B-1', 'Tom & Jerry\'s <Best> "Crunchy" Chips 🍟'), row('B-2', 'Sam’s Salsa')]);
      expect(products.map((p) => p.name)).toEqual(["Tom & Jerry's Best Crunchy Chips", "Sam's Salsa"]);
      expect(issues).toEqual([
        { sku: 'B-1', problem: expect.stringMatching(/emoji removed.*'&'.*'<' or '>' removed.*quotes removed/), action: 'cleaned' },
        { sku: 'B-2', problem: 'curly apostrophe straightened', action: 'cleaned' },
      ]);
    });
  });

  describe('spokenValues', () => {
    it('says "&" and "%" in the locale\'s words and uses skus, category and brand ids', () => {
      const { products } = cleanCatalog([row('C-1', 'Acme Fish & Chips'), row('C-2', 'Acme 2% Milk', { category: 'milk' })]);
      const english = spokenValues(products, enUS).values;
      const german = spokenValues(products, deDE).values;
      expect(english.map((v) => [v.id, v.value])).toEqual([
        ['cat:snacks', 'snacks'],
        ['cat:milk', 'milk'],
        ['brand:acme', 'Acme'],
        ['C-1', 'Acme Fish and Chips'],
        ['C-2', 'Acme 2 percent Milk'],
      ]);
      expect(german.find((v) => v.id === 'C-1')?.value).toBe('Acme Fish und Chips');
      expect(german.find((v) => v.id === 'cat:milk')?.synonyms).toContain('milch');
    });

    it('gives a product whose name is taken its size, keeping the plain name as a shared synonym', () => {
      const { products } = cleanCatalog([
        row('D-1', 'Acme Paper Towels', { size: '6 rolls', reviewCount: 5 }),
        row('D-2', 'Acme Paper Towels', { size: '12 rolls', reviewCount: 50 }),
      ]);
      const values = spokenValues(products, enUS).values.filter((v) => v.kind === 'product');
      expect(values).toEqual([
        expect.objectContaining({ id: 'D-2', value: 'Acme Paper Towels' }),
        expect.objectContaining({ id: 'D-1', value: 'Acme Paper Towels 6 rolls', synonyms: expect.arrayContaining(['Acme Paper Towels']) }),
      ]);
    });
  });

  describe('platform limits', () => {
    const big = Array.from({ length: 400 }, (_, i) => row(`E-${i}`, `Acme Snack Number ${i}`, { reviewCount: i }));

    it('keeps categories, brands and the best sellers when the Alexa slot type would be too big, and says so', () => {
      const { report, files } = buildModels({ catalog: big, limits: { ...PLATFORM_LIMITS, alexaSlotTypeValuesAndSynonyms: 100 } });
      const us = report.locales.find((l) => l.locale === 'en-US')!;
      expect(us.alexa.productValuesAndSynonyms).toBeLessThanOrEqual(100);
      expect(us.notes.join('\n')).toMatch(/Alexa: kept \d+ of 400 products .* under 100 slot values\+synonyms/);
      const model = JSON.parse(files.get('skill-package/interactionModels/custom/en-US.json')!.toString());
      const ids: string[] = model.interactionModel.languageModel.types.find((t: { name: string }) => t.name === 'PRODUCT').values.map((v: { id: string }) => v.id);
      expect(ids.slice(0, 3)).toEqual(['cat:snacks', 'brand:acme', 'E-399']);
      expect(us.dialogflow.productsKept).toBe(400);
    });

    it('keeps the Alexa model under its byte limit', () => {
      // the samples alone take what a catalog-free model weighs; the products must fit in what is left
      const samplesOnly = Math.max(...buildModels({ catalog: [] }).report.locales.map((l) => l.alexa.bytes));
      const limit = samplesOnly + 20_000;
      const { report } = buildModels({ catalog: big, limits: { ...PLATFORM_LIMITS, alexaModelBytes: limit } });
      for (const l of report.locales) expect(l.alexa.bytes).toBeLessThanOrEqual(limit);
      expect(report.locales[0].notes.join('\n')).toMatch(new RegExp(`${limit} bytes`));
    });

    it('keeps Dialogflow entity entries under the limit, and says so', () => {
      const { report } = buildModels({ catalog: big, limits: { ...PLATFORM_LIMITS, dialogflowEntriesPerEntity: 50 } });
      expect(report.locales[0].dialogflow.productEntries).toBe(50);
      expect(report.locales[0].notes.join('\n')).toMatch(/Dialogflow: kept 48 of 400 products to stay under 50 entries/);
    });
  });
});
