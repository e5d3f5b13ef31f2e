import { IntentName } from '../../../src/core';
import { MAX_DYNAMIC_VALUES } from '../../../src/core/flows/dynamic-entities';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

const linked = { accessToken: `token:${SHOPPER.customerId}` };

describe('Per-shopper dynamic entities', () => {
  describe('what is sent', () => {
    it('lists past purchases, most bought first, with brand-less names and "my usual <category>" for the top one per category', async () => {
      const { say, bought } = memoryShop();
      await bought(
        [
          ['SKU-10041', 1],
          ['SKU-10001', 1],
        ],
        20,
      );
      await bought(
        [
          ['SKU-10048', 1],
          ['SKU-10041', 1],
        ],
        10,
      );
      const reply = await say(IntentName.Launch, {}, { ...linked, isNewSession: true });
      expect(reply.dynamicEntities?.slotType).toBe('PRODUCT');
      const values = reply.dynamicEntities!.values;
      expect(values.map((v) => v.id)).toEqual(['SKU-10041', 'SKU-10048', 'SKU-10001']);
      expect(values[0]).toEqual({
        id: 'SKU-10041',
        name: 'Harbor Mills Breakfast Blend Ground Coffee',
        synonyms: ['Breakfast Blend Ground Coffee', 'usual coffee', 'my usual coffee'],
      });
      // the second coffee is not "the usual" one
      expect(values[1].synonyms).toEqual(['Original Ground Coffee']);
      expect(values[2].synonyms).toEqual(['Paper Towels', 'usual paper towels', 'my usual paper towels']);
    });

    it("words the nicknames in the session's locale", async () => {
      const { say, bought } = memoryShop();
      await bought(
        [
          ['SKU-10041', 1],
          ['SKU-10060', 2],
        ],
        5,
      );
      const de = await say(IntentName.Launch, {}, { ...linked, isNewSession: true, locale: 'de-DE' });
      const synonyms = de.dynamicEntities!.values.flatMap((v) => v.synonyms);
      expect(synonyms).toEqual(expect.arrayContaining(['meinen üblichen Kaffee', 'meine übliche Milch']));
      const gb = await say(IntentName.Launch, {}, { ...linked, isNewSession: true, locale: 'en-GB', sessionId: 'session-2' });
      expect(gb.dynamicEntities!.values.flatMap((v) => v.synonyms)).toContain('my usual coffee');
    });

    it(`stops at ${MAX_DYNAMIC_VALUES} values`, async () => {
      const { say, bought } = memoryShop();
      await bought(
        DEMO_PRODUCTS.slice(0, 150).map((p) => [p.sku, 1]),
        5,
      );
      const reply = await say(IntentName.Launch, {}, { ...linked, isNewSession: true });
      expect(reply.dynamicEntities!.values).toHaveLength(MAX_DYNAMIC_VALUES);
    });
  });

  describe('when it is sent', () => {
    it('goes once per session, with the first reply, and again in the next session', async () => {
      const { say, bought } = memoryShop();
      await bought([['SKU-10041', 1]], 5);
      const first = await say(IntentName.Search, { query: { value: 'tea' } }, { ...linked, isNewSession: true });
      expect(first.dynamicEntities).toBeDefined();
      const second = await say(IntentName.ViewCart, {}, linked);
      expect(second.dynamicEntities).toBeUndefined();
      const third = await say(IntentName.Search, { query: { value: 'milk' } }, linked);
      expect(third.dynamicEntities).toBeUndefined();
      const nextSession = await say(IntentName.Launch, {}, { ...linked, isNewSession: true, sessionId: 'session-2' });
      expect(nextSession.dynamicEntities).toBeDefined();
    });

    it('is never sent without a linked account, nor with a reply that ends the session', async () => {
      const { say, bought } = memoryShop();
      await bought([['SKU-10041', 1]], 5);
      expect((await say(IntentName.Launch, {}, { isNewSession: true })).dynamicEntities).toBeUndefined();
      expect((await say(IntentName.Launch, {}, { isNewSession: true, accessToken: 'not-a-token', sessionId: 's3' })).dynamicEntities).toBeUndefined();
      const stop = await say(IntentName.Stop, {}, { ...linked, isNewSession: true, sessionId: 's4' });
      expect(stop.endSession).toBe(true);
      expect(stop.dynamicEntities).toBeUndefined();
    });

    it('sends nothing for a linked shopper with no past orders', async () => {
      const { say } = memoryShop();
      const reply = await say(IntentName.Launch, {}, { ...linked, isNewSession: true });
      expect(reply.dynamicEntities).toBeUndefined();
      expect(reply.speech).toMatch(/^Welcome to Corner Shop/);
    });

    it('still answers when the order history cannot be read', async () => {
      const { say, deps } = memoryShop();
      deps.orders.listByCustomer = async () => {
        throw new Error('store down');
      };
      const reply = await say(IntentName.Launch, {}, { ...linked, isNewSession: true });
      expect(reply.speech).toMatch(/^Welcome to Corner Shop/);
      expect(reply.dynamicEntities).toBeUndefined();
    });
  });
});
