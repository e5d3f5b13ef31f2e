/** The cart and direct purchase on both platforms, through the exported Lambda handlers on dynalite. */
import { OrderState } from '../../src/core';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('The cart on %s', (platform) => {
  const cartOf = async (s: Speaker) => (await h.runtime.deps.carts.get(`${s.platform}:${s.userId}`))?.lines ?? [];

  it('lists count, items and total, removes by position, and empties', async () => {
    const s = new Speaker(h, platform, `cart-user-${platform}`);
    await s.say('SearchIntent', { query: 'tea' });
    await s.say('AddToCartIntent', { ordinal: 'first', quantity: '3' });
    await s.say('SearchIntent', { query: 'bread' });
    await s.say('AddToCartIntent', { ordinal: 'second' });
    const listed = await s.say('ViewCartIntent');
    expect(listed.speech).toMatch(/^You have 4 items: 3 .+, 1 .+\. Subtotal \$\d+\.\d\d\./);
    const [, second] = await cartOf(s);

    const removed = await s.say('RemoveFromCartIntent', { ordinal: 'second' });
    expect(removed.speech).toMatch(/^Removed .+ from your cart/);
    expect((await cartOf(s)).map((l) => l.sku)).not.toContain(second.sku);
    expect(await cartOf(s)).toHaveLength(1);

    const cleared = await s.say('ClearCartIntent');
    expect(cleared.speech).toMatch(/cart is empty now/);
    expect(await cartOf(s)).toEqual([]);
    expect((await s.say('ViewCartIntent')).speech).toMatch(/Your cart is empty/);
  });

  it('adds more of the same product up to the limit and no further', async () => {
    const s = new Speaker(h, platform, `cart-limit-${platform}`);
    await s.say('SearchIntent', { query: 'water' });
    expect((await s.say('AddToCartIntent', { ordinal: '1', quantity: '90' })).speech).toMatch(/^Added 90 /);
    const over = await s.say('AddToCartIntent', { quantity: '10' });
    expect(over.speech).toMatch(/at most 99 .* you have 90/);
    expect((await cartOf(s))[0].quantity).toBe(90);
  });

  it('says when the product to remove is not in the cart', async () => {
    const s = new Speaker(h, platform, `cart-notin-${platform}`);
    await s.say('SearchIntent', { query: 'soda' });
    expect((await s.say('RemoveFromCartIntent', { ordinal: '1' })).speech).toMatch(/isn't in your cart/);
  });

  it('a yes to "want me to add it?" adds the product just described', async () => {
    const s = new Speaker(h, platform, `cart-yes-add-${platform}`);
    await s.say('SearchIntent', { query: 'cereal' });
    await s.say('ProductDetailsIntent', { ordinal: '1' });
    expect((await s.say('YesIntent')).speech).toMatch(/^Added 1 /);
    expect(await cartOf(s)).toHaveLength(1);
  });

  it('"order {product}" asks about that product alone, leaving the cart as it is', async () => {
    const s = new Speaker(h, platform, `direct-${platform}`, await h.idp.token('cust-demo-3'));
    await s.say('SearchIntent', { query: 'yogurt' });
    await s.say('AddToCartIntent', { ordinal: '1' });
    const question = await s.say('CheckoutIntent', { product: { value: 'Brightfield Paper Towels', id: 'SKU-10001' } });
    expect(question.speech).toMatch(/^From Corner Shop: 1 Brightfield Paper Towels\. /);
    const placed = await s.say('YesIntent');
    expect(placed.speech).toMatch(/is placed/);
    const [order] = await h.runtime.deps.orders.listByCustomer('cust-demo-3', 1);
    expect(order).toMatchObject({ source: 'direct', state: OrderState.Placed, lines: [expect.objectContaining({ sku: 'SKU-10001', quantity: 1 })] });
    expect(await cartOf(s)).toHaveLength(1);
  });

  it('help in the middle of the purchase question keeps the question open', async () => {
    const s = new Speaker(h, platform, `help-mid-${platform}`, await h.idp.token('cust-demo-3'));
    await s.say('SearchIntent', { query: 'eggs' });
    await s.say('AddToCartIntent', { ordinal: '1' });
    await s.say('CheckoutIntent');
    const help = await s.say('HelpIntent');
    expect(help.speech).toMatch(/Should I place the order\? Say yes or no\.$/);
    expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
  });

  it('any other request leaves the purchase question unanswered, so a later yes buys nothing', async () => {
    const s = new Speaker(h, platform, `drift-${platform}`, await h.idp.token('cust-demo-3'));
    await s.say('SearchIntent', { query: 'butter' });
    await s.say('AddToCartIntent', { ordinal: '1' });
    await s.say('CheckoutIntent');
    const charges = h.payments.succeeded;
    await s.say('SearchIntent', { query: 'cheese' });
    // The yes now answers the search's "add one?", not the abandoned purchase question.
    expect((await s.say('YesIntent')).speech).toMatch(/^Which one\?/);
    expect(h.payments.succeeded).toBe(charges);
  });
});
