/**
 * Classes of phrasing found failing on two fresh blind corpora (blind-x, blind-y): a count
 * corrected, a reminder by the date, a policy heard behind another policy's carrier, a search
 * said with a question or a reason after the thing, an add with a count and a container heard as
 * a search, comparisons with the question before or after the names, a name inside a question, a
 * relative word in a long sentence, the saved list misheard, the cart bought in words, and the
 * voice code asked about. The phrasings are written for these tests as members of each class;
 * none is a corpus line.
 */
import { IntentName, SlotName } from '../../../src/core/intents';
import { countCorrected, countedAdd } from '../../../src/core/flows/answers';
import { pointsAtFocus } from '../../../src/core/flows/products';
import { DATED_REMINDER } from '../../../src/core/flows/reminders';
import { meaningOf } from '../../../src/core/flows/understand';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import type { MemoryPaymentGateway } from '../../../src/infra/payment/memory';
import { memoryShop } from '../../support/memory-shop';

const named = (name: string, size?: string) => DEMO_PRODUCTS.find((p) => p.name === name && (size === undefined || p.size === size))!;
const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];
const nameOf = (sku: string) => DEMO_PRODUCTS.find((p) => p.sku === sku)!.name;

describe('A count corrected after an add', () => {
  it.each([
    ['sorry i meant two', 2],
    ['no no i meant just one please', 1],
    // Alexa's "i meant {product}" sample hands over the number alone
    ['four', 4],
  ])('"%s" after "add three" sets the line to %i', async (said, n) => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku }, quantity: { value: '3' } });
    await m.say('SelectIntent', { product: { value: said } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: soup.sku, quantity: n })]);
  });

  it('puts back the "one" a "{product} one" sample took from "oh no i meant one"', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku }, quantity: { value: '3' } });
    await m.say('SelectIntent', { product: { value: 'oh no i meant' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: soup.sku, quantity: 1 })]);
  });

  it.each([
    ['i want four of these not two', { [SlotName.Quantity]: { value: '4', id: '4' } }],
    ['i said two soups not three', { [SlotName.Quantity]: { value: '2', id: '2' }, [SlotName.Product]: { value: 'soups' } }],
  ])('reads "%s" as the count corrected', (said, slots) => {
    expect(countCorrected(said, 'en')).toEqual(slots);
  });

  it.each(['find two percent milk not whole', 'i want two not two', 'two of those please'])('reads no correction in "%s"', (said) => {
    expect(countCorrected(said, 'en')).toBeUndefined();
  });

  it('sets the named line when "i want two soups not one" comes as a search', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    const rice = named('Harbor Mills Jasmine Rice');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } });
    await m.say('AddToCartIntent', { product: { value: rice.name, id: rice.sku } });
    await m.say('SearchIntent', { query: { value: 'two tomato soups not one' } });
    expect(await linesOf(m)).toEqual(expect.arrayContaining([expect.objectContaining({ sku: soup.sku, quantity: 2 }), expect.objectContaining({ sku: rice.sku, quantity: 1 })]));
  });
});

describe('An add with a count and a container', () => {
  it('reads the count, and asks at least two where the words came as a search', () => {
    expect(countedAdd('two jars of the peanut butter please', 'en')).toEqual({ product: 'peanut butter', quantity: 'two' });
    expect(countedAdd('a bag of chips', 'en', 2)).toBeUndefined();
    expect(countedAdd('three cans of those', 'en')).toBeUndefined();
  });

  it('adds three for "i\'d like three cans of chicken noodle soup", heard as a search', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'three cans of chicken noodle soup' } });
    expect(reply.speech).toMatch(/Added 3/);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Cedar Point Chicken Noodle Soup').sku, quantity: 3 })]);
  });
});

describe('Reminders by the date', () => {
  it.each(['could you remind me to buy eggs tomorrow', 'set a reminder for milk on sunday', 'remind me next week to reorder the coffee'])(
    'reads "%s" as a reminder by the date',
    (said) => {
      expect(meaningOf(said, 'en')).toEqual({ intent: IntentName.NotifyMe, slots: { [SlotName.Query]: { value: DATED_REMINDER } } });
    },
  );

  it('says honestly that it keeps none, and adds nothing', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'please remind me to order more dog food on monday' } });
    expect(reply.speech).toMatch(/can't set a reminder for a day/);
    expect(reply.endSession).toBe(false);
    expect(await linesOf(m)).toEqual([]);
  });

  it('leaves "remind me what we bought last month" to the order history', () => {
    expect(meaningOf('remind me what we bought last month', 'en')?.intent).toBe(IntentName.OrderHistory);
  });
});

describe('A question heard behind another question', () => {
  it('answers "do you take refunds on broken stuff", heard as payment, with the returns policy', async () => {
    const m = memoryShop();
    const reply = await m.say('PaymentOptionsIntent', { query: { value: 'refunds on broken stuff' } });
    expect(reply.speech).toMatch(/return/i);
    expect(reply.speech).not.toMatch(/card saved/);
  });

  it('still answers "do you take mastercard" as payment', async () => {
    const m = memoryShop();
    const reply = await m.say('PaymentOptionsIntent', { query: { value: 'mastercard' } });
    expect(reply.speech).toMatch(/card/);
  });

  it('answers "give me a coupon or i go elsewhere", heard as a comparison, with the deals', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { product: { value: 'give me a coupon' }, secondProduct: { value: 'i go elsewhere' } });
    expect(reply.speech).not.toMatch(/couldn't find/);
    expect(reply.speech).toMatch(/deal|coupon|off/i);
  });

  it.each(['which pin i never made one', "i don't have a code", 'what code'])('reads "%s" as a question about the voice code', (said) => {
    expect(meaningOf(said, 'en')?.intent).toBe(IntentName.VoiceCodeInfo);
  });
});

describe('A search said with a question or a reason after the thing', () => {
  it.each([
    ['we ran out of paper towels what brands do you have', /Paper Towels/],
    ['peanut butter what kinds have you got', /Peanut Butter/],
    ['any jasmine ones my husband likes it', /Jasmine Rice/],
    ['you sell basmati rice yeah', /Basmati Rice/],
    ['the kids are hungry just tell me if you have peanut butter', /Peanut Butter/],
  ])('"%s" looks for the thing', async (said, found) => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: said } });
    expect(reply.speech).toMatch(found);
    expect(await linesOf(m)).toEqual([]);
  });
});

describe('Comparisons with the question around the names', () => {
  it('reads the question before the names: "which is cheaper the jasmine or the basmati rice"', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { product: { value: 'which is cheaper the jasmine' }, secondProduct: { value: 'basmati rice' } });
    expect(reply.speech).toMatch(/Golden Valley Basmati Rice is cheaper/);
  });

  it('reads the question after the names, and "their" as the other brand', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { product: { value: 'harbor mills jasmine rice' }, secondProduct: { value: 'their brown rice which one costs less' } });
    expect(reply.speech).toMatch(/Harbor Mills Brown Rice is cheaper/);
  });

  it('lets one word stand in for another of the other side ("creamy peanut butter or crunchy")', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { product: { value: 'golden valley creamy peanut butter' }, secondProduct: { value: 'crunchy' } });
    expect(reply.speech).toMatch(/Crunchy Peanut Butter/);
    expect(reply.speech).not.toMatch(/same product/);
  });
});

describe('Names and relative words in sentences', () => {
  it('reads the size for "could you tell me how big the jasmine rice is" and adds nothing', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'rice' } });
    const reply = await m.say('SelectIntent', { product: { value: 'could you tell me how big the bag of jasmine rice is' } });
    expect(reply.speech).toMatch(/5 lb/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('adds nothing for a complaint that says "wrong", and offers a person', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'rice' } });
    const reply = await m.say('SelectIntent', { product: { value: 'you always get my orders wrong this is so annoying' } });
    expect(await linesOf(m)).toEqual([]);
    expect(reply.speech).not.toMatch(/Added/);
  });

  it('still takes the big one from a list in "i\'ll have the big twelve roll pack"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'cozy home paper towels' } });
    await m.say('SelectIntent', { product: { value: "i'll have the big twelve roll pack" } });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual(['Cozy Home Paper Towels']);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Cozy Home Paper Towels', '12 rolls').sku })]);
  });

  it.each(['that box weigh', 'this bag hold', 'it cost'])('points "%s" at the product talked about', (said) => {
    expect(pointsAtFocus(said)).toBe(true);
  });
});

describe('The saved list and the cart, in words', () => {
  it('saves "the crunchy peanut butter on my wish less" for later, never in the cart', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'the golden valley crunchy peanut butter on my wish less' } });
    expect(reply.speech).toMatch(/later/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('checks out for "i want to buy everything in my basket", and charges nothing without a yes', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } });
    const reply = await m.say('SearchIntent', { query: { value: 'to buy everything in my basket' } });
    expect(reply.speech).not.toMatch(/You have 1 item/);
    expect((m.deps.payments as MemoryPaymentGateway).succeeded).toBe(0);
  });
});

describe('Two products in one breath, with their counts', () => {
  it('takes "a hundred and twenty of the juice boxes" as one number, over the limit: asked, nothing added', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'a hundred and twenty of the fruit punch juice boxes for the school trip' } });
    expect(reply.speech).toMatch(/1 to 99/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('never turns a count out of range into one, and never adds the other product instead', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'two bags of baby carrots and a hundred romaine hearts' } });
    expect(reply.speech).toMatch(/1 to 99/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('gives the count the model took to the first product ("a bag" of "baby carrots and the romaine hearts")', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { quantity: { value: 'two bags' }, product: { value: 'baby carrots and the romaine hearts' } });
    expect((await linesOf(m)).map((l) => [nameOf(l.sku), l.quantity])).toEqual([
      ['Fresh Harvest Baby Carrots', 2],
      ['Fresh Harvest Romaine Hearts', 1],
    ]);
  });

  it('adds one carton of twelve for "a dozen eggs and the oat milk"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'a dozen large brown eggs and the oak hollow oat milk' } });
    expect((await linesOf(m)).map((l) => [nameOf(l.sku), l.quantity])).toEqual([
      ['Sunny Acres Large Brown Eggs', 1],
      ['Oak Hollow Oat Milk', 1],
    ]);
  });
});

describe('A size said about the list just read', () => {
  it('adds the flour in the size said, never a product from elsewhere named by the container', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'flour' } });
    await m.say('AddToCartIntent', { product: { value: 'one of the five pound bags' } });
    const lines = await linesOf(m);
    expect(lines).toHaveLength(1);
    expect(nameOf(lines[0].sku)).toMatch(/Flour/);
    expect(DEMO_PRODUCTS.find((p) => p.sku === lines[0].sku)!.size).toMatch(/5 lb/);
  });

  it('keeps other words said to the name: "the five pound rice" after a list of flour picks no flour', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'flour' } });
    await m.say('AddToCartIntent', { product: { value: 'the five pound bag of rice' } });
    expect((await linesOf(m)).map((l) => nameOf(l.sku)).join()).not.toMatch(/Flour/);
  });
});

describe('Searches with a filter said in other words', () => {
  it('reads "without any perfume" as unscented', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'laundry detergent without any perfume in it' } });
    expect(reply.speech).toMatch(/Free and Clear/);
    expect(reply.speech).not.toMatch(/in it/);
  });

  it('never offers to add the one filtered match that is out of stock', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'dish soap with no scent' } });
    expect(reply.speech).toMatch(/out of stock/);
    expect(reply.speech).not.toMatch(/add it/);
    await m.say('YesIntent');
    expect(await linesOf(m)).toEqual([]);
  });

  it('sorts "what is the cheapest dish soap you have in stock", heard as a comparison of one', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { criterion: { value: 'cheapest dish soap you have in stock' } });
    expect(reply.speech).toMatch(/cheapest first/);
    expect(reply.speech).toMatch(/^In stock dish soap/);
  });
});

describe('Starting over and German removals', () => {
  it('empties the cart on "start over", and says so', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } });
    const reply = await m.say('StartOverIntent');
    expect(reply.speech).toMatch(/emptied your cart/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('greets as before when there is nothing to empty', async () => {
    const m = memoryShop();
    const reply = await m.say('StartOverIntent');
    expect(reply.speech).toMatch(/Welcome/);
  });

  it('removes "die suppe bitte wieder raus" and keeps the rest', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    const rice = named('Harbor Mills Jasmine Rice');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } }, { locale: 'de-DE' });
    await m.say('AddToCartIntent', { product: { value: rice.name, id: rice.sku } }, { locale: 'de-DE' });
    await m.say('SelectIntent', { product: { value: 'die tomatensuppe bitte wieder raus' } }, { locale: 'de-DE' });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual([rice.name]);
  });

  it('removes the lemonade for "die limonade", heard as the soda category', async () => {
    const m = memoryShop();
    const lemonade = named('Fresh Harvest Lemonade');
    const rice = named('Harbor Mills Jasmine Rice');
    await m.say('AddToCartIntent', { product: { value: lemonade.name, id: lemonade.sku } }, { locale: 'de-DE' });
    await m.say('AddToCartIntent', { product: { value: rice.name, id: rice.sku } }, { locale: 'de-DE' });
    await m.say('RemoveFromCartIntent', { product: { value: 'limonade', id: 'cat:soda' } }, { locale: 'de-DE' });
    expect((await linesOf(m)).map((l) => nameOf(l.sku))).toEqual([rice.name]);
  });
});

describe('Talk, pages, orders and the saved list, in other words', () => {
  it.each([
    ['are you my friend', IntentName.SmallTalk],
    ["gorgeous day out there isn't it", IntentName.SmallTalk],
    ['read me the rest of them', IntentName.MoreResults],
    ['why do you want digits when i order', IntentName.VoiceCodeInfo],
    ['what do other shoppers think of it', IntentName.Reviews],
    ['please deliver the next order to my office', IntentName.ChangeOrder],
    ['could we make a shopping list for the holidays', IntentName.ViewSavedList],
    ['how many rolls are in that pack', IntentName.ProductDetails],
  ])('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });

  it('reads "when are my paper towels turning up" as the status of the order with them', () => {
    expect(meaningOf('when are my paper towels turning up', 'en')).toEqual({ intent: IntentName.OrderStatus, slots: { [SlotName.Product]: { value: 'paper towels' } } });
  });

  it('reads a price asked after noise, and leaves "how much is delivery" to the delivery answer', () => {
    expect(meaningOf('and now the weather uh how much is the jasmine rice', 'en')).toEqual({
      intent: IntentName.ProductDetails,
      slots: { [SlotName.Product]: { value: 'jasmine rice' } },
    });
    expect(meaningOf('so how much is delivery', 'en')?.intent).toBe(IntentName.DeliveryInfo);
  });
});

describe('Counts said without a name', () => {
  it('adds "a couple of tins" of the soup just described', async () => {
    const m = memoryShop();
    await m.say('ProductDetailsIntent', { product: { value: 'cedar point tomato soup' } });
    await m.say('AddToCartIntent', { product: { value: 'a couple of tins in my basket' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Cedar Point Tomato Soup').sku, quantity: 2 })]);
  });

  it('asks which one for "a couple" after a list of several, and adds nothing', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'greek yogurt' } });
    const reply = await m.say('AddToCartIntent', { product: { value: 'a couple' } });
    expect(reply.speech).toMatch(/Which one/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('takes "the plain one i\'ll take two tubs" from the list, two of it', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'greek yogurt' } });
    await m.say('SelectIntent', { product: { value: "the plain one i'll take two tubs" } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Meadowbrook Plain Greek Yogurt').sku, quantity: 2 })]);
  });

  it('adds one more of the line talked about for "and another box of that", and two for "another two packets of those crisps"', async () => {
    const m = memoryShop();
    const chips = named('Riverbend Kettle Cooked Sea Salt Chips');
    const tea = named('Willow Lane Chamomile Tea');
    await m.say('AddToCartIntent', { product: { value: chips.name, id: chips.sku } });
    await m.say('AddToCartIntent', { product: { value: tea.name, id: tea.sku } });
    await m.say('SelectIntent', { product: { value: 'and another box of that' } });
    await m.say('AddMoreIntent', { product: { value: 'two packets of those crisps' } }, { locale: 'en-GB' });
    expect((await linesOf(m)).map((l) => [nameOf(l.sku), l.quantity])).toEqual([
      [chips.name, 3],
      [tea.name, 2],
    ]);
  });
});

describe('A need or an occasion, asked about in a sentence', () => {
  it.each([
    ['we are having tacos tonight what else do i need', /For tacos/],
    ["i've got an awful headache what have you got for that", /For pain/],
    ['what would be good for the kids lunchbox', /For lunch/],
    ['doing a full english on sunday what do i need', /For a fry-up/],
  ])('"%s" gets suggestions with their reason', async (said, reason) => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: said } });
    expect(reply.speech).toMatch(reason);
    expect(await linesOf(m)).toEqual([]);
  });

  it.each(['what kind of dog food have you got then', 'dog food what brands have you got'])('still searches for "%s"', async (said) => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: said } });
    expect(reply.speech).toMatch(/I found \d+ for dog food/);
  });

  it('still searches for "what cereal do you have"', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'what cereal do you have' } });
    expect(reply.speech).toMatch(/Cereal/);
    expect(reply.speech).not.toMatch(/^For /);
  });

  it('sorts "which bin bags have got the best reviews" by the stars', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'which trash bags have got the best reviews' } }, { locale: 'en-GB' });
    expect(reply.speech).toMatch(/best rated first/);
  });
});
