/**
 * What a shopper says about what was just talked about: "how much are they" and "how heavy is
 * that bag" after hearing about a product, "what goes with it", "just the ones under ten bucks"
 * after a search, a quantity counted in what it comes in ("a jar of", "two bags of"), a cart line
 * by a word of its name ("the crisps"), and "i want three of the turkey" with turkey in the cart.
 * The core on in-memory ports and the demo catalog; each turn is the intent and slots a model
 * would hand over.
 */
import type { Reply, Turn } from '../../../src/core';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop } from '../../support/memory-shop';

type Slots = Record<string, string | { value: string; id?: string }>;

function shopper(locale = 'en-US') {
  const shop = memoryShop();
  const say = (intent: Turn['intent'], slots: Slots = {}): Promise<Reply> =>
    shop.say(intent, Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? { value: v } : v])), { locale });
  const lines = async () => (await shop.deps.carts.get('alexa:unit-user'))?.lines ?? [];
  return { ...shop, say, lines };
}

const sku = (name: string) => DEMO_PRODUCTS.find((p) => p.name === name)!.sku;

describe('Follow-ups about the product just talked about', () => {
  it.each(['they', 'it', 'those', 'that bag', 'this one'])('answers a price question about "%s" about the product in focus, not a search for the words', async (words) => {
    // Given the shopper has just heard about the honeycrisp apples
    const { say } = shopper();
    await say('ProductDetailsIntent', { product: 'honeycrisp apples' });
    // When they ask about it by a pronoun the product slot took
    const reply = await say('ProductDetailsIntent', { product: words });
    // Then the answer is about the same apples
    expect(reply.speech).toMatch(/^Fresh Harvest Honeycrisp Apples by Fresh Harvest, 2 lb bag, costs \$5\.99\./);
  });

  it('answers "how heavy is that bag" (no product named) with the size of the product just added', async () => {
    const { say } = shopper();
    await say('AddToCartIntent', { product: 'russet potatoes' });
    const reply = await say('ProductDetailsIntent');
    expect(reply.speech).toMatch(/Russet Potatoes .*5 lb bag/);
  });

  it.each([
    ['a pronoun in the companion slot ("what goes with that")', { companion: 'that' }],
    ['nothing named ("what goes well with it", heard without a slot)', {}],
  ])('suggests what goes with the product in focus for %s', async (_, slots) => {
    // Given others bought marinara with penne, and the shopper has just added penne
    const s = shopper();
    await s.bought(
      [
        [sku('Harbor Mills Penne'), 1],
        [sku('Cedar Point Marinara Sauce'), 1],
      ],
      3,
      'cust-other-1',
    );
    await s.say('AddToCartIntent', { product: 'harbor mills penne' });
    // When they ask what goes with it
    const reply = await s.say('RecommendIntent', slots);
    // Then the suggestion is what was bought with the penne, and says why
    expect(reply.speech).toMatch(/^I'd suggest Cedar Point Marinara Sauce, \$3\.49\. People who buy Harbor Mills Penne often get it too\./);
  });
});

describe('Filters on the list just read', () => {
  it('keeps the paper towels just read under ten dollars, not every product under ten dollars', async () => {
    const { say } = shopper();
    await say('SearchIntent', { query: 'paper towels' });
    const reply = await say('SearchIntent', { query: 'just the ones under ten bucks' });
    expect(reply.speech).toMatch(/^Paper towels under \$10\.00: Cozy Home Paper Towels, 6 rolls, \$8\.99/);
    expect(reply.speech).not.toMatch(/Tea|Conditioner/);
  });

  it('sorts the list just read for "only the cheap ones", and filters it again from its product words', async () => {
    const { say } = shopper();
    await say('SearchIntent', { query: 'coffee' });
    const cheap = await say('SearchIntent', { query: 'cheap' });
    expect(cheap.speech).toMatch(/^Coffee, cheapest first: /);
    const under = await say('SearchIntent', { query: 'under eight dollars' });
    expect(under.speech).toMatch(/^Coffee under \$8\.00: /);
  });

  it('still searches the whole shop for "anything under a dollar"', async () => {
    const { say } = shopper();
    await say('SearchIntent', { query: 'paper towels' });
    const reply = await say('SearchIntent', { query: 'anything under two dollars' });
    expect(reply.speech).not.toMatch(/paper towels/i);
  });
});

describe('A quantity counted in what it comes in', () => {
  it.each([
    ['a gallon', 'skim milk', 'Sunny Acres Skim Milk', 1],
    ['a jar', 'grape jelly', 'Sunny Acres Grape Jelly', 1],
    ['two bags', 'gala apples', 'Fresh Harvest Gala Apples', 2],
    ['four cans', 'tomato soup', 'Cedar Point Tomato Soup', 4],
  ])('adds "%s of %s" as that many of the product', async (quantity, product, name, n) => {
    const s = shopper();
    const reply = await s.say('AddToCartIntent', { quantity, product });
    expect(reply.speech).toMatch(new RegExp(`^Added ${n} ${name}\\.`));
    expect(await s.lines()).toEqual([{ sku: sku(name), quantity: n }]);
  });

  it('adds the product when the whole phrase came in the product slot ("a thing of cream cheese")', async () => {
    const s = shopper();
    await s.say('AddToCartIntent', { product: 'a thing of cream cheese' });
    expect(await s.lines()).toEqual([{ sku: sku('Maple Grove Cream Cheese'), quantity: 1 }]);
  });

  it('sets the line to the number said with a container ("make it four bottles")', async () => {
    const s = shopper();
    await s.say('AddToCartIntent', { product: 'lemonade' });
    await s.say('SetQuantityIntent', { quantity: 'four bottles' });
    expect(await s.lines()).toEqual([{ sku: sku('Fresh Harvest Lemonade'), quantity: 4 }]);
  });

  it('adds "and a thing of cream cheese" after an add, and "two more of the cheddar" to the line', async () => {
    const s = shopper();
    await s.say('AddToCartIntent', { product: 'sunny acres sharp cheddar cheese' });
    await s.say('AddMoreIntent', { quantity: 'a thing', product: 'cream cheese' });
    await s.say('AddMoreIntent', { quantity: 'two', product: 'cheddar' });
    expect(await s.lines()).toEqual([
      { sku: sku('Sunny Acres Sharp Cheddar Cheese'), quantity: 3 },
      { sku: sku('Maple Grove Cream Cheese'), quantity: 1 },
    ]);
  });
});

describe('Cart lines by name', () => {
  it('takes out the crisps, not the salsa filed with the chips (a British word, its category matched)', async () => {
    const s = shopper('en-GB');
    await s.say('AddToCartIntent', { product: 'sea salt chips' });
    await s.say('AddToCartIntent', { product: 'salsa' });
    const reply = await s.say('RemoveFromCartIntent', { product: { value: 'crisps', id: 'cat:chips' } });
    expect(reply.speech).toMatch(/Riverbend Kettle Cooked Sea Salt Chips/);
    expect(await s.lines()).toEqual([{ sku: sku('Sunny Acres Salsa Medium'), quantity: 1 }]);
  });

  it('removes "the apples" when the cart holds gala apples', async () => {
    const s = shopper();
    await s.say('AddToCartIntent', { quantity: 'two bags', product: 'gala apples' });
    await s.say('AddToCartIntent', { product: 'baby spinach' });
    await s.say('RemoveFromCartIntent', { product: 'apples' });
    expect(await s.lines()).toEqual([{ sku: sku('Fresh Harvest Baby Spinach'), quantity: 1 }]);
  });

  it('hears "i want three of the turkey" with turkey in the cart as its new quantity, not a search', async () => {
    const s = shopper();
    await s.say('AddToCartIntent', { product: 'sliced turkey' });
    await s.say('AddToCartIntent', { product: 'swiss cheese' });
    const reply = await s.say('SearchIntent', { query: 'three of the turkey' });
    expect(reply.speech).toMatch(/^Okay, you now have 3 Meadowbrook Sliced Turkey Breast\./);
    expect(await s.lines()).toEqual([
      { sku: sku('Meadowbrook Sliced Turkey Breast'), quantity: 3 },
      { sku: sku('Meadowbrook Swiss Cheese Slices'), quantity: 1 },
    ]);
  });

  it('still searches "three of the turkey" when no turkey is in the cart', async () => {
    const s = shopper();
    const reply = await s.say('SearchIntent', { query: 'three of the turkey' });
    expect(reply.speech).toMatch(/turkey/i);
    expect(await s.lines()).toEqual([]);
  });
});
