/**
 * Helping the shopper decide, on the core with in-memory ports: reviews quoted short and true,
 * comparisons within 40 words, suggestions that never offer what is out of stock or ruled out,
 * coupons priced into the quote and charged as said, and a saved list that follows a linked
 * shopper. The clock is fixed at 2026-11-20 10:00 UTC unless a test moves it.
 */
import { IntentName } from '../../../src/core';
import type { Product } from '../../../src/core/product';
import { IndexedCatalog, MemoryProductSource } from '../../../src/infra/catalog/indexed-catalog';
import { DEMO_PRODUCTS, DEMO_REVIEWS } from '../../../src/infra/demo/seed';
import { MemoryReviewStore } from '../../../src/infra/memory/deciding-stores';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

const NOW = new Date('2026-11-20T10:00:00Z');
const linked = { accessToken: `token:${SHOPPER.customerId}` };
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;

/** A shop whose catalog is the demo's with some products changed. */
function shopWith(change: (p: Product) => Product, now = NOW) {
  const m = memoryShop(now);
  m.deps.catalog = new IndexedCatalog({ source: new MemoryProductSource(DEMO_PRODUCTS.map(change)), clock: { now: () => now } });
  return m;
}

describe('Reviews', () => {
  it.each(LOCALES)('reads every reviewed demo product within 40 words, each quote one sentence of at most 25 words (%s)', async (locale) => {
    const m = memoryShop(NOW);
    for (const sku of DEMO_REVIEWS.keys()) {
      const reply = await m.say(IntentName.Reviews, { product: { value: sku, id: sku } }, { locale });
      expect({ sku, words: words(reply.speech) <= 40 }).toEqual({ sku, words: true });
      const quotes = [...reply.speech.matchAll(/["„]([^"“]+)["“]/g)].map((q) => q[1]);
      expect(quotes.length).toBeGreaterThanOrEqual(1);
      for (const quote of quotes) {
        expect(words(quote)).toBeLessThanOrEqual(25);
        expect(quote.replace(/…$/, '').match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });

  it('quotes a favourable and a critical review, then one more at a time until none is left', async () => {
    const m = memoryShop(NOW);
    const first = await m.say(IntentName.Reviews, { product: { value: 'SKU-10007', id: 'SKU-10007' } });
    expect(first.speech).toMatch(
      /^Harbor Mills Recycled Paper Towels has 3\.7 stars from 8,619 reviews\. A 4-star review says: "Nice to buy recycled, and they work fine for spills\." A 2-star review says: "Scratchy and not very absorbent\." Want me to add it\?$/,
    );
    const next = await m.say(IntentName.MoreReviews);
    expect(next.speech).toBe('A 4-star review from December 2: "Good for cleaning windows, no lint." Want me to add it?');
    expect((await m.say(IntentName.MoreReviews)).speech).toMatch(/^A 3-star review from October 19/);
    expect((await m.say(IntentName.MoreReviews)).speech).toMatch(/^That's all the reviews I have for Harbor Mills Recycled Paper Towels\./);
  });

  it('says when a product has ratings but no texts, and when it has no reviews at all', async () => {
    const m = shopWith((p) => (p.sku === 'SKU-10258' ? { ...p, reviewCount: 0, rating: 0 } : p));
    expect((await m.say(IntentName.Reviews, { product: { value: 'SKU-10257', id: 'SKU-10257' } })).speech).toMatch(
      /^Cozy Home Aluminum Foil has \d\.\d stars from [\d,]+ reviews, but I have no review texts to read for it\./,
    );
    expect((await m.say(IntentName.Reviews, { product: { value: 'SKU-10258', id: 'SKU-10258' } })).speech).toBe(
      'Nobody has reviewed Cozy Home Plastic Wrap yet. Want me to add it anyway?',
    );
  });

  it('keeps markup in a review as text for the adapters to escape, never as speech markup', async () => {
    const m = memoryShop(NOW);
    m.deps.reviews = new MemoryReviewStore(new Map([['SKU-10004', [{ rating: 5, date: '2026-10-01', text: 'Great <break time="3s"/> towels & "more".' }]]]));
    const reply = await m.say(IntentName.Reviews, { product: { value: 'SKU-10004', id: 'SKU-10004' } });
    expect(reply.speech).toContain('"Great <break time="3s"/> towels & "more"."');
  });
});

describe('Compare', () => {
  it.each(LOCALES)('compares any two of a search page within 40 words, ending with a question (%s)', async (locale) => {
    for (const query of ['paper towels', 'coffee', 'milk', 'trash bags', 'water', 'batteries']) {
      const m = memoryShop(NOW);
      await m.say(IntentName.Search, { query: { value: query } }, { locale });
      for (const [first, second] of [
        ['1', '2'],
        ['1', '3'],
        ['2', '3'],
      ]) {
        const reply = await m.say(IntentName.Compare, { ordinal: { value: first, id: first }, secondOrdinal: { value: second, id: second } }, { locale });
        expect({ query, first, second, short: words(reply.speech) <= 40 }).toEqual({ query, first, second, short: true });
        expect(reply.speech.trim().endsWith('?')).toBe(true);
        expect(reply.endSession).toBe(false);
      }
    }
  });

  it('says the unit price in the unit both share, and offers the cheaper per unit; a yes adds it', async () => {
    const m = memoryShop(NOW);
    const reply = await m.say(IntentName.Compare, { product: { value: 'SKU-10001', id: 'SKU-10001' }, secondProduct: { value: 'SKU-10004', id: 'SKU-10004' } });
    expect(reply.speech).toBe(
      'Brightfield Paper Towels, 6 double rolls: $12.99, $1.08 a regular roll, 3.2 stars. Cozy Home Paper Towels, 6 rolls: $8.99, $1.50 a roll, 4.4 stars. Both are in stock. Want the cheaper one per roll?',
    );
    const yes = await m.say(IntentName.Yes);
    expect(yes.speech).toMatch(/^Added 1 Brightfield Paper Towels\./);
  });

  it('leaves unit prices out between units that do not compare, and says sizes instead for "bigger"', async () => {
    const m = memoryShop(NOW);
    const side = await m.say(IntentName.Compare, { product: { value: 'SKU-10041', id: 'SKU-10041' }, secondProduct: { value: 'SKU-10043', id: 'SKU-10043' } });
    expect(side.speech).not.toMatch(/an ounce|each/);
    const bigger = await m.say(IntentName.Compare, {
      product: { value: 'SKU-10041', id: 'SKU-10041' },
      secondProduct: { value: 'SKU-10043', id: 'SKU-10043' },
      criterion: { value: 'bigger', id: 'bigger' },
    });
    expect(bigger.speech).toMatch(/^Harbor Mills Breakfast Blend Ground Coffee is 12 oz and Harbor Mills Medium Roast Coffee Pods is 24 count, so I can't say which holds more\./);
  });

  it('reads a size said in words as the other size of the product just named', async () => {
    const m = memoryShop(NOW);
    const reply = await m.say(IntentName.Compare, { product: { value: 'the six rolls' }, secondProduct: { value: 'the cozy home twelve rolls' }, criterion: { value: 'bigger' } });
    expect(reply.speech).toMatch(/^Cozy Home Paper Towels, 12 rolls is bigger: 12 rolls, against 6 rolls\./);
  });

  it('answers a product compared with itself, and one side only, with a question', async () => {
    const m = memoryShop(NOW);
    const same = await m.say(IntentName.Compare, { product: { value: 'SKU-10001', id: 'SKU-10001' }, secondProduct: { value: 'SKU-10001', id: 'SKU-10001' } });
    expect(same.speech).toMatch(/^That's the same product twice: Brightfield Paper Towels\./);
    expect(same.endSession).toBe(false);
  });

  it('never offers to add one that is out of stock', async () => {
    const m = shopWith((p) => (p.sku === 'SKU-10004' ? { ...p, inStock: false } : p));
    const reply = await m.say(IntentName.Compare, { product: { value: 'SKU-10001', id: 'SKU-10001' }, secondProduct: { value: 'SKU-10004', id: 'SKU-10004' } });
    expect(reply.speech).toContain('Cozy Home Paper Towels is out of stock.');
    expect((await m.say(IntentName.Yes)).speech).toMatch(/^Added 1 Brightfield Paper Towels\./);
  });
});

describe('Recommendations', () => {
  it('never suggests what is out of stock, for any signal', async () => {
    const out = new Set(['SKU-10048', 'SKU-10060', 'SKU-10063', 'SKU-10224']);
    const m = shopWith((p) => (out.has(p.sku) ? { ...p, inStock: false } : p));
    await m.bought([['SKU-10048', 2]], 5);
    const said = [
      await m.say(IntentName.Recommend, { query: { value: 'coffee', id: 'cat:coffee' } }, linked),
      await m.say(IntentName.Recommend, {}, linked),
      await m.say(IntentName.Recommend, { companion: { value: 'coffee', id: 'cat:coffee' } }),
      await m.say(IntentName.Recommend, { query: { value: 'pancakes' } }),
      await m.say(IntentName.Recommend, {}),
    ];
    for (const reply of said) {
      for (const sku of out) expect(reply.speech).not.toContain(DEMO_PRODUCTS.find((p) => p.sku === sku)!.name);
    }
  });

  it('keeps to what the shopper said: an attribute and a price', async () => {
    const m = memoryShop(NOW);
    const organic = await m.say(IntentName.Recommend, { query: { value: 'organic milk' } });
    expect(organic.speech).toMatch(/^I'd suggest Meadowbrook Organic/);
    const cheap = await m.say(IntentName.Recommend, { query: { value: 'coffee under eight dollars' } });
    const price = Number(/\$(\d+\.\d\d)/.exec(cheap.speech)?.[1]);
    expect(price).toBeLessThan(8);
  });

  it('suggests what others bought with a product, and names it as the reason; "why" repeats it', async () => {
    const m = memoryShop(NOW);
    await m.bought(
      [
        ['SKU-10126', 1],
        ['SKU-10129', 1],
      ],
      3,
      'cust-other-1',
    );
    await m.bought(
      [
        ['SKU-10126', 2],
        ['SKU-10129', 1],
        ['SKU-10097', 1],
      ],
      2,
      'cust-other-2',
    );
    const reply = await m.say(IntentName.Recommend, { companion: { value: 'penne', id: 'SKU-10126' } });
    expect(reply.speech).toBe(
      "I'd suggest Cedar Point Marinara Sauce, $3.49. People who buy Harbor Mills Penne often get it too. It's rated " +
        /rated (\d\.\d)/.exec(reply.speech)![1] +
        ' stars from ' +
        /from (\d+) reviews/.exec(reply.speech)![1] +
        ' reviews. Want me to add it?',
    );
    const why = await m.say(IntentName.WhyRecommended);
    expect(why.speech).toBe("People who buy Harbor Mills Penne often get it too. That's why I suggested Cedar Point Marinara Sauce.");
  });
});

describe('Saved for later', () => {
  it("keeps a linked shopper's list under their account, so another platform reads the same list", async () => {
    const m = memoryShop(NOW);
    await m.say(IntentName.SaveForLater, { product: { value: 'SKU-10231', id: 'SKU-10231' } }, { ...linked, platform: 'alexa' });
    const other = await m.say(IntentName.ViewSavedList, {}, { ...linked, platform: 'dialogflow', userId: 'df-user', sessionId: 'df-1' });
    expect(other.speech).toMatch(/^Your list has 1 item: Golden Valley Honey, \$8\.49\./);
    const guest = await m.say(IntentName.ViewSavedList, {}, { userId: 'someone-else', sessionId: 'g-1' });
    expect(guest.speech).toMatch(/^Your list is empty\./);
  });

  it("saves again on top of another turn's save rather than over it", async () => {
    const m = memoryShop(NOW);
    const store = m.deps.savedLists!;
    const save = store.save.bind(store);
    let raced = false;
    store.save = async (list) => {
      if (!raced) {
        raced = true;
        // another device saves to the same list between this turn's read and its write
        await save({ ...list, items: [{ sku: 'SKU-10099', savedAt: NOW.toISOString() }] });
      }
      return save(list);
    };
    const reply = await m.say(IntentName.SaveForLater, { product: { value: 'SKU-10230', id: 'SKU-10230' } });
    expect(reply.speech).toMatch(/Your list has 2 items\./);
  });
});

describe('Saved for later and deleting data', () => {
  it("goes with a guest's cart when they delete their data", async () => {
    const m = memoryShop(NOW);
    await m.say(IntentName.SaveForLater, { product: { value: 'SKU-10231', id: 'SKU-10231' } });
    await m.say(IntentName.DeleteMyData);
    await m.say(IntentName.Yes);
    expect(await m.deps.savedLists!.get('alexa:unit-user')).toBeUndefined();
  });
});
