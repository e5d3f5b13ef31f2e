/**
 * Occasions and needs a shopper asks suggestions for ("something for breakfast", "what do I need
 * to make pancakes", "snacks for a party", "something healthy"), each with the words that name it
 * per language, how the shop says it back, and what suits it: catalog categories, optionally
 * narrowed by words of the product's name, or products with an attribute. A merchant changes the
 * map here or hands the core another one (ShopDeps.occasions); the categories are the catalog's.
 */
import { ProductAttribute } from './attributes';

/** One thing that suits an occasion: a category, and (optionally) words its product's name has. */
export interface OccasionPick {
  category: string;
  /** the product's name contains one of these (lower case); none: any product of the category */
  name?: readonly string[];
}

export interface Occasion {
  /** words that name the occasion, per language (lower case, matched as whole words) */
  words: Readonly<Record<'en' | 'de', readonly string[]>>;
  /** how the shop says it back, per language: "for breakfast", "zum Frühstück" */
  said: Readonly<Record<'en' | 'de', string>>;
  /** what suits it, in the order suggested: one product from each, at most three in all */
  picks: readonly OccasionPick[];
  /** or any product with one of these attributes (a need rather than a meal: "healthy") */
  attributes?: readonly string[];
}

export type OccasionMap = Readonly<Record<string, Occasion>>;

export const DEFAULT_OCCASIONS: OccasionMap = {
  pancakes: {
    words: { en: ['pancake', 'pancakes', 'crepes', 'flapjacks'], de: ['pfannkuchen', 'pancakes', 'eierkuchen', 'crêpes', 'crepes'] },
    said: { en: 'for pancakes', de: 'für Pfannkuchen' },
    picks: [
      { category: 'baking', name: ['flour'] },
      { category: 'eggs', name: ['large white eggs'] },
      { category: 'milk', name: ['whole milk'] },
    ],
  },
  baking: {
    words: { en: ['bake', 'baking', 'cake', 'cookies', 'muffins', 'brownies'], de: ['backen', 'kuchen', 'plätzchen', 'kekse', 'muffins'] },
    said: { en: 'for baking', de: 'zum Backen' },
    picks: [
      { category: 'baking', name: ['flour'] },
      { category: 'baking', name: ['granulated sugar'] },
      { category: 'butter', name: ['unsalted butter'] },
    ],
  },
  breakfast: {
    words: { en: ['breakfast', 'brunch', 'morning', 'mornings'], de: ['frühstück', 'frühstücken', 'morgens', 'brunch'] },
    said: { en: 'for breakfast', de: 'zum Frühstück' },
    picks: [{ category: 'cereal' }, { category: 'eggs' }, { category: 'juice', name: ['orange juice'] }],
  },
  'fry-up': {
    words: { en: ['fry up', 'fry-up', 'full english', 'full breakfast', 'cooked breakfast', 'bacon and eggs'], de: ['englisches frühstück', 'rührei mit speck'] },
    said: { en: 'for a fry-up', de: 'für ein englisches Frühstück' },
    picks: [
      { category: 'meat', name: ['bacon'] },
      { category: 'meat', name: ['sausage'] },
      { category: 'eggs', name: ['large'] },
    ],
  },
  lunch: {
    words: {
      en: ['lunch', 'lunches', 'lunchbox', 'packed lunch', 'sandwich', 'sandwiches', 'picnic'],
      de: ['mittagessen', 'mittag', 'pausenbrot', 'brotdose', 'sandwich', 'picknick'],
    },
    said: { en: 'for lunch', de: 'fürs Mittagessen' },
    picks: [{ category: 'bread' }, { category: 'meat', name: ['turkey'] }, { category: 'cheese', name: ['slices'] }],
  },
  dinner: {
    words: { en: ['dinner', 'supper', 'tonight', 'dinners', 'date night', 'weeknight'], de: ['abendessen', 'abendbrot', 'heute abend'] },
    said: { en: 'for dinner', de: 'fürs Abendessen' },
    picks: [{ category: 'meat', name: ['chicken', 'salmon'] }, { category: 'pasta' }, { category: 'produce', name: ['broccoli'] }],
  },
  tacos: {
    words: { en: ['taco', 'tacos', 'taco night', 'burritos', 'nachos'], de: ['tacos', 'taco', 'burritos', 'nachos'] },
    said: { en: 'for tacos', de: 'für Tacos' },
    picks: [
      { category: 'bread', name: ['tortillas'] },
      { category: 'cheese', name: ['mexican'] },
      { category: 'chips', name: ['salsa'] },
    ],
  },
  spaghetti: {
    words: { en: ['spaghetti', 'pasta night', 'spaghetti night', 'bolognese', 'lasagna'], de: ['spaghetti', 'nudelabend', 'bolognese', 'lasagne'] },
    said: { en: 'for a pasta night', de: 'für einen Nudelabend' },
    picks: [
      { category: 'pasta', name: ['penne', 'spaghetti', 'fettuccine'] },
      { category: 'pasta', name: ['marinara'] },
      { category: 'cheese', name: ['parmesan'] },
    ],
  },
  smoothie: {
    words: { en: ['smoothie', 'smoothies', 'shake'], de: ['smoothie', 'smoothies'] },
    said: { en: 'for a smoothie', de: 'für einen Smoothie' },
    picks: [
      { category: 'produce', name: ['bananas', 'strawberries', 'blueberries'] },
      { category: 'yogurt', name: ['greek'] },
      { category: 'frozen', name: ['blueberries'] },
    ],
  },
  'fruit salad': {
    words: { en: ['fruit salad', 'fruit bowl', 'fruit platter'], de: ['obstsalat', 'obstteller', 'obstschale'] },
    said: { en: 'for a fruit salad', de: 'für einen Obstsalat' },
    picks: [{ category: 'produce', name: ['bananas', 'strawberries', 'blueberries', 'apples', 'grapes', 'oranges'] }, { category: 'yogurt' }],
  },
  party: {
    words: {
      en: [
        'party',
        'parties',
        'guests',
        'birthday',
        'barbecue',
        'bbq',
        'cookout',
        'cook out',
        'grill out',
        'potluck',
        'having folks over',
        'having people over',
        'having friends over',
        'game night',
        'movie night',
        'get together',
      ],
      de: ['party', 'feier', 'gäste', 'geburtstag', 'grillen', 'grillparty', 'filmabend'],
    },
    said: { en: 'for a party', de: 'für eine Party' },
    picks: [{ category: 'chips' }, { category: 'soda' }, { category: 'cleaning supplies', name: ['paper plates'] }],
  },
  snacks: {
    words: { en: ['snack', 'snacks', 'snacking', 'munchies'], de: ['snack', 'snacks', 'knabbern', 'knabberzeug'] },
    said: { en: 'for a snack', de: 'zum Knabbern' },
    picks: [{ category: 'chips' }, { category: 'cookies' }, { category: 'yogurt' }],
  },
  healthy: {
    words: { en: ['healthy', 'healthier', 'nutritious', 'wholesome', 'diet'], de: ['gesund', 'gesundes', 'gesünder', 'gesundes essen'] },
    said: { en: 'as something healthy', de: 'als etwas Gesundes' },
    picks: [{ category: 'produce' }, { category: 'yogurt', name: ['greek'] }, { category: 'rice', name: ['quinoa', 'brown rice'] }],
    attributes: [ProductAttribute.WholeGrain, ProductAttribute.Organic, ProductAttribute.LowFat],
  },
  // needs rather than meals: what a shopper who is unwell or hurt asks for
  pain: {
    words: {
      en: ['headache', 'headaches', 'migraine', 'pain', 'aches', 'ache', 'fever', 'toothache', 'cramps', 'hangover', 'sore back', 'back pain'],
      de: ['kopfschmerzen', 'kopfweh', 'schmerzen', 'fieber', 'migräne', 'zahnschmerzen', 'rückenschmerzen', 'kater'],
    },
    said: { en: 'for pain', de: 'gegen Schmerzen' },
    picks: [
      { category: 'health', name: ['ibuprofen'] },
      { category: 'health', name: ['acetaminophen'] },
    ],
  },
  allergies: {
    words: { en: ['allergy', 'allergies', 'hay fever', 'hayfever', 'sneezing', 'itchy eyes', 'pollen'], de: ['allergie', 'allergien', 'heuschnupfen', 'pollen'] },
    said: { en: 'for allergies', de: 'gegen Allergien' },
    picks: [{ category: 'health', name: ['allergy'] }, { category: 'tissues' }],
  },
  cold: {
    words: {
      en: ['a cold', 'the flu', 'flu', 'cough', 'the sniffles', 'runny nose', 'sore throat', 'stuffy nose'],
      de: ['erkältung', 'schnupfen', 'grippe', 'husten', 'halsschmerzen'],
    },
    said: { en: 'for a cold', de: 'bei einer Erkältung' },
    picks: [{ category: 'tissues' }, { category: 'health', name: ['acetaminophen'] }, { category: 'tea' }],
  },
  cuts: {
    words: {
      en: ['cut', 'cuts', 'scrape', 'scrapes', 'graze', 'blister', 'blisters', 'first aid', 'scraped knee'],
      de: ['schnittwunde', 'wunde', 'schürfwunde', 'blase', 'erste hilfe'],
    },
    said: { en: 'for cuts and scrapes', de: 'für kleine Wunden' },
    picks: [{ category: 'health', name: ['bandages'] }],
  },
  cats: {
    words: { en: ['cat', 'cats', 'kitten', 'kittens', 'kitty'], de: ['katze', 'katzen', 'kätzchen', 'kater'] },
    said: { en: 'for your cat', de: 'für Ihre Katze' },
    picks: [{ category: 'pet food', name: ['cat'] }],
  },
  dogs: {
    words: { en: ['dog', 'dogs', 'puppy', 'puppies', 'doggy', 'doggie'], de: ['hund', 'hunde', 'welpe', 'welpen'] },
    said: { en: 'for your dog', de: 'für Ihren Hund' },
    picks: [{ category: 'pet food', name: ['dog'] }],
  },
  pets: {
    words: { en: ['pet', 'pets'], de: ['haustier', 'haustiere'] },
    said: { en: 'for your pet', de: 'für Ihr Haustier' },
    picks: [{ category: 'pet food' }],
  },
};

/** Words that say when rather than what ("tonight", "morgens"): the weakest sign of an occasion. */
const WHEN = new Set(['tonight', 'morning', 'mornings', 'weeknight', 'heute abend', 'morgens']);

/** The occasion the words name, if any (whole words; longer names first, so "movie night" beats "night"). */
export function occasionIn(spoken: string, locale: string, map: OccasionMap = DEFAULT_OCCASIONS): string | undefined {
  const language = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  const text = ` ${spoken
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  const candidates = Object.entries(map).flatMap(([id, o]) => [...o.words[language], ...(language === 'de' ? o.words.en : [])].map((w) => ({ id, w })));
  // a dish or a need said with a time ("tacos tonight") is that dish; then the longest words first
  candidates.sort((a, b) => Number(WHEN.has(a.w)) - Number(WHEN.has(b.w)) || b.w.length - a.w.length);
  return candidates.find(({ w }) => text.includes(` ${w} `))?.id;
}
