/**
 * Review texts in a catalog file: one review per line of a quoted CSV cell, or a list in JSON;
 * a review that is wrong refuses its row (named by line), so no product comes in with its
 * reviews half read; markup characters stay text (the adapters escape them when spoken).
 */
import { parseCatalogFile } from '../../../src/infra/catalog/catalog-file';

const HEADER = 'sku,name,brand,category,size,price,currency,rating,review_count,in_stock,reviews';

describe('catalog reviews', () => {
  it('reads a CSV cell of reviews, one per line, newest first, and the rows after it on their own lines', () => {
    const text = [
      HEADER,
      'A-1,Towels,Acme,paper towels,6 rolls,8.99,USD,4.2,120,true,"5|2026-01-10|Soft & strong <3, lasts a week.',
      '2|2026-02-01|Tears unevenly; the roll ""unravels"".',
      '"',
      'A-2,Tea,Acme,tea,20 bags,3.99,USD,4,8,true,',
    ].join('\n');
    const { products, reviews, problems } = parseCatalogFile(text, 'csv');
    expect(problems).toEqual([]);
    expect(products.map((p) => p.sku)).toEqual(['A-1', 'A-2']);
    expect(products[0]).not.toHaveProperty('reviews');
    expect(reviews.get('A-1')).toEqual([
      { rating: 2, date: '2026-02-01', text: 'Tears unevenly; the roll "unravels".' },
      { rating: 5, date: '2026-01-10', text: 'Soft & strong <3, lasts a week.' },
    ]);
    expect(reviews.has('A-2')).toBe(false);
  });

  it('refuses a row with a broken review, naming its line and which review, and keeps the good rows', () => {
    const text = [
      HEADER,
      'B-1,One,Acme,tea,,1.00,USD,4,1,true,6|2026-01-10|Too many stars',
      'B-2,Two,Acme,tea,,1.00,USD,4,1,true,4|2026-02-30|Not a day',
      'B-3,Three,Acme,tea,,1.00,USD,4,1,true,"4|2026-02-01|Fine',
      '5|2026-02-02|"',
      'B-4,Four,Acme,tea,,1.00,USD,4,1,true,just some words',
      'B-5,Five,Acme,tea,,1.00,USD,4,1,true,4|2026-02-03|Good tea.',
    ].join('\n');
    const { products, reviews, problems } = parseCatalogFile(text, 'csv');
    expect(products.map((p) => p.sku)).toEqual(['B-5']);
    expect(reviews.get('B-5')).toEqual([{ rating: 4, date: '2026-02-03', text: 'Good tea.' }]);
    expect(problems.map((p) => [p.line, p.sku, p.message])).toEqual([
      [2, 'B-1', 'review 1: stars must be a whole number from 1 to 5, got "6"'],
      [3, 'B-2', 'review 1: date must be a day like 2026-10-02, got "2026-02-30"'],
      [4, 'B-3', 'review 2: the text is empty'],
      [6, 'B-4', 'review 1: write it as stars|date|text, e.g. 5|2026-10-02|Soft and strong.'],
    ]);
  });

  it('reads reviews in JSON and keeps the newest six of a longer list, saying so', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ rating: 4, date: `2026-01-0${i + 1}`, text: `Review ${i + 1}.` }));
    const text = JSON.stringify([{ sku: 'C-1', name: 'Coffee', category: 'coffee', price: 899, reviews: many }], null, 2);
    const { reviews, notes, problems } = parseCatalogFile(text, 'json');
    expect(problems).toEqual([]);
    expect(reviews.get('C-1')?.map((r) => r.text)).toEqual(['Review 8.', 'Review 7.', 'Review 6.', 'Review 5.', 'Review 4.', 'Review 3.']);
    expect(notes).toEqual(['1 product(s) had more than 6 reviews: the newest 6 are kept']);
  });

  it('refuses JSON reviews of the wrong shape by their line', () => {
    const text = '[\n  { "sku": "D-1", "name": "Milk", "category": "milk", "price": 389,\n    "reviews": [{ "rating": 5, "date": "2026-01-01" }] }\n]';
    const { products, problems } = parseCatalogFile(text, 'json');
    expect(products).toEqual([]);
    expect(problems).toEqual([{ line: 2, sku: 'D-1', message: 'review 1: the text is empty' }]);
  });

  it('reads the demo catalog with its reviews', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const text = readFileSync(join(__dirname, '../../../src/infra/demo/demo-catalog.json'), 'utf8');
    const { products, reviews, problems } = parseCatalogFile(text, 'json');
    expect(problems).toEqual([]);
    expect(products).toHaveLength(295);
    expect(reviews.size).toBe(25);
    expect(reviews.get('SKU-10001')?.[0]).toEqual({ rating: 4, date: '2026-02-11', text: 'Soft & strong enough for spills, and a double roll lasts our family about a week.' });
  });
});
