/**
 * The last reading of free words by the models' own sample words (src/core/flows/words-guess.ts,
 * ADR 0010), and the table `npm run models` writes for it. The sentences are written for these
 * tests; none is a corpus line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntentName, SlotName } from '../../../src/core/intents';
import { intentByWords } from '../../../src/core/flows/words-guess';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop } from '../../support/memory-shop';

const table = JSON.parse(readFileSync(join(__dirname, '../../../src/core/words/intent-words.json'), 'utf8')) as Record<string, Record<string, Record<string, number>>>;
const CHANGES_SOMETHING = new Set<string>([
  IntentName.AddToCart,
  IntentName.AddMore,
  IntentName.SetQuantity,
  IntentName.RemoveFromCart,
  IntentName.ClearCart,
  IntentName.Yes,
  IntentName.No,
  IntentName.VoicePin,
  IntentName.CancelOrder,
  IntentName.Cancel,
  IntentName.Stop,
  IntentName.ApplyCoupon,
  IntentName.UnlinkAccount,
  IntentName.DeleteMyData,
  IntentName.SaveForLater,
  IntentName.MoveToCart,
]);

describe('intentByWords', () => {
  it.each([
    ["i'm about ready to wrap this up and pay", IntentName.Checkout],
    ['tell me how big that bottle of olive oil is', IntentName.ProductDetails],
    ['has the thing i bought last week been sent yet', IntentName.OrderStatus],
    ['could i maybe talk with somebody who works there', IntentName.TalkToHuman],
  ])('reads "%s" as %s', (said, intent) => {
    expect(intentByWords(said, 'en')?.intent).toBe(intent);
  });

  it('keeps the words no sample has as the name, in the order said', () => {
    expect(intentByWords('tell me how big that bottle of olive oil is', 'en')?.slots).toEqual({ [SlotName.Product]: { value: 'olive oil' } });
  });

  it.each(['i want two', 'soup please', 'three cans'])('leaves fewer than four words alone: "%s"', (said) => {
    expect(intentByWords(said, 'en')).toBeUndefined();
  });

  it('never guesses a request that changes the cart, an order, money or the session', () => {
    const sentences = [
      'could you please put some of that in my cart for me',
      'take all of the stuff out of my basket now',
      'yes yes go ahead and place it right now',
      'my code is one two three four okay',
      'cancel the order i placed this morning please',
      "that's enough goodbye for now thanks",
      'make it three of them instead of two',
      'empty out my whole cart right now please',
      'apply the code save ten to my order',
      'delete all of my data from your system',
    ];
    for (const said of sentences) {
      const guess = intentByWords(said, 'en');
      expect({ said, changes: guess !== undefined && CHANGES_SOMETHING.has(guess.intent) }).toEqual({ said, changes: false });
    }
  });

  it("gives a catalog word no weight: a product's name never picks the request", () => {
    const catalogWords = new Set(DEMO_PRODUCTS.flatMap((p) => p.name.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4));
    const weighted = Object.entries(table.en).filter(([word, weights]) => catalogWords.has(word) && Object.keys(weights).length > 0);
    expect(weighted).toEqual([]);
    expect(intentByWords('eggs under five bucks please', 'en')?.intent).not.toBe(IntentName.ProductDetails);
  });

  it('reads German too', () => {
    expect(table.de).toBeDefined();
    expect(Object.keys(table.de).length).toBeGreaterThan(100);
  });
});

describe('The last reading in a conversation', () => {
  it('answers a roundabout question about the product talked about, not a product its words half match', async () => {
    const m = memoryShop();
    const salmon = DEMO_PRODUCTS.find((p) => p.name === 'Meadowbrook Atlantic Salmon Fillets')!;
    await m.say('ProductDetailsIntent', { product: { value: salmon.name, id: salmon.sku } });
    const reply = await m.say('SelectIntent', { product: { value: 'and how big would that piece of fish be' } });
    expect(reply.speech).toContain(salmon.name);
    expect(reply.speech).toContain(salmon.size);
  });

  it('goes to the checkout question for a roundabout "ready to pay", and charges nothing', async () => {
    const m = memoryShop();
    const beans = DEMO_PRODUCTS.find((p) => p.name === 'Cedar Point Plain Bagels')!;
    await m.say('AddToCartIntent', { product: { value: beans.name, id: beans.sku } });
    const reply = await m.say('SelectIntent', { product: { value: "alright love i'm ready to finish up now" } }, { accessToken: 'token:cust-unit-1' });
    expect(reply.speech).toMatch(/Should I place the order|place the order/i);
    // the order waits for a yes; nothing is placed or charged
    expect((await m.deps.orders.listByCustomer('cust-unit-1')).map((o) => o.state)).toEqual(['AWAITING_CONFIRMATION']);
  });
});
