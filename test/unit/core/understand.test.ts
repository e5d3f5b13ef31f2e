/**
 * Free words read by meaning (src/core/flows/understand.ts): what no model intent took, on the
 * in-memory shop. The phrasings here are written for these tests as members of each class; none is
 * a corpus line.
 */
import { IntentName } from '../../../src/core/intents';
import { clearNo, clearYes, meaningOf } from '../../../src/core/flows/understand';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop, SHOPPER } from '../../support/memory-shop';
import { BUYER, cheap, moneyShop } from '../../support/money-shop';

const linked = { accessToken: `token:${SHOPPER.customerId}` };

describe('meaningOf', () => {
  const en: Array<[string, IntentName]> = [
    ['could i chat with an actual human', IntentName.TalkToHuman],
    ['put me through to customer support', IntentName.TalkToHuman],
    ['when does your support line open in the morning', IntentName.OpeningHours],
    ['clear out the whole basket', IntentName.ClearCart],
    ['get rid of everything', IntentName.ClearCart],
    ["what've i got so far", IntentName.ViewCart],
    ['read me my card', IntentName.ViewCart],
    ['please undo my last order', IntentName.CancelOrder],
    ['has my parcel been shipped yet', IntentName.OrderStatus],
    ['when will the shampoo get here', IntentName.OrderStatus],
    ['i would like to send back the yogurt', IntentName.ReturnItem],
    ['order the same thing again', IntentName.Reorder],
    ['what have we bought recently', IntentName.OrderHistory],
    ['is shipping free on big orders', IntentName.DeliveryInfo],
    ["i'm ready to pay", IntentName.Checkout],
    ['submit my odor', IntentName.Checkout],
    ['got any bargains this week', IntentName.Deals],
    ['keep that one for later', IntentName.SaveForLater],
    ['give me a shout once it is restocked', IntentName.NotifyMe],
    ['what can i ask you', IntentName.Help],
    ["okay i'm all set bye", IntentName.Stop],
    ['cheers mate', IntentName.Thanks],
    ['could i collect my order from you', IntentName.StoreLocation],
    ['where exactly are you based', IntentName.StoreLocation],
    ['which address do you have for me', IntentName.MyData],
    ['why is there a pin on my orders', IntentName.VoiceCodeInfo],
    ['tell me the next few', IntentName.MoreResults],
    ['wheres my package', IntentName.OrderStatus],
    ['scrap the lot', IntentName.ClearCart],
    ['could i put bread in the order i made this morning', IntentName.ChangeOrder],
    ['get me the same groceries', IntentName.Reorder],
  ];
  it.each(en)('reads "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'en')?.intent).toBe(intent);
  });

  const de: Array<[string, IntentName]> = [
    ['ich möchte mit einem echten menschen sprechen', IntentName.TalkToHuman],
    ['mach mal den warenkorb leer', IntentName.ClearCart],
    ['was liegt in meinem warenkorb', IntentName.ViewCart],
    ['die bestellung bitte stornieren', IntentName.CancelOrder],
    ['wo bleibt meine lieferung', IntentName.OrderStatus],
    ['habt ihr diese woche rabatte', IntentName.Deals],
    ['ich will jetzt bezahlen', IntentName.Checkout],
    ['danke schön', IntentName.Thanks],
  ];
  it.each(de)('reads German "%s" as %s', (said, intent) => {
    expect(meaningOf(said, 'de')?.intent).toBe(intent);
  });

  it.each(['paper towels', 'reduced fat milk', 'special k', 'orange juice', 'spargel', 'the blue one'])('leaves a product name alone: "%s"', (said) => {
    const lang = said === 'spargel' ? 'de' : 'en';
    expect(meaningOf(said, lang)).toBeUndefined();
  });

  it('takes the product out of an order question', () => {
    expect(meaningOf('did my dish soap come yet', 'en')).toEqual({ intent: IntentName.OrderStatus, slots: { product: { value: 'dish soap' } } });
    expect(meaningOf('when did we last order oat milk', 'en')).toEqual({ intent: IntentName.OrderHistory, slots: { product: { value: 'oat milk' } } });
    expect(meaningOf('cancel the shampoo order', 'en')).toEqual({ intent: IntentName.CancelOrder, slots: { product: { value: 'shampoo' } } });
  });

  it('reads a payment question as one, not as a checkout', () => {
    expect(meaningOf('can i pay with a gift card', 'en')?.intent).toBe(IntentName.PaymentOptions);
  });
});

describe('clearYes and clearNo at a yes/no question', () => {
  it.each(['yeah do it', 'sure thing go ahead', 'okay place it', 'yes please confirm the order', 'uh huh', 'absolutely'])('"%s" is a clear yes', (said) => {
    expect(clearYes(said, 'en')).toBe(true);
  });
  it.each(['yes but wait', 'sure no', 'please', 'yes add milk', 'maybe', 'okay what is the total', 'yeah hold on'])('"%s" is not a clear yes', (said) => {
    expect(clearYes(said, 'en')).toBe(false);
  });
  it.each(['ja genau bestellen', 'klar mach das', 'jawohl'])('German "%s" is a clear yes', (said) => {
    expect(clearYes(said, 'de')).toBe(true);
  });
  it.each(['ja aber warte', 'nein danke', 'vielleicht'])('German "%s" is not a clear yes', (said) => {
    expect(clearYes(said, 'de')).toBe(false);
  });
  it.each(['nah not today', "don't order it", 'no no no'])('"%s" is a clear no', (said) => {
    expect(clearNo(said, 'en')).toBe(true);
  });
});

describe('Free words in a conversation', () => {
  it('places the order on a worded yes to the purchase question, once', async () => {
    const m = moneyShop();
    await m.atQuestion(cheap.sku, 2);
    const reply = await m.say('SelectIntent', { product: { value: 'yeah go ahead and place it' } });
    expect(reply.speech).toMatch(/is placed/);
    expect(m.payments.succeeded).toBe(1);
  });

  it('asks again, and charges nothing, when the words are neither yes nor no', async () => {
    const m = moneyShop();
    await m.atQuestion(cheap.sku, 2);
    const reply = await m.say('SelectIntent', { product: { value: 'hmm maybe the blue one' } });
    expect(reply.speech).toMatch(/yes or no/i);
    expect(m.payments.succeeded).toBe(0);
    // the question is still open
    expect((await m.say('YesIntent')).speech).toMatch(/is placed/);
    expect(m.payments.succeeded).toBe(1);
  });

  it('drops the purchase question on a worded no, and charges nothing', async () => {
    const m = moneyShop();
    await m.atQuestion(cheap.sku, 2);
    const reply = await m.say('SelectIntent', { product: { value: 'nah not right now' } });
    expect(reply.speech).not.toMatch(/is placed/);
    expect((await m.say('YesIntent')).speech).not.toMatch(/is placed/);
    expect(m.payments.succeeded).toBe(0);
    expect(BUYER.customerId).toBeTruthy();
  });

  it('gives the support number when a search was really a request for a person', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'somebody from customer support' } });
    expect(reply.speech).toMatch(/1-800-555-0199|800.555.0199/);
  });

  it('looks for the thing a child asks for and never adds it', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'daddy can we get a trampoline' } });
    expect(reply.speech).toMatch(/trampoline/);
    expect((await m.deps.carts.get('alexa:unit-user'))?.lines ?? []).toEqual([]);
  });

  it('says sorry and offers a person for a complaint about a delivery', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'the eggs came smashed this time' } });
    expect(reply.speech).toMatch(/sorry to hear/i);
    expect(reply.speech).toMatch(/800.555.0199/);
  });

  it('adds the product from past orders for "the … I got last time"', async () => {
    const m = memoryShop();
    const towels = DEMO_PRODUCTS.filter((p) => p.inStock && /paper towels/i.test(p.name));
    const bought = towels[towels.length - 1];
    await m.bought([[bought.sku, 1]], 10);
    await m.say('AddToCartIntent', { product: { value: 'paper towels i got last time' } }, linked);
    const cart = await m.deps.carts.get('alexa:unit-user');
    expect(cart?.lines).toEqual([expect.objectContaining({ sku: bought.sku, quantity: 1 })]);
  });

  it('says when a product was last bought', async () => {
    const m = memoryShop();
    const soap = DEMO_PRODUCTS.find((p) => p.inStock && /dish soap/i.test(p.name))!;
    await m.bought([[soap.sku, 2]], 14);
    const reply = await m.say('OrderHistoryIntent', { product: { value: 'dish soap' } }, linked);
    expect(reply.speech).toContain(`You last bought 2 ${soap.name} on November 6`);
    const never = await m.say('OrderHistoryIntent', { product: { value: 'sparkling water' } }, linked);
    expect(never.speech).toMatch(/don't see sparkling water/);
  });

  it('reorders the whole last order for "order that again"', async () => {
    const m = memoryShop();
    const [a, b] = DEMO_PRODUCTS.filter((p) => p.inStock).slice(0, 2);
    await m.bought(
      [
        [a.sku, 1],
        [b.sku, 3],
      ],
      5,
    );
    const reply = await m.say('ReorderIntent', { product: { value: 'that' } }, linked);
    expect(reply.speech).toContain(a.name);
    expect(reply.speech).toContain(b.name);
  });
});

describe('Requests inside sentences', () => {
  it('searches for what a sentence asks about', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'so um do you guys stock oat milk at all' } });
    expect(reply.speech).toMatch(/Oak Hollow Oat Milk/);
    const de = await m.say('SelectIntent', { product: { value: 'also ich bräuchte noch kaffee' } }, { locale: 'de-DE' });
    expect(de.speech).toMatch(/Coffee/);
  });

  it('takes out what the shopper no longer wants', async () => {
    const m = memoryShop();
    const tea = DEMO_PRODUCTS.find((p) => p.inStock && p.name === 'Willow Lane Green Tea')!;
    await m.say('AddToCartIntent', { product: { value: tea.name, id: tea.sku } });
    await m.say('SelectIntent', { product: { value: "actually we don't need the green tea after all" } });
    expect((await m.deps.carts.get('alexa:unit-user'))?.lines ?? []).toEqual([]);
  });

  it('does not read a product request with thanks in it as thanks', async () => {
    expect(meaningOf('and some grapes as well ta', 'en')?.intent).not.toBe(IntentName.Thanks);
  });

  it('reads "yes cancel it" as the yes to the cancel question', () => {
    expect(clearYes('yes cancel it', 'en', 'cancel-order')).toBe(true);
    expect(clearYes('yes cancel it', 'en', 'purchase')).toBe(false);
  });
});

describe('A search for a need', () => {
  it('suggests what suits it, with the reason, when no product has those words', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'something for my sore throat' } });
    expect(reply.speech).toMatch(/for a cold/i);
    expect(reply.speech).toMatch(/Tissues/);
    expect((await m.deps.carts.get('alexa:unit-user'))?.lines ?? []).toEqual([]);
  });

  it('suggests pain relief for a migraine', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'anything for a migraine' } });
    expect(reply.speech).toMatch(/Ibuprofen|Acetaminophen/);
  });
});

describe('Past orders named as a whole, and going back', () => {
  it('reorders the last order for "add the same stuff as last time", and keeps "add that" an add', async () => {
    const m = memoryShop();
    const [a, b] = DEMO_PRODUCTS.filter((p) => p.inStock).slice(2, 4);
    await m.bought(
      [
        [a.sku, 2],
        [b.sku, 1],
      ],
      3,
    );
    const reply = await m.say('AddToCartIntent', { product: { value: 'the same stuff as last time' } }, linked);
    expect(reply.speech).toContain(a.name);
    expect(reply.speech).toContain(b.name);
    // a pronoun is still the product in focus, not a reorder
    await m.say('ProductDetailsIntent', { product: { value: a.name, id: a.sku } }, linked);
    const added = await m.say('AddToCartIntent', { product: { value: 'that' } }, linked);
    expect(added.speech).toMatch(/^Added 1 /);
  });

  it('goes back to the list after hearing about one of its products', async () => {
    const m = memoryShop();
    const list = await m.say('SearchIntent', { query: { value: 'tea' } });
    await m.say('SelectIntent', { ordinal: { value: 'second', id: '2' } });
    const back = await m.say('GoBackIntent');
    const firstOfList = /: ([^,]+),/.exec(list.speech)![1];
    expect(back.speech).toContain(firstOfList);
  });

  it('holds the purchase back when the shopper wants to add something first, and charges nothing', async () => {
    const m = moneyShop();
    await m.atQuestion(cheap.sku, 2);
    const reply = await m.say('SelectIntent', { product: { value: 'hang on i want to add something first' } });
    expect(reply.speech).toMatch(/didn't place|nothing was charged/);
    expect(m.payments.succeeded).toBe(0);
  });
});

describe('Questions about the list just read', () => {
  it('answers "which one is the cheapest" with the product, and adds nothing', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: 'toilet paper' } });
    const reply = await m.say('SelectIntent', { product: { value: "which one's the cheapest" } });
    expect(reply.speech).toMatch(/\$\d/);
    expect(reply.speech).not.toMatch(/^Added/);
    expect((await m.deps.carts.get('alexa:unit-user'))?.lines ?? []).toEqual([]);
  });

  it('reads "them" as the product in focus', async () => {
    const m = memoryShop();
    const towels = DEMO_PRODUCTS.find((p) => p.inStock && /paper towels/i.test(p.name))!;
    await m.say('ProductDetailsIntent', { product: { value: towels.name, id: towels.sku } });
    const reply = await m.say('ReviewsIntent', { product: { value: 'them' } });
    expect(reply.speech).not.toMatch(/couldn't find/);
  });
});

describe('Quantities and additions in free words', () => {
  const tea = () => DEMO_PRODUCTS.find((p) => p.inStock && p.name === 'Willow Lane Green Tea')!;
  const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];

  it('sets what was just added for "actually just two"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: tea().name, id: tea().sku }, quantity: { value: '5' } });
    await m.say('SelectIntent', { product: { value: 'oh actually just two' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: tea().sku, quantity: 2 })]);
  });

  it('sets a named line for "set the green tea to four" and hears "to" as two', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: tea().name, id: tea().sku } });
    await m.say('SelectIntent', { product: { value: 'um set the green tea to four' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 4 })]);
    await m.say('SelectIntent', { product: { value: 'change the green tea to too' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 2 })]);
  });

  it('adds that many of the product talked about for "dann nehm ich zwei davon"', async () => {
    const m = memoryShop();
    await m.say('ProductDetailsIntent', { product: { value: tea().name, id: tea().sku } }, { locale: 'de-DE' });
    await m.say('SelectIntent', { product: { value: 'okay dann nehm ich zwei davon' } }, { locale: 'de-DE' });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ sku: tea().sku, quantity: 2 })]);
  });

  it('adds one more thing said after "und" in German, and strips "as well" from a name', async () => {
    const m = memoryShop();
    await m.say('SelectIntent', { product: { value: 'und noch bananen' } }, { locale: 'de-DE' });
    expect((await linesOf(m)).length).toBe(1);
    const reply = await m.say('AddToCartIntent', { product: { value: 'green tea as well please' } });
    expect(reply.speech).toMatch(/Green Tea/);
    expect((await linesOf(m)).length).toBe(2);
  });

  it('answers an attribute question about the product in focus', async () => {
    const m = memoryShop();
    await m.say('ProductDetailsIntent', { product: { value: tea().name, id: tea().sku } });
    const reply = await m.say('SelectIntent', { product: { value: 'is that one organic' } });
    expect(reply.speech).toMatch(/organic/i);
    expect(reply.speech).not.toMatch(/didn't get/);
  });
});

describe('Longer sentences', () => {
  const tea = () => DEMO_PRODUCTS.find((p) => p.inStock && p.name === 'Willow Lane Green Tea')!;
  const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];

  it('takes out what a sentence says to take off', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: tea().name, id: tea().sku } });
    await m.say('SelectIntent', { product: { value: "no no take the green tea off he's had plenty" } });
    expect(await linesOf(m)).toEqual([]);
  });

  it('empties the cart for "clear it all out" and sets "just the one bag will do"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: tea().name, id: tea().sku }, quantity: { value: '3' } });
    await m.say('SelectIntent', { product: { value: "oh that's too many just the one box will do" } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 1 })]);
    await m.say('SelectIntent', { product: { value: 'ugh clear it all out' } });
    expect(await linesOf(m)).toEqual([]);
  });

  it('sets a named line for "for the green tea i want two"', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: tea().name, id: tea().sku } });
    await m.say('SelectIntent', { product: { value: 'for the green tea i want two not one' } });
    expect(await linesOf(m)).toEqual([expect.objectContaining({ quantity: 2 })]);
  });

  it('says where the receipt goes and who sends an invoice', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'a receipt for my last order' } });
    expect(reply.speech).toMatch(/email/);
    expect(reply.speech).toMatch(/800.555.0199/);
    expect(await linesOf(m)).toEqual([]);
  });

  it('looks for the thing before what it is for', async () => {
    const m = memoryShop();
    const reply = await m.say('SearchIntent', { query: { value: 'batteries for the smoke alarm in the hall' } });
    expect(reply.speech).toMatch(/Batteries/i);
  });

  it('reorders a product named by a past purchase in a search', async () => {
    const m = memoryShop();
    const soap = DEMO_PRODUCTS.find((p) => p.inStock && /dish soap/i.test(p.name))!;
    await m.bought([[soap.sku, 1]], 12);
    const reply = await m.say('SearchIntent', { query: { value: 'the same dish soap i bought before' } }, linked);
    expect(reply.speech).toContain(soap.name);
  });

  it('keeps a request with a goodbye-like word in it a request', () => {
    expect(meaningOf("add cheerio's", 'en')?.intent).not.toBe(IntentName.Stop);
    expect(meaningOf("that's me done cheerio", 'en')?.intent).toBe(IntentName.Stop);
    expect(meaningOf('you are robot or real person', 'en')?.intent).toBe(IntentName.SmallTalk);
  });
});

describe('Two products in one breath, and slips a recogniser makes', () => {
  const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];

  it('adds both products said with "and", but keeps a name that has "and" in it whole', async () => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: 'the green tea and uh the baby spinach' } });
    expect(reply.speech).toMatch(/Green Tea/);
    expect(reply.speech).toMatch(/Baby Spinach/);
    expect((await linesOf(m)).length).toBe(2);
    const dog = DEMO_PRODUCTS.find((p) => p.inStock && / and /i.test(p.name))!;
    const m2 = memoryShop();
    await m2.say('AddToCartIntent', { product: { value: dog.name.toLowerCase() } });
    expect(await linesOf(m2)).toEqual([expect.objectContaining({ sku: dog.sku })]);
  });

  it('takes back what was just added on "don\'t buy that, take it off"', async () => {
    const m = memoryShop();
    const tea = DEMO_PRODUCTS.find((p) => p.inStock && p.name === 'Willow Lane Green Tea')!;
    await m.say('AddToCartIntent', { product: { value: tea.name, id: tea.sku } });
    await m.say('SelectIntent', { product: { value: "no no don't buy that take it off" } });
    expect(await linesOf(m)).toEqual([]);
  });

  it('hears "czech out", "back in stalk" and "customer surface" as what they mean', () => {
    expect(meaningOf('customer surface', 'en')?.intent).toBe(IntentName.TalkToHuman);
    expect(meaningOf('what are your ours', 'en')?.intent).toBe(IntentName.OpeningHours);
    expect(meaningOf('can i pay cash on delivery', 'en')?.intent).toBe(IntentName.PaymentOptions);
    expect(meaningOf('how much was my last order', 'en')?.intent).toBe(IntentName.OrderHistory);
  });

  it('checks out on "lets czech out"', async () => {
    const m = memoryShop();
    const reply = await m.say('SelectIntent', { product: { value: 'lets czech out' } });
    expect(reply.speech).toMatch(/link your account|cart is empty/i);
  });
});

describe('Names and asks in a politer or vaguer form', () => {
  const linesOf = async (m: ReturnType<typeof memoryShop>) => (await m.deps.carts.get('alexa:unit-user'))?.lines ?? [];

  it('adds the olive oil, not the butter with olive oil', async () => {
    const m = memoryShop();
    await m.say('AddToCartIntent', { product: { value: 'the olive oil' } });
    const [line] = await linesOf(m);
    const product = DEMO_PRODUCTS.find((p) => p.sku === line.sku)!;
    expect(product.name).toMatch(/Olive Oil$/);
  });

  it('adds for "i\'d like to add … if that\'s alright with you", heard as a search', async () => {
    const m = memoryShop();
    await m.say('SearchIntent', { query: { value: "to add a loaf of the sourdough bread if that's alright with you" } });
    const [line] = await linesOf(m);
    expect(DEMO_PRODUCTS.find((p) => p.sku === line.sku)!.name).toMatch(/Sourdough/);
  });

  it('names the brand of the product in focus, and suggests among the list just read', async () => {
    const m = memoryShop();
    const tea = DEMO_PRODUCTS.find((p) => p.inStock && p.name === 'Willow Lane Green Tea')!;
    await m.say('ProductDetailsIntent', { product: { value: tea.name, id: tea.sku } });
    expect((await m.say('SelectIntent', { product: { value: 'what brand is that' } })).speech).toMatch(/Willow Lane/);
    await m.say('SearchIntent', { query: { value: 'shampoo' } });
    expect((await m.say('SelectIntent', { product: { value: 'which one would you recommend' } })).speech).toMatch(/Shampoo/);
  });
});
