/**
 * Editing the cart by voice: a line's quantity, more of a line, taking a line (or part of it)
 * out, and a quantity said in one breath with the product. The core on in-memory ports and the
 * demo catalog; each turn is the intent and slots the platform's model would hand over.
 */
import type { Turn } from '../../../src/core';
import { memoryShop } from '../../support/memory-shop';

type Slots = Turn['slots'];
const product = (value: string, id?: string) => ({ value, ...(id ? { id } : {}) });
const quantity = (value: string) => ({ value });

function shop() {
  const m = memoryShop();
  const lines = async () => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];
  const say = (intent: Turn['intent'], slots: Slots = {}, options: Partial<Turn> = {}) => m.say(intent, slots, options);
  return { ...m, say, lines };
}

describe('Cart editing', () => {
  describe('SetQuantityIntent', () => {
    it('sets the line just added to the quantity said, and reads back the running total', async () => {
      // Given two jars of jelly in the cart
      const s = shop();
      await s.say('AddToCartIntent', { product: product('sunny acres grape jelly') });
      // When the shopper says "make it four"
      const reply = await s.say('SetQuantityIntent', { quantity: quantity('four') });
      // Then the line holds four, and the reply says so with the cart's count and subtotal
      expect(await s.lines()).toEqual([{ sku: 'SKU-10124', quantity: 4 }]);
      expect(reply.speech).toBe('Okay, you now have 4 Sunny Acres Grape Jelly. Your cart has 4 items, $13.96. Anything else?');
      expect(reply.reprompt).toBeTruthy();
    });

    it('changes the line named, leaving the others', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills penne') });
      await s.say('AddToCartIntent', { product: product('northstar frozen peas') });
      const reply = await s.say('SetQuantityIntent', { product: product('the pasta'), quantity: quantity('3') });
      expect(await s.lines()).toEqual([
        { sku: 'SKU-10126', quantity: 3 },
        { sku: 'SKU-10218', quantity: 1 },
      ]);
      expect(reply.speech).toMatch(/^Okay, you now have 3 Harbor Mills Penne\. Your cart has 4 items/);
    });

    it('reads "the second one" against the cart just read out', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills penne') });
      await s.say('AddToCartIntent', { product: product('northstar frozen peas') });
      await s.say('ViewCartIntent');
      await s.say('SetQuantityIntent', { ordinal: { value: 'second' }, quantity: quantity('2') });
      expect(await s.lines()).toEqual([
        { sku: 'SKU-10126', quantity: 1 },
        { sku: 'SKU-10218', quantity: 2 },
      ]);
    });

    it('doubles a line when told "double"', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('northstar waffles'), quantity: quantity('3') });
      await s.say('SetQuantityIntent', { product: product('waffles'), quantity: quantity('double') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10220', quantity: 6 }]);
    });

    it('takes the line out when set to zero, and says the cart is empty', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('oak hollow quinoa') });
      const reply = await s.say('SetQuantityIntent', { quantity: quantity('zero') });
      expect(await s.lines()).toEqual([]);
      expect(reply.speech).toMatch(/^Removed Oak Hollow Quinoa from your cart\. Your cart is empty now\./);
    });

    it.each([
      ['a hundred', /anything from 1 to 99, so I've left it at 2\./],
      ['a million', /anything from 1 to 99, so I've left it at 2\./],
      ['minus two', /anything from 1 to 99, so I've left it at 2\./],
      ['-3', /anything from 1 to 99, so I've left it at 2\./],
      ['lots', /anything from 1 to 99, so I've left it at 2\./],
    ])('refuses "%s" and changes nothing', async (said, heard) => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('oak hollow quinoa'), quantity: quantity('2') });
      const reply = await s.say('SetQuantityIntent', { quantity: quantity(said) });
      expect(reply.speech).toMatch(heard);
      expect(reply.endSession).toBe(false);
      expect(await s.lines()).toEqual([{ sku: 'SKU-10140', quantity: 2 }]);
    });

    it('asks how many when no quantity came', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('oak hollow quinoa') });
      const reply = await s.say('SetQuantityIntent', { product: product('quinoa') });
      expect(reply.speech).toMatch(/^How many Oak Hollow Quinoa would you like\?/);
      expect(await s.lines()).toEqual([{ sku: 'SKU-10140', quantity: 1 }]);
    });

    it('adds that many of a product named that is not in the cart yet ("i\'ll take two of the …")', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('oak hollow quinoa') });
      const reply = await s.say('SetQuantityIntent', { product: product('willow lane green tea'), quantity: quantity('2') });
      expect(reply.speech).toMatch(/^Added 2 Willow Lane Green Tea/);
      expect(await s.lines()).toEqual([{ sku: 'SKU-10140', quantity: 1 }, expect.objectContaining({ quantity: 2 })]);
    });

    it('says when the product named is out of stock, and changes nothing', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('oak hollow quinoa') });
      const reply = await s.say('SetQuantityIntent', { product: product('bar soap'), quantity: quantity('2') });
      expect(reply.speech).toMatch(/out of stock/);
      expect(await s.lines()).toEqual([{ sku: 'SKU-10140', quantity: 1 }]);
    });

    it('asks which line when two fit the words said', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('sunny acres whole milk') });
      await s.say('AddToCartIntent', { product: product('sunny acres skim milk') });
      await s.say('AddToCartIntent', { product: product('harbor mills penne') });
      const reply = await s.say('SetQuantityIntent', { product: product('the milk'), quantity: quantity('2') });
      expect(reply.speech).toBe('Which one: Sunny Acres Whole Milk or Sunny Acres Skim Milk?');
      expect((await s.lines()).map((l) => l.quantity)).toEqual([1, 1, 1]);
    });

    it('adds the product just described when it is not in the cart yet', async () => {
      const s = shop();
      await s.say('SearchIntent', { query: { value: 'frozen peas' } });
      await s.say('ProductDetailsIntent', { ordinal: { value: 'first' } });
      await s.say('SetQuantityIntent', { quantity: quantity('3') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10218', quantity: 3 }]);
    });

    it('answers an empty cart plainly', async () => {
      const s = shop();
      const reply = await s.say('SetQuantityIntent', { quantity: quantity('3') });
      expect(reply.speech).toMatch(/^Your cart is empty/);
    });
  });

  describe('AddMoreIntent', () => {
    it('adds one more of the line just talked about', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills brown sugar') });
      const reply = await s.say('AddMoreIntent');
      expect(await s.lines()).toEqual([{ sku: 'SKU-10226', quantity: 2 }]);
      expect(reply.speech).toBe('Added 1 more Harbor Mills Brown Sugar, so you have 2. Your cart has 2 items, $5.98. Anything else?');
    });

    it('adds the quantity said to the line named', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills brown sugar') });
      await s.say('AddToCartIntent', { product: product('clearwater glass cleaner') });
      await s.say('AddMoreIntent', { quantity: quantity('three'), product: product('sugar') });
      expect(await s.lines()).toEqual([
        { sku: 'SKU-10226', quantity: 4 },
        { sku: 'SKU-10252', quantity: 1 },
      ]);
    });

    it('reads "one more of those" as the line just talked about', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills brown sugar') });
      await s.say('AddToCartIntent', { product: product('clearwater glass cleaner') });
      await s.say('AddMoreIntent', { product: product('those') });
      expect(await s.lines()).toEqual([
        { sku: 'SKU-10226', quantity: 1 },
        { sku: 'SKU-10252', quantity: 2 },
      ]);
    });

    it('adds a product named that is not in the cart yet', async () => {
      const s = shop();
      await s.say('AddMoreIntent', { quantity: quantity('2'), product: product('clearwater glass cleaner') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10252', quantity: 2 }]);
    });

    it('stops at the line maximum and says how many are there', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills brown sugar'), quantity: quantity('98') });
      const reply = await s.say('AddMoreIntent', { quantity: quantity('2') });
      expect(reply.speech).toMatch(/at most 99 of Harbor Mills Brown Sugar.*you have 98/);
      expect(await s.lines()).toEqual([{ sku: 'SKU-10226', quantity: 98 }]);
    });

    it.each(['0', 'minus one', 'a million'])('refuses "%s more" and changes nothing', async (said) => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills brown sugar') });
      const reply = await s.say('AddMoreIntent', { quantity: quantity(said) });
      expect(reply.speech).toMatch(/from 1 to 99/);
      expect(await s.lines()).toEqual([{ sku: 'SKU-10226', quantity: 1 }]);
    });
  });

  describe('RemoveFromCartIntent', () => {
    it('takes out the line named and reads back what is left', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills penne') });
      await s.say('AddToCartIntent', { product: product('northstar frozen peas') });
      const reply = await s.say('RemoveFromCartIntent', { product: product('the peas') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10126', quantity: 1 }]);
      expect(reply.speech).toBe('Removed Northstar Frozen Peas from your cart. Your cart has 1 item, $1.59. Anything else?');
    });

    it('takes out the line just added when nothing is named', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('harbor mills penne') });
      await s.say('AddToCartIntent', { product: product('northstar frozen peas') });
      await s.say('RemoveFromCartIntent');
      expect(await s.lines()).toEqual([{ sku: 'SKU-10126', quantity: 1 }]);
    });

    it('takes out part of a line', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('cedar point english muffins'), quantity: quantity('4') });
      const reply = await s.say('RemoveFromCartIntent', { product: product('muffins'), quantity: quantity('one') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10086', quantity: 3 }]);
      expect(reply.speech).toMatch(/^I took 1 Cedar Point English Muffins out, so you have 3 left\. Your cart has 3 items/);
    });

    it('reads "two of the muffins" said as one product as part of the line', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('cedar point english muffins'), quantity: quantity('4') });
      await s.say('RemoveFromCartIntent', { product: product('two of the muffins') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10086', quantity: 2 }]);
    });

    it('finds a name the recogniser misheard among the lines in the cart', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('silver creek vanilla almond milk') });
      await s.say('AddToCartIntent', { product: product('harbor mills penne') });
      await s.say('RemoveFromCartIntent', { product: product('vanilla all mond milk') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10126', quantity: 1 }]);
    });

    it("puts British words into the catalog's before matching", async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('riverbend classic potato chips') }, { locale: 'en-GB' });
      await s.say('AddToCartIntent', { product: product('harbor mills penne') }, { locale: 'en-GB' });
      const reply = await s.say('RemoveFromCartIntent', { product: product('the crisps') }, { locale: 'en-GB' });
      expect(reply.speech).toMatch(/^I've taken Riverbend Classic Potato Chips out of your basket\. Your basket has 1 item/);
    });

    it('does not take out a different product that only shares a word', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('sunny acres whole milk') });
      const reply = await s.say('RemoveFromCartIntent', { product: product('oat milk') });
      expect(reply.speech).toMatch(/^oat milk isn't in your cart/);
      expect(await s.lines()).toHaveLength(1);
    });

    it('matches the other size of a product the platform resolved to one sku', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('x', 'SKU-10120') });
      await s.say('RemoveFromCartIntent', { product: product('SKU-10118') }, { platform: 'alexa' });
      expect(await s.lines()).toEqual([]);
    });
  });

  describe('a quantity in one breath with the product', () => {
    it.each([
      ['2 cedar point english muffins', 'Cedar Point English Muffins', 2],
      ['three northstar waffles', 'Northstar Waffles', 3],
      ['twenty four clearwater purified water', 'Clearwater Purified Water', 24],
      ['a couple of harbor mills brown sugar', 'Harbor Mills Brown Sugar', 2],
    ])('adds "%s" with its quantity', async (said, name, n) => {
      const s = shop();
      const reply = await s.say('AddToCartIntent', { product: product(said) });
      expect((await s.lines()).map((l) => l.quantity)).toEqual([n]);
      expect(reply.speech).toMatch(new RegExp(`^Added ${n} ${name}\\. `));
    });

    it('hears German number words', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('zwei northstar waffeln') }, { locale: 'de-DE' });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10220', quantity: 2 }]);
    });

    it('takes a dozen eggs as one pack of twelve when the shop sells them that way', async () => {
      const s = shop();
      const reply = await s.say('AddToCartIntent', { product: product('a dozen sunny acres large brown eggs') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10074', quantity: 1 }]);
      expect(reply.speech).toMatch(/^Added 1 Sunny Acres Large Brown Eggs, 12 count\./);
    });

    it('takes half a dozen of something not sold by the half dozen as six', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('half a dozen fresh harvest hass avocados') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10200', quantity: 6 }]);
    });

    it('keeps a number that is part of the name', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('2 percent milk') });
      const [line] = await s.lines();
      expect(line.quantity).toBe(1);
    });

    it('refuses a quantity over the maximum said with the product, adding nothing', async () => {
      const s = shop();
      const reply = await s.say('AddToCartIntent', { product: product('a hundred northstar waffles') });
      expect(reply.speech).toMatch(/from 1 to 99/);
      expect(await s.lines()).toEqual([]);
    });

    it('leaves a product resolved by the platform as it is', async () => {
      const s = shop();
      await s.say('AddToCartIntent', { product: product('three northstar waffles', 'SKU-10220') });
      expect(await s.lines()).toEqual([{ sku: 'SKU-10220', quantity: 1 }]);
    });
  });

  describe('AddToCartIntent quantities', () => {
    it.each(['0', 'minus two', 'a million', '100'])('refuses "%s", adding nothing', async (said) => {
      const s = shop();
      const reply = await s.say('AddToCartIntent', { product: product('northstar waffles'), quantity: quantity(said) });
      expect(reply.speech).toMatch(/from 1 to 99/);
      expect(await s.lines()).toEqual([]);
    });
  });
});
