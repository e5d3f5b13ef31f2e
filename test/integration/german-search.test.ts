/**
 * German shoppers searching the American catalog in their own words, end to end through the
 * exported Lambda handlers in de-DE: what is read out must be the kind of thing they asked for.
 */
import type { Product } from '../../src/core';
import { deDE } from '../../src/core/replies/de-DE';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** The products a search reply read out, found by the name and size it said for each. */
function readOut(speech: string): Product[] {
  return DEMO_PRODUCTS.filter((p) => speech.includes(`${p.name}${p.size ? `, ${p.size}` : ''}, `));
}

/** What the shopper asked for, the catalog's category for it, and words its name must hold. */
const EVERYDAY: readonly (readonly [query: string, category: string, name: RegExp])[] = [
  ['Erdbeeren', 'produce', /Strawberries/],
  ['Heidelbeeren', 'produce', /Blueberries/],
  ['Kartoffeln', 'produce', /Potatoes/],
  ['Zwiebeln', 'produce', /Onions/],
  ['Möhren', 'produce', /Carrots/],
  ['Hähnchenbrust', 'meat', /Chicken Breast/],
  ['Hackfleisch', 'meat', /Ground Beef/],
  ['Lachsfilet', 'meat', /Salmon Fillets/],
  ['Speck', 'meat', /Bacon/],
  ['Vollkornbrot', 'bread', /Whole Wheat Bread/],
  ['Toastbrot', 'bread', /Sandwich Bread/],
  ['Haferflocken', 'cereal', /Oats/],
  ['Frischkäse', 'cheese', /Cream Cheese/],
  ['griechischer Joghurt', 'yogurt', /Greek Yogurt/],
  ['zwei Liter Milch', 'milk', /Milk/],
  ['Bio Eier', 'eggs', /Organic/],
  ['Orangensaft ohne Fruchtfleisch', 'juice', /Orange Juice No Pulp/],
  ['Mehl', 'baking', /Flour/],
  ['Tiefkühlerbsen', 'frozen', /Frozen Peas/],
  ['Studentenfutter', 'chips', /Trail Mix/],
  ['Spülmaschinentabs', 'dish soap', /Dishwasher Pods/],
  ['Weichspüler', 'laundry detergent', /Fabric Softener/],
  ['Alufolie', 'cleaning supplies', /Aluminum Foil/],
  ['Zahnbürste', 'toothpaste', /Toothbrushes/],
  ['Duschgel', 'soap', /Body Wash/],
  ['Feuchttücher', 'diapers', /Baby Wipes/],
  ['Katzenstreu', 'pet food', /Cat Litter/],
  ['Paracetamol', 'health', /Acetaminophen/],
  ['Pflaster', 'health', /Bandages/],
  ['Brightfield Küchenrolle', 'paper towels', /^Brightfield /],
];

/** Every "finde …" the German replies teach, and the words "nothing found" falls back on. */
function suggestedSearches(): string[] {
  const taught = [deDE.launch('Corner Shop'), deDE.launchReprompt, deDE.help, deDE.fallback, deDE.fallbackReprompt, deDE.searchEmptyQuery].flatMap((text) =>
    [...text.matchAll(/„finde ([^“]+)“/g)].map((m) => m[1]),
  );
  const fallbackWords = [...deDE.searchNoMatch('Zimtschnecken').matchAll(/„([^“]+)“/g)].map((m) => m[1]);
  return [...new Set([...taught, ...fallbackWords])];
}

describe.each<PlatformName>(['alexa', 'dialogflow'])('Searching in German on %s', (platform) => {
  it.each(EVERYDAY)('finds %s among the first three read out', async (query, category, name) => {
    const s = new Speaker(h, platform, `de-search-${platform}`, undefined, 'de-DE');

    const reply = await s.say('SearchIntent', { query });

    // one product in several sizes is named once, with its sizes, and the shop asks which
    const sizes = /^(.+) gibt es als .+ Welche Größe möchten Sie\?$/.exec(reply.speech);
    if (sizes) return expect(DEMO_PRODUCTS.some((p) => p.name === sizes[1] && p.category === category && name.test(p.name))).toBe(true);
    expect(reply.speech).toContain(`für ${query}`);
    const products = readOut(reply.speech);
    expect(products.length).toBeGreaterThan(0);
    expect(products.length).toBeLessThanOrEqual(3);
    const rightKind = products.filter((p) => p.category === category && name.test(p.name));
    expect({ query, found: rightKind.length > 0, readOut: products.map((p) => p.name) }).toEqual({ query, found: true, readOut: expect.any(Array) });
  });

  it('finds something for every search the German replies suggest', async () => {
    const suggested = suggestedSearches();
    expect(suggested).toEqual(expect.arrayContaining(['Küchenrolle', 'Kaffee', 'Milch', 'Spülmittel']));
    const s = new Speaker(h, platform, `de-suggested-${platform}`, undefined, 'de-DE');
    for (const query of suggested) {
      const reply = await s.say('SearchIntent', { query });
      expect({ query, found: /Treffer für/.test(reply.speech) && readOut(reply.speech).length > 0 }).toEqual({ query, found: true });
    }
  });

  it('suggests a word the shopper said, capitalised as said, when nothing matches', async () => {
    const s = new Speaker(h, platform, `de-nomatch-${platform}`, undefined, 'de-DE');

    const reply = await s.say('SearchIntent', { query: 'Spätzle Zimtschnecken Erdbeeren' });
    expect(reply.speech).toBe('Für Spätzle Zimtschnecken Erdbeeren habe ich nichts gefunden. Versuchen Sie es mit einem allgemeineren Wort, etwa „Erdbeeren“.');

    const suggested = await s.say('SearchIntent', { query: 'Erdbeeren' });
    expect(readOut(suggested.speech).some((p) => /Strawberries/.test(p.name))).toBe(true);
  });
});
