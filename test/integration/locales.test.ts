/**
 * The shop in British English and German, end to end through the exported Lambda handlers:
 * Alexa envelopes carry the request locale; on Dialogflow the one agent's languageCode ("en",
 * "en-gb", "de") picks it, and an X-Shop-Locale header overrides it.
 */
import { OrderState, type Customer } from '../../src/core';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import { dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
let seq = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function customerIn(city: string, line1: string, postalCode: string): Promise<Customer> {
  seq += 1;
  const customer: Customer = {
    customerId: `cust-locale-${seq}`,
    name: 'Locale Shopper',
    email: `locale${seq}@example.com`,
    address: { line1, city, region: '', postalCode, country: 'XX' },
    paymentMethodRef: 'pm_sandbox_visa',
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(customer);
  return customer;
}

async function speaker(platform: PlatformName, customer: Customer, locale: string): Promise<Speaker> {
  return new Speaker(h, platform, `user-${customer.customerId}-${platform}`, await h.idp.token(customer.customerId), locale);
}

const ordersOf = (customerId: string) => h.runtime.deps.orders.listByCustomer(customerId, 50);
const NBSP = '\u00a0';
const GERMAN_DAY = '(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)';
const GERMAN_MONTH = '(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';

describe.each<PlatformName>(['alexa', 'dialogflow'])('Shopping in other locales on %s', (platform) => {
  it('speaks British English: basket, "shall I", prices and dates the British way', async () => {
    const customer = await customerIn('London', '221B Baker Street', 'NW1 6XE');
    const s = await speaker(platform, customer, 'en-GB');

    const launch = await s.launch();
    expect(launch.speech).toMatch(/^Welcome to Corner Shop\. You can say "find kitchen roll"/);

    // the catalog says "paper towels"; a British shopper says "kitchen roll"
    const found = await s.say('SearchIntent', { query: 'kitchen roll' });
    expect(found.speech).toMatch(/^I found \d+ for kitchen roll\. Here are the top 3: \w[\w ]* Paper Towels, /);
    expect(found.speech.match(/US\$\d+\.\d\d/g)).toHaveLength(3);

    const details = await s.say('ProductDetailsIntent', { ordinal: '2' });
    expect(details.speech).toMatch(/is US\$\d+\.\d\d\. It's rated \d\.\d out of 5 from \d+ reviews?\. It's in stock\. Shall I add it to your basket\?$/);

    const added = await s.say('AddToCartIntent', { quantity: { value: 'two', id: '2' } });
    expect(added.speech).toMatch(/^I've added 2 .+ Your basket has 2 items, US\$\d+\.\d\d\./);

    const basket = await s.say('ViewCartIntent');
    expect(basket.speech).toMatch(/^You've got 2 items: .+ That comes to US\$/);
    expect(basket.card?.title).toBe('Basket');

    const question = await s.say('CheckoutIntent');
    expect(question.speech).toContain('delivered to 221B Baker Street, London, NW1 6XE. Shall I place the order?');

    const placed = await s.say('YesIntent');
    expect(placed.speech).toMatch(/^Done\. Order [\d ]+ has been placed, total US\$[\d.]+\. It'll arrive on \w+day \d{1,2} \w+\./);

    s.newSession();
    const [order] = await ordersOf(customer.customerId);
    expect(order.state).toBe(OrderState.Placed);
    const status = await s.say('OrderStatusIntent');
    expect(status.speech).toMatch(/is confirmed\. It should arrive on \w+day \d{1,2} \w+\./);
    expect(status.card?.title).toBe(`Order ${order.orderNumber}`);
  });

  it('speaks German, as Sie, with German prices, ratings, quantities and dates', async () => {
    const customer = await customerIn('Berlin', 'Torstraße 5', '10119');
    const s = await speaker(platform, customer, 'de-DE');

    const launch = await s.launch();
    expect(launch.speech).toMatch(/^Willkommen bei Corner Shop\. Sie können zum Beispiel sagen/);

    const found = await s.say('SearchIntent', { query: 'Küchenrolle' });
    expect(found.speech).toMatch(/^Ich habe \d+ Treffer für Küchenrolle gefunden\. Hier sind die ersten 3: \w[\w ]* Paper Towels, /);
    expect(found.speech.match(new RegExp(`\\d+,\\d\\d${NBSP}\\$`, 'g'))).toHaveLength(3);

    const details = await s.say('ProductDetailsIntent', { ordinal: '2' });
    expect(details.speech).toMatch(new RegExp(`kostet \\d+,\\d\\d${NBSP}\\$\\. Bewertet mit \\d,\\d von 5 Sternen bei [\\d.]+ Bewertungen?\\. Es ist vorrätig\\.`));

    const added = await s.say('AddToCartIntent', { quantity: { value: 'zwei', id: '2' } });
    expect(added.speech).toMatch(/^Ich habe 2 Stück .+ in den Warenkorb gelegt\. Im Warenkorb sind jetzt 2 Artikel für \d+,\d\d/);

    const cart = await s.say('ViewCartIntent');
    expect(cart.speech).toMatch(/^In Ihrem Warenkorb sind 2 Artikel: 2 Stück /);
    expect(cart.card?.title).toBe('Warenkorb');

    const question = await s.say('CheckoutIntent');
    expect(question.speech).toMatch(/^Von Corner Shop: 2 Stück .+\. Zwischensumme [\d,]+\s\$, Steuer [\d,]+\s\$, Versand [\d,]+\s\$, insgesamt [\d,]+\s\$/);
    expect(question.speech).toMatch(/Lieferung an Torstraße 5 in Berlin\. Soll ich die Bestellung aufgeben\?$/);

    const placed = await s.say('YesIntent');
    expect(placed.speech).toMatch(
      new RegExp(`^Erledigt\\. Ihre Bestellung [\\d ]+ ist aufgegeben, insgesamt [\\d,]+${NBSP}\\$\\. Sie kommt am ${GERMAN_DAY}, \\d{1,2}\\. ${GERMAN_MONTH}\\.`),
    );
    expect(placed.card?.title).toBe('Bestellung aufgegeben');

    s.newSession();
    const status = await s.say('OrderStatusIntent');
    expect(status.speech).toMatch(new RegExp(`ist bestätigt\\. Sie sollte am ${GERMAN_DAY}, \\d{1,2}\\. ${GERMAN_MONTH} ankommen\\.`));
  });

  it('asks a German guest to link the account in German', async () => {
    const s = new Speaker(h, platform, `guest-de-${platform}`, undefined, 'de-DE');
    const reply = await s.say('CheckoutIntent');
    // Dialogflow has no account linking, and this stage no device-code client: the website it is
    expect(reply.speech).toMatch(
      platform === 'alexa' ? /^Um per Sprache einzukaufen, verknüpfen Sie bitte zuerst Ihr Konto in der App\./ : /^In diesem Gespräch kann ich Ihr Konto nicht verknüpfen\./,
    );
    expect(reply.linkAccount).toBe(platform === 'alexa');
  });
});

describe('Dialogflow locale', () => {
  async function spoken(languageCode: string, headers: Record<string, string>): Promise<string> {
    const body = dialogflowRequest('HelpIntent', {}, { session: `projects/voice-shop/agent/sessions/locale-${Math.random()}`, languageCode });
    // Dialogflow's own request has no device locale; only the header tells en-GB from en-US.
    delete (body.originalDetectIntentRequest as { payload: { user: { locale?: string } } }).payload.user.locale;
    const result = await h.dialogflow(httpApiEvent(body, headers));
    return JSON.parse(result.body as string).fulfillmentText;
  }

  it("takes the locale from the agent's X-Shop-Locale header", async () => {
    expect(await spoken('en', { 'X-Shop-Locale': 'en-GB' })).toMatch(/keep a basket/);
    expect(await spoken('en', { 'x-shop-locale': 'en-US' })).toMatch(/keep a cart/);
  });

  it('falls back to the language Dialogflow sends: de is de-DE, en is en-US', async () => {
    expect(await spoken('de', {})).toMatch(/^Ich finde Produkte/);
    expect(await spoken('en', {})).toMatch(/keep a cart/);
  });

  it('ignores a header that is not a locale', async () => {
    expect(await spoken('de', { 'x-shop-locale': '<script>' })).toMatch(/^Ich finde Produkte/);
  });
});

describe('Dialogflow locale, broken', () => {
  it('speaks en-US when the language code is empty or not a language', async () => {
    for (const languageCode of ['', '42', 'english please']) {
      const body = dialogflowRequest('HelpIntent', {}, { session: `projects/voice-shop/agent/sessions/broken-${Math.random()}`, languageCode });
      delete (body.originalDetectIntentRequest as { payload: { user: { locale?: string } } }).payload.user.locale;
      const result = await h.dialogflow(httpApiEvent(body));
      expect({ languageCode, text: JSON.parse(result.body as string).fulfillmentText }).toEqual({ languageCode, text: expect.stringMatching(/keep a cart/) });
    }
  });
});
