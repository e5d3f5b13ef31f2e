import { foldSpelling, toCatalogWords, type CatalogWords } from '../../../src/core/replies/catalog-words';
import { deDE } from '../../../src/core/replies/de-DE';
import { GERMAN_CATEGORY_WORDS, germanWords } from '../../../src/core/replies/de-DE-categories';
import { germanDepartments } from '../../../src/core/replies/de-DE-words';
import { enGB } from '../../../src/core/replies/en-GB';

/** Every German word as the lists write it, with where it is listed. */
const listed: { word: string; target: string; where: string }[] = [
  ...Object.entries(GERMAN_CATEGORY_WORDS).map(([word, target]) => ({ word, target, where: 'categories' })),
  ...Object.entries(germanDepartments()).flatMap(([department, words]) =>
    Object.entries(words).flatMap(([target, spoken]) => spoken.map((word) => ({ word, target, where: department }))),
  ),
];

/** How the matcher sees a phrase: folded spelling, words joined up. */
const matchKey = (phrase: string) => (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldSpelling).join('');

describe('German search words', () => {
  describe('catalogQuery in de-DE', () => {
    it.each([
      ['Erdbeeren', 'strawberries'],
      ['Erdbeere', 'strawberries'],
      ['frische Erdbeeren', 'fresh strawberries'],
      ['Äpfel', 'apples'],
      ['Apfel', 'apples'],
      ['Hähnchenbrust', 'chicken breast'],
      ['Vollkornbrot', 'whole wheat bread'],
      ['Spülmaschinentabs', 'dishwasher pods'],
      ['Zahnbürste', 'toothbrushes'],
      ['Zahnbürsten', 'toothbrushes'],
      ['Brightfield Küchenrolle', 'brightfield paper towels'],
      ['zwei Liter Milch', 'two liter milk'],
      ['eine Packung Eier', 'a pack of eggs'],
      ['zwei Flaschen Wasser', 'two bottles of water'],
      ['einen griechischen Joghurt', 'a greek yogurt'],
      ['griechischer Joghurt', 'greek yogurt'],
      ['grüner Tee', 'green tea'],
      ['meinen grünen Tee', 'my green tea'],
      ['Orangensaft ohne Fruchtfleisch', 'orange juice no pulp'],
      ['Bio Vollmilch', 'organic whole milk'],
      ['laktosefreie Milch', 'lactose free milk'],
      ['fettarme Milch', '2% milk'],
      ['Rote Bete', 'beets'],
      ['rote Zwiebeln', 'red onions'],
      ['Obst und Gemüse', 'produce'],
      ['Nassfutter für Katzen', 'wet food for cat'],
      ['Katzenstreu', 'cat litter'],
      ['Paracetamol', 'acetaminophen'],
      ['Pflaster', 'adhesive bandages'],
      ['Kaffeepads', 'coffee pods'],
      ['Küchenrolle', 'paper towels'],
      ['Quark', 'quark'],
      ['Spätzle', 'spätzle'],
    ])('%s -> %s', (spoken, catalog) => {
      expect(deDE.catalogQuery(spoken)).toBe(catalog);
    });
  });

  describe('toCatalogWords', () => {
    it('prefers the longest phrase: "Rote Bete" is beets, not red beets', () => {
      expect(deDE.catalogQuery('Rote Bete und rote Paprika')).toBe('beets and red bell peppers');
    });

    it('accepts umlauts and ß spelled out, as some recognisers write them', () => {
      expect(deDE.catalogQuery('Kaese')).toBe('cheese');
      expect(deDE.catalogQuery('Suesskartoffeln')).toBe('sweet potatoes');
      expect(deDE.catalogQuery('Weissbrot')).toBe('white bread');
      expect(deDE.catalogQuery('Hähnchenbrust')).toBe(deDE.catalogQuery('Haehnchenbrust'));
    });

    it('matches whatever the case, and umlauts written as combining marks', () => {
      expect(deDE.catalogQuery('KÄSE')).toBe('cheese');
      expect(deDE.catalogQuery('Ka\u0308se')).toBe('cheese');
      expect(deDE.catalogQuery('WEISSBROT')).toBe('white bread');
    });

    it('matches a compound however the recogniser joins it', () => {
      expect(deDE.catalogQuery('Vollkorn-Brot')).toBe('whole wheat bread');
      expect(deDE.catalogQuery('Spülmaschinen Tabs')).toBe('dishwasher pods');
      expect(deDE.catalogQuery('Hähnchen Brust Filet')).toBe('chicken breast');
      expect(deDE.catalogQuery('H Milch')).toBe('shelf stable milk');
      expect(deDE.catalogQuery('WC Reiniger')).toBe('toilet bowl cleaner');
    });

    it('does not join words across a comma: two things said are two things', () => {
      expect(deDE.catalogQuery('Milch, Reis')).toBe('milk, rice');
      expect(deDE.catalogQuery('Milch Reis')).toBe('rice pudding');
    });

    it('matches whole words only', () => {
      expect(deDE.catalogQuery('Eisen')).toBe('eisen');
      expect(deDE.catalogQuery('Reisetasche')).toBe('reisetasche');
      expect(enGB.catalogQuery('kitchen rolling pin')).toBe('kitchen rolling pin');
    });

    it('keeps what it does not know as said, umlauts included', () => {
      expect(deDE.catalogQuery('Spätzle von Brightfield')).toBe('spätzle of brightfield');
    });

    it('gives the same answer for a new word list object with the same words', () => {
      const words: CatalogWords = { 'kitchen roll': 'paper towels', rolle: 'roll' };
      expect(toCatalogWords('Kitchen Roll', words)).toBe('paper towels');
      expect(toCatalogWords('Kitchen Roll', { ...words })).toBe('paper towels');
      expect(toCatalogWords('kitchen  roll', {})).toBe('kitchen roll');
    });
  });

  describe('the word list', () => {
    it('is large enough to shop with: several hundred German words', () => {
      expect(Object.keys(germanWords()).length).toBeGreaterThan(600);
    });

    it('maps every word to lowercase American English words, never an empty one', () => {
      const bad = Object.entries(germanWords()).filter(([, target]) => !/^[a-z0-9%]+( [a-z0-9%]+)*$/.test(target));
      expect(bad).toEqual([]);
    });

    it('never maps a word to itself', () => {
      const words = (phrase: string) => (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldSpelling).join(' ');
      const same = Object.entries(germanWords()).filter(([word, target]) => words(word) === words(target));
      expect(same).toEqual([]);
    });

    it('writes German words with letters, digits, spaces and hyphens only', () => {
      const bad = listed.filter(({ word }) => !/^[\p{L}\p{N}]+([ -][\p{L}\p{N}]+)*$/u.test(word));
      expect(bad).toEqual([]);
    });

    it('lists no word twice, whatever the case', () => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const { word, where } of listed) {
        const key = word.toLowerCase();
        if (seen.has(key)) twice.push(`${word} (${seen.get(key)} and ${where})`);
        else seen.set(key, where);
      }
      expect(twice).toEqual([]);
    });

    it('never gives two spellings of one phrase different meanings ("Käse"/"Kaese", "Vollkorn-Brot"/"Vollkornbrot")', () => {
      const meaning = new Map<string, { word: string; target: string }>();
      const clashes: string[] = [];
      for (const { word, target } of listed) {
        const other = meaning.get(matchKey(word));
        if (other && other.target !== target) clashes.push(`${word} -> ${target} / ${other.word} -> ${other.target}`);
        else meaning.set(matchKey(word), { word, target });
      }
      expect(clashes).toEqual([]);
    });

    it('fills every department', () => {
      for (const [department, words] of Object.entries(germanDepartments())) {
        expect({ department, size: Object.keys(words).length > 5 }).toEqual({ department, size: true });
      }
    });
  });
});
