/** Bare answers to the shop's own questions, and corrections, on the in-memory shop. */
import { hashVoicePin } from '../../../src/core/voice-pin';
import { memoryShop, SHOPPER } from '../../support/memory-shop';
import { BUYER, cheap, moneyShop } from '../../support/money-shop';

const linked = { accessToken: `token:${SHOPPER.customerId}` };

async function cartOf(m: ReturnType<typeof memoryShop>) {
  return (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];
}

async function pageSkus(m: ReturnType<typeof memoryShop>): Promise<string[]> {
  const state = await m.deps.dialogState.get('alexa:unit-user');
  return state!.list!.skus.slice(state!.list!.offset, state!.list!.offset + 3);
}

describe('A bare answer (SelectIntent)', () => {
  describe('after the shop read a list and asked "add one?"', () => {
    it('adds the one named by position', async () => {
      // Given a list of paper towels was read out
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'paper towels' } });
      const [, second] = await pageSkus(m);
      // When the shopper answers "the second one"
      const reply = await m.say('SelectIntent', { ordinal: { value: 'second', id: '2' } });
      // Then the second product is in the cart
      expect(reply.speech).toMatch(/^Added 1 /);
      expect((await cartOf(m)).map((l) => l.sku)).toEqual([second]);
    });

    it('hears "the big one" as the dearest of the page', async () => {
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'paper towels' } });
      const skus = await pageSkus(m);
      const page = await m.deps.catalog.getProducts(skus);
      const dearest = [...page].sort((a, b) => b.price - a.price)[0];
      await m.say('SelectIntent', { product: { value: 'big' } });
      expect((await cartOf(m)).map((l) => l.sku)).toEqual([dearest.sku]);
    });

    it('reads "number two" as the second of the page', async () => {
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'coffee' } });
      const [, second] = await pageSkus(m);
      await m.say('SelectIntent', { quantity: { value: '2', id: '2' } });
      expect((await cartOf(m)).map((l) => l.sku)).toEqual([second]);
    });

    it('says a position past the end of the page is not there, and adds nothing', async () => {
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'coffee' } });
      const reply = await m.say('SelectIntent', { ordinal: { value: 'ninth', id: '9' } });
      expect(reply.speech).toMatch(/no number 9/);
      expect(await cartOf(m)).toEqual([]);
    });
  });

  describe('after "Which one?"', () => {
    it('completes the request that asked, with its quantity', async () => {
      // Given the shopper asked to add two without saying which, and the shop asked "Which one?"
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'tea' } });
      const asked = await m.say('AddToCartIntent', { quantity: { value: 'two', id: '2' } });
      expect(asked.speech).toMatch(/^Which one\?/);
      const [first] = await pageSkus(m);
      // When they answer "the first one"
      const reply = await m.say('SelectIntent', { ordinal: { value: 'first', id: '1' } });
      // Then two of the first are added
      expect(reply.speech).toMatch(/^Added 2 /);
      expect(await cartOf(m)).toEqual([expect.objectContaining({ sku: first, quantity: 2 })]);
    });
  });

  describe('right after an add (a correction)', () => {
    it('"no, the other one" swaps what was added for the other product, in the same quantity', async () => {
      // Given oat milks were listed and the first was added
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'oat milk' } });
      const [first, second] = await pageSkus(m);
      await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } });
      // When the shopper says "no, the other one"
      const reply = await m.say('SelectIntent', { product: { value: 'other' } });
      // Then the first is out and the other is in
      expect(reply.speech).toMatch(/^Okay, I took .+ out\. Added 1 /);
      const skus = (await cartOf(m)).map((l) => l.sku);
      expect(skus).toEqual([second]);
      expect(skus).not.toContain(first);
    });

    it('"no, the third one" swaps to the third', async () => {
      const m = memoryShop();
      await m.say('SearchIntent', { query: { value: 'coffee' } });
      const [, , third] = await pageSkus(m);
      await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' }, quantity: { value: '2', id: '2' } });
      await m.say('SelectIntent', { ordinal: { value: 'third', id: '3' } });
      expect(await cartOf(m)).toEqual([expect.objectContaining({ sku: third, quantity: 2 })]);
    });
  });

  describe('with no list to choose from', () => {
    it('searches for a bare product name', async () => {
      const m = memoryShop();
      const reply = await m.say('SelectIntent', { product: { value: 'bananas' } });
      expect(reply.speech).toMatch(/bananas/i);
      expect(reply.speech).toMatch(/^I found/);
      expect(reply.endSession).toBe(false);
    });

    it('hears TV noise or a remark as nothing to search for, and adds nothing', async () => {
      const m = memoryShop();
      for (const noise of ['the price is right come on down', 'what is she doing over there']) {
        const reply = await m.say('SelectIntent', { product: { value: noise } });
        expect(reply.speech).toMatch(/didn't get that/);
        expect(reply.speech).not.toMatch(/I found/);
        expect(reply.reprompt).toBeTruthy();
      }
      expect(await cartOf(m)).toEqual([]);
    });

    it('reads a request it heard only as free words by its carrier phrase', async () => {
      const m = memoryShop();
      const reply = await m.say('SelectIntent', { product: { value: 'put the ginger ale in my cart' } });
      expect(reply.speech).toMatch(/^Added 1 .*Ginger Ale/);
      expect(await cartOf(m)).toHaveLength(1);
    });

    it('reads a question about an attribute heard as free words as that question', async () => {
      const m = memoryShop();
      await m.say('SelectIntent', { product: { value: 'is the bleach in stock at the moment' } });
      const heard = (await m.deps.dialogState.get('alexa:unit-user'))?.heard;
      expect(heard?.intent).toBe('ProductQuestionIntent');
      expect(heard?.slots).toEqual({ product: { value: 'bleach' }, attribute: { value: 'in stock', id: 'in-stock' } });
    });

    it('asks what a bare number counts, and hears digits nobody asked for as a code not asked for', async () => {
      const m = memoryShop();
      expect((await m.say('SelectIntent', { quantity: { value: '3', id: '3' } })).speech).toMatch(/^3 of what\?/);
      expect((await m.say('SelectIntent', { quantity: { value: '123', id: '123' } })).speech).toMatch(/not asking for a voice code/);
      expect(await cartOf(m)).toEqual([]);
    });
  });
});

describe('A bare answer to the voice-code question', () => {
  it('places the order when four digits are said on their own', async () => {
    // Given a large order waits for the voice code
    const m = moneyShop();
    await m.security.setPin(BUYER.customerId, await hashVoicePin('4321'));
    await m.atQuestion(cheap.sku, 20);
    expect((await m.say('YesIntent')).speech).toMatch(/voice code/);
    // When the shopper says the four digits with no carrier phrase (a bare number); the code's
    // hash is real work in Node's thread pool, so it gets real time before fake time moves
    const { value: reply } = await m.scheduler.runWith(m.shop.handle(m.turn('SelectIntent', { quantity: { value: '4321', id: '4321' } })), { realSettleMs: 1000 });
    // Then the order is placed, once
    expect(reply.speech).toMatch(/is placed/);
    expect(m.payments.succeeded).toBe(1);
  });

  it('asks again for three digits, never padding them into a code, and charges nothing', async () => {
    const m = moneyShop();
    await m.security.setPin(BUYER.customerId, await hashVoicePin('0123'));
    await m.atQuestion(cheap.sku, 20);
    await m.say('YesIntent');
    const reply = await m.say('SelectIntent', { quantity: { value: '123', id: '123' } });
    expect(reply.speech).toMatch(/four digits/);
    expect(reply.endSession).toBe(false);
    expect(m.payments.succeeded).toBe(0);
    // the question is still open: the right code still places the order
    expect((await m.say('VoicePinIntent', { pin: { value: '0123' } })).speech).toMatch(/is placed/);
  });
});

describe('A bare answer to the purchase question', () => {
  it('asks for a yes or no again and buys nothing', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'tea' } }, linked);
    await m.say('AddToCartIntent', { ordinal: { value: 'first', id: '1' } }, linked);
    expect((await m.say('CheckoutIntent', {}, linked)).speech).toMatch(/Should I place the order\?/);
    const reply = await m.say('SelectIntent', { product: { value: 'the price is right' } }, linked);
    expect(reply.speech).toMatch(/Say yes or no/);
    // and a yes after it still answers the same question
    expect((await m.say('YesIntent', {}, linked)).speech).toMatch(/is placed/);
  });
});

describe('A request heard only as free words', () => {
  it.each([
    ['double the english muffins', 2],
    ['triple the english muffins', 3],
  ])('"%s" multiplies the line in the cart', async (said, factor) => {
    const m = memoryShop();
    const muffins = (await m.deps.catalog.search('english muffins'))[0];
    await m.say('AddToCartIntent', { product: { value: muffins.name, id: muffins.sku } });
    await m.say('SelectIntent', { product: { value: said } });
    expect((await cartOf(m)).find((l) => l.sku === muffins.sku)?.quantity).toBe(factor);
  });
});

describe('A shopper fed up with the shop', () => {
  it.each(['this stupid thing never understands me', 'you are useless', 'it doesnt work'])('"%s" hears an apology and the way to a person, not a search', async (said) => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: said } });
    expect(reply.speech).toMatch(/^Sorry, I'm getting this wrong\. A person can help at 1 800 555 0199/);
    expect(reply.endSession).toBe(false);
  });
});

describe('A back-in-stock request heard only as free words', () => {
  it.each(['tell me when the northstar waffles are back in stock', 'let me know once espresso whole bean is available again'])(
    '"%s" goes to the stock reminder with the name said',
    async (said) => {
      const m = memoryShop();
      const reply = await m.say('SelectIntent', { product: { value: said } }, { accessToken: undefined });
      // a guest is told to link first: the request reached the reminders, not a search
      expect(reply.speech).toMatch(/reminders/i);
    },
  );
});
