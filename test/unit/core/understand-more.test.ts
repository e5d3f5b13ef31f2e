/**
 * More classes of phrasing read by meaning: closed slots that took a sentence
 * (src/core/flows/misheard.ts), names picked from the list just read, comparisons said in a
 * sentence, corrections, one past order, greetings and moving around. The phrasings are written
 * for these tests as members of each class; none is a corpus line.
 */
import { IntentName, SlotName } from '../../../src/core/intents';
import { comparedInWords, heardRight } from '../../../src/core/flows/answers';
import { gluedFragments } from '../../../src/core/flows/browse';
import { clearYes, meaningOf } from '../../../src/core/flows/understand';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop } from '../../support/memory-shop';

const named = (name: string) => DEMO_PRODUCTS.find((p) => p.name === name)!;
const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];
const nameOf = (sku: string) => DEMO_PRODUCTS.find((p) => p.sku === sku)!.name;

describe('meaningOf, more classes', () => {
  const en: Array<[string, IntentName]> = [
    ['could you reschedule my delivery to friday', IntentName.ChangeOrder],
    ['i need it sent to my office instead', IntentName.ChangeOrder],
    ['is the postage expensive', IntentName.DeliveryInfo],
    ['what time does the helpline shut on sundays', IntentName.OpeningHours],
    ['can you put me through to someone', IntentName.TalkToHuman],
    ['email me once my groceries are on their way', IntentName.NotifyMe],
    ['wear is my delivery', IntentName.OrderStatus],
    ['is our shopping going to arrive today', IntentName.OrderStatus],
    ['redo my last shop again', IntentName.Reorder],
    ['any vouchers this week', IntentName.Deals],
    ['ring it up please', IntentName.Checkout],
    ['could i swing by to grab it', IntentName.StoreLocation],
    ['can i exchange them', IntentName.ReturnItem],
    ['can i send things back if they are wrong', IntentName.ReturnPolicy],
    ['what am i supposed to do here', IntentName.Help],
    ['tell me a joke please', IntentName.SmallTalk],
    ['read them again please', IntentName.Repeat],
    ['take me back to the list', IntentName.GoBack],
    ['what are the reviews like on it', IntentName.Reviews],
    ['oh never mind forget about it', IntentName.Cancel],
  ];
  it.each(en)('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });

  it.each([
    ['how much did my latest order come to', 'last'],
    ['what came in my order from three weeks ago', '21 days'],
    ['what was in my earliest order', 'first'],
  ])('reads "%s" as one past order (%s)', (said, which) => {
    expect(meaningOf(said, 'en')).toEqual({ intent: IntentName.OrderHistory, slots: { [SlotName.Ordinal]: { value: which } } });
  });

  it.each([
    ['did we ever buy oat milk from you', IntentName.OrderHistory, SlotName.Product, 'oat milk'],
    ['reorder the bananas again', IntentName.Reorder, SlotName.Product, 'bananas'],
    ['which of these crackers would you pick', IntentName.Recommend, SlotName.Query, 'crackers'],
    ["what's a good cheese to have in the house", IntentName.Recommend, SlotName.Query, 'cheese'],
    ['can you suggest a nice shampoo', IntentName.Recommend, SlotName.Query, 'shampoo'],
    ['what goes well with a bagel', IntentName.Recommend, SlotName.Companion, 'bagel'],
    ['what do people usually have with salsa', IntentName.Recommend, SlotName.Companion, 'salsa'],
  ])('reads "%s" as %s with %s "%s"', (said, intent, slot, value) => {
    expect(meaningOf(said, 'en')).toEqual({ intent, slots: { [slot]: { value } } });
  });

  it.each([
    ['ab welchem betrag brauche ich den pin', IntentName.VoiceCodeInfo],
    ['bestell mir den joghurt nochmal', IntentName.Reorder],
    ['nochmal die eier wie beim letzten mal', IntentName.Reorder],
    ['guten abend', IntentName.SmallTalk],
  ])('reads German "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'de')?.intent).toBe(intent);
  });

  it.each(['morning glory muffins', 'bin bags', 'hot dog buns', 'good and gather'])('leaves a product name alone: "%s"', (said) => {
    expect(meaningOf(said, 'en')).toBeUndefined();
  });

  it('greets a greeting rather than searching for it', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'good evening there' } });
    expect(reply.speech).toMatch(/^Hello, and welcome to Corner Shop/);
  });
});

describe('Two products compared in a sentence', () => {
  it('reads the products and the criterion', () => {
    expect(comparedInWords('is the earl grey or the green tea cheaper', 'en')).toEqual({
      product: { value: 'earl grey' },
      secondProduct: { value: 'green tea' },
      criterion: { value: 'cheaper' },
    });
    expect(comparedInWords('which bread is cheaper the rye or the sourdough', 'en')).toMatchObject({
      product: { value: 'rye bread' },
      secondProduct: { value: 'sourdough bread' },
    });
    expect(comparedInWords('which one has the better reviews the fuji or the gala', 'en')).toMatchObject({ criterion: { value: 'better rated' } });
  });

  it('lets "the whitening one" borrow the first product\'s kind', () => {
    expect(comparedInWords("what's the difference between the sensitive toothpaste and the whitening one", 'en')).toEqual({
      product: { value: 'sensitive toothpaste' },
      secondProduct: { value: 'whitening toothpaste' },
    });
    expect(comparedInWords('unterschied zwischen dem grünen tee und dem schwarzen tee', 'de')).toMatchObject({ product: { value: 'grünen tee' } });
  });

  it.each(['bread and butter', 'salt or pepper', 'rock and roll candy'])('compares nothing in "%s"', (said) => {
    expect(comparedInWords(said, 'en')).toBeUndefined();
  });

  it('answers a comparison heard as a search with both prices', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'the difference between the cavity protection toothpaste and the whitening one' } });
    expect(reply.speech).toMatch(/\$2\.99/);
    expect(reply.speech).toMatch(/\$6\.99/);
    expect(await linesOf(m)).toEqual([]);
  });
});

describe('A closed slot that took a sentence is read again', () => {
  it('answers "what\'s {criterion}" heard for deals as deals, not a comparison', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { criterion: { value: 'on sail this week' } });
    expect(reply.speech).not.toMatch(/compare/i);
    expect(reply.speech).toMatch(/deal|offer|promotion|sale|off/i);
  });

  it('answers a pickup question the quantity slot took, and changes nothing', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: named('Willow Lane Green Tea').name, id: named('Willow Lane Green Tea').sku } });
    const reply = await m.say('SetQuantityIntent', { quantity: { value: 'could i pick it up in the store' } });
    expect(reply.speech).toMatch(/deliver/i);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 1 })]);
  });

  it('searches for "and do you have tea too" and answers "is postage free" with the fee', async () => {
    const m = memoryShop();
    expect((await m.say('ProductQuestionIntent', { product: { value: 'tea' }, attribute: { value: 'too' } })).speech).toMatch(/Tea/);
    expect((await m.say('ProductQuestionIntent', { product: { value: 'postage' }, attribute: { value: 'free' } })).speech).toMatch(/\$4\.99/);
  });

  it('still answers a real attribute question as one', async () => {
    const m = memoryShop();
    const reply = await m.say('ProductQuestionIntent', { product: { value: 'willow lane green tea' }, attribute: { value: 'organic' } });
    expect(reply.speech).toMatch(/organic/i);
  });
});

describe('Names read against the list just read', () => {
  it('takes "the vanilla one" from a list of ice creams', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'ice cream' } });
    expect((await m.say('ProductDetailsIntent', { product: { value: 'the vanilla one' } })).speech).toMatch(/^Maple Grove Vanilla Ice Cream/);
  });

  it('takes "that bottle" as the one product called what was looked for', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'olive oil' } });
    expect((await m.say('ProductDetailsIntent', { product: { value: 'that bottle' } })).speech).toMatch(/^Golden Valley Extra Virgin Olive Oil/);
  });

  it('keeps a price limit to the list just read, and narrows it by words', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'cereal' } });
    const under = await m.say('SearchIntent', { query: { value: 'anything under four dollars' } });
    expect(under.speech).toMatch(/Cereal/);
    expect(under.speech).not.toMatch(/Vegetables|Tea|Rotini/);
    await m.say('SearchIntent', { query: { value: 'coffee' } });
    const pods = await m.say('SelectIntent', { product: { value: 'only the pods please' } });
    expect(pods.speech).toMatch(/Coffee Pods/);
    expect(pods.speech).not.toMatch(/Dishwasher|Laundry/);
  });

  it('never offers to add the only match when it is out of stock', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'vegetable oil' } });
    expect(reply.speech).toMatch(/out of stock/);
    expect(reply.speech).not.toMatch(/Want to add it/);
  });
});

describe('Corrections and quantities', () => {
  it('takes the corrected name in "the vanilla almond milk no sorry the unsweetened one"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'the vanilla almond milk no sorry the unsweetened one' } });
    const lines = await linesOf(m);
    expect(lines.map((l) => nameOf(l.sku))).toEqual(['Silver Creek Unsweetened Almond Milk']);
  });

  it('adds only what the shopper settled on after "no no ignore her just …"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'the plain bagels and the cheddar no no ignore her just the plain bagels' } });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual(['Cedar Point Plain Bagels']);
  });

  it('swaps what was just added for "oh wait i meant the earl grey"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'Willow Lane Green Tea', id: named('Willow Lane Green Tea').sku } });
    await m.say('SelectIntent', { product: { value: 'oh wait i meant the earl grey' } });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual(['Willow Lane Earl Grey Tea']);
  });

  it('adds more of a named line for "and two more of the cheddar", and halves a line', async () => {
    const m = memoryShop();
    const cheddar = named('Sunny Acres Sharp Cheddar Cheese');
    await m.say('AddToCartIntent', { product: { value: cheddar.name, id: cheddar.sku } });
    await m.say('SelectIntent', { product: { value: 'and two more of the cheddar' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: cheddar.sku, quantity: 3 })]);
    await m.say('SelectIntent', { product: { value: 'make it six' } });
    await m.say('SelectIntent', { product: { value: 'hmm cut it in half' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: cheddar.sku, quantity: 3 })]);
  });

  it('sets "can i have three of those instead" on the line just added', async () => {
    const m = memoryShop();
    const beer = named('Bluebird Root Beer');
    await m.say('AddToCartIntent', { product: { value: beer.name, id: beer.sku } });
    await m.say('AddToCartIntent', { product: { value: 'three of those instead' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: beer.sku, quantity: 3 })]);
  });

  it('counts "zweimal" as two in German', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'zweimal willow lane green tea' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Willow Lane Green Tea').sku, quantity: 2 })]);
  });
});

describe('A yes said in other words', () => {
  it.each(['go for it', 'yeah sure charge it', 'yep go for it then', 'yes buy it'])('"%s" is a clear yes', (said) => {
    expect(clearYes(said, 'en')).toBe(true);
  });
  it.each(["don't charge it", 'go for it but wait'])('"%s" is not', (said) => {
    expect(clearYes(said, 'en')).toBe(false);
  });
});

describe('Words a recogniser split, and searches asked as questions', () => {
  it('glues fragments of one word back for the search', () => {
    expect(gluedFragments('bay be wipes')).toBe('baybe wipes');
    expect(gluedFragments('a seat a mino fen')).toBe('aseataminofen');
    expect(gluedFragments('paper towels')).toBeUndefined();
    expect(gluedFragments('a b')).toBeUndefined();
  });

  it("hears the shop's own words said in pieces", () => {
    expect(heardRight('how much is the deliver he fee')).toBe('how much is the delivery fee');
    expect(heardRight('let me talk to a re presentative')).toBe('let me talk to a representative');
    expect(heardRight('can you ree order my milk')).toBe('can you reorder my milk');
    expect(heardRight('i want to add a bag of rice')).toBe('i want to add a bag of rice');
  });

  it('finds a product said in fragments', async () => {
    const m = memoryShop();
    expect((await m.say('SearchIntent', { query: { value: 'a seat a mino fen' } })).speech).toMatch(/Acetaminophen/);
  });

  it('reads "which shampoo has the best reviews" as the best rated shampoo first', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'which shampoo has the best reviews' } });
    expect(reply.speech).toMatch(/^Shampoo, best rated first: /i);
  });
});

describe('Cart edits said in other words', () => {
  it('takes out everything but the line named, and nothing more', async () => {
    const m = memoryShop();
    for (const name of ['Cedar Point Plain Bagels', 'Sunny Acres Sharp Cheddar Cheese', 'Willow Lane Green Tea'])
      await m.say('AddToCartIntent', { product: { value: name, id: named(name).sku } });
    const reply = await m.say('SelectIntent', { product: { value: 'take out everything but the bagels' } });
    expect(reply.speech).toMatch(/everything except Cedar Point Plain Bagels/);
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual(['Cedar Point Plain Bagels']);
  });

  it('never empties the cart for "clear everything except the tea"', async () => {
    expect(meaningOf('clear everything except the tea', 'en')?.intent).not.toBe(IntentName.ClearCart);
  });

  it('keeps only the products of the list just read that have the attribute asked for', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'cola' } });
    const reply = await m.say('SelectIntent', { product: { value: 'which ones have no sugar' } });
    expect(reply.speech).toMatch(/Diet Cola|Zero Sugar/);
    expect(reply.speech).not.toMatch(/Bluebird Cola,/);
  });

  it('reads a product not yet in the cart with a quantity as an add, never a guess for a kind of product', async () => {
    const m = memoryShop();
    const carrots = named('Fresh Harvest Baby Carrots');
    await m.say('SetQuantityIntent', { product: { value: 'baby carrots' }, quantity: { value: '2' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: carrots.sku, quantity: 2 })]);
    const kind = await m.say('SetQuantityIntent', { product: { value: 'dish soap' }, quantity: { value: '2' } });
    expect(kind.speech).toMatch(/isn't in your cart/);
    expect((await linesOf(m)).length).toBe(1);
  });

  it('never adds for "get rid of the X would you"', async () => {
    const m = memoryShop();
    const bagels = named('Cedar Point Plain Bagels');
    await m.say('AddToCartIntent', { product: { value: bagels.name, id: bagels.sku } });
    await m.say('SelectIntent', { product: { value: 'get rid of the bagels would you' } });
    expect(await linesOf(m)).toEqual([]);
  });
});

describe('The last round of classes', () => {
  it('adds one carton for "a dozen" even when the number came in its own slot', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'large brown eggs' }, quantity: { value: '12' } }, { utterance: 'add a dozen large brown eggs' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Sunny Acres Large Brown Eggs').sku, quantity: 1 })]);
  });

  it('adds one carton for "a dozen" when the product came as its catalog id with the number in its own slot (Dialogflow)', async () => {
    const m = memoryShop();
    const eggs = named('Sunny Acres Large Brown Eggs');
    await m.say('AddToCartIntent', { product: { value: eggs.sku }, quantity: { value: '12' } }, { utterance: 'add a dozen large brown eggs' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: eggs.sku, quantity: 1 })]);
  });

  it('reads "throw two packs in" as two of the product talked about, never a search for "packs"', async () => {
    const m = memoryShop();
    const beer = named('Bluebird Root Beer');
    await m.say('ProductDetailsIntent', { product: { value: beer.name, id: beer.sku } });
    await m.say('SelectIntent', { product: { value: 'throw two packs in' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: beer.sku, quantity: 2 })]);
  });

  it('takes one off for "one fewer of the bagels", adds for "bump that up by two", and settles on the last number said', async () => {
    const m = memoryShop();
    const bagels = named('Cedar Point Plain Bagels');
    await m.say('AddToCartIntent', { product: { value: bagels.name, id: bagels.sku }, quantity: { value: '3' } });
    await m.say('SelectIntent', { product: { value: 'one fewer of the bagels' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 2 })]);
    await m.say('SelectIntent', { product: { value: 'bump that up by two' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 4 })]);
    await m.say('SelectIntent', { product: { value: "that's too many make it one" } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 1 })]);
    await m.say('SelectIntent', { product: { value: 'make it fifty no wait three' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 3 })]);
  });

  it('reads a price limit asked as a question, and finds what has an attribute below the names that say the word', async () => {
    const m = memoryShop();
    const under = await m.say('SelectIntent', { product: { value: 'which shampoos are under six dollars' } });
    expect(under.speech).toMatch(/under \$6\.00/i);
    expect(under.speech).toMatch(/Shampoo/);
    const sugarFree = await m.say('SearchIntent', { query: { value: 'sugar free soda' } });
    expect(sugarFree.speech).toMatch(/Diet Cola|Zero Sugar/);
  });

  it('answers a complaint heard as a search with an apology and the number, not the delivery fee', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'to complain about my delivery driver' } });
    expect(reply.speech).toMatch(/800 555 0199/);
    expect(reply.speech).not.toMatch(/\$4\.99/);
  });

  it.each([
    ["my kid's got a cold what should i pick up", IntentName.Recommend],
    ['get me a manager', IntentName.TalkToHuman],
    ['swap the rice in my last order for pasta', IntentName.ChangeOrder],
    ['has my parcel been sent out yet', IntentName.OrderStatus],
    ['can i pay for everything in my basket', IntentName.Checkout],
    ['do you like your job', IntentName.SmallTalk],
  ])('reads "%s" as %s, with no product named', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
    expect(meaningOf(said, 'en')?.slots[SlotName.Product]).toBeUndefined();
  });

  it('reads "cancel yesterday\'s order" without a product called "yesterday\'s"', () => {
    expect(meaningOf("cancel yesterday's order", 'en')).toEqual({ intent: IntentName.CancelOrder, slots: {} });
  });
});

describe('Quantities a recogniser mangles, and a few more phrasings', () => {
  it('hears "too" before a name, and "to" before what it comes in, as two', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'too cedar point plain bagels' } });
    await m.say('AddToCartIntent', { product: { value: 'to bags of baby carrots' } });
    expect((await linesOf(m)).map((l) => [nameOf(l.sku), l.quantity])).toEqual([
      ['Cedar Point Plain Bagels', 2],
      ['Fresh Harvest Baby Carrots', 2],
    ]);
  });

  it('adds more for "and another two of those", and sets a named line for "cut the bagels down to one"', async () => {
    const m = memoryShop();
    const bagels = named('Cedar Point Plain Bagels');
    await m.say('AddToCartIntent', { product: { value: bagels.name, id: bagels.sku } });
    await m.say('SelectIntent', { product: { value: 'and another two of those' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 3 })]);
    await m.say('SelectIntent', { product: { value: 'cut the bagels down to one' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 1 })]);
  });

  it('adds that many for "could you add X oh and make that two"', async () => {
    const m = memoryShop();
    await m.say('SelectIntent', { product: { value: 'could you add the plain bagels oh and make that two' } });
    expect((await linesOf(m)).map((l) => [nameOf(l.sku), l.quantity])).toEqual([['Cedar Point Plain Bagels', 2]]);
  });

  it('reads returns as returns even with payment-like words around them', () => {
    expect(meaningOf('do you take returns on opened stuff', 'en')?.intent).toBe(IntentName.ReturnPolicy);
  });
});

describe('Quantities, removals and searches said in a sentence', () => {
  const withLines = async (names: string[]) => {
    const m = memoryShop();
    for (const name of names) {
      const p = named(name);
      await m.say('AddToCartIntent', { product: { value: p.name, id: p.sku } });
    }
    return m;
  };

  it('sets every line for "two of each"', async () => {
    const m = await withLines(['Sunny Acres Tortilla Chips', 'Sunny Acres Salsa Medium']);
    const reply = await m.say('SelectIntent', { product: { value: 'okay three of each please' } });
    expect(reply.speech).toMatch(/3 of each/);
    expect((await linesOf(m)).map((l) => l.quantity)).toEqual([3, 3]);
  });

  it('removes the product named, not the last one added, for "we\'re not getting X take that off"', async () => {
    const m = await withLines(['Maple Grove Chocolate Chip Cookies', 'Sunny Acres Broccoli Crowns']);
    await m.say('SelectIntent', { product: { value: "no we're not getting cookies this time take them off" } });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual(['Sunny Acres Broccoli Crowns']);
  });

  it('removes the line a sentence names with "take those out"', async () => {
    const m = await withLines(['Fresh Harvest Yellow Onions', 'Fresh Harvest Russet Potatoes']);
    await m.say('SelectIntent', { product: { value: 'we have plenty of onions at home take those out' } });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual(['Fresh Harvest Russet Potatoes']);
  });

  it('corrects the quantity, not the product, for "i said two X not one"', async () => {
    const m = await withLines(['Northstar Pepperoni Pizza', 'Maple Grove Vanilla Ice Cream']);
    await m.say('SelectIntent', { product: { value: 'no i said three pizzas not one' } });
    expect(await linesOf(m)).toEqual([
      expect.objectContaining({ sku: named('Northstar Pepperoni Pizza').sku, quantity: 3 }),
      expect.objectContaining({ sku: named('Maple Grove Vanilla Ice Cream').sku, quantity: 1 }),
    ]);
  });

  it('sets the product named first for "the X i need three of those"', async () => {
    const m = await withLines(['Oak Hollow Oat Milk', 'Silver Creek Soy Milk']);
    await m.say('SelectIntent', { product: { value: 'the oat milk we need four of those' } });
    expect(await linesOf(m)).toEqual([
      expect.objectContaining({ sku: named('Oak Hollow Oat Milk').sku, quantity: 4 }),
      expect.objectContaining({ sku: named('Silver Creek Soy Milk').sku, quantity: 1 }),
    ]);
  });

  it.each([
    ['could you make that three tubs please', 3],
    ['hmm just one really', 1],
    ["that's too many bring it down to two", 2],
    ['i only need two packets of the pretzels', 2],
  ])('reads "%s" as a quantity of the line', async (said, quantity) => {
    const m = await withLines(['Golden Valley Pretzel Twists']);
    await m.say('SetQuantityIntent', { quantity: { value: '5' } });
    await m.say('SelectIntent', { product: { value: said } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity })]);
  });

  it('answers a quantity of a million with the limit and changes nothing', async () => {
    const m = await withLines(['Golden Valley Pretzel Twists']);
    const reply = await m.say('SelectIntent', { product: { value: 'set it to like a million' } });
    expect(reply.speech).toMatch(/99/);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 1 })]);
  });

  it('adds "three bags of potatoes please" said without a verb', async () => {
    const m = memoryShop();
    await m.say('SelectIntent', { product: { value: 'two bags of russet potatoes please' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Fresh Harvest Russet Potatoes').sku, quantity: 2 })]);
  });

  it.each([
    ["where's the grated parmesan", /Parmesan/],
    ['oh and chicken broth have you got that', /Chicken Broth/],
    ["we're nearly out of dish soap do you have some", /Dish Soap/],
    ['what cheese do you have under three dollars', /Cream Cheese/],
  ])('searches for the thing in "%s"', async (said, found) => {
    const reply = await memoryShop().say('SelectIntent', { product: { value: said } });
    expect(reply.speech).toMatch(found);
  });

  it.each([
    ['is my food order coming today', IntentName.OrderStatus],
    ['whose account is this then', IntentName.MyData],
    ['could you change where it is being delivered', IntentName.ChangeOrder],
    ['can you bring it here this evening', IntentName.DeliveryInfo],
    ['is my account linked up to this', IntentName.AccountHelp],
    ['how much can we spend by voice each day', IntentName.VoiceCodeInfo],
    ['how do i pick one of them', IntentName.Help],
    ["i'll pay for it now then", IntentName.Checkout],
    ['what was it we bought a few weeks ago', IntentName.OrderHistory],
    ['how much was my last grocery bill', IntentName.OrderHistory],
    ['you lot are brilliant the driver was so quick', IntentName.Thanks],
    ["let's start again from the beginning", IntentName.StartOver],
    ['text me when the bar soap is back in', IntentName.NotifyMe],
  ])('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });

  it('takes "sounds good to me" as a yes to the purchase question, and "sounds good but wait" as none', () => {
    expect(clearYes('sounds good to me', 'en')).toBe(true);
    expect(clearYes('sounds good but wait', 'en')).toBe(false);
  });
});

describe('German quantities and requests, and a few more English classes', () => {
  it.each([
    ['ich nehm doch lieber vier davon', 4],
    ['ach nee doch nur eine', 1],
    ['doch lieber drei packungen', 3],
  ])('reads German "%s" as a new quantity of the line', async (said, quantity) => {
    const m = memoryShop();
    const pretzels = named('Golden Valley Pretzel Twists');
    await m.say('AddToCartIntent', { product: { value: pretzels.name, id: pretzels.sku }, quantity: { value: '2' } }, { locale: 'de-DE' });
    await m.say('SelectIntent', { product: { value: said } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: pretzels.sku, quantity })]);
  });

  it('adds more for "noch zwei dazu"', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } }, { locale: 'de-DE' });
    await m.say('SelectIntent', { product: { value: 'und noch zwei dazu' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: soup.sku, quantity: 3 })]);
  });

  it.each([
    ['ach nimm bitte alles wieder raus', IntentName.ClearCart],
    ['kann ich bei euch auch jemanden anrufen', IntentName.TalkToHuman],
    ['wie sind die bewertungen von den chicken nuggets', IntentName.Reviews],
    ['was brauch ich alles für einen kuchen', IntentName.Recommend],
  ])('reads German "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'de')?.intent).toBe(intent);
  });

  it('reads the cheapest asked in German as a sorted search', async () => {
    const reply = await memoryShop().say('SelectIntent', { product: { value: 'was sind denn die günstigsten eier' } }, { locale: 'de-DE' });
    expect(reply.speech).toMatch(/^Eier, die günstigsten zuerst: Sunny Acres Large White Eggs/);
  });

  it('narrows the list for "are any of those whole grain" heard as a question about a product called "any of those"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'bread' } });
    const reply = await m.say('ProductQuestionIntent', { product: { value: 'any of those' }, attribute: { value: 'whole grain' } });
    expect(reply.speech).toMatch(/Whole Wheat Bread/);
    expect(reply.speech).not.toMatch(/couldn't find/);
  });

  it('reads "do people actually like it" as reviews, but "which shampoo do folks like the best" not', () => {
    expect(meaningOf('do people actually like it', 'en')?.intent).toBe(IntentName.Reviews);
    expect(meaningOf('do folks really like the oat milk', 'en')).toEqual({ intent: IntentName.Reviews, slots: { [SlotName.Product]: { value: 'oat milk' } } });
    expect(meaningOf('which shampoo do folks like the best', 'en')?.intent).not.toBe(IntentName.Reviews);
  });

  it('never glues two whole words into a longer shop word ("go nicely" is not "cancel")', () => {
    expect(heardRight('what would go nicely with tea')).toBe('what would go nicely with tea');
    expect(heardRight('can sell my order')).toBe('cancel my order');
  });

  it('says the daily voice limit with the voice code threshold', async () => {
    const reply = await memoryShop().say('SelectIntent', { product: { value: 'how much can we spend by voice each day' } });
    expect(reply.speech).toMatch(/\$100\.00/);
    expect(reply.speech).toMatch(/\$500\.00 a day/);
  });

  it('restores a "one" an Alexa carrier took from the end ("… not one"), never where the sentence came whole', async () => {
    const m = memoryShop();
    const pizza = named('Northstar Pepperoni Pizza');
    await m.say('AddToCartIntent', { product: { value: pizza.name, id: pizza.sku } });
    await m.say('SelectIntent', { ordinal: { value: 'wait i said two pizzas not' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: pizza.sku, quantity: 2 })]);
  });
});

describe('A last batch of classes from varied speakers', () => {
  it.each([
    ["where's the frozen stuff like pizza", undefined],
    ['did my groceries from yesterday ship yet', IntentName.OrderStatus],
    ['how much is all that gonna be i wanna pay', IntentName.Checkout],
    ['so how much is it all gonna be', IntentName.ViewCart],
    ['and what else', IntentName.MoreResults],
    ['do you know any good jokes', IntentName.SmallTalk],
    ["give us a shout when the bar soap's back in", IntentName.NotifyMe],
    ['tell me when you get navel oranges back in', IntentName.NotifyMe],
    ['what else can i put in a packed lunch', IntentName.Recommend],
    ['are the reviews decent on that one', IntentName.Reviews],
  ])('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });

  it("reads the last order's total asked in German", () => {
    expect(meaningOf('wie viel hab ich bei der letzten bestellung ausgegeben', 'de')).toEqual({
      intent: IntentName.OrderHistory,
      slots: { [SlotName.Ordinal]: { value: 'last' } },
    });
  });

  it.each([
    ["yes that's lovely ta", true],
    ['o k place it', true],
  ])('takes "%s" as a clear yes: %s', (said, yes) => {
    expect(clearYes(heardRight(said), 'en')).toBe(yes);
  });

  it('hears "read order" as a reorder, and never glues a number into a shop word', () => {
    expect(heardRight('can you read order my coffee')).toBe('can you reorder my coffee');
    expect(heardRight('chuck two boxes of the mac and cheese in')).toBe('chuck two boxes of the mac and cheese in');
  });

  it('adds the product asked for after a reason heard as a search, never "some"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'milk could you add a gallon of the sunny acres two percent' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Sunny Acres 2% Milk').sku, quantity: 1 })]);
    const other = memoryShop();
    const reply = await other.say('SearchIntent', { query: { value: 'cream cheese can you add some' } });
    expect(reply.speech).not.toMatch(/couldn't find some/);
  });

  it('clears the cart for "scrap all that i\'ll start over"', async () => {
    const m = memoryShop();
    const bleach = named('Tidewater Bleach Regular');
    await m.say('AddToCartIntent', { product: { value: bleach.name, id: bleach.sku } });
    await m.say('RemoveFromCartIntent', { product: { value: "all that i'll start over" } });
    expect(await linesOf(m)).toEqual([]);
  });
});

describe('Still more classes', () => {
  it.each([
    ['uh forget everything we put in', IntentName.ClearCart],
    ['could i just have my last order again', IntentName.Reorder],
    ['any updates on my groceries', IntentName.OrderStatus],
    ["what's your address we'd like to pop round", IntentName.StoreLocation],
    ['honestly this is much quicker than driving to the shop', IntentName.Thanks],
  ])('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });

  it('hears "reel person" as a real person', () => {
    expect(heardRight('a reel person please')).toBe('a real person please');
  });

  it('sets the line named with the number in the quantity slot ("make it two baking sodas")', async () => {
    const m = memoryShop();
    for (const name of ['Harbor Mills Baking Soda', 'Harbor Mills Brown Sugar']) {
      const p = named(name);
      await m.say('AddToCartIntent', { product: { value: p.name, id: p.sku } });
    }
    await m.say('SetQuantityIntent', { quantity: { value: 'three baking sodas' } });
    expect(await linesOf(m)).toEqual([
      expect.objectContaining({ sku: named('Harbor Mills Baking Soda').sku, quantity: 3 }),
      expect.objectContaining({ sku: named('Harbor Mills Brown Sugar').sku, quantity: 1 }),
    ]);
  });

  it('searches again for "no wait i meant X" after a list, with nothing just added', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'paper towels' } });
    const reply = await m.say('SelectIntent', { product: { value: 'no wait i meant toilet paper' } });
    expect(reply.speech).toMatch(/toilet paper/i);
    expect(await linesOf(m)).toEqual([]);
  });

  it('sets the line for German "ich brauche davon vier"', async () => {
    const m = memoryShop();
    const juice = named('Sunny Acres Apple Juice');
    await m.say('AddToCartIntent', { product: { value: juice.name, id: juice.sku } }, { locale: 'de-DE' });
    await m.say('SelectIntent', { product: { value: 'ich brauche davon vier' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: juice.sku, quantity: 4 })]);
  });

  it('reads a recogniser\'s "o k" at the purchase question as the yes it is', async () => {
    const m = memoryShop();
    const p = named('Cedar Point Plain Bagels');
    await m.say('AddToCartIntent', { product: { value: p.name, id: p.sku } }, { accessToken: 'token:cust-unit-1' });
    await m.say('CheckoutIntent', {}, { accessToken: 'token:cust-unit-1' });
    const reply = await m.say('SelectIntent', { product: { value: 'o k place it' } }, { accessToken: 'token:cust-unit-1' });
    expect(reply.speech).toMatch(/placed/);
  });
});
