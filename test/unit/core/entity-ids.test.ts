import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntentName } from '../../../src/core';
import { brandId, categoryId, groupOf, groupOfSlot, inGroup } from '../../../src/core/entity-id';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

const linked = { accessToken: `token:${SHOPPER.customerId}` };

describe('Product entity ids', () => {
  describe('groupOf', () => {
    it('reads category and brand ids, and nothing else', () => {
      expect(groupOf('cat:paper-towels')).toEqual({ kind: 'category', slug: 'paper-towels' });
      expect(groupOf('brand:golden-valley')).toEqual({ kind: 'brand', slug: 'golden-valley' });
      expect(groupOf('SKU-10001')).toBeUndefined();
      expect(groupOf('cat:')).toBeUndefined();
      expect(groupOf(undefined)).toBeUndefined();
    });

    it('takes the id from the resolution, or from a Dialogflow value that is itself an id', () => {
      expect(groupOfSlot({ value: 'paper towels', id: 'cat:paper-towels' })?.slug).toBe('paper-towels');
      expect(groupOfSlot({ value: 'brand:brightfield' })).toEqual({ kind: 'brand', slug: 'brightfield' });
      expect(groupOfSlot({ value: 'paper towels' })).toBeUndefined();
    });
  });

  it('names every category and brand of the generated models exactly as the core reads them', () => {
    const model = JSON.parse(readFileSync(join(__dirname, '../../../skill-package/interactionModels/custom/en-US.json'), 'utf8'));
    const product = model.interactionModel.languageModel.types.find((t: { name: string }) => t.name === 'PRODUCT');
    const ids: string[] = product.values.map((v: { id: string }) => v.id).filter((id: string) => id.includes(':'));
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) {
      const group = groupOf(id)!;
      expect({ id, members: DEMO_PRODUCTS.some((p) => inGroup(group, p)) }).toEqual({ id, members: true });
    }
    expect(ids).toContain(categoryId('paper towels'));
    expect(ids).toContain(brandId('Golden Valley'));
  });

  describe('in the shop', () => {
    it('lists a category for "add paper towels" instead of adding one of them', async () => {
      const { say, deps } = memoryShop();
      const reply = await say(IntentName.AddToCart, { product: { value: 'paper towels', id: 'cat:paper-towels' } });
      expect(reply.speech).toMatch(/^I found 7 for paper towels\. Here are the top 3: /);
      expect(await deps.carts.get('alexa:unit-user')).toBeUndefined();
    });

    it('says a category back by name when Dialogflow hands over only its id', async () => {
      const { say } = memoryShop();
      const reply = await say(IntentName.ProductDetails, { product: { value: 'cat:paper-towels' } }, { platform: 'dialogflow', locale: 'en-GB' });
      expect(reply.speech).toMatch(/^I found 7 for kitchen roll\./);
      expect(reply.speech).not.toContain('cat:');
    });

    it('searches a brand, and only that brand', async () => {
      const { say, deps } = memoryShop();
      const reply = await say(IntentName.Search, { product: { value: 'brand:golden-valley' } });
      expect(reply.speech).toMatch(/^I found 29 for golden valley\./);
      const state = await deps.dialogState.get('alexa:unit-user');
      const products = await deps.catalog.getProducts(state!.list!.skus);
      expect(products.every((p) => p.brand === 'Golden Valley')).toBe(true);
    });

    it("recommends within a category: the shopper's own pick first, else the best rated", async () => {
      const guest = memoryShop();
      const best = await guest.say(IntentName.Recommend, { product: { value: 'coffee', id: 'cat:coffee' } });
      expect(best.speech).toMatch(/^I'd suggest Golden Valley Original Ground Coffee, \$11\.99\. It's the best rated coffee we have in stock\./);

      const regular = memoryShop();
      await regular.bought([['SKU-10047', 1]], 3);
      const usual = await regular.say(IntentName.Recommend, { product: { value: 'coffee', id: 'cat:coffee' } }, linked);
      expect(usual.speech).toMatch(/^I'd suggest Pine Ridge French Roast Ground Coffee, \$9\.49\. You've bought it before\./);
    });

    it('removes the one cart line of a category, and asks which when there are two', async () => {
      const { say } = memoryShop();
      await say(IntentName.AddToCart, { product: { value: 'SKU-10041', id: 'SKU-10041' } });
      await say(IntentName.AddToCart, { product: { value: 'SKU-10001', id: 'SKU-10001' } });
      await say(IntentName.AddToCart, { product: { value: 'SKU-10004', id: 'SKU-10004' } });
      const which = await say(IntentName.RemoveFromCart, { product: { value: 'paper towels', id: 'cat:paper-towels' } });
      expect(which.speech).toMatch(/^Which one: Brightfield Paper Towels or Cozy Home Paper Towels\?/);
      const removed = await say(IntentName.RemoveFromCart, { product: { value: 'coffee', id: 'cat:coffee' } });
      expect(removed.speech).toMatch(/^Removed Harbor Mills Breakfast Blend Ground Coffee from your cart\./);
    });

    it('reorders the product of a category this shopper buys most', async () => {
      const { say, bought } = memoryShop();
      await bought([['SKU-10048', 1]], 30);
      await bought(
        [
          ['SKU-10042', 1],
          ['SKU-10001', 1],
        ],
        20,
      );
      await bought([['SKU-10048', 1]], 10);
      await bought([['SKU-10045', 1]], 1);
      const reply = await say(IntentName.Reorder, { product: { value: 'cat:coffee' } }, { ...linked, platform: 'dialogflow' });
      expect(reply.speech).toMatch(/^From Corner Shop: 1 Golden Valley Original Ground Coffee\./);
    });

    it('buys the usual product of a category on "buy coffee", asking first', async () => {
      const { say, bought } = memoryShop();
      await bought([['SKU-10050', 2]], 5);
      const reply = await say(IntentName.Checkout, { product: { value: 'coffee', id: 'cat:coffee' } }, linked);
      expect(reply.speech).toMatch(/^From Corner Shop: 1 Golden Valley Hazelnut Coffee Pods\..*Should I place the order\?$/);
    });
  });
});
