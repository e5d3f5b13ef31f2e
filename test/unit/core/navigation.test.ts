/** Repeat, go back, thanks, never mind and stop, on the in-memory shop. */
import { OrderState } from '../../../src/core';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

const linked = { accessToken: `token:${SHOPPER.customerId}` };

describe('Repeat', () => {
  it('says the last reply again, word for word, and keeps the session open', async () => {
    const m = memoryShop();
    const results = await m.say('SearchIntent', { query: { value: 'coffee' } });
    const again = await m.say('RepeatIntent');
    expect(again.speech).toBe(results.speech);
    expect(again.reprompt).toBe(results.reprompt);
    expect(again.endSession).toBe(false);
  });

  it('repeats the purchase question with the question still open, so a yes after it buys', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'tea' } }, linked);
    await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } }, linked);
    const question = await m.say('CheckoutIntent', {}, linked);
    const again = await m.say('RepeatIntent', {}, linked);
    expect(again.speech).toBe(question.speech);
    expect((await m.say('YesIntent', {}, linked)).speech).toMatch(/is placed/);
  });

  it('says so when nothing was said yet', async () => {
    const m = memoryShop();
    const reply = await m.say('RepeatIntent', {}, { isNewSession: true });
    expect(reply.speech).toMatch(/haven't said anything/);
    expect(reply.endSession).toBe(false);
  });
});

describe('Go back', () => {
  it('reads the list before this one again, so "the first one" means its first', async () => {
    // Given a coffee list, then a tea list
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'coffee' } });
    const coffee = (await m.deps.dialogState.get('alexa:unit-user'))!.list!;
    await m.say('SearchIntent', { query: { value: 'tea' } });
    // When the shopper goes back
    const back = await m.say('GoBackIntent');
    // Then the coffee list is read and is the list answers refer to
    expect(back.speech).toMatch(/^Back to coffee: /);
    expect((await m.deps.dialogState.get('alexa:unit-user'))!.list!.skus).toEqual(coffee.skus);
    await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } });
    expect((await m.deps.carts.get('alexa:unit-user'))!.lines[0].sku).toBe(coffee.skus[0]);
  });

  it('goes to the previous page of a list after "more"', async () => {
    const m = memoryShop();
    const first = await m.say('SearchIntent', { query: { value: 'coffee' } });
    await m.say('MoreResultsIntent');
    const back = await m.say('GoBackIntent');
    const firstItems = first.speech.split(': ')[1].split('. Add one')[0];
    expect(back.speech).toContain(firstItems);
  });

  it('says there is nothing to go back to', async () => {
    const m = memoryShop();
    expect((await m.say('GoBackIntent')).speech).toMatch(/no earlier list/);
  });
});

describe('Thanks', () => {
  it('keeps the session open', async () => {
    const m = memoryShop();
    const reply = await m.say('ThanksIntent');
    expect(reply.speech).toMatch(/welcome/i);
    expect(reply.endSession).toBe(false);
    expect(reply.reprompt).toBeTruthy();
  });
});

describe('Never mind (AMAZON.CancelIntent) and stop', () => {
  it('never mind at the purchase question cancels it, charges nothing and stays', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'tea' } }, linked);
    await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } }, linked);
    await m.say('CheckoutIntent', {}, linked);
    const reply = await m.say('CancelIntent', {}, linked);
    expect(reply.speech).toMatch(/Nothing was ordered/);
    expect(reply.endSession).toBe(false);
    const [order] = await m.deps.orders.listByCustomer(SHOPPER.customerId);
    expect(order.state).toBe(OrderState.Cancelled);
    // a yes afterwards has nothing to answer
    expect((await m.say('YesIntent', {}, linked)).speech).toMatch(/nothing waiting for a yes/);
    expect((await m.deps.carts.get('alexa:unit-user'))!.lines).toHaveLength(1);
  });

  it('cancel with nothing open stays, and says how to leave', async () => {
    const m = memoryShop();
    const reply = await m.say('CancelIntent');
    expect(reply.endSession).toBe(false);
    expect(reply.speech).toMatch(/stop/);
  });

  it('stop leaves', async () => {
    const m = memoryShop();
    expect((await m.say('StopIntent')).endSession).toBe(true);
  });
});
