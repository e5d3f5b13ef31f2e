/**
 * The shop's policies from a policy file, through the exported handlers on both platforms: the
 * file read once by the configuration, the answers in each locale, and product questions and a
 * constrained search as the platforms hand them over.
 */
import { join } from 'node:path';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

const POLICY_FILE = join(__dirname, '../../docs/shop-policy.example.json');

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ SHOP_POLICY_FILE: POLICY_FILE });
});
afterAll(async () => {
  // the environment outlives this file in the worker: later files get the default policy
  delete process.env.SHOP_POLICY_FILE;
  await h.close();
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('Policy answers from SHOP_POLICY_FILE on %s', (platform) => {
  it('gives the returns window and how, from the file', async () => {
    const reply = await new Speaker(h, platform, `returns-${platform}`).say('ReturnPolicyIntent');
    expect(reply.speech).toBe("You can return items within 30 days of delivery. Call customer service and we'll collect it with your next delivery.");
    expect(reply.endSession).toBe(false);
    expect(reply.card?.text).toContain('1 800 555 0199');
  });

  it('gives the store with its address, hours and pickup, and the delivery area', async () => {
    const s = new Speaker(h, platform, `stores-${platform}`);
    expect((await s.say('StoreLocationIntent')).speech).toBe(
      'Our store: Pike Street, 1500 Pike Street, Seattle, open Monday to Saturday from 9 AM to 6 PM. You can pick up orders there, or we deliver.',
    );
    expect((await s.say('DeliveryInfoIntent')).speech).toMatch(/We deliver to Seattle, Bellevue and Redmond\.$/);
  });

  it("says the hours and the card brands in German, with the file's German text", async () => {
    const s = new Speaker(h, platform, `de-${platform}`, undefined, 'de-DE');
    expect((await s.say('OpeningHoursIntent')).speech).toContain(
      'Unser Kundenservice ist Montag bis Freitag von 8 bis 20 Uhr und Samstag und Sonntag von 9 bis 17 Uhr unter 1 800 555 0199 erreichbar.',
    );
    expect((await s.say('PaymentOptionsIntent')).speech).toContain('wir nehmen Visa, Mastercard und American Express');
    expect((await s.say('DeliveryInfoIntent')).speech).toMatch(/Wir liefern nach Seattle, Bellevue und Redmond\.$/);
  });

  it('tells a linked shopper which card is charged, and charges nothing', async () => {
    const s = new Speaker(h, platform, `pay-${platform}`, await h.idp.token('cust-demo-3'));
    const before = h.payments.succeeded;
    const reply = await s.say('PaymentOptionsIntent');
    expect(reply.speech).toMatch(/^We charge the card saved in your account; we take Visa, Mastercard, and American Express\. To pay with a different card/);
    expect(h.payments.succeeded).toBe(before);
  });
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('Product questions and constrained search on %s', (platform) => {
  it('answers "is it organic" about the product just described, and a yes adds it', async () => {
    const s = new Speaker(h, platform, `question-${platform}`);
    const eggs = DEMO_PRODUCTS.find((p) => p.name === 'Meadowbrook Organic Free Range Eggs')!;
    await s.say('ProductDetailsIntent', { product: { value: eggs.name, id: eggs.sku } });
    expect((await s.say('ProductQuestionIntent', { attribute: 'organic' })).speech).toBe(`Yes, ${eggs.name} is organic. Should I add it to your cart?`);
    expect((await s.say('YesIntent')).speech).toMatch(new RegExp(`^Added 1 ${eggs.name}`));
  });

  it('answers about a whole category as the platform resolves it (an id)', async () => {
    const s = new Speaker(h, platform, `question-group-${platform}`);
    const reply = await s.say('ProductQuestionIntent', { product: { value: 'rice', id: 'cat:rice' }, attribute: 'gluten free' });
    expect(reply.speech).toMatch(/^Our gluten free rice: .+ and 3 more\. Want to add one\?$/);
  });

  it('filters a search on the attribute slot and reads the cheapest first', async () => {
    const s = new Speaker(h, platform, `filter-${platform}`);
    const reply = await s.say('SearchIntent', { query: 'cheapest milk', attribute: 'vegan' });
    expect(reply.speech).toMatch(/^Vegan milk, cheapest first: Silver Creek (Unsweetened|Vanilla) Almond Milk, half gallon, \$3\.79/);
  });
});
