import { ProductAttribute, IN_STOCK } from '../../../src/core/attributes';
import type { Product } from '../../../src/core/product';
import { applyConstraints, attributeFromWords, hasConstraints, parseSpokenQuery, priceLimitPossible, priceRange, SortOrder } from '../../../src/core/search/constraints';

/** What a query searches for and its constraints (how it is said back is tested on its own). */
const parse = (spoken: string, locale = 'en-US') => {
  const { query, constraints } = parseSpokenQuery(spoken, locale);
  return { query, constraints };
};

describe('parseSpokenQuery', () => {
  describe('price ceilings and floors, in English', () => {
    it.each([
      ['tea below four dollars', 'tea', { below: 400 }],
      ['rice for less than 6 bucks', 'rice', { below: 600 }],
      ['soap up to $7', 'soap', { upTo: 700 }],
      ['crackers at most three dollars fifty', 'crackers', { upTo: 350 }],
      ['juice under four ninety nine', 'juice', { below: 499 }],
      ['juice under 4.50', 'juice', { below: 450 }],
      ['cereal over twenty five dollars', 'cereal', { above: 2500 }],
      ['diapers at least thirty dollars', 'diapers', { from: 3000 }],
      ['pasta between two and three dollars', 'pasta', { from: 200, upTo: 300 }],
      ['soda from 5 to 8 dollars', 'soda', { from: 500, upTo: 800 }],
      ['yogurt three dollars or less', 'yogurt', { upTo: 300 }],
      ['cookies under a dollar', 'cookies', { below: 100 }],
      ['snacks under 75 cents', 'snacks', { below: 75 }],
      ['a tin of soup for under a fiver', 'tin of soup', { below: 500 }],
    ])('"%s" searches for %s with %j', (spoken, query, limits) => {
      const { query: rest, constraints } = parse(spoken);
      expect(rest).toBe(query);
      expect(constraints).toEqual({ attributes: [], ...limits });
    });

    it('reads the amount the same whatever the currency word (a price is minor units)', () => {
      const amounts = ['5 dollars', 'five euros', 'five pounds', 'five quid', '$5', '€5'].map((a) => parse(`tea under ${a}`).constraints.below);
      expect(new Set(amounts)).toEqual(new Set([500]));
    });

    it('hears "for free" as a ceiling no product meets', () => {
      const { constraints } = parse('coffee for free');
      expect(priceLimitPossible(constraints)).toBe(false);
    });

    it('leaves "under", "over" and "from" alone when no amount follows', () => {
      expect(hasConstraints(parse('under sink cleaner').constraints)).toBe(false);
      expect(parse('under sink cleaner').query).toBe('under sink cleaner');
      expect(hasConstraints(parse('coffee from harbor mills').constraints)).toBe(false);
    });
  });

  describe('price ceilings and floors, in German', () => {
    it.each([
      ['Tee unter vier Euro', 'Tee', { below: 400 }],
      ['Reis für weniger als 6 Euro', 'Reis', { below: 600 }],
      ['Saft bis 3,50 €', 'Saft', { upTo: 350 }],
      ['Müsli über fünfundzwanzig Euro', 'Müsli', { above: 2500 }],
      ['Nudeln zwischen zwei und drei Euro', 'Nudeln', { from: 200, upTo: 300 }],
      ['Kekse unter zwei Euro neunundneunzig', 'Kekse', { below: 299 }],
    ])('"%s" searches for %s with %j', (spoken, query, limits) => {
      const { query: rest, constraints } = parse(spoken, 'de-DE');
      expect(rest).toBe(query);
      expect(constraints).toEqual({ attributes: [], ...limits });
    });

    it('hears "kostenlos" as a ceiling no product meets', () => {
      expect(priceLimitPossible(parse('Kaffee kostenlos', 'de-DE').constraints)).toBe(false);
    });
  });

  describe('order', () => {
    it.each([
      ['the least expensive tea', 'tea', SortOrder.PriceAscending],
      ['cheap crackers', 'crackers', SortOrder.PriceAscending],
      ['your most expensive olive oil', 'olive oil', SortOrder.PriceDescending],
      ['top rated shampoo', 'shampoo', SortOrder.Rating],
      ['highest rated dog food please', 'dog food', SortOrder.Rating],
    ])('"%s" is %s in order %s', (spoken, query, sort) => {
      expect(parse(spoken)).toEqual({ query, constraints: { attributes: [], sort } });
    });

    it.each([
      ['der billigste Tee', 'Tee', SortOrder.PriceAscending],
      ['das teuerste Olivenöl', 'Olivenöl', SortOrder.PriceDescending],
      ['das am besten bewertete Shampoo', 'Shampoo', SortOrder.Rating],
    ])('German: "%s" is %s in order %s', (spoken, query, sort) => {
      expect(parse(spoken, 'de-DE')).toEqual({ query, constraints: { attributes: [], sort } });
    });
  });

  describe('attributes', () => {
    it.each([
      ['organic bananas', 'bananas', [ProductAttribute.Organic]],
      ['gluten-free crackers', 'crackers', [ProductAttribute.GlutenFree]],
      ['glutenfree crackers', 'crackers', [ProductAttribute.GlutenFree]],
      ['caffeine free tea', 'tea', [ProductAttribute.Decaf]],
      ['non dairy creamer', 'creamer', [ProductAttribute.DairyFree]],
      ['vegan sugar free cookies', 'cookies', [ProductAttribute.Vegan, ProductAttribute.SugarFree]],
      ['tea in stock', 'tea', [IN_STOCK]],
    ])('"%s" searches for %s, keeping %j', (spoken, query, attributes) => {
      expect(parse(spoken)).toEqual({ query, constraints: { attributes } });
    });

    it('hears a long attribute the recogniser split into other words ("sugar freak" is not, "lack tose free" is)', () => {
      expect(parse('lack tose free milk').constraints.attributes).toEqual([ProductAttribute.LactoseFree]);
      expect(parse('sugar freak').constraints.attributes).toEqual([]);
    });

    it('keeps words that are attributes only sometimes in the product ("light bulbs")', () => {
      expect(parse('led light bulbs')).toEqual({ query: 'led light bulbs', constraints: { attributes: [] } });
    });

    it.each([
      ['glutenfreie Nudeln', 'Nudeln', [ProductAttribute.GlutenFree]],
      ['veganen Käse', 'Käse', [ProductAttribute.Vegan]],
      ['Bio Eier', 'Eier', [ProductAttribute.Organic]],
      ['Biojoghurt', 'Joghurt', [ProductAttribute.Organic]],
      ['Vollkornnudeln', 'Nudeln', [ProductAttribute.WholeGrain]],
    ])('German: "%s" searches for %s, keeping %j', (spoken, query, attributes) => {
      expect(parse(spoken, 'de-DE')).toEqual({ query, constraints: { attributes } });
    });

    it('takes everything together: attribute, order and price', () => {
      expect(parse('the cheapest organic eggs under seven dollars')).toEqual({
        query: 'eggs',
        constraints: { attributes: [ProductAttribute.Organic], sort: SortOrder.PriceAscending, below: 700 },
      });
    });

    it('keeps the product with its attributes as said, for a language that inflects them', () => {
      expect(parseSpokenQuery('zeig mir glutenfreies Brot unter fünf Euro', 'de-DE')).toMatchObject({ query: 'Brot', described: 'glutenfreies Brot' });
      expect(parseSpokenQuery('Vollkornbrot', 'de-DE')).toMatchObject({ query: 'Brot', described: 'Vollkornbrot' });
    });

    it('leaves no product words when only constraints were said', () => {
      expect(parse('anything under two dollars').query).toBe('');
      expect(parse('something vegan').query).toBe('');
      expect(parse('irgendwas unter zwei Euro', 'de-DE').query).toBe('');
    });
  });
});

describe('attributeFromWords', () => {
  it('reads an attribute slot in the locale, in English, or as an id', () => {
    expect(attributeFromWords('laktosefrei', 'de-DE')).toBe(ProductAttribute.LactoseFree);
    expect(attributeFromWords('gluten free', 'de-DE')).toBe(ProductAttribute.GlutenFree);
    expect(attributeFromWords('sugar-free', 'en-GB')).toBe(ProductAttribute.SugarFree);
    expect(attributeFromWords('bio', 'en-US')).toBe(ProductAttribute.Organic);
    expect(attributeFromWords('available', 'en-US')).toBe(IN_STOCK);
    expect(attributeFromWords('spicy', 'en-US')).toBeUndefined();
  });
});

describe('applyConstraints', () => {
  const product = (sku: string, price: number, extra: Partial<Product> = {}): Product => ({
    sku,
    name: `Tea ${sku}`,
    brand: 'B',
    category: 'tea',
    size: '20 bags',
    price,
    currency: 'USD',
    rating: 4,
    reviewCount: 10,
    inStock: true,
    ...extra,
  });
  const teas = [
    product('a', 450, { rating: 4.1 }),
    product('b', 299, { attributes: [ProductAttribute.Organic], rating: 4.8 }),
    product('c', 199, { inStock: false, rating: 4.9 }),
    product('d', 650, { attributes: [ProductAttribute.Vegan] }),
  ];

  it('keeps what is under the ceiling, in the order found, with what is in stock first', () => {
    expect(applyConstraints(teas, { attributes: [], below: 500 }).map((p) => p.sku)).toEqual(['a', 'b', 'c']);
  });

  it('counts "under five dollars" as less than five and "up to five dollars" as five included', () => {
    const five = [product('x', 500)];
    expect(applyConstraints(five, { attributes: [], below: 500 })).toEqual([]);
    expect(applyConstraints(five, { attributes: [], upTo: 500 })).toHaveLength(1);
    expect(priceRange({ above: 500 }).min).toBe(501);
  });

  it('sorts cheapest first, best rated first, and keeps only products with the attribute (implied ones too)', () => {
    expect(applyConstraints(teas, { attributes: [], sort: SortOrder.PriceAscending }).map((p) => p.sku)).toEqual(['b', 'a', 'd', 'c']);
    expect(applyConstraints(teas, { attributes: [], sort: SortOrder.Rating }).map((p) => p.sku)).toEqual(['b', 'a', 'd', 'c']);
    expect(applyConstraints(teas, { attributes: [ProductAttribute.Organic] }).map((p) => p.sku)).toEqual(['b']);
    expect(applyConstraints(teas, { attributes: [ProductAttribute.DairyFree] }).map((p) => p.sku)).toEqual(['d']);
  });

  it('takes a name that says the attribute as saying it, and nothing else as a yes', () => {
    const named = [product('n', 300, { name: 'Gluten Free Oat Crackers' }), product('m', 300, { name: 'Oat Crackers' })];
    expect(applyConstraints(named, { attributes: [ProductAttribute.GlutenFree] }).map((p) => p.sku)).toEqual(['n']);
  });
});
