import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, SearchIndexFormatError } from '../../../src/core/search';
import { Vocabulary } from '../../../src/core/search/expand';
import type { SearchDoc } from '../../../src/ports/search';

const CATALOG: SearchDoc[] = [
  { sku: 'pt', name: 'Select-A-Size Paper Towels', brand: 'Bounty', category: 'paper goods', size: '6 rolls' },
  { sku: 'tow', name: 'Bath Towel Set', category: 'home' },
  { sku: 'pb', name: 'Creamy Peanut Butter', category: 'spreads' },
  { sku: 'pbc', name: 'Peanut Butter Cups', category: 'candy chocolate' },
  { sku: 'pea', name: 'Sweet Peas', category: 'frozen vegetables' },
  { sku: 'milk2', name: 'Reduced Fat 2% Milk', category: 'milk', size: '1 gal' },
  { sku: 'milkw', name: 'Whole Milk', category: 'milk', size: '1 gal' },
  { sku: 'soda12', name: 'Cola 12 Pack Cans', category: 'soft drinks' },
  { sku: 'soda6', name: 'Cola 6 Pack Bottles', category: 'soft drinks' },
  { sku: 'hum', name: 'Classic Hummus', category: 'fresh dips' },
  { sku: 'soil', name: 'Humus Garden Soil', category: 'garden' },
  { sku: 'ice', name: 'Vanilla Ice Cream Bars', category: 'ice cream' },
  { sku: 'cer', name: 'Honey Nut Cereal', category: 'cereal' },
  { sku: 'ser', name: 'Serial Port Cable', category: 'electronics' },
  { sku: 'cof1', name: 'Medium Roast Ground Coffee', brand: 'Morning Co', category: 'coffee' },
  { sku: 'cof2', name: 'Medium Roast Ground Coffee', brand: 'Hilltop', category: 'coffee' },
  { sku: 'cof3', name: 'Dark Roast Ground Coffee', brand: 'Hilltop', category: 'coffee' },
  { sku: 'oat1', name: 'Rolled Oats', category: 'cereal', inStock: false },
  { sku: 'oat2', name: 'Rolled Oats', category: 'cereal', inStock: true },
  { sku: 'kcup', name: 'Breakfast Blend K-Cup Pods', category: 'coffee' },
  { sku: 'half', name: '1/2 Caff Medium Roast Coffee', category: 'coffee' },
  { sku: 'uncured', name: 'Uncured Thick Cut Bacon', category: 'bacon' },
  { sku: 'cured', name: 'Honey Cured Thick Sliced Bacon', category: 'bacon' },
  { sku: 'thick', name: 'Thick Cut Bacon', category: 'bacon' },
  { sku: 'apsauce', name: 'Natural Apple Sauce Cups', category: 'canned fruit' },
  { sku: 'apcups', name: 'Applesauce Cups', category: 'canned fruit' },
];

/** The terms of a small vocabulary that a heard query term may stand for. */
function soundAlikesIn(terms: string[]): (term: string) => string[] {
  const vocab = new Vocabulary(terms, () => 1, 100);
  return (term) => {
    const found = new Map<number, number>();
    vocab.fuzzy(term, found);
    return [...found.keys()].map((id) => terms[id]);
  };
}

const index = buildSearchIndex(CATALOG);
const top = (query: string, history?: Map<string, number>): string[] => index.search(query, { limit: 3, history }).map((h) => h.sku);

describe('SpokenSearchIndex', () => {
  describe('normalisation', () => {
    it('matches plurals and singulars both ways', () => {
      expect(top('paper towel')[0]).toBe('pt');
      expect(top('peas')[0]).toBe('pea');
      expect(top('sweet pea')[0]).toBe('pea');
    });

    it('ignores case, punctuation and the brand being said first', () => {
      expect(top('BOUNTY, paper-towels!')[0]).toBe('pt');
    });

    it('reads number words as digits: "two percent milk" is 2% milk', () => {
      expect(top('two percent milk')[0]).toBe('milk2');
    });

    it('tells pack sizes apart when they are spoken: "twelve pack cola"', () => {
      expect(top('twelve pack cola')[0]).toBe('soda12');
      expect(top('cola six pack')[0]).toBe('soda6');
    });

    it('reads spoken fractions: "half caff" is 1/2 Caff', () => {
      expect(top('half caff coffee')[0]).toBe('half');
    });

    it('spells spoken letters: "kay cups" are K-Cups', () => {
      expect(top('kay cups')[0]).toBe('kcup');
    });
  });

  describe('compound words', () => {
    it('joins words the recogniser split: "pea nut butter"', () => {
      expect(top('pea nut butter')[0]).toBe('pb');
    });

    it('rejoins a function word split off the first word: "and cured bacon" is uncured', () => {
      expect(top('and cured thick cut bacon')[0]).toBe('uncured');
    });

    it('matches a compound against its halves even when the compound is a word: "applesauce cups"', () => {
      expect(top('natural applesauce cups')[0]).toBe('apsauce');
    });

    it('splits words the recogniser joined: "papertowels", "icecream bars"', () => {
      expect(top('papertowels')[0]).toBe('pt');
      expect(top('vanilla icecream bars')[0]).toBe('ice');
    });
  });

  describe('misheard words', () => {
    it('finds the sound-alike when the heard word is not in the catalogue: "serial" cereal', () => {
      expect(top('honey nut serial')[0]).toBe('cer');
    });

    it('corrects a near-miss in a multi-word query: "paper towers"', () => {
      expect(top('paper towers')[0]).toBe('pt');
    });

    it('answers a lone word the catalogue does not know only through a close reading', () => {
      expect(top('quark')).toEqual([]); // not "dark" roast coffee
      expect(top('ham')).toEqual([]); // a short word: not the "home" category
      expect(top('serial')[0]).toBe('ser');
      expect(top('cereel')[0]).toBe('cer');
    });

    it('never ranks a sound-alike above an exact match', () => {
      expect(top('humus')[0]).toBe('soil');
      expect(top('hummus')[0]).toBe('hum');
      expect(top('serial')[0]).toBe('ser');
    });
  });

  describe('words a shopper leaves out or says differently', () => {
    const shelf = buildSearchIndex([
      { sku: 'feta', name: 'Crumbled Feta Cheese', category: 'packaged cheese' },
      { sku: 'feta-ff', name: 'Fat Free Crumbled Feta', category: 'packaged cheese' },
      { sku: 'feta-rf', name: 'Crumbled Feta Cheese Reduced Fat', category: 'packaged cheese' },
      { sku: 'ecb', name: 'Energy Coffee Beverage Vanilla', category: 'energy sports drinks' },
      { sku: 'dsd', name: 'Doubleshot Energy Spiced Vanilla Coffee Drink', category: 'energy sports drinks' },
      { sku: 'fus', name: 'Fresh Fussilli', category: 'fresh pasta' },
      { sku: 'fus-gf', name: 'Gluten Free Fusilli', category: 'fresh pasta' },
      { sku: 'fus-ogf', name: 'Organic Gluten Free Fusilli', category: 'dry pasta' },
      { sku: 'fus-w', name: 'Whole Wheat Fusilli', category: 'dry pasta' },
      { sku: 'fus-t', name: 'Tricolor Fusilli', category: 'dry pasta' },
      { sku: 'fresh', name: 'Fresh Mozzarella', category: 'packaged cheese' },
      { sku: 'fresh2', name: 'Fresh Gnocchi', category: 'fresh pasta' },
    ]);
    const first = (query: string): string | undefined => shelf.search(query, { limit: 3 })[0]?.sku;

    it('takes a last name word that only names the category as said: "crumbled feta" is the cheese, not the fat-free one', () => {
      expect(first('crumbled feta')).toBe('feta');
      expect(first('fat free crumbled feta')).toBe('feta-ff');
    });

    it('hears drink and beverage as the same word', () => {
      expect(first('vanilla energy coffee drink')).toBe('ecb');
      expect(first('spiced vanilla coffee beverage')).toBe('dsd');
    });

    it("lets a correctly said word reach the catalogue's own misspelling when the rest of the query agrees", () => {
      expect(first('fresh fusilli')).toBe('fus');
      expect(first('gluten free fusilli')).toBe('fus-gf');
    });
  });

  describe('spellings, sounds and units a name and a shopper disagree on', () => {
    const shelf = buildSearchIndex([
      { sku: 'roka', name: 'Roka Blue Cheese Salad Dressing', category: 'salad dressing' },
      { sku: 'blue', name: 'Blue Cheese Dressing', category: 'salad dressing' },
      { sku: 'blue-lite', name: 'Lite Blue Cheese Dressing', category: 'salad dressing' },
      { sku: 'rake', name: 'Leaf Rake', category: 'garden' },
      { sku: 'tartlet', name: 'Raspberry Tartlettes', category: 'cookies cakes' },
      { sku: 'light', name: 'Tart Cherry Juice Light', category: 'juice' },
      { sku: 'grahams', name: 'Vanilla Cupcake Grahams Snacks', category: 'crackers' },
      { sku: 'cupcake', name: 'Vanilla Cupcake', category: 'bakery desserts' },
      { sku: 'cupcakes', name: 'Mini Vanilla Cupcakes', category: 'bakery desserts' },
      { sku: 'pound-cake', name: 'Lemon Pound Cake', category: 'bakery desserts' },
      { sku: 'lemon-cake', name: 'Lemon Cake 1 lb', category: 'bakery desserts' },
      { sku: 'butter', name: 'Salted Butter 1 Pound', category: 'butter' },
      { sku: 'butter-sticks', name: 'Salted Butter Sticks', category: 'butter' },
      { sku: 'bbq-sauce', name: 'Bar-B-Q Sauce  Original', category: 'condiments' },
      { sku: 'steak-sauce', name: 'Original Steak Sauce', category: 'condiments' },
      { sku: 'bbq-chips', name: 'Mesquite Bar-B-Que Potato Chips', category: 'chips' },
      { sku: 'chips', name: 'Mesquite Potato Chips', category: 'chips' },
    ]);
    const first = (query: string): string | undefined => shelf.search(query, { limit: 3 })[0]?.sku;

    it('hears a longer word by how it sounds, not only how it is spelled: "rocco" is Roka', () => {
      expect(first('rocco blue cheese dressing')).toBe('roka');
      expect(first('blue cheese dressing')).toBe('blue');
    });

    it('does not stretch a short word by sound: "let" is not "light", though "rocco" is "roka"', () => {
      const heard = soundAlikesIn(['blue', 'let', 'light', 'lit', 'roka', 'rake']);
      expect(heard('let')).not.toContain('light'); // "tart lets": the query term is the stem
      expect(heard('rocco')).toContain('roka');
      expect(first('raspberry tart lets')).toBe('tartlet');
    });

    it('takes a unit word as a unit only with an amount: "cupcake grams" are Grahams, "pound cake" is a cake', () => {
      expect(first('vanilla cupcake grams')).toBe('grahams');
      expect(first('lemon pound cake')).toBe('pound-cake');
      expect(first('a pound of salted butter')).toBe('butter');
      expect(first('one pound salted butter')).toBe('butter');
    });

    it('keeps a soft c after stemming: "rise" may be rice, though "rice" is stored as "ric"', () => {
      const rice = buildSearchIndex([
        { sku: 'tandoori-rice', name: 'Tandoori Rice', category: 'indian foods' },
        { sku: 'rise', name: 'Zero Rise Orange', category: 'energy sports drinks' },
        { sku: 'rise2', name: 'Rise Sports Drink', category: 'energy sports drinks' },
        { sku: 'chicken', name: 'Chicken Tandoori', category: 'frozen meals' },
      ]);
      expect(rice.search('tandoori rise', { limit: 1 })[0]?.sku).toBe('tandoori-rice');
      expect(rice.search('rise sports drink', { limit: 1 })[0]?.sku).toBe('rise2');
      const heard = soundAlikesIn(['garlic', 'ric', 'rick', 'sag', 'sauc']);
      expect(heard('ris')).toContain('ric'); // "rise" for rice
      expect(heard('saus')).toContain('sauc'); // "sause" for sauce
    });

    it('hears voiced and unvoiced b/p as one sound, and a short word through its consonants', () => {
      const shelf2 = buildSearchIndex([
        { sku: 'mango-bar', name: 'Mango Fruit Bar', category: 'energy granola bars' },
        { sku: 'pear', name: 'Organic Pear Mango Fruit Smoothie', category: 'baby food' },
        { sku: 'nectar', name: 'Mango Fruit Nectar', category: 'juice' },
        { sku: 'beans-rice', name: 'Black Beans & Rice', category: 'frozen meals' },
        { sku: 'black-rice', name: 'Black Rice', category: 'grains rice' },
        { sku: 'bins', name: 'Stacking Storage Bins', category: 'storage' },
        { sku: 'snow-peas', name: 'Snow Peas', category: 'fresh vegetables' },
        { sku: 'porter', name: 'Snow Drift Vanilla Porter', category: 'beers' },
        { sku: 'bee', name: 'Ichiban Bee', category: 'beers' },
      ]);
      const best = (q: string): string | undefined => shelf2.search(q, { limit: 1 })[0]?.sku;
      expect(best('mango fruit par')).toBe('mango-bar');
      expect(best('black bins and rice')).toBe('beans-rice');
      expect(best('storage bins')).toBe('bins');
      expect(best('snow bees')).toBe('snow-peas');
      expect(shelf2.search('bin', { limit: 3 }).map((h) => h.sku)).toEqual(['bins']); // alone, a word is taken as said
    });

    it('matches a joined compound whose halves are in the name and the category: "freshchives"', () => {
      const herbs = buildSearchIndex([
        { sku: 'chives', name: 'Herbs Chives', category: 'fresh herbs' },
        { sku: 'dried', name: 'Freeze Dried Chives', category: 'spices seasonings' },
        { sku: 'fresh', name: 'Fresh Basil', category: 'fresh herbs' },
      ]);
      expect(herbs.search('freshchives', { limit: 1 })[0]?.sku).toBe('chives');
    });

    it('reads Bar-B-Q and Bar-B-Que as barbecue', () => {
      expect(first('barbecue sauce')).toBe('bbq-sauce');
      expect(first('mesquite barbecue chips')).toBe('bbq-chips');
      expect(first('bbq sauce')).toBe('bbq-sauce');
    });
  });

  describe('unsaid and misheard words, weighed by how common they are', () => {
    const filler = [
      ...['Tomato Soup', 'Potato Chips', 'Cola', 'Granola', 'Oatmeal', 'Crackers'].map((n) => `Classic ${n}`),
      ...['Juice', 'Soda', 'Marmalade', 'Cream Soda', 'Cream Cheese', 'Sour Cream'].map((n) => `Orange ${n}`),
    ];
    const shelf = buildSearchIndex([
      { sku: 'lasagna-tandoori', name: 'Tandoori Five Cheese Lasagna', category: 'frozen meals' },
      { sku: 'lasagna-classic', name: 'Classic Five Cheese Lasagna', category: 'frozen meals' },
      { sku: 'beans-in', name: 'Chili Beans In Mild Sauce', category: 'canned beans' },
      { sku: 'beans', name: 'Chili Beans Mild Sauce', category: 'canned beans' },
      { sku: 'sherbert', name: 'Fat Free Sherbert Orange', category: 'ice cream' },
      { sku: 'sherbet', name: 'Orange Cream Grand Sherbet', category: 'ice cream' },
      { sku: 'labne-broken', name: 'Labn+\u00ac Kefir Cheese', category: 'specialty cheeses' },
      { sku: 'labne', name: 'Labne Kefir Cheese', category: 'specialty cheeses' },
      ...filler.map((name, i) => ({ sku: `f${i}`, name, category: 'other' })),
    ]);
    const ranked = (query: string): string[] => shelf.search(query, { limit: 5 }).map((h) => h.sku);

    it('an unsaid common word ("classic") costs less than an unsaid rare one ("tandoori")', () => {
      expect(ranked('five cheese lasagna').slice(0, 2)).toEqual(['lasagna-classic', 'lasagna-tandoori']);
    });

    it('corrects a rare catalogue word when the rest of the query agrees: "orange cream sherbert"', () => {
      expect(ranked('orange cream sherbert')[0]).toBe('sherbet');
      expect(ranked('orange sherbert')[0]).toBe('sherbert');
    });

    it('treats "in" as a function word on both sides', () => {
      expect(ranked('chili beans in mild sauce').slice(0, 2).sort()).toEqual(['beans', 'beans-in']);
      expect(shelf.search('chili beans mild sauce', { limit: 2 }).map((h) => h.score)).toEqual(shelf.search('chili beans in mild sauce', { limit: 2 }).map((h) => h.score));
    });

    it('prefers a name that can be read out over the same name in a broken character set', () => {
      expect(ranked('labne kefir cheese')[0]).toBe('labne');
    });
  });

  describe('ranking', () => {
    it('puts the head noun first: peanut butter before peanut butter cups', () => {
      expect(top('peanut butter')[0]).toBe('pb');
      expect(top('peanut butter cups')[0]).toBe('pbc');
    });

    it('prefers an in-stock product over an identical one out of stock', () => {
      expect(top('rolled oats')[0]).toBe('oat2');
    });

    it('lifts what the shopper bought before among comparable matches', () => {
      expect(top('ground coffee')[0]).not.toBe('cof2');
      expect(top('ground coffee', new Map([['cof2', 3]]))[0]).toBe('cof2');
    });

    it('does not let history override a clearly better match', () => {
      expect(top('dark roast coffee', new Map([['cof1', 10]]))[0]).toBe('cof3');
    });

    it('honours the limit', () => {
      expect(index.search('coffee', { limit: 2 })).toHaveLength(2);
      expect(index.search('coffee', { limit: 0 })).toHaveLength(0);
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty query', ''],
      ['only spaces', '   '],
      ['only filler', 'um i need'],
      ['a polite request with no product', 'can you add please'],
      ['emoji', '🥑🥑'],
      ['SSML characters', '<speak>&amp;</speak> & <'],
    ])('returns no results for %s', (_label, query) => {
      expect(index.search(query)).toEqual([]);
    });

    it('keeps the product when filler surrounds it', () => {
      expect(top('um i need paper towels please')[0]).toBe('pt');
      expect(top('can you add peanut butter to my list')[0]).toBe('pb');
    });

    it('answers a 2,000-character query quickly', () => {
      const long = 'paper towels '.repeat(160).slice(0, 2000);
      const started = Date.now();
      const hits = index.search(long);
      expect(Date.now() - started).toBeLessThan(200);
      expect(hits[0]?.sku).toBe('pt');
    });

    it('survives a query that is not a string', () => {
      expect(index.search(undefined as unknown as string)).toEqual([]);
    });

    it('skips catalogue rows with an empty name', () => {
      const small = buildSearchIndex([
        { sku: 'a', name: '' },
        { sku: 'b', name: 'Apples' },
        { sku: 'c', name: '!!' },
      ]);
      expect(small.size).toBe(1);
      expect(small.search('apples').map((h) => h.sku)).toEqual(['b']);
    });
  });

  describe('serialisation', () => {
    it('loads to an index that answers exactly like the original', () => {
      const loaded = loadSearchIndex(serializeSearchIndex(index));
      expect(loaded.size).toBe(index.size);
      for (const q of ['pea nut butter', 'paper towers', 'two percent milk', 'ground coffee', 'humus']) {
        expect(loaded.search(q)).toEqual(index.search(q));
      }
    });

    it('rejects an artifact that is not a search index', () => {
      expect(() => loadSearchIndex('{"format":"something-else"}')).toThrow(SearchIndexFormatError);
      expect(() => loadSearchIndex('not json')).toThrow(SearchIndexFormatError);
    });
  });
});

describe('a word said syllable by syllable, a letter name among them', () => {
  it('finds the product whose name the syllables spell ("eye bu profen" is ibuprofen)', async () => {
    const { IndexedCatalog, MemoryProductSource } = await import('../../../src/infra/catalog/indexed-catalog');
    const { DEMO_PRODUCTS } = await import('../../../src/infra/demo/seed');
    const catalog = new IndexedCatalog({ source: new MemoryProductSource(DEMO_PRODUCTS), clock: { now: () => new Date('2026-12-01') } });
    const [first] = await catalog.search('eye bu profen', { limit: 3 });
    expect(first?.name).toMatch(/Ibuprofen/);
  });
});
