/** "Is it organic", "is the second one in stock": yes or no, true from the catalog. */
import type { Reply, Turn } from '../../../src/core';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop } from '../../support/memory-shop';

const product = (name: string, size?: string) => DEMO_PRODUCTS.find((p) => p.name === name && (size === undefined || p.size === size))!;

function shopper(locale = 'en-US') {
  const shop = memoryShop();
  const say = (intent: Turn['intent'], slots: Record<string, string | { value: string; id?: string }> = {}): Promise<Reply> =>
    shop.say(intent, Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? { value: v } : v])), { locale });
  return { ...shop, say };
}

describe('ProductQuestionIntent about one product', () => {
  it('says yes when the catalog says so, about the product in focus, and offers to add it', async () => {
    const { say } = shopper();
    const milk = product('Meadowbrook Organic Whole Milk');
    await say('ProductDetailsIntent', { product: { value: milk.name, id: milk.sku } });
    const reply = await say('ProductQuestionIntent', { attribute: 'organic' });
    expect(reply.speech).toBe('Yes, Meadowbrook Organic Whole Milk is organic. Should I add it to your cart?');
    expect((await say('YesIntent')).speech).toMatch(/^Added 1 Meadowbrook Organic Whole Milk/);
  });

  it('never says yes to what is not labelled, and offers one of its kind that is', async () => {
    const { say } = shopper();
    const butter = product('Sunny Acres Salted Butter');
    const reply = await say('ProductQuestionIntent', { product: { value: butter.name, id: butter.sku }, attribute: { value: 'organic', id: 'organic' } });
    expect(reply.speech).toBe(
      "Sunny Acres Salted Butter isn't labeled organic, so I wouldn't count on it. Meadowbrook Organic Salted Butter is, for $6.99. Want that one instead?",
    );
    // a yes adds what was offered, the one that is organic
    expect((await say('YesIntent')).speech).toMatch(/^Added 1 Meadowbrook Organic Salted Butter/);
  });

  it('says it is not labelled, and nothing more, when nothing of its kind is', async () => {
    const { say } = shopper();
    const pasta = product('Harbor Mills Penne');
    const reply = await say('ProductQuestionIntent', { product: { value: pasta.name, id: pasta.sku }, attribute: 'gluten free' });
    expect(reply.speech).toBe("Harbor Mills Penne isn't labeled gluten free, so I wouldn't count on it. Should I add it to your cart?");
  });

  it('answers "is it in stock" from the stock, either way', async () => {
    const { say } = shopper();
    const gone = DEMO_PRODUCTS.find((p) => !p.inStock)!;
    expect((await say('ProductQuestionIntent', { product: { value: gone.name, id: gone.sku }, attribute: 'in stock' })).speech).toBe(
      `No, ${gone.name} is out of stock right now. Anything else?`,
    );
    const there = product('Tidewater Bleach Regular');
    expect((await say('ProductQuestionIntent', { product: { value: there.name, id: there.sku }, attribute: 'available' })).speech).toBe(
      'Yes, Tidewater Bleach Regular is in stock. Should I add it to your cart?',
    );
  });

  it('asks about a position in the list just read', async () => {
    const { say } = shopper();
    await say('SearchIntent', { query: 'almond milk' });
    const reply = await say('ProductQuestionIntent', { ordinal: 'second', attribute: 'vegan' });
    expect(reply.speech).toMatch(/^Yes, Silver Creek \w+ Almond Milk is vegan\./);
  });

  it('takes the attribute out of the product words when the recogniser put it there', async () => {
    const { say } = shopper();
    expect((await say('ProductQuestionIntent', { product: 'the oat milk dairy free' })).speech).toMatch(/^Yes, Oak Hollow Oat Milk\b.* is dairy free\./);
  });

  it('asks which product when nothing is in focus', async () => {
    expect((await shopper().say('ProductQuestionIntent', { attribute: 'organic' })).speech).toBe('Which one? Say "the first one", or the product\'s name.');
  });

  it('says what it can tell about when the attribute is nothing the catalog records', async () => {
    const { say } = shopper();
    const reply = await say('ProductQuestionIntent', { product: 'tea', attribute: 'spicy' });
    expect(reply.speech).toMatch(/^I can tell you whether something is organic, gluten free, vegan, decaf or in stock\./);
    expect(reply.endSession).toBe(false);
  });

  it('answers "is it any good" with what the rating says', async () => {
    const { say } = shopper();
    const tea = product('Willow Lane Earl Grey Tea');
    await say('ProductDetailsIntent', { product: { value: tea.name, id: tea.sku } });
    expect((await say('ProductQuestionIntent', { attribute: 'any good' })).speech).toMatch(/^Willow Lane Earl Grey Tea by Willow Lane, 20 bags, costs \$4\.29\. Rated 4\.5 stars/);
  });

  it('in German', async () => {
    const { say } = shopper('de-DE');
    const eggs = product('Meadowbrook Organic Free Range Eggs');
    expect((await say('ProductQuestionIntent', { product: { value: 'Bioeier', id: eggs.sku }, attribute: 'bio' })).speech).toBe(
      'Ja, Meadowbrook Organic Free Range Eggs ist bio. Soll ich es in Ihren Warenkorb legen?',
    );
    const pasta = product('Harbor Mills Penne');
    expect((await say('ProductQuestionIntent', { product: { value: 'Penne', id: pasta.sku }, attribute: 'glutenfrei' })).speech).toMatch(
      /^Harbor Mills Penne ist nicht als glutenfrei gekennzeichnet/,
    );
  });
});

describe('ProductQuestionIntent about a whole category', () => {
  it('names which of it has the attribute, three at most', async () => {
    const { say } = shopper();
    const reply = await say('ProductQuestionIntent', { product: { value: 'milk', id: 'cat:milk' }, attribute: 'organic' });
    expect(reply.speech).toBe('Our organic milk: Meadowbrook Organic 2% Milk and Meadowbrook Organic Whole Milk. Want to add one?');
    expect(reply.reprompt).toMatch(/add the first one/);
  });

  it('says none of it is labelled so, never that one is', async () => {
    const reply = await shopper().say('ProductQuestionIntent', { product: { value: 'bread', id: 'cat:bread' }, attribute: 'gluten free' });
    expect(reply.speech).toBe('None of our bread is labeled gluten free. Anything else?');
  });

  it('answers about the product in focus when it belongs to the category', async () => {
    const { say } = shopper();
    const skim = product('Sunny Acres Skim Milk');
    await say('ProductDetailsIntent', { product: { value: skim.name, id: skim.sku } });
    expect((await say('ProductQuestionIntent', { product: { value: 'milk', id: 'cat:milk' }, attribute: 'low fat' })).speech).toMatch(/^Yes, Sunny Acres Skim Milk is low fat\./);
    expect((await say('ProductQuestionIntent', { product: 'the milk', attribute: 'lactose free' })).speech).toMatch(/^Sunny Acres Skim Milk isn't labeled lactose free/);
  });
});
