/**
 * Bare answers, navigation and the shopper's data on both platforms, through the exported Lambda
 * handlers on dynalite: Alexa's own built-ins (AMAZON.RepeatIntent, AMAZON.PreviousIntent,
 * AMAZON.CancelIntent) reach the same flows as Dialogflow's intents, and deleting one's data works
 * on Dialogflow too.
 */
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe.each<PlatformName>(['alexa', 'dialogflow'])("The shopper's own words on %s", (platform) => {
  const cartOf = async (s: Speaker) => (await h.runtime.deps.carts.get(`${s.platform}:${s.userId}`))?.lines ?? [];
  const listOf = async (s: Speaker) => (await h.runtime.deps.dialogState.get(`${s.platform}:${s.userId}`))?.list;

  it('adds the product a bare "the second one" names after a list', async () => {
    const s = new Speaker(h, platform, `words-select-${platform}`);
    await s.say('SearchIntent', { query: 'paper towels' });
    const second = (await listOf(s))!.skus[1];
    const reply = await s.say('SelectIntent', { ordinal: { value: 'second', id: '2' } });
    expect(reply.speech).toMatch(/^Added 1 /);
    expect((await cartOf(s)).map((l) => l.sku)).toEqual([second]);
  });

  it('repeats the last reply and goes back to the list before', async () => {
    const s = new Speaker(h, platform, `words-nav-${platform}`);
    const coffee = await s.say('SearchIntent', { query: 'coffee' });
    expect((await s.say('RepeatIntent')).speech).toBe(coffee.speech);
    await s.say('SearchIntent', { query: 'tea' });
    const back = await s.say('GoBackIntent');
    expect(back.speech).toMatch(/^Back to coffee: /);
    expect(back.endSession).toBe(false);
  });

  it('"never mind" drops the purchase question, charges nothing and stays', async () => {
    const s = new Speaker(h, platform, `words-cancel-${platform}`, await h.idp.token('cust-demo-3'));
    await s.say('SearchIntent', { query: 'tea' });
    await s.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } });
    expect((await s.say('CheckoutIntent')).speech).toMatch(/Should I place the order\?/);
    const reply = await s.say('CancelIntent');
    expect(reply.speech).toMatch(/Nothing was ordered/);
    expect(reply.endSession).toBe(false);
    expect((await s.say('YesIntent')).speech).toMatch(/nothing waiting for a yes/);
    expect(await cartOf(s)).toHaveLength(1);
  });

  it('deletes cart, dialog state and account link on a yes, and keeps the orders', async () => {
    const s = new Speaker(h, platform, `words-delete-${platform}`, await h.idp.token('cust-demo-1'));
    const userKey = `${platform}:${s.userId}`;
    await h.runtime.deps.links!.link({ userKey, customerId: 'cust-demo-1', linkedAt: '2026-11-01T00:00:00Z' });
    await s.say('SearchIntent', { query: 'tea' });
    await s.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } });
    const ordersBefore = await h.runtime.deps.orders.listByCustomer('cust-demo-1');

    expect((await s.say('DeleteMyDataIntent')).speech).toMatch(/Should I delete your data\?/);
    const done = await s.say('YesIntent');

    expect(done.speech).toMatch(/past orders stay/i);
    expect(done.endSession).toBe(true);
    expect(await h.runtime.deps.carts.get(userKey)).toBeUndefined();
    expect(await h.runtime.deps.dialogState.get(userKey)).toBeUndefined();
    expect(await h.runtime.deps.links!.get(userKey)).toBeUndefined();
    expect(await h.runtime.deps.orders.listByCustomer('cust-demo-1')).toHaveLength(ordersBefore.length);
  });

  it('tells a linked shopper what is kept, with their own address', async () => {
    const s = new Speaker(h, platform, `words-mydata-${platform}`, await h.idp.token('cust-demo-2'));
    const reply = await s.say('MyDataIntent');
    expect(reply.speech).toMatch(/48 Elm Court, Austin/);
    expect(reply.endSession).toBe(false);
  });
});
