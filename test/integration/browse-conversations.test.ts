/** Browsing on both platforms: details, recommendations that say why, launch and help. */
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

describe.each<PlatformName>(['alexa', 'dialogflow'])('Browsing on %s', (platform) => {
  it('recommends the best rated match in stock and says why', async () => {
    const s = new Speaker(h, platform, `rec-${platform}`);
    const reply = await s.say('RecommendIntent', { query: 'coffee' });
    const coffees = DEMO_PRODUCTS.filter((p) => p.category === 'coffee' && p.inStock);
    const named = coffees.find((p) => reply.speech.includes(p.name));
    expect(named).toBeDefined();
    expect(reply.speech).toMatch(/It's the best rated coffee we have in stock\. It's rated \d\.\d stars from \d+ reviews?\. Want me to add it\?/);
    expect((await s.say('YesIntent')).speech).toMatch(/^Added 1 /);
  });

  it('recommends what a linked shopper bought before, and says so', async () => {
    const s = new Speaker(h, platform, `rec-linked-${platform}`, await h.idp.token('cust-demo-1'));
    const history = await h.runtime.deps.orders.listByCustomer('cust-demo-1', 10);
    const boughtCoffee = history.flatMap((o) => o.lines).find((l) => /coffee/i.test(l.name))!;
    const reply = await s.say('RecommendIntent', { query: 'coffee' });
    expect(reply.speech).toContain(boughtCoffee.name);
    expect(reply.speech).toMatch(/You've bought it before\./);
  });

  it('puts what a linked shopper bought first when they search', async () => {
    const s = new Speaker(h, platform, `search-history-${platform}`, await h.idp.token('cust-demo-1'));
    const history = await h.runtime.deps.orders.listByCustomer('cust-demo-1', 10);
    const boughtCoffee = history.flatMap((o) => o.lines).find((l) => /coffee/i.test(l.name))!;
    const reply = await s.say('SearchIntent', { query: 'coffee' });
    expect(reply.speech).toMatch(new RegExp(`Here are the top 3: ${boughtCoffee.name}`));
  });

  it('describes a product by name with price, size, rating and availability', async () => {
    const product = DEMO_PRODUCTS.find((p) => !p.inStock)!;
    const s = new Speaker(h, platform, `details-${platform}`);
    const reply = await s.say('ProductDetailsIntent', { product: { value: product.name, id: product.sku } });
    expect(reply.speech).toContain(`${product.name} by ${product.brand}, ${product.size}, costs $${(product.price / 100).toFixed(2)}`);
    expect(reply.speech).toContain(`Rated ${product.rating.toFixed(1)} stars`);
    expect(reply.speech).toMatch(/out of stock right now/);
  });

  it('says when the position asked for is not in the list', async () => {
    const s = new Speaker(h, platform, `ordinal-${platform}`);
    await s.say('SearchIntent', { query: 'shampoo' });
    expect((await s.say('ProductDetailsIntent', { ordinal: '9' })).speech).toMatch(/no number 9 in the list/);
  });

  it('greets with two things to try, and helps with examples', async () => {
    const s = new Speaker(h, platform, `launch-${platform}`);
    const launch = await s.launch();
    expect(launch.speech).toMatch(/You can say "find paper towels", or "where is my order"/);
    const help = await s.say('HelpIntent');
    expect(help.speech).toMatch(/find paper towels.*check out.*customer service/);
    expect(help.endSession).toBe(false);
    // "cancel" drops the open question and stays; "stop" leaves
    expect((await s.say('CancelIntent')).endSession).toBe(false);
    const bye = await s.say('StopIntent');
    expect(bye.endSession).toBe(true);
  });
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('A bare yes to "add one?" on %s', (platform) => {
  it('asks which one when several were read out, and adds by position next', async () => {
    const s = new Speaker(h, platform, `yes-which-${platform}`);
    const found = await s.say('SearchIntent', { query: 'coffee' });
    expect(found.speech).toMatch(/Add one, or hear more\?$/);
    expect((await s.say('YesIntent')).speech).toMatch(/^Which one\?/);
    expect((await s.say('AddToCartIntent', { ordinal: 'second' })).speech).toMatch(/^Added 1 /);
  });
});
