/**
 * Classes of phrasing found failing on the blind corpora blind-ab and blind-ac and on the German
 * lines of the older diagnosis corpora: a name that only sounds like a product, a budget said in
 * words, a question asked at the purchase question, a hesitant yes, German carriers and counts,
 * brand names said for the thing, praise, a loyalty scheme asked about, and a change or a
 * regret said right after an order. The phrasings are written for these tests as members of each
 * class; none is a corpus line.
 */
import { countedAdd } from '../../../src/core/flows/answers';
import { wordsNameProduct } from '../../../src/core/flows/products';
import { clearYes, meaningOf } from '../../../src/core/flows/understand';
import { IntentName } from '../../../src/core/intents';
import { enGB } from '../../../src/core/replies/en-GB';
import { enUS } from '../../../src/core/replies/en-US';
import { budgetAsLimit, parseSpokenQuery } from '../../../src/core/search/constraints';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import type { MemoryPaymentGateway } from '../../../src/infra/payment/memory';
import { memoryShop, SHOPPER } from '../../support/memory-shop';

const named = (name: string, size?: string) => DEMO_PRODUCTS.find((p) => p.name === name && (size === undefined || p.size === size))!;
const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];
const linked = { accessToken: `token:${SHOPPER.customerId}` };
const charges = (m: ReturnType<typeof memoryShop>) => (m.deps.payments as MemoryPaymentGateway).succeeded;

describe('A name that only sounds like a product', () => {
  it.each([
    ['kitten', 'Fresh Harvest Baby Carrots'],
    ['puppy', 'Fresh Harvest Baby Carrots'],
  ])('"%s" names nothing of %s', (said, name) => {
    expect(wordsNameProduct(said, named(name))).toBe(false);
  });

  it.each([
    ['bananna', 'Fresh Harvest Bananas'],
    ['sham poo', 'Tidewater Clarifying Shampoo'],
    ['the choc chip cookies', 'Maple Grove Chocolate Chip Cookies'],
    ['a box of tissues', 'Brightfield Facial Tissues'],
  ])('"%s" names %s', (said, name) => {
    expect(wordsNameProduct(said, named(name))).toBe(true);
  });

  it('offers the nearest product for "add a puppy", adds nothing, and adds it on a yes', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'puppy' } });
    expect(reply.speech).toMatch(/^I don't have puppy\. The nearest I found is .+\. Want that instead\?$/);
    expect(await linesOf(m)).toEqual([]);
    await m.say('YesIntent');
    expect(await linesOf(m)).toHaveLength(1);
  });

  it('adds a count of the one talked about for "a couple of those in there"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'bacon' } });
    await m.say('AddToCartIntent', { product: { value: 'a couple of those in there' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Pine Ridge Thick Cut Bacon').sku, quantity: 2 })]);
  });
});

describe('A budget said in words', () => {
  it.each([
    ['cereal but i dont wanna spend more than four bucks a box', 'en-US', 400],
    ['my budget is ten dollars', 'en-US', 1000],
    ['we can only spend about twenty dollars on coffee', 'en-US', 2000],
    ['katzenfutter aber ich will nicht mehr als zwanzig euro ausgeben', 'de-DE', 2000],
  ])('reads "%s" as a price limit', (said, locale, minor) => {
    const limited = budgetAsLimit(said, locale);
    expect(limited).toBeDefined();
    expect(parseSpokenQuery(limited!, locale).constraints.upTo).toBe(minor);
  });

  it.each(['i spent too much last week', 'my budget is tight'])('reads no limit in "%s"', (said) => {
    expect(budgetAsLimit(said, 'en-US')).toBeUndefined();
  });

  it('narrows a search by a budget said as a sentence', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: "cereal but i don't want to spend more than four dollars" } });
    expect(reply.speech).toMatch(/up to \$4\.00/);
    expect(reply.speech).not.toMatch(/\$4\.[1-9]\d/);
  });
});

describe('A question at the purchase question', () => {
  async function atPurchase() {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } }, linked);
    await m.say('CheckoutIntent', {}, linked);
    return m;
  }

  it.each([
    ['DeliveryInfoIntent', {}],
    ['SelectIntent', { product: { value: 'wait which card is this going on' } }],
    ['SelectIntent', { product: { value: 'will i need my voice code for this' } }],
  ] as const)('answers %s %j, asks again, and a yes then buys', async (intent, slots) => {
    const m = await atPurchase();
    const reply = await m.say(intent, slots, linked);
    expect(reply.speech).toMatch(/Should I place the order\?/);
    expect(charges(m)).toBe(0);
    const placed = await m.say('YesIntent', {}, linked);
    expect(placed.speech).toMatch(/is placed/);
    expect(charges(m)).toBe(1);
  });

  it('still drops the question for a request that changes the cart: a later yes buys nothing', async () => {
    const m = await atPurchase();
    await m.say('AddToCartIntent', { product: { value: 'bananas' } }, linked);
    await m.say('YesIntent', {}, linked);
    expect(charges(m)).toBe(0);
  });

  it.each(['i guess so yeah', 'yes i suppose so', 'yeah i think so'])('"%s" is a yes', (said) => {
    expect(clearYes(said, 'en')).toBe(true);
  });

  it.each(['i guess so', "i don't think so", 'yes i guess but wait'])('"%s" is not', (said) => {
    expect(clearYes(said, 'en')).toBe(false);
  });
});

describe('German carriers and counts', () => {
  it.each([
    ['zwei packungen pflaster von kindred', { product: 'pflaster von kindred', quantity: 'zwei' }],
    ['drei gläser von der erdbeermarmelade', { product: 'erdbeermarmelade', quantity: 'drei' }],
    ['zwei gläser davon', { product: 'es', quantity: 'zwei' }],
  ])('reads "%s" as a count of a product', (said, read) => {
    expect(countedAdd(said, 'de')).toEqual(read);
  });

  it('searches for "und habt ihr auch windeln" after a list, and adds nothing', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'feuchttücher' } }, { locale: 'de-DE' });
    const reply = await m.say('SelectIntent', { product: { value: 'und habt ihr auch windeln' } }, { locale: 'de-DE' });
    expect(reply.speech).toMatch(/Treffer für windeln/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('adds two more for "zwei dazu" and sets four for "ich brauche davon vier"', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } }, { locale: 'de-DE' });
    await m.say('AddMoreIntent', { quantity: { value: 'zwei dazu' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: soup.sku, quantity: 3 })]);
    await m.say('SelectIntent', { product: { value: 'ich brauche davon vier' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: soup.sku, quantity: 4 })]);
  });
});

describe('Words for things, praise and schemes', () => {
  it('puts brand names said for the thing into the catalog words, in American and British English', () => {
    expect(enUS.catalogQuery('a box of kleenex')).toBe('a box of tissues');
    expect(enUS.catalogQuery('tinfoil')).toBe('aluminum foil');
    expect(enGB.catalogQuery('some fizzy water')).toBe('some sparkling water');
    expect(enUS.catalogQuery('Paper Towels')).toBe('Paper Towels');
  });

  it('thanks for praise rather than answering a thank-you', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'you lot are brilliant the driver was so quick' } });
    expect(reply.speech).toMatch(/^Thank you/);
  });

  it('says there is no loyalty scheme before the deals', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'do you guys have a rewards card' } });
    expect(reply.speech).toMatch(/^We don't have a loyalty or points program\./);
  });

  it.each([
    ["what's the address for your store", IntentName.StoreLocation],
    ['my card is fine could someone help me please', IntentName.TalkToHuman],
    ['which email address have you got for me', IntentName.MyData],
    ['could we get the same as my last order', IntentName.Reorder],
  ])('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });
});

describe('Right after an order', () => {
  async function placed() {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    await m.say('AddToCartIntent', { product: { value: soup.name, id: soup.sku } }, linked);
    await m.say('CheckoutIntent', {}, linked);
    await m.say('YesIntent', {}, linked);
    expect(charges(m)).toBe(1);
    return m;
  }

  it('asks to cancel for "my daughter pressed yes by accident"', async () => {
    const m = await placed();
    const reply = await m.say('SelectIntent', { product: { value: 'my daughter pressed yes by accident' } }, linked);
    expect(reply.speech).toMatch(/^Cancel order/);
  });

  it('explains how to change the order for "can i switch it to three cans", and changes no cart', async () => {
    const m = await placed();
    const reply = await m.say('SelectIntent', { product: { value: 'can i switch it to three cans' } }, linked);
    expect(reply.speech).toMatch(/can't change a placed order/);
    expect(await linesOf(m)).toEqual([]);
  });
});

describe('Past orders, one after another', () => {
  it('reads the next older order for "and the one before that", and its total for "how much was that"', async () => {
    const m = memoryShop();
    const soup = named('Cedar Point Tomato Soup');
    const rice = named('Harbor Mills Jasmine Rice');
    await m.bought([[rice.sku, 1]], 20);
    await m.bought([[soup.sku, 2]], 3);
    await m.say('OrderHistoryIntent', {}, linked);
    const same = await m.say('SelectIntent', { product: { value: 'how much was that' } }, linked);
    expect(same.speech).toMatch(/^Your last order: .*Cedar Point Tomato Soup/);
    const older = await m.say('AddMoreIntent', { product: { value: 'one before that' } }, linked);
    expect(older.speech).toMatch(/^That order: .*Harbor Mills Jasmine Rice/);
    expect(await linesOf(m)).toEqual([]);
    const none = await m.say('SelectIntent', { product: { value: 'and the one before that' } }, linked);
    expect(none.speech).toMatch(/oldest of your 2 orders/);
  });

  it('reads the order before when the words reach no intent and come as the utterance', async () => {
    const m = memoryShop();
    await m.bought([[named('Harbor Mills Jasmine Rice').sku, 1]], 20);
    await m.bought([[named('Cedar Point Tomato Soup').sku, 2]], 3);
    await m.say('OrderHistoryIntent', {}, linked);
    const older = await m.say('FallbackIntent', {}, { ...linked, utterance: 'um okay so what about the one before that' });
    expect(older.speech).toMatch(/^That order: .*Harbor Mills Jasmine Rice/);
  });

  it('leaves "the one before that" alone when no past order was just read', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'and the one before that' } }, linked);
    expect(reply.speech).not.toMatch(/order:/);
  });
});

describe('Never an action from words that only hold it', () => {
  it('adds nothing for TV noise with a position in it after a list', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'coffee' } });
    await m.say('SelectIntent', { product: { value: "call now and we'll send you a second one absolutely free" } });
    expect(await linesOf(m)).toEqual([]);
  });

  it('adds the two named from the list for "add the vanilla one and the chocolate one", heard with the names as a position', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'ice cream' } });
    await m.say('AddToCartIntent', { ordinal: { value: 'vanilla one and the chocolate' } });
    expect((await linesOf(m)).map((l) => l.sku).sort()).toEqual([named('Maple Grove Vanilla Ice Cream').sku, named('Maple Grove Chocolate Ice Cream').sku].sort());
  });

  it('removes the oil the German words name, not the line added last', async () => {
    const m = memoryShop();
    const oil = named('Golden Valley Extra Virgin Olive Oil');
    const penne = named('Harbor Mills Penne');
    await m.say('AddToCartIntent', { product: { value: oil.name, id: oil.sku } }, { locale: 'de-DE' });
    await m.say('AddToCartIntent', { product: { value: penne.name, id: penne.sku } }, { locale: 'de-DE' });
    await m.say('SelectIntent', { product: { value: 'ach das öl brauch ich doch nicht' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: penne.sku })]);
  });

  it('reads a German number word of a hundred and more as the count: over the limit, nothing added', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'hundertzwanzig dosen tomatensuppe' } }, { locale: 'de-DE' });
    expect(reply.speech).toMatch(/1 bis 99/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('picks the organic one of the list for "nimm die bio", never a search for "bio"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'bananen' } }, { locale: 'de-DE' });
    await m.say('AddToCartIntent', { ordinal: { value: 'bio' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Sunny Acres Organic Bananas').sku })]);
  });
});

describe('More German requests by meaning', () => {
  it.each([
    ['was hab ich denn jetzt alles im warenkorb', IntentName.ViewCart],
    ['alles wieder raus aus dem korb', IntentName.ClearCart],
    ['dann bestellen wir das mal', IntentName.Checkout],
    ['kannst du meine letzte bestellung nochmal aufgeben', IntentName.Reorder],
    ['bei meiner letzten bestellung sollen die äpfel raus', IntentName.ChangeOrder],
    ['bis wann kann ich euch heute anrufen', IntentName.OpeningHours],
  ])('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'de')?.intent).toBe(intent);
  });
});

describe('A container said for more of the line talked about, and a line by its place', () => {
  it.each([
    ['en-US', 'AddMoreIntent', { product: { value: 'bag' } }],
    ['en-US', 'SelectIntent', { product: { value: 'and another bag' } }],
    ['de-DE', 'AddMoreIntent', { product: { value: 'staude' } }],
  ] as const)('%s %s %j adds one more of it, never a product called so', async (locale, intent, slots) => {
    const m = memoryShop();
    const chips = named('Sunny Acres Tortilla Chips');
    await m.say('AddToCartIntent', { product: { value: chips.name, id: chips.sku } }, { locale });
    await m.say(intent, slots, { locale });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: chips.sku, quantity: 2 })]);
  });

  it('removes "the first thing i added" by the cart\'s order, not the list last read', async () => {
    const m = memoryShop();
    const soap = named('Willow Lane Lavender Hand Soap');
    const sanitizer = named('Clearwater Hand Sanitizer');
    await m.say('AddToCartIntent', { product: { value: soap.name, id: soap.sku } });
    await m.say('AddToCartIntent', { product: { value: sanitizer.name, id: sanitizer.sku } });
    await m.say('SearchIntent', { query: { value: 'coffee' } });
    await m.say('RemoveFromCartIntent', { product: { value: 'the first thing i added' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: sanitizer.sku })]);
  });
});

describe('An occasion asked about in more words', () => {
  it('suggests for "friends over for a movie night what snacks should i grab", each with its reason', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'friends over for a movie night what snacks should i grab' } });
    expect(reply.speech).toMatch(/^For a party, try /);
  });

  it('suggests fruit for "was brauche ich für einen Obstsalat"', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'was brauche ich für einen obstsalat' } }, { locale: 'de-DE' });
    expect(reply.speech).toMatch(/^Für einen Obstsalat empfehle ich .*Fresh Harvest/);
  });
});

describe('A long word a recogniser split and a past purchase named in a sentence', () => {
  it('finds the parmesan for "parm a john": the consonants one apart, the sound three letters apart', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'parm a john' } });
    expect(reply.speech).toMatch(/Meadowbrook Grated Parmesan/);
  });

  it('reads "the milk i ordered last week again" as that product from the past orders', async () => {
    const m = memoryShop();
    const milk = named('Sunny Acres Whole Milk');
    await m.bought([[milk.sku, 2]], 7);
    const reply = await m.say('AddToCartIntent', { product: { value: 'milk i ordered last week again' } }, linked);
    expect(reply.speech).toMatch(/Sunny Acres Whole Milk/);
  });
});

describe('A filter with a reason after it, and a category sorted', () => {
  it('finds the sugar free sodas for "a soda without sugar my doctor says i have to cut it out"', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'a soda without sugar my doctor says i have to cut it out' } });
    expect(reply.speech).toMatch(/Diet Cola|Zero Sugar Cola/);
    expect(reply.speech).not.toMatch(/couldn't find/);
  });

  it('sorts every detergent of the category, not only those whose name says "laundry detergent"', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'cheapest laundry detergent' } });
    expect(reply.speech).toMatch(/cheapest first: Tidewater Sensitive Skin Detergent/);
    expect(reply.speech).not.toMatch(/Dryer Sheets/);
  });
});

describe('A slot that took only padding words', () => {
  it.each(['mal', 'doch bitte', 'just', 'um then'])('reads "%s" as the product talked about, not a search for it', async (said) => {
    const m = memoryShop();
    const chips = named('Sunny Acres Tortilla Chips');
    await m.say('AddToCartIntent', { product: { value: chips.name, id: chips.sku } });
    const reply = await m.say('SaveForLaterIntent', { product: { value: said } });
    expect(reply.speech).toMatch(/^I moved Sunny Acres Tortilla Chips from your cart to your list/);
    expect(await linesOf(m)).toEqual([]);
  });
});

describe('Two products compared in one breath', () => {
  it.each([
    [
      { product: { value: 'organic' }, secondProduct: { value: 'normal one' }, criterion: { value: 'butter much dearer' } },
      /Sunny Acres (?:Un)?[Ss]alted Butter is cheaper, at \$4\.79 against \$6\.99 for Meadowbrook Organic Salted Butter/,
    ],
    [
      { product: { value: 'cheddar' }, secondProduct: { value: 'shredded mozzarella' }, criterion: { value: 'cheaper' } },
      /^Sunny Acres Sharp Cheddar Cheese is cheaper, at \$3\.49 against \$5\.49/,
    ],
  ])('compares two products of one kind for %j', async (slots, expected) => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', slots);
    expect(reply.speech).toMatch(expected);
    expect(reply.speech).not.toMatch(/Fettuccine|Crackers|Milk/);
  });

  it("reads the criterion slot's leading words as the end of the first name", async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', {
      product: { value: 'maple grove', id: 'brand:maple-grove' },
      secondProduct: { value: 'sunny acres one' },
      criterion: { value: 'butter pricier' },
    });
    expect(reply.speech).toMatch(/^Maple Grove Irish Style Butter is cheaper, at \$4\.29 against \$4\.79 for Sunny Acres/);
  });

  it('compares "that" after a list with the first product read, and asks when nothing was talked about', async () => {
    const m = memoryShop();
    const lonely = await m.say('CompareIntent', { product: { value: 'that' }, secondProduct: { value: 'soy milk' } });
    expect(lonely.speech).toMatch(/^Compare Silver Creek Soy Milk with what\?/);
    const list = await m.say('SearchIntent', { query: { value: 'almond milk' } });
    const first = /: (.+?), half gallon/.exec(list.speech)![1];
    const reply = await m.say('CompareIntent', { product: { value: 'that' }, secondProduct: { value: 'soy milk' } });
    expect(reply.speech.startsWith(first)).toBe(true);
    expect(reply.speech).toMatch(/Silver Creek Soy Milk/);
  });
});

describe('A name said for the list just read', () => {
  it('reads "the golden valley one" as the first of the list that has the words', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'honey' } });
    const reply = await m.say('ProductDetailsIntent', { ordinal: { value: 'golden valley' } });
    expect(reply.speech).toMatch(/^Golden Valley Honey by Golden Valley, 24 oz, costs \$8\.49/);
  });

  it('picks "the lemon one" further down the list when the page has none, never the fruit', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'dish soap' } }, { locale: 'en-GB' });
    const reply = await m.say('SelectIntent', { product: { value: 'lemon', id: named('Fresh Harvest Lemons').sku } }, { locale: 'en-GB' });
    expect(reply.speech).toMatch(/Clearwater Dish Soap Lemon/);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Clearwater Dish Soap Lemon').sku })]);
  });
});

describe('Food words mean food for people unless an animal is named', () => {
  it.each([
    ['salmon', 'Meadowbrook Atlantic Salmon Fillets'],
    ['beef', 'Pine Ridge Ground Beef 80/20'],
  ])('"%s" reads %s first, and the pet food after it', async (query, first) => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: query } });
    expect(reply.speech).toMatch(new RegExp(`^I found \\d+ for ${query}: ${first}`));
  });

  it('reads the cat food first when a cat is named', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'salmon cat food' } });
    expect(reply.speech).toMatch(/Whiskerwood Salmon Wet Cat Food/);
    expect(reply.speech).not.toMatch(/Fillets/);
  });
});

describe('A superlative asked over a search list', () => {
  it.each([
    [
      'SelectIntent',
      { product: { value: "which one's the cheapest" } },
      /^Of (?:those|the) \d+(?: in stock)?, Harbor Mills Elbow Macaroni is the cheapest, at \$1\.49; next is Harbor Mills Penne, at \$1\.59\./,
    ],
    [
      'CompareIntent',
      { criterion: { value: 'the best reviews', id: 'better-rated' } },
      /^Of (?:those|the) \d+(?: in stock)?, .+ is the best rated, with [\d.]+ stars; next is .+, with [\d.]+\./,
    ],
  ] as const)('%s %j weighs every product the search found', async (intent, slots, expected) => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'pasta' } });
    const reply = await m.say(intent, slots);
    expect(reply.speech).toMatch(expected);
  });

  it('still weighs only the two just compared for "which is cheaper"', async () => {
    const m = memoryShop();
    await m.say('CompareIntent', { product: { value: 'jasmine rice' }, secondProduct: { value: 'basmati rice' } });
    const reply = await m.say('CompareIntent', { criterion: { value: 'cheaper', id: 'cheaper' } });
    expect(reply.speech).toMatch(/^Harbor Mills Jasmine Rice is cheaper|^Golden Valley Basmati Rice is cheaper/);
    expect(reply.speech).not.toMatch(/Of those/);
  });
});

describe('What the thing asked about should be, said after "which … is"', () => {
  it.each([
    ['en-US', 'which milk is lactose free', /Lactose Free 2% Milk/, /Sunny Acres Whole Milk/],
    ['de-DE', 'welches shampoo ist am besten bewertet', /die bestbewerteten zuerst: Willow Lane 2 in 1 Shampoo/, /nicht verstanden/],
    ['de-DE', 'welche eier sind bio', /Meadowbrook Organic Free Range Eggs/, /Brown Eggs/],
  ])('%s "%s"', async (locale, said, expected, never) => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: said } }, { locale });
    expect(reply.speech).toMatch(expected);
    expect(reply.speech).not.toMatch(never);
  });
});

describe('Words a recogniser hands over for numbers and attribute words', () => {
  it.each([
    ['diapers under dirty dollars', 3000],
    ['organic eggs under ate dollars', 800],
    ['shampoo under for bucks', 400],
  ])('"%s" has a price ceiling of %d cents', (said, cents) => {
    expect(parseSpokenQuery(said, 'en-US').constraints.below).toBe(cents);
  });

  it('keeps "for" and "to" as words away from a currency', () => {
    const { constraints } = parseSpokenQuery('coffee for two', 'en-US');
    expect([constraints.below, constraints.upTo]).toEqual([undefined, undefined]);
  });

  it.each([
    ['d caf tea', 'decaf'],
    ['vee gun yogurt', 'vegan'],
    ['organik eggs', 'organic'],
  ])('"%s" asks for %s', (said, attribute) => {
    expect(parseSpokenQuery(said, 'en-US').constraints.attributes).toEqual([attribute]);
  });

  it.each(['bagel', 'the tea bags', 'vegetables', 'dark roast'])('"%s" asks for no attribute', (said) => {
    expect(parseSpokenQuery(said, 'en-US').constraints.attributes).toEqual([]);
  });
});

describe('The cheapest one can buy', () => {
  it('weighs only what is in stock when at least two are, and says so', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'toilet paper' } });
    const reply = await m.say('CompareIntent', { criterion: { value: 'least expensive', id: 'cheaper' } });
    expect(reply.speech).toMatch(/^Of the \d+ in stock, Cozy Home Toilet Paper is the cheapest, at \$10\.99/);
    expect(reply.speech).not.toMatch(/Septic Safe/);
  });
});

describe('A substance asked about: the attribute the other way round', () => {
  it.each([
    ['en-US', 'find chamomile tea', 'does that one have caffeine', /^No, Willow Lane Chamomile Tea is decaf\./],
    ['en-US', 'find silver creek sparkling water lime', 'and does it have any sugar', /^No, Silver Creek Sparkling Water Lime is sugar free\./],
    ['en-US', 'find sourdough bread', 'is there gluten in it', /^Harbor Mills Sourdough Bread isn't labeled gluten free, so it may have some\./],
    ['de-DE', 'finde kamillentee', 'hat das koffein', /^Nein, Willow Lane Chamomile Tea ist entkoffeiniert\./],
  ])('%s after "%s": "%s"', async (locale, search, said, expected) => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: search.replace(/^(?:find|finde) /, '') } }, { locale });
    await m.say('SelectIntent', { ordinal: { value: '1', id: '1' } }, { locale });
    const reply = await m.say('SelectIntent', { product: { value: said } }, { locale });
    expect(reply.speech).toMatch(expected);
  });

  it("reads the substance from what was said when the slot holds the entity's value, as Dialogflow sends it", async () => {
    const m = memoryShop();
    const tea = named('Willow Lane Chamomile Tea');
    await m.say('ProductDetailsIntent', { product: { value: tea.name, id: tea.sku } });
    const reply = await m.say('ProductQuestionIntent', { attribute: { value: 'decaf', id: 'decaf' } }, { utterance: 'does it have caffeine' });
    expect(reply.speech).toMatch(/^No, Willow Lane Chamomile Tea is decaf\./);
    const plain = await m.say('ProductQuestionIntent', { attribute: { value: 'decaf', id: 'decaf' } }, { utterance: 'is it decaf' });
    expect(plain.speech).toMatch(/^Yes, Willow Lane Chamomile Tea is decaf\./);
  });
});

describe('What a product should be free of, said with a negation', () => {
  it.each([
    ['soda but nothing with sugar in it', 'en-US', 'soda', 'sugar-free'],
    ["detergent that doesn't have a scent", 'en-US', 'detergent', 'unscented'],
    ['limo aber nichts mit zucker', 'de-DE', 'limo', 'sugar-free'],
  ])('"%s" (%s) is %s, %s', (said, locale, query, attribute) => {
    const parsed = parseSpokenQuery(said, locale);
    expect(parsed.query).toBe(query);
    expect(parsed.constraints.attributes).toEqual([attribute]);
  });

  it('filters the list just read for "which of those doesn\'t have a scent"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'laundry detergent' } });
    const reply = await m.say('SelectIntent', { product: { value: "which of those doesn't have a scent" } });
    expect(reply.speech).toMatch(/Clearwater Laundry Detergent Free and Clear/);
    expect(reply.speech).not.toMatch(/Fresh Scent/);
  });
});

describe('Cart edits said with a reason, together, or by how many is enough', () => {
  const setUp = async (m: ReturnType<typeof memoryShop>, names: string[], quantity = 1) => {
    for (const name of names) await m.say('AddToCartIntent', { product: { value: name, id: named(name).sku }, quantity: { value: String(quantity) } });
  };

  it.each(['the spinach anymore my neighbor gave me a whole bag from her garden', "the spinach i've got plenty"])('removes "%s" by the name before the reason', async (said) => {
    const m = memoryShop();
    await setUp(m, ['Fresh Harvest Baby Spinach', 'Fresh Harvest Romaine Hearts']);
    await m.say('RemoveFromCartIntent', { product: { value: said } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Fresh Harvest Romaine Hearts').sku })]);
  });

  it('removes two lines named together', async () => {
    const m = memoryShop();
    await setUp(m, ['Maple Grove Oatmeal Raisin Cookies', 'Cedar Point Plain Bagels', 'Sunny Acres Apple Juice']);
    const reply = await m.say('RemoveFromCartIntent', { product: { value: 'cookies and the juice' } });
    expect(reply.speech).toMatch(/^Removed Maple Grove Oatmeal Raisin Cookies and Sunny Acres Apple Juice from your cart\./);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Cedar Point Plain Bagels').sku })]);
  });

  it.each([
    ['SetQuantityIntent', { product: { value: 'em' }, quantity: { value: '2' } }, 2],
    ['SelectIntent', { product: { value: "hmm that's too many two is enough" } }, 2],
    ['SelectIntent', { product: { value: 'just one of them will do' } }, 1],
    ['SelectIntent', { product: { value: 'change the quantity to tree' } }, 3],
  ] as const)('%s %j sets the line talked about to %d', async (intent, slots, quantity) => {
    const m = memoryShop();
    await setUp(m, ['Golden Valley Cheddar Crackers'], 4);
    await m.say(intent, slots);
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named('Golden Valley Cheddar Crackers').sku, quantity })]);
  });

  it('sets "only one string cheese please" on that line, and adds nothing new', async () => {
    const m = memoryShop();
    await setUp(m, ['Meadowbrook String Cheese'], 3);
    await setUp(m, ['Golden Valley Cheddar Crackers'], 2);
    await m.say('SelectIntent', { product: { value: 'only one string cheese please' } });
    expect(await linesOf(m)).toEqual([
      expect.objectContaining({ sku: named('Meadowbrook String Cheese').sku, quantity: 1 }),
      expect.objectContaining({ sku: named('Golden Valley Cheddar Crackers').sku, quantity: 2 }),
    ]);
  });
});

describe('Never an add the words did not ask for', () => {
  it('saves "the vanilla extract to my which list" for later, not in the cart', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'vanilla extract to my which list' } });
    expect(reply.speech).toMatch(/^Saved Golden Valley Pure Vanilla Extract for later/);
    expect(await linesOf(m)).toEqual([]);
  });

  it.each([
    [[], 'eggs to the order from yesterday'],
    [['OrderStatusIntent'], 'eggs to it'],
  ] as const)('after %j, "add %s" explains that a placed order cannot change, and adds nothing', async (before, said) => {
    const m = memoryShop();
    await m.bought([[named('Sunny Acres Whole Milk').sku, 1]], 0);
    for (const intent of before as readonly string[]) await m.say(intent as IntentName, {}, linked);
    const reply = await m.say('AddToCartIntent', { product: { value: said } }, linked);
    expect(reply.speech).toMatch(/can't change a placed order/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('reads "what do other people think of it" as the reviews of the one talked about, never "the other one"', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'cat litter' } });
    const reply = await m.say('SelectIntent', { product: { value: 'what do other people think of it' } });
    expect(reply.speech).toMatch(/^Whiskerwood Clumping Cat Litter has 4\.9 stars/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('reads "cheapest bin bags you\'ve got" after paper towels as a sorted search, never a pick of the page', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'paper towels' } }, { locale: 'en-GB' });
    const reply = await m.say('SelectIntent', { product: { value: "cheapest bin bags you've got" } }, { locale: 'en-GB' });
    expect(reply.speech).toMatch(/^Bin bags, cheapest first: Cozy Home Small Trash Bags/);
    expect(await linesOf(m)).toEqual([]);
    const picked = await m.say('SelectIntent', { product: { value: "i'll take the big one then" } }, { locale: 'en-GB' });
    expect(picked.speech).toMatch(/added 1 /);
  });

  it('reads "are the reviews any good on that one" as the reviews', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'cat litter' } });
    const reply = await m.say('ProductQuestionIntent', { product: { value: 'reviews' }, attribute: { value: 'any good on that one' } });
    expect(reply.speech).toMatch(/^Whiskerwood Clumping Cat Litter has 4\.9 stars/);
  });
});

describe('More everyday ways to pick, add, pay and leave', () => {
  it.each([
    ['en-US', 'coffee pods', "i'll go with the hazelnut ones", 'Golden Valley Hazelnut Coffee Pods'],
    ['de-DE', 'bananen', 'die bio bananen bitte in den korb', 'Sunny Acres Organic Bananas'],
    ['de-DE', 'obst', 'zwei äpfel in den korb bitte', 'Fresh Harvest Honeycrisp Apples'],
  ])('%s after a search for %s: "%s" adds %s', async (locale, query, said, name) => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: query } }, { locale });
    await m.say('SelectIntent', { product: { value: said } }, { locale });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named(name).sku })]);
  });

  it('reads "apples" as the fruit, not the dish soap with an apple scent', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'apples' } });
    expect(reply.speech).toMatch(/^I found \d+ for apples\. Here are the top 3: Fresh Harvest Honeycrisp Apples/);
  });

  it.each([
    ["i'd like to pay for my basket now please", 'en-GB', /^From Corner Shop: .*total/],
    // (no orders in this shop, so no "bought together": something else, never the chips themselves)
    ['what goes good with tortilla chips', 'en-US', /^I'd suggest (?!Sunny Acres Tortilla Chips)/],
    ['having folks over for a cookout saturday what should i grab', 'en-US', /^For a party, try /],
    ['operator operator', 'en-US', /talk to a person at/],
    ['that will be it for today', 'en-US', /^Goodbye/],
  ])('"%s" (%s)', async (said, locale, expected) => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'Maple Grove Oatmeal Raisin Cookies', id: named('Maple Grove Oatmeal Raisin Cookies').sku } }, { locale });
    const reply = await m.say('SelectIntent', { product: { value: said } }, { locale, ...linked });
    expect(reply.speech).toMatch(expected);
  });

  it('reads a yes with thanks after it as a yes', () => {
    expect(clearYes('yes please go ahead and place it thank you so much', 'en', 'purchase')).toBe(true);
    expect(clearYes('thank you so much', 'en', 'purchase')).toBe(false);
  });
});

describe('Past orders asked for again in more words', () => {
  it.each([
    ['can i have my last shop again', 'en-GB'],
    ['just get me what i bought last time', 'en-US'],
  ])('"%s" quotes the last order again, and charges nothing yet', async (said, locale) => {
    const m = memoryShop();
    await m.bought([[named('Harbor Mills Jasmine Rice').sku, 2]], 3);
    const reply = await m.say('SelectIntent', { product: { value: said } }, { locale, ...linked });
    expect(reply.speech).toMatch(/^From Corner Shop: 2 Harbor Mills Jasmine Rice\./);
    expect(charges(m)).toBe(0);
  });

  it('reads "the one i usually get" after a search as that kind from the past orders', async () => {
    const m = memoryShop();
    await m.bought([[named('Sunny Acres Whole Milk').sku, 2]], 3);
    await m.say('SearchIntent', { query: { value: 'milk' } }, linked);
    const reply = await m.say('ReorderIntent', { product: { value: 'the one i usually get' } }, linked);
    expect(reply.speech).toMatch(/^From Corner Shop: 2 Sunny Acres Whole Milk\./);
  });
});

describe('A product asked about with its name first, or its price asked "on" it', () => {
  it.each([
    ['batteries', 'SelectIntent', { ordinal: { value: 'd ones how many come in a pack' } }, /^Northstar D Batteries by Northstar, 4 pack/],
    ['tea', 'SelectIntent', { product: { value: 'how many tea bags come in the golden valley black tea' } }, /^Golden Valley Black Tea by Golden Valley, 100 bags/],
    [
      'light bulbs',
      'SearchIntent',
      { query: { value: 'price on the everglow hundred watt bulbs' } },
      /^Everglow LED Light Bulbs 100 Watt Equivalent by Everglow, 2 pack, costs \$9\.99/,
    ],
    ['bacon', 'ProductDetailsIntent', { product: { value: 'a pack weigh' } }, /^Pine Ridge Thick Cut Bacon by Pine Ridge, 16 oz/],
  ] as const)('after "%s": %s %j', async (query, intent, slots, expected) => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: query } });
    const reply = await m.say(intent, slots);
    expect(reply.speech).toMatch(expected);
  });
});

describe('Looked for in more words, and never a brand for a thing', () => {
  it.each([
    ['hmm what kinds of bagels are there', /Cedar Point Plain Bagels/],
    ['hi um my grandson said i can order things on here do you have that greek yogurt', /Greek Yogurt/],
    ['yo you got hot dogs too', /^I found \d+ for hot dogs\. Here are the top 3: Meadowbrook Hot Dogs/],
    ['please i am searching shampoo for the children', /Tidewater Kids Tear Free Shampoo/],
  ])('"%s"', async (said, expected) => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: said } });
    expect(reply.speech).toMatch(expected);
  });

  it('says "maple syrup" is not carried rather than reading Maple Grove pasta, and suggests no brand word', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'maple syrup' } });
    expect(reply.speech).toMatch(/^I couldn't find anything for maple syrup\./);
    expect(reply.speech).not.toMatch(/Maple Grove|like "maple"/);
  });

  it.each(['golden valley hunny', 'maple grove butter', 'brightfield towels'])('still finds "%s" through its other words', async (query) => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: query } });
    expect(reply.speech).toMatch(/^I found \d+ for/);
  });

  it('reads "mac and cheese" as the macaroni and cheese, to take out of the cart', async () => {
    const m = memoryShop();
    const mac = named('Cedar Point Macaroni and Cheese');
    await m.say('AddToCartIntent', { product: { value: mac.name, id: mac.sku }, quantity: { value: '4' } });
    await m.say('RemoveFromCartIntent', { product: { value: 'two of the mac and cheese' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: mac.sku, quantity: 2 })]);
  });
});

describe('A comparison with its question after both names, or a degree before it', () => {
  it.each([
    [{ product: { value: 'is the cheddar' }, secondProduct: { value: 'shredded mozzarella cheaper' } }, /^Sunny Acres Sharp Cheddar Cheese is cheaper, at \$3\.49/],
    [
      { product: { value: 'organic butter much' }, secondProduct: { value: 'normal one' }, criterion: { value: 'dearer' } },
      /is cheaper, at \$4\.79 against \$6\.99 for Meadowbrook Organic Salted Butter/,
    ],
    [
      { product: { value: 'salmon' }, secondProduct: { value: 'chicken breasts which one costs more' } },
      /^Pine Ridge Boneless Chicken Breasts is cheaper, at \$10\.99 against \$11\.99 for Meadowbrook Atlantic Salmon Fillets/,
    ],
  ])('%j', async (slots, expected) => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', slots);
    expect(reply.speech).toMatch(expected);
  });
});

describe('Words a recogniser writes for a count, a size or a thing', () => {
  it.each([
    ['add for cans of clam chowder', 'Harbor Mills Clam Chowder', 4],
    ['get to bags of the gala apples', 'Fresh Harvest Gala Apples', 2],
  ])('"%s" adds %s, %d', async (said, name, quantity) => {
    const m = memoryShop();
    await m.say('SelectIntent', { product: { value: said } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: named(name).sku, quantity })]);
  });

  it.each([
    ['little sprout diapers size fife', /^I found \d+ for .*Little Sprout Diapers Size 5/],
    ['serial for the kids', /Cereal/],
    ['chicken breath', /Pine Ridge Boneless Chicken Breasts/],
  ])('"%s" is looked for as meant', async (query, expected) => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: query } });
    expect(reply.speech).toMatch(expected);
  });
});

describe('Past orders and the cart, asked for in other words', () => {
  it.each(['what was in my order before the last one', 'what did my second to last order cost'])('"%s" reads the order before the newest', async (said) => {
    const m = memoryShop();
    await m.bought([[named('Harbor Mills Jasmine Rice').sku, 1]], 20);
    await m.bought([[named('Cedar Point Tomato Soup').sku, 2]], 3);
    const reply = await m.say('SelectIntent', { product: { value: said } }, linked);
    expect(reply.speech).toMatch(/^That order: .*Harbor Mills Jasmine Rice/);
  });

  it('reads "go back to my cart" as the cart', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'Golden Valley Corn Flakes', id: named('Golden Valley Corn Flakes').sku } });
    const reply = await m.say('SelectIntent', { product: { value: 'go back to my cart' } });
    expect(reply.speech).toMatch(/^You have 1 item: 1 Golden Valley Corn Flakes/);
  });

  it('compares "die braunen eier oder die weißen" as the brown and the white eggs', async () => {
    const m = memoryShop();
    const reply = await m.say(
      'CompareIntent',
      { product: { value: 'braunen eier' }, secondProduct: { value: 'weißen' }, criterion: { value: 'billiger', id: 'cheaper' } },
      { locale: 'de-DE' },
    );
    expect(reply.speech).toMatch(/^Sunny Acres Large White Eggs ist günstiger: 3,49\s\$, Sunny Acres Large Brown Eggs kostet 4,29\s\$/);
  });

  it('reads "worth buying or nah" as the rating of the one talked about', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'harbor mills recycled paper towels' } });
    const reply = await m.say('CompareIntent', { product: { value: 'worth buying' }, secondProduct: { value: 'nah' } });
    expect(reply.speech).toMatch(/^Harbor Mills Recycled Paper Towels has 3\.7 stars/);
  });
});

describe('Who a thing is for narrows it, and a question after a name stays a question', () => {
  it('reads "mac n cheese for the kids" without the kids\' yogurt', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'mac n cheese for the kids' } });
    expect(reply.speech).toMatch(/Cedar Point Macaroni and Cheese/);
    expect(reply.speech).not.toMatch(/Yogurt|Toothpaste|Shampoo/);
  });

  it('still reads the kids\' shampoo first for "shampoo for the children"', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'shampoo for the children' } });
    expect(reply.speech).toMatch(/Here are the top 3: Tidewater Kids Tear Free Shampoo/);
  });

  it('compares "greek yogurt plain versus vanilla which one gets better ratings" by the stars', async () => {
    const m = memoryShop();
    const reply = await m.say('CompareIntent', { product: { value: 'greek yogurt plain' }, secondProduct: { value: 'vanilla which one gets better ratings' } });
    expect(reply.speech).toMatch(/^Meadowbrook Plain Greek Yogurt is better rated, with 4\.8 stars/);
  });
});
