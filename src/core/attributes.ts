/**
 * Product attributes a shopper asks about or filters on ("is it organic", "gluten free bread").
 * The catalog tags products with these ids; the voice models take their spoken forms from here
 * (the ATTRIBUTE slot), so what a shopper can say and what the catalog can answer stay one list.
 */
export const ProductAttribute = {
  Organic: 'organic',
  GlutenFree: 'gluten-free',
  Vegan: 'vegan',
  Vegetarian: 'vegetarian',
  Decaf: 'decaf',
  SugarFree: 'sugar-free',
  LactoseFree: 'lactose-free',
  DairyFree: 'dairy-free',
  LowFat: 'low-fat',
  Kosher: 'kosher',
  NutFree: 'nut-free',
  WholeGrain: 'whole-grain',
  FairTrade: 'fair-trade',
  NonGmo: 'non-gmo',
  Unscented: 'unscented',
} as const;
export type ProductAttribute = (typeof ProductAttribute)[keyof typeof ProductAttribute];

/** Not a tag but a question a shopper asks the same way ("is it in stock"): answered from the product's stock. */
export const IN_STOCK = 'in-stock';

/** How each attribute is said, per language; the first form is the one the shop says back. */
export const ATTRIBUTE_WORDS: Readonly<Record<'en' | 'de', Readonly<Record<ProductAttribute | typeof IN_STOCK, readonly string[]>>>> = {
  en: {
    organic: ['organic', 'bio'],
    'gluten-free': ['gluten free', 'gluten-free', 'without gluten', 'no gluten'],
    vegan: ['vegan', 'plant based', 'plant-based'],
    vegetarian: ['vegetarian', 'veggie'],
    decaf: ['decaf', 'decaffeinated', 'caffeine free', 'no caffeine', 'without caffeine', 'caffeine-free', 'non caffeinated'],
    'sugar-free': ['sugar free', 'sugar-free', 'no sugar', 'without sugar', 'unsweetened'],
    'lactose-free': ['lactose free', 'lactose-free', 'no lactose', 'without lactose'],
    'dairy-free': ['dairy free', 'dairy-free', 'no dairy', 'non dairy', 'without dairy'],
    'low-fat': ['low fat', 'low-fat', 'light', 'reduced fat'],
    kosher: ['kosher'],
    'nut-free': ['nut free', 'nut-free', 'no nuts', 'without nuts'],
    'whole-grain': ['whole grain', 'wholegrain', 'whole wheat', 'wholemeal'],
    'fair-trade': ['fair trade', 'fairtrade'],
    'non-gmo': ['non gmo', 'non-gmo', 'gmo free'],
    unscented: [
      'unscented',
      'fragrance free',
      'scent free',
      'perfume free',
      'without perfume',
      'without any perfume',
      'no perfume',
      'without fragrance',
      'no fragrance',
      'without scent',
      'no scent',
      'non scented',
    ],
    'in-stock': ['in stock', 'available', 'in store'],
  },
  de: {
    organic: ['bio', 'biologisch', 'öko'],
    'gluten-free': ['glutenfrei', 'ohne gluten'],
    vegan: ['vegan', 'pflanzlich'],
    vegetarian: ['vegetarisch'],
    decaf: ['entkoffeiniert', 'koffeinfrei', 'ohne koffein'],
    'sugar-free': ['zuckerfrei', 'ohne zucker', 'ungesüßt'],
    'lactose-free': ['laktosefrei', 'ohne laktose'],
    'dairy-free': ['milchfrei', 'ohne milch'],
    'low-fat': ['fettarm', 'light', 'fettreduziert'],
    kosher: ['koscher'],
    'nut-free': ['nussfrei', 'ohne nüsse'],
    'whole-grain': ['vollkorn'],
    'fair-trade': ['fair trade', 'fairtrade', 'fair gehandelt'],
    'non-gmo': ['gentechnikfrei', 'ohne gentechnik'],
    unscented: ['parfümfrei', 'ohne duft', 'unparfümiert'],
    'in-stock': ['vorrätig', 'auf lager', 'verfügbar', 'da'],
  },
};

/**
 * What an attribute is free of, per language ("does it have any sugar" asks about sugar free): the
 * attribute slot takes these words too, and the question is answered the other way round.
 */
export const SUBSTANCE_WORDS: Readonly<Record<'en' | 'de', Readonly<Partial<Record<ProductAttribute, readonly string[]>>>>> = {
  en: {
    'sugar-free': ['sugar', 'added sugar'],
    decaf: ['caffeine'],
    'gluten-free': ['gluten'],
    'lactose-free': ['lactose'],
    'dairy-free': ['dairy'],
    'nut-free': ['nuts', 'peanuts', 'tree nuts'],
    unscented: ['scent', 'fragrance', 'perfume', 'smell'],
  },
  de: {
    'sugar-free': ['zucker'],
    decaf: ['koffein'],
    'gluten-free': ['gluten'],
    'lactose-free': ['laktose'],
    'nut-free': ['nüsse', 'erdnüsse'],
    unscented: ['duft', 'parfüm', 'duftstoffe'],
  },
};

const known = new Set<string>([...Object.values(ProductAttribute), IN_STOCK]);

export function isProductAttribute(id: string): id is ProductAttribute {
  return known.has(id) && id !== IN_STOCK;
}
