import { parseCatalogFile } from '../../../src/infra/catalog/catalog-file';

const HEADER = 'sku,name,brand,category,size,price,currency,rating,review_count,in_stock';

describe('parseCatalogFile', () => {
  describe('CSV', () => {
    it('reads quoted fields, doubled quotes and decimal prices into minor units', () => {
      const { products, problems } = parseCatalogFile(`${HEADER}\nA-1,"Towels, ""Big"" Pack",Acme,paper towels,6 rolls,$12.99,usd,4.5,10,yes\n`, 'csv');
      expect(problems).toEqual([]);
      expect(products).toEqual([
        {
          sku: 'A-1',
          name: 'Towels, "Big" Pack',
          brand: 'Acme',
          category: 'paper towels',
          size: '6 rolls',
          price: 1299,
          currency: 'USD',
          rating: 4.5,
          reviewCount: 10,
          inStock: true,
        },
      ]);
    });

    it('skips broken rows, naming each line, and keeps the good ones', () => {
      const text = [
        HEADER,
        'A-1,Good,Acme,tea,,3.50,USD,4,1,true',
        'A-2,,Acme,tea,,3.50,USD,4,1,true',
        'A-3,Free,Acme,tea,,0,USD,4,1,true',
        'A-1,Again,Acme,tea,,1.00,USD,4,1,true',
        'A-4,Short',
        'A 5,Space sku,Acme,tea,,1.00,USD,4,1,true',
        'A-6,Odd stock,Acme,tea,,1.00,USD,4,1,maybe',
        'A-7,Too good,Acme,tea,,1.00,USD,6,1,true',
      ].join('\n');
      const { products, problems, rows } = parseCatalogFile(text, 'csv');
      expect(products.map((p) => p.sku)).toEqual(['A-1']);
      expect(rows).toBe(8);
      expect(problems.map((p) => [p.line, p.message])).toEqual([
        [3, 'name is empty'],
        [4, 'price must be above 0 and at most 100000'],
        [5, 'duplicate sku A-1 (first on line 2)'],
        [6, 'expected 10 fields as in the header, found 2'],
        [7, 'sku "A 5" may only hold letters, digits, - and _ (at most 64)'],
        [8, 'in stock must be true or false, got "maybe"'],
        [9, 'rating must be from 0 to 5'],
      ]);
    });

    it('counts lines inside quoted newlines', () => {
      const { problems } = parseCatalogFile(`${HEADER}\nA-1,"two\nlines",Acme,tea,,1.00,USD,4,1,true\nA-2,,Acme,tea,,1.00,USD,4,1,true`, 'csv');
      expect(problems).toEqual([expect.objectContaining({ line: 4, message: 'name is empty' })]);
    });

    describe('quoting, strictly', () => {
      const good = 'A-1,Good,Acme,tea,,3.50,USD,4,1,true';

      it('stops at a quote inside an unquoted field, naming its line, and keeps nothing', () => {
        const { products, problems, fatal } = parseCatalogFile([HEADER, good, 'A-2,Pizza 12" Round,Acme,frozen,,7.99,USD,4,1,true', good.replace('A-1', 'A-3')].join('\n'), 'csv');
        expect({ products, fatal }).toEqual({ products: [], fatal: true });
        expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^a quote inside an unquoted field/) }]);
      });

      it('stops at text after a closing quote', () => {
        const { problems, fatal } = parseCatalogFile([HEADER, good, 'A-2,"Big" Towels,Acme,paper towels,,7.99,USD,4,1,true'].join('\n'), 'csv');
        expect(fatal).toBe(true);
        expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^text after a closing quote/) }]);
      });

      it('points a quote that is never closed at the row that opens it, not the end of the file', () => {
        const { problems } = parseCatalogFile(
          [HEADER, good, '', 'A-2,"Open Towels,Acme,paper towels,,7.99,USD,4,1,true', good.replace('A-1', 'A-3'), good.replace('A-1', 'A-4')].join('\n'),
          'csv',
        );
        expect(problems).toEqual([{ line: 4, message: 'a quoted field is never closed' }]);
      });

      it('counts lines the way an editor does with Windows line endings and blank lines', () => {
        const text = [HEADER, '', 'A-1,"two\r\nlines",Acme,tea,,1.00,USD,4,1,true', '', 'A-2,,Acme,tea,,1.00,USD,4,1,true'].join('\r\n');
        const { products, problems } = parseCatalogFile(text, 'csv');
        expect(products.map((p) => [p.sku, p.name])).toEqual([['A-1', 'two lines']]);
        expect(problems).toEqual([expect.objectContaining({ line: 6, message: 'name is empty' })]);
      });
    });

    it('refuses a header that names a column twice, whichever way it is spelled', () => {
      const { products, problems } = parseCatalogFile('sku,name,brand,category,price,Review Count,review_count\nA-1,Tea,Acme,tea,1.00,3,4', 'csv');
      expect(products).toEqual([]);
      expect(problems).toEqual([{ line: 1, message: 'the header names "review_count" twice (columns 6 and 7); which one holds the value?' }]);
    });

    it('names the columns a header lacks, and the ones it does not read', () => {
      expect(parseCatalogFile('sku,name,brand\nA-1,Tea,Acme', 'csv').problems).toEqual([{ line: 1, message: expect.stringMatching(/missing: category, price$/) }]);
      const { products, notes } = parseCatalogFile('sku,name,category,price,inStock,colour\nA-1,Tea,tea,1.00,no,green', 'csv');
      expect(products).toEqual([expect.objectContaining({ sku: 'A-1', inStock: false })]);
      expect(notes).toEqual(['columns not read: colour']);
    });

    it('refuses a file without a header', () => {
      const { products, problems } = parseCatalogFile('A-1,Good,Acme,tea,,3.50,USD,4,1,true', 'csv');
      expect(products).toEqual([]);
      expect(problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/header/) });
    });
  });

  describe('attribute tags', () => {
    const TAGGED = `${HEADER},attributes`;

    it('reads ids separated by ; and however they are written ("Gluten Free" is gluten-free), once each', () => {
      const { products, problems } = parseCatalogFile(`${TAGGED}\nA-1,Crackers,Acme,crackers,,3.50,USD,4,1,true,Gluten Free; vegan;vegan\n`, 'csv');
      expect(problems).toEqual([]);
      expect(products[0].attributes).toEqual(['gluten-free', 'vegan']);
    });

    it('leaves a product with an empty column untagged: no tag, no claim', () => {
      const { products } = parseCatalogFile(`${TAGGED}\nA-1,Crackers,Acme,crackers,,3.50,USD,4,1,true,\n`, 'csv');
      expect(products[0]).not.toHaveProperty('attributes');
    });

    it('refuses a row with a tag the vocabulary does not know, naming its line and the tag', () => {
      const text = `${TAGGED}\nA-1,Crackers,Acme,crackers,,3.50,USD,4,1,true,organic\nA-2,Chips,Acme,chips,,2.50,USD,4,1,true,organic;keto\n`;
      const { products, problems } = parseCatalogFile(text, 'csv');
      expect(products.map((p) => p.sku)).toEqual(['A-1']);
      expect(problems).toEqual([{ line: 3, sku: 'A-2', message: expect.stringMatching(/^attribute "keto" is not one of organic, gluten-free, /) }]);
    });
  });

  describe('JSON', () => {
    it('points a bad item at its line and wants prices in minor units', () => {
      const text =
        '[\n  {"sku": "A-1", "name": "Tea", "brand": "B", "category": "tea", "price": 350},\n  {"sku": "A-2", "name": "Tea", "brand": "B", "category": "tea", "price": 3.5}\n]';
      const { products, problems } = parseCatalogFile(text, 'json');
      expect(products.map((p) => p.sku)).toEqual(['A-1']);
      expect(problems).toEqual([{ line: 3, sku: 'A-2', message: 'price must be whole minor units in JSON (e.g. 1299 for 12.99), got 3.5' }]);
    });

    it('reads attribute tags as a list of ids', () => {
      const text = '[{"sku": "A-1", "name": "Tea", "brand": "B", "category": "tea", "price": 350, "attributes": ["organic", "fair-trade"]}]';
      expect(parseCatalogFile(text, 'json').products[0].attributes).toEqual(['organic', 'fair-trade']);
    });

    it('reports where the JSON itself breaks', () => {
      const { problems } = parseCatalogFile('[\n{"sku": "A-1",\n"name": }\n]', 'json');
      expect(problems[0].line).toBe(3);
      expect(problems[0].message).toMatch(/not valid JSON/);
    });
  });
});
