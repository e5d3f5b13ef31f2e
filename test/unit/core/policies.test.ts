/** The shop's policies as answers, from one policy configuration, in every locale. */
import type { ShopPolicy } from '../../../src/core/pricing';
import type { Reply, Turn } from '../../../src/core';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { memoryShop, SHOPPER, TEST_POLICY } from '../../support/memory-shop';

const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
const EVERY_DAY_8_TO_8: ShopPolicy['openingHours'] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '08:00', closes: '20:00' }];
const words = (speech: string) => speech.split(/\s+/).filter(Boolean).length;
const sku = (name: string, size?: string) => DEMO_PRODUCTS.find((p) => p.name === name && (size === undefined || p.size === size))!.sku;

/** A shop on the demo catalog with this policy, on Friday 20 November 2026 at 10:00 UTC. */
function shopWith(policy: Partial<ShopPolicy> = {}, locale = 'en-US') {
  const shop = memoryShop(new Date('2026-11-20T10:00:00Z'));
  shop.deps.policy = { ...TEST_POLICY, openingHours: EVERY_DAY_8_TO_8, ...policy };
  const say = (intent: Turn['intent'], slots: Record<string, string> = {}, options: Partial<Turn> = {}): Promise<Reply> =>
    shop.say(intent, Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, { value: v }])), { locale, ...options });
  return { ...shop, say };
}

describe('DeliveryInfoIntent', () => {
  it('gives the fee, the free-delivery threshold, the days and the day an order now arrives', async () => {
    const { say } = shopWith();
    const reply = await say('DeliveryInfoIntent');
    expect(reply.speech).toBe('Delivery is $4.99, and free on orders of $35.00 or more before tax. It takes 2 business days, so an order now arrives Tuesday, November 24.');
    expect(reply.endSession).toBe(false);
    expect(reply.reprompt).toBe('Anything else I can help with?');
  });

  it('says how much more the cart needs for free delivery, and when it already has it', async () => {
    const { say } = shopWith();
    await say('AddToCartIntent', { product: sku('Harbor Mills Dark Roast Ground Coffee') });
    expect((await say('DeliveryInfoIntent')).speech).toContain('Your cart is at $14.99, so $20.01 more gets you free delivery.');
    await say('AddToCartIntent', { product: sku('Pine Ridge Colombian Whole Bean Coffee'), quantity: '2' });
    expect((await say('DeliveryInfoIntent')).speech).toContain('Your cart already gets free delivery.');
  });

  it('says delivery is always free when there is no fee, and never promises a threshold there is not', async () => {
    expect((await shopWith({ deliveryFee: 0 }).say('DeliveryInfoIntent')).speech).toMatch(/^Delivery is always free\. /);
    const noThreshold = (await shopWith({ freeDeliveryFrom: 0 }).say('DeliveryInfoIntent')).speech;
    expect(noThreshold).toMatch(/^Delivery is \$4\.99\. It takes 2 business days/);
    expect(noThreshold).not.toMatch(/free/);
  });

  it("names the delivery area in the locale's own words when one is configured", async () => {
    const area = { en: 'Seattle and the Eastside', de: 'Seattle und Umgebung' };
    expect((await shopWith({ deliveryArea: area }).say('DeliveryInfoIntent')).speech).toMatch(/We deliver to Seattle and the Eastside\.$/);
    expect((await shopWith({ deliveryArea: area }, 'de-DE').say('DeliveryInfoIntent')).speech).toMatch(/Wir liefern nach Seattle und Umgebung\.$/);
  });

  it.each(LOCALES)('in %s: the fee, the threshold and the date, within 40 words', async (locale) => {
    const { say } = shopWith({ deliveryArea: 'Seattle, Bellevue and Redmond' }, locale);
    await say('AddToCartIntent', { product: sku('Harbor Mills Sourdough Bread') });
    const reply = await say('DeliveryInfoIntent');
    expect(reply.speech).toMatch(/4[.,]99/);
    expect(reply.speech).toMatch(/35[.,]00/);
    expect(reply.speech).toMatch(/30[.,]51/);
    expect(words(reply.speech)).toBeLessThanOrEqual(40);
    expect(reply.reprompt).toBeTruthy();
  });
});

describe('the purchase question', () => {
  async function question(productSku: string, quantity: string, locale = 'en-US'): Promise<string> {
    const { say } = shopWith({}, locale);
    const linked = { accessToken: `token:${SHOPPER.customerId}` };
    await say('AddToCartIntent', { product: productSku, quantity }, linked);
    return (await say('CheckoutIntent', {}, linked)).speech;
  }

  it('says "free delivery" when the subtotal reaches the threshold, not a delivery of $0.00', async () => {
    const speech = await question(sku('Pine Ridge Colombian Whole Bean Coffee'), '2');
    expect(speech).toContain('tax $3.13, free delivery, total $41.11');
    expect(speech).not.toContain('$0.00');
  });

  it('still names the fee below the threshold', async () => {
    expect(await question(sku('Harbor Mills Sourdough Bread'), '1')).toContain('delivery $4.99');
  });

  it.each([
    ['en-GB', 'free delivery'],
    ['de-DE', 'Versand kostenlos'],
  ])('in %s says %s', async (locale, said) => {
    expect(await question(sku('Pine Ridge Colombian Whole Bean Coffee'), '2', locale)).toContain(said);
  });
});

describe('ReturnPolicyIntent', () => {
  it('sends returns to customer service, with the number, and invents no number of days', async () => {
    const reply = await shopWith().say('ReturnPolicyIntent');
    expect(reply.speech).toBe("Returns go through customer service: call 1 800 555 0199, every day from 8 AM to 8 PM, and they'll sort it out with you.");
    expect(reply.speech).not.toMatch(/\d+ days/);
    expect(reply.card).toEqual({ title: 'Customer service', text: expect.stringContaining('1 800 555 0199') });
  });

  it('gives the window and how to return when they are configured', async () => {
    const reply = await shopWith({ returnsWindowDays: 30, returnsHow: "Call us and we'll collect it." }).say('ReturnPolicyIntent');
    expect(reply.speech).toBe("You can return items within 30 days of delivery. Call us and we'll collect it.");
  });

  it('says the hours in German where they are structured', async () => {
    expect((await shopWith({}, 'de-DE').say('ReturnPolicyIntent')).speech).toContain('Rufen Sie 1 800 555 0199 an, täglich von 8 bis 20 Uhr');
  });
});

describe('OpeningHoursIntent', () => {
  it.each([
    ['en-US', 'every day from 8 AM to 8 PM'],
    ['en-GB', 'every day from 8 am to 8 pm'],
    ['de-DE', 'täglich von 8 bis 20 Uhr'],
  ])('in %s: an online shop open any time, and customer service %s', async (locale, hours) => {
    const reply = await shopWith({}, locale).say('OpeningHoursIntent');
    expect(reply.speech).toContain(hours);
    expect(reply.speech).toContain('1 800 555 0199');
  });

  it("says weekday runs and lists in the locale's day names", async () => {
    const hours: ShopPolicy['openingHours'] = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:30' },
      { days: ['sat', 'sun'], opens: '10:00', closes: '14:00' },
    ];
    expect((await shopWith({ openingHours: hours }).say('OpeningHoursIntent')).speech).toContain(
      'open Monday to Friday from 9 AM to 5:30 PM and Saturday and Sunday from 10 AM to 2 PM',
    );
    expect((await shopWith({ openingHours: hours }, 'de-DE').say('OpeningHoursIntent')).speech).toContain(
      'Montag bis Freitag von 9 bis 17:30 Uhr und Samstag und Sonntag von 10 bis 14 Uhr',
    );
  });

  it('says hours configured only as English text in English, and leaves them out in German', async () => {
    const textOnly = { openingHours: undefined, supportHours: 'weekdays from 9 to 5' };
    expect((await shopWith(textOnly).say('OpeningHoursIntent')).speech).toContain('Customer service is open weekdays from 9 to 5, at 1 800 555 0199.');
    expect((await shopWith(textOnly, 'de-DE').say('OpeningHoursIntent')).speech).toContain('Unser Kundenservice ist unter 1 800 555 0199 erreichbar.');
  });

  it("says whether customer service is open now, on the shop's own clock, when it knows its time zone", async () => {
    // 10:00 UTC is 02:00 in Seattle: closed; it is 11:00 in Berlin: open
    expect((await shopWith({ timeZone: 'America/Los_Angeles' }).say('OpeningHoursIntent')).speech).toMatch(/They're closed right now\.$/);
    expect((await shopWith({ timeZone: 'Europe/Berlin' }).say('OpeningHoursIntent')).speech).toMatch(/They're open now\.$/);
    expect((await shopWith().say('OpeningHoursIntent')).speech).not.toMatch(/right now|open now/);
  });

  it("gives each store's hours when there are stores", async () => {
    const stores: ShopPolicy['stores'] = [
      { name: 'Pike Street', address: '1500 Pike Street', pickup: true, hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '09:00', closes: '18:00' }] },
    ];
    expect((await shopWith({ stores }).say('OpeningHoursIntent')).speech).toMatch(/^Pike Street is open Monday to Saturday from 9 AM to 6 PM\. Customer service/);
  });
});

describe('StoreLocationIntent', () => {
  it.each([
    ['en-US', /^We're online only, with no store or pickup\. We deliver to your door in 2 business days\.$/],
    ['en-GB', /no shop and no click and collect.*deliver/],
    ['de-DE', /ohne Laden und ohne Abholung.*liefern/],
  ])('in %s: no store is made up; it says the shop delivers', async (locale, said) => {
    const reply = await shopWith({}, locale).say('StoreLocationIntent');
    expect(reply.speech).toMatch(said);
    expect(reply.speech).not.toMatch(/\d{3,} \w+ (Street|St)/);
  });

  it('gives a configured store with its address, hours and pickup', async () => {
    const stores: ShopPolicy['stores'] = [
      {
        name: 'Pike Street',
        address: { en: '1500 Pike Street, Seattle', de: 'Pike Street 1500, Seattle' },
        pickup: true,
        hours: [{ days: ['sat'], opens: '09:00', closes: '13:00' }],
      },
    ];
    expect((await shopWith({ stores }).say('StoreLocationIntent')).speech).toBe(
      'Our store: Pike Street, 1500 Pike Street, Seattle, open Saturday from 9 AM to 1 PM. You can pick up orders there, or we deliver.',
    );
    expect((await shopWith({ stores }, 'de-DE').say('StoreLocationIntent')).speech).toContain('Pike Street 1500, Seattle, geöffnet Samstag von 9 bis 13 Uhr');
  });
});

describe('PaymentOptionsIntent', () => {
  it('tells a linked shopper the saved card is charged and where to change it, charging nothing', async () => {
    const shop = shopWith({ paymentMethods: ['Visa', 'Mastercard'] });
    const reply = await shop.say('PaymentOptionsIntent', {}, { accessToken: `token:${SHOPPER.customerId}` });
    expect(reply.speech).toBe(
      'We charge the card saved in your account; we take Visa and Mastercard. To pay with a different card, change your payment method in the app before you check out.',
    );
    expect(await shop.deps.orders.listByCustomer(SHOPPER.customerId)).toEqual([]);
  });

  it('tells a guest to link an account and save a card', async () => {
    expect((await shopWith().say('PaymentOptionsIntent')).speech).toMatch(/^We charge the card saved in your account\. Link your account in the app/);
  });
});

describe('a policy asked as a product', () => {
  it('answers "how much is the shipping cost" as a product question with the delivery policy', async () => {
    const reply = await shopWith().say('ProductDetailsIntent', { product: 'the shipping cost' });
    expect(reply.speech).toMatch(/^Delivery is \$4\.99/);
  });

  it('answers a search that finds no product but names a policy with that policy', async () => {
    expect((await shopWith().say('SearchIntent', { query: 'curbside pick up near me' })).speech).toMatch(/no store or pickup/);
    expect((await shopWith({}, 'de-DE').say('SearchIntent', { query: 'Rückgabe' })).speech).toMatch(/^Rücksendungen laufen über unseren Kundenservice/);
  });

  it('still finds a product whose name holds a policy word', async () => {
    expect((await shopWith().say('SearchIntent', { query: 'dryer sheets' })).speech).toMatch(/Cozy Home Dryer Sheets/);
  });
});
