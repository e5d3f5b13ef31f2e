import type { CatalogWords } from './catalog-words';
import { germanEverydayWords } from './de-DE-words';

/**
 * The catalog's categories in German, with the grammatical gender the adjective in "mein
 * üblicher Kaffee" / "meine übliche Milch" / "mein übliches Brot" has to agree with.
 */
type Gender = 'm' | 'f' | 'n' | 'pl';

const CATEGORIES: Readonly<Record<string, readonly [noun: string, gender: Gender]>> = {
  'paper towels': ['Küchenrolle', 'f'],
  'toilet paper': ['Toilettenpapier', 'n'],
  tissues: ['Taschentücher', 'pl'],
  'dish soap': ['Spülmittel', 'n'],
  'laundry detergent': ['Waschmittel', 'n'],
  'trash bags': ['Müllbeutel', 'pl'],
  coffee: ['Kaffee', 'm'],
  tea: ['Tee', 'm'],
  milk: ['Milch', 'f'],
  eggs: ['Eier', 'pl'],
  bread: ['Brot', 'n'],
  butter: ['Butter', 'f'],
  cheese: ['Käse', 'm'],
  yogurt: ['Joghurt', 'm'],
  cereal: ['Müsli', 'n'],
  'peanut butter': ['Erdnussbutter', 'f'],
  pasta: ['Nudeln', 'pl'],
  rice: ['Reis', 'm'],
  'canned soup': ['Dosensuppe', 'f'],
  chips: ['Chips', 'pl'],
  cookies: ['Kekse', 'pl'],
  water: ['Wasser', 'n'],
  soda: ['Limonade', 'f'],
  juice: ['Saft', 'm'],
  produce: ['Obst und Gemüse', 'n'],
  meat: ['Fleisch', 'n'],
  frozen: ['Tiefkühlkost', 'f'],
  baking: ['Backzutaten', 'pl'],
  toothpaste: ['Zahnpasta', 'f'],
  shampoo: ['Shampoo', 'n'],
  soap: ['Seife', 'f'],
  'cleaning supplies': ['Putzmittel', 'n'],
  diapers: ['Windeln', 'pl'],
  'pet food': ['Tierfutter', 'n'],
  batteries: ['Batterien', 'pl'],
  'light bulbs': ['Glühbirnen', 'pl'],
  health: ['Gesundheitsprodukte', 'pl'],
};

/** The German word for a category; an unknown category is said as the catalog spells it. */
export function germanCategory(category: string): string {
  return CATEGORIES[category]?.[0] ?? category;
}

/**
 * "meinen üblichen Kaffee", "meine übliche Milch", "mein übliches Brot", "meine üblichen Eier":
 * accusative (the reorder case: "… nachbestellen"), nominative ("wann kommt mein üblicher
 * Kaffee"), and "Kaffee wie immer".
 */
export function germanUsualNicknames(category: string): string[] {
  const entry = CATEGORIES[category];
  if (!entry) return [];
  const [noun, gender] = entry;
  switch (gender) {
    case 'm':
      return [`meinen üblichen ${noun}`, `mein üblicher ${noun}`, `üblichen ${noun}`, `${noun} wie immer`];
    case 'f':
      return [`meine übliche ${noun}`, `übliche ${noun}`, `${noun} wie immer`];
    case 'n':
      return [`mein übliches ${noun}`, `übliches ${noun}`, `${noun} wie immer`];
    case 'pl':
      return [`meine üblichen ${noun}`, `üblichen ${noun}`, `${noun} wie immer`];
  }
}

/** The catalog's categories by their German names ("küchenrolle" -> paper towels); a name spelled as in English is left out. */
export const GERMAN_CATEGORY_WORDS: CatalogWords = Object.fromEntries(
  Object.entries(CATEGORIES)
    .map(([category, [noun]]) => [noun.toLowerCase(), category] as const)
    .filter(([noun, category]) => noun !== category),
);

let germanWordList: CatalogWords | undefined;

/**
 * German words for what the catalog calls in English: its categories, and everyday words by
 * department. Built on the first German query (the same object after that, so the matcher's
 * lookup is built once too), not at cold start.
 */
export function germanWords(): CatalogWords {
  germanWordList ??= { ...GERMAN_CATEGORY_WORDS, ...germanEverydayWords() };
  return germanWordList;
}
