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
      /^Of those \d+, Harbor Mills Elbow Macaroni is the cheapest, at \$1\.49; next is Harbor Mills Penne, at \$1\.59\./,
    ],
    ['CompareIntent', { criterion: { value: 'the best reviews', id: 'better-rated' } }, /^Of those \d+, .+ is the best rated, with [\d.]+ stars; next is .+, with [\d.]+\./],
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
