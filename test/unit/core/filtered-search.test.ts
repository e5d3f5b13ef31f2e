/** Search that hears constraints, and one product in several sizes, on the demo catalog. */
import type { Reply, Turn } from '../../../src/core';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop } from '../../support/memory-shop';

/** The products a reply reads out ("Name, size, price"), in the order it reads them. */
const named = (speech: string) =>
  DEMO_PRODUCTS.filter((p) => speech.includes(`${p.name}, ${p.size}`)).sort((a, b) => speech.indexOf(`${a.name}, ${a.size}`) - speech.indexOf(`${b.name}, ${b.size}`));

function shopper(locale = 'en-US') {
  const shop = memoryShop();
  const say = (intent: Turn['intent'], slots: Record<string, string> = {}): Promise<Reply> =>
    shop.say(intent, Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, { value: v }])), { locale });
  return { ...shop, say };
}

describe('Search with a price', () => {
  it('keeps what costs less than the ceiling and says the ceiling back', async () => {
    const { say } = shopper();
    const reply = await say('SearchIntent', { query: 'tea below four dollars' });
    expect(reply.speech).toMatch(/^Tea under \$4\.00: /);
    expect(named(reply.speech).length).toBeGreaterThan(0);
    expect(named(reply.speech).every((p) => p.price < 400 && p.category === 'tea')).toBe(true);
    expect(reply.reprompt).toBeTruthy();
  });

  it('names the nearest price when nothing is that cheap, and offers it', async () => {
    const { say } = shopper();
    const cheapestShampoo = DEMO_PRODUCTS.filter((p) => p.category === 'shampoo' && p.inStock).sort((a, b) => a.price - b.price)[0];
    const reply = await say('SearchIntent', { query: 'shampoo for less than two bucks' });
    expect(reply.speech).toBe(
      `I don't see any shampoo under $2.00. The cheapest is ${cheapestShampoo.name} at $${(cheapestShampoo.price / 100).toFixed(2)}. Should I add it to your cart?`,
    );
    expect((await say('YesIntent')).speech).toMatch(new RegExp(`^Added 1 ${cheapestShampoo.name}`));
  });

  it('answers a ceiling of zero with what it needs, and keeps the list it had', async () => {
    const { say, deps } = shopper();
    await say('SearchIntent', { query: 'coffee' });
    const before = await deps.dialogState.get('alexa:unit-user');
    const reply = await say('SearchIntent', { query: 'crackers for free' });
    expect(reply.speech).toBe('Nothing here is free, I\'m afraid. Tell me a price, like "coffee under ten dollars".');
    expect((await deps.dialogState.get('alexa:unit-user'))?.list).toEqual(before?.list);
  });

  it('looks through the whole catalog when only a price and an attribute were said', async () => {
    const { say } = shopper();
    const reply = await say('SearchIntent', { query: 'something vegan for under two dollars' });
    expect(reply.speech).toMatch(/^Vegan products under \$2\.00: /);
    expect(named(reply.speech).length).toBeGreaterThan(0);
    expect(named(reply.speech).every((p) => p.price < 200 && p.attributes?.includes('vegan'))).toBe(true);
  });

  it('pages on through the filtered list, never into what the filter left out', async () => {
    const { say } = shopper();
    await say('SearchIntent', { query: 'milk up to four dollars' });
    const more = await say('MoreResultsIntent');
    expect(named(more.speech).length).toBeGreaterThan(0);
    expect(named(more.speech).every((p) => p.price <= 400)).toBe(true);
  });
});

describe('Search in an order', () => {
  it('reads the cheapest first, in stock before out of stock', async () => {
    const { say } = shopper();
    const reply = await say('SearchIntent', { query: 'the least expensive coffee' });
    const coffees = DEMO_PRODUCTS.filter((p) => p.category === 'coffee' && p.inStock).sort((a, b) => a.price - b.price);
    expect(reply.speech).toMatch(/^Coffee, cheapest first: /);
    expect(named(reply.speech).map((p) => p.sku)).toEqual(coffees.slice(0, 3).map((p) => p.sku));
  });

  it('reads the best rated first, with the rating', async () => {
    const { say } = shopper();
    const reply = await say('SearchIntent', { query: 'highest rated toothpaste' });
    const ratings = [...reply.speech.matchAll(/rated (\d\.\d)/g)].map((m) => Number(m[1]));
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    expect(ratings).toHaveLength(3);
  });

  it('adds "the first one" of the order just read', async () => {
    const { say, deps } = shopper();
    await say('SearchIntent', { query: 'cheapest tea' });
    await say('AddToCartIntent', { ordinal: 'first' });
    const cheapestTea = DEMO_PRODUCTS.filter((p) => p.category === 'tea' && p.inStock).sort((a, b) => a.price - b.price)[0];
    expect((await deps.carts.get('alexa:unit-user'))?.lines).toEqual([{ sku: cheapestTea.sku, quantity: 1 }]);
  });
});

describe('Search with an attribute', () => {
  it('keeps only what is tagged, from the query or from the attribute slot', async () => {
    const { say } = shopper();
    expect((await say('SearchIntent', { query: 'caffeine free tea' })).speech).toBe(
      'I found 2 for decaf tea: Harbor Mills Peppermint Tea, 20 bags, $3.79; Willow Lane Chamomile Tea, 20 bags, $3.99. Want to add one?',
    );
    const slot = await say('SearchIntent', { query: 'bread', attribute: 'whole grain' });
    expect(slot.speech).toBe('I found one match for whole grain bread: Harbor Mills Whole Wheat Bread, 20 oz loaf, $3.79. Want to add it?');
  });

  it('says plainly when nothing has it, how many there are without it, and never calls one gluten free', async () => {
    const { say, deps } = shopper();
    await say('SearchIntent', { query: 'coffee' });
    const before = await deps.dialogState.get('alexa:unit-user');
    const reply = await say('SearchIntent', { query: 'gluten free cookies' });
    expect((await deps.dialogState.get('alexa:unit-user'))?.list).toEqual(before?.list);
    const cookies = DEMO_PRODUCTS.filter((p) => p.category === 'cookies' && / cookies$/i.test(p.name)).length;
    expect(reply.speech).toBe(`I don't see any gluten free cookies. Say "find cookies" to hear all ${cookies} we have.`);
    expect(reply.speech).not.toMatch(/(is|are) gluten.free/i);
  });

  it("in German: a compound with Bio and a price in euros, said back in the shopper's words", async () => {
    const { say } = shopper('de-DE');
    const reply = await say('SearchIntent', { query: 'Biomilch unter sechs Euro' });
    expect(reply.speech).toMatch(
      /^Biomilch unter 6,00\s\$: Meadowbrook Organic 2% Milk, half gallon, 5,49\s\$; Meadowbrook Organic Whole Milk, half gallon, 5,49\s\$\. Soll ich eins hinzufügen\?$/,
    );
  });

  it("in German: nothing labelled so, in the shopper's own inflected words", async () => {
    const { say } = shopper('de-DE');
    expect((await say('SearchIntent', { query: 'glutenfreie Kekse' })).speech).toMatch(
      /^Für glutenfreie Kekse habe ich leider nichts\. Sagen Sie „finde Kekse“, um alle \d+ zu hören\.$/,
    );
  });

  it("in British English: the shopper's own word, said back", async () => {
    const { say } = shopper('en-GB');
    const reply = await say('SearchIntent', { query: 'kitchen roll under a tenner' });
    expect(reply.speech).toMatch(/^Kitchen roll under US\$10\.00: Cozy Home Paper Towels, 6 rolls, US\$8\.99\. Shall I add it\?$/);
  });
});

describe('One product in several sizes', () => {
  it("asks which size, with each size's price, instead of reading the same name twice", async () => {
    const { say } = shopper();
    const reply = await say('SearchIntent', { query: 'golden valley creamy peanut butter' });
    expect(reply.speech).toBe('Golden Valley Creamy Peanut Butter comes in 16 oz for $2.99 or 40 oz for $6.49. Which size?');
    expect(reply.reprompt).toMatch(/Which size/);
    expect((await say('YesIntent')).speech).toMatch(/^Which one\?/);
  });

  it('takes the answer by its size, by "the big one", or by position', async () => {
    const bySize = shopper();
    await bySize.say('SearchIntent', { query: 'golden valley creamy peanut butter' });
    expect((await bySize.say('ProductDetailsIntent', { product: 'the forty ounce one' })).speech).toMatch(
      /^Golden Valley Creamy Peanut Butter by Golden Valley, 40 oz, costs \$6\.49/,
    );

    const bigger = shopper();
    await bigger.say('SearchIntent', { query: 'golden valley creamy peanut butter' });
    await bigger.say('AddToCartIntent', { product: 'the big one' });
    const big = DEMO_PRODUCTS.find((p) => p.name === 'Golden Valley Creamy Peanut Butter' && p.size === '40 oz')!;
    expect((await bigger.deps.carts.get('alexa:unit-user'))?.lines).toEqual([{ sku: big.sku, quantity: 1 }]);

    const byPosition = shopper();
    await byPosition.say('SearchIntent', { query: 'golden valley creamy peanut butter' });
    expect((await byPosition.say('ProductDetailsIntent', { ordinal: 'first' })).speech).toMatch(/16 oz, costs \$2\.99/);
  });

  it('asks when a product is named without its size, and not when the size is said', async () => {
    const { say } = shopper();
    expect((await say('ProductDetailsIntent', { product: 'clearwater purified water' })).speech).toMatch(
      /^Clearwater Purified Water comes in 24 pack, 16\.9 fl oz for \$4\.99 or 40 pack/,
    );
    expect((await say('ProductDetailsIntent', { product: 'clearwater purified water forty pack' })).speech).toMatch(/^Clearwater Purified Water by Clearwater, 40 pack/);
  });

  it('in German: "die kleine"', async () => {
    const { say } = shopper('de-DE');
    expect((await say('SearchIntent', { query: 'Golden Valley Creamy Peanut Butter' })).speech).toMatch(
      /gibt es als 16 oz für 2,99\s\$ oder 40 oz für 6,49\s\$\. Welche Größe möchten Sie\?$/,
    );
    expect((await say('ProductDetailsIntent', { product: 'die kleine' })).speech).toMatch(/16 oz, kostet 2,99\s\$/);
  });

  it('makes the one product that stands out "it", while several that fit equally still need a choice', async () => {
    const { say } = shopper();
    await say('SearchIntent', { query: 'clearwater disinfecting wipes' });
    expect((await say('ProductDetailsIntent')).speech).toMatch(/^Clearwater Disinfecting Wipes by Clearwater, 3 pack, 225 wipes/);
    await say('SearchIntent', { query: 'toilet paper' });
    expect((await say('YesIntent')).speech).toMatch(/^Which one\?/);
  });

  it('reads different products as a list, as before', async () => {
    const { say } = shopper();
    expect((await say('SearchIntent', { query: 'paper towels' })).speech).toMatch(/^I found \d+ for paper towels\. Here are the top 3: /);
  });
});
