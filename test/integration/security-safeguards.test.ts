/**
 * Purchase safeguards through the exported handlers on both platforms: the voice PIN for
 * larger orders (or always, by choice), the lock after three wrong PINs that survives sessions,
 * the daily spending limit, and the recognised-voice rule on Alexa.
 */
import { OrderState, type Customer } from '../../src/core';
import { DEFAULT_SAFEGUARDS } from '../../src/core/safeguards';
import { hashVoicePin } from '../../src/core/voice-pin';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import type { VoiceSecurityStore } from '../../src/ports/safeguards';
import { alexaIntent } from '../support/envelopes';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
let security: VoiceSecurityStore;
let seq = 0;
const PIN = '4821';

beforeAll(async () => {
  h = await startHarness();
  security = h.runtime.deps.voiceSecurity!;
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  h.runtime.deps.safeguards = { ...DEFAULT_SAFEGUARDS };
});

/** An in-stock product and how many of it make an order of at least $110. */
const pricey = DEMO_PRODUCTS.find((p) => p.inStock && p.price >= 800 && p.price <= 3000)!;
const bigQuantity = String(Math.ceil(11_000 / pricey.price));
const cheap = DEMO_PRODUCTS.find((p) => p.inStock && p.price < 1000 && p.sku !== pricey.sku)!;

async function customer(options: { pin?: string; always?: boolean; dailyLimit?: number; card?: string } = {}): Promise<Customer> {
  seq += 1;
  const record: Customer & { dailyLimit?: number } = {
    customerId: `cust-guard-${seq}`,
    name: 'Test Shopper',
    email: `guard${seq}@example.com`,
    address: { line1: `${seq} Quarry Road`, city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
    paymentMethodRef: options.card ?? 'pm_sandbox_visa',
    ...(options.dailyLimit !== undefined ? { dailyLimit: options.dailyLimit } : {}),
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(record);
  if (options.pin) await security.setPin(record.customerId, await hashVoicePin(options.pin), options.always);
  return record;
}

async function speaker(platform: PlatformName, c: Customer): Promise<Speaker> {
  return new Speaker(h, platform, `user-${c.customerId}-${platform}`, await h.idp.token(c.customerId));
}

/** Fills the cart and asks the purchase question; big = at least $110. */
async function atQuestion(s: Speaker, big: boolean) {
  const product = big ? pricey : cheap;
  await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku }, quantity: big ? bigQuantity : '1' });
  const question = await s.say('CheckoutIntent');
  expect(question.speech).toMatch(/Should I place the order\?$/);
}

const latest = async (c: Customer) => (await h.runtime.deps.orders.listByCustomer(c.customerId, 5))[0];

describe.each<PlatformName>(['alexa', 'dialogflow'])('purchase safeguards on %s', (platform) => {
  describe('voice PIN', () => {
    it('does not ask for a PIN below the threshold', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      await atQuestion(s, false);
      expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
    });

    it('asks for the PIN at or above $100, charges only after the right one', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      const charges = h.payments.succeeded;
      const ask = await s.say('YesIntent');
      expect(ask.speech).toMatch(/^For an order of \$[\d,.]+, please say your four-digit voice code\.$/);
      expect(ask.endSession).toBe(false);
      expect(h.payments.succeeded).toBe(charges);
      expect((await latest(c)).state).toBe(OrderState.AwaitingConfirmation);
      const placed = await s.say('VoicePinIntent', { pin: PIN });
      expect(placed.speech).toMatch(/is placed/);
      expect(h.payments.succeeded).toBe(charges + 1);
      expect((await latest(c)).state).toBe(OrderState.Placed);
    });

    it('hears a PIN said as words', async () => {
      const c = await customer({ pin: '0719' });
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      await s.say('YesIntent');
      expect((await s.say('VoicePinIntent', { pin: 'oh seven one nine' })).speech).toMatch(/is placed/);
    });

    it('asks again after a wrong PIN, and a right one resets the count', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      await s.say('YesIntent');
      const wrong = await s.say('VoicePinIntent', { pin: '1111' });
      expect(wrong.speech).toMatch(/That code isn't right\. You have 2 tries left/);
      expect((await security.get(c.customerId)).pinFailures).toBe(1);
      expect((await s.say('VoicePinIntent', { pin: PIN })).speech).toMatch(/is placed/);
      expect((await security.get(c.customerId)).pinFailures).toBe(0);
    });

    it('locks voice purchasing after three wrong PINs, across sessions, until reset outside voice', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      const charges = h.payments.succeeded;
      await s.say('YesIntent');
      await s.say('VoicePinIntent', { pin: '0000' });
      await s.say('VoicePinIntent', { pin: '0001' });
      const locked = await s.say('VoicePinIntent', { pin: '0002' });
      expect(locked.speech).toMatch(/turned off buying by voice.*Nothing was charged/);
      expect((await latest(c)).state).toBe(OrderState.Cancelled);
      // the right PIN now changes nothing: there is no question left to answer
      expect((await s.say('VoicePinIntent', { pin: PIN })).speech).toMatch(/nothing waiting/);

      s.newSession();
      await atQuestion(s, false);
      const stillLocked = await s.say('YesIntent');
      expect(stillLocked.speech).toMatch(/Buying by voice is turned off for your account/);
      expect(h.payments.succeeded).toBe(charges);

      await security.resetLock(c.customerId);
      await h.runtime.deps.carts.delete(`${platform}:${s.userId}`);
      s.newSession();
      await atQuestion(s, false);
      expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
    });

    it('asks for the PIN on every order when the customer chose so', async () => {
      const c = await customer({ pin: PIN, always: true });
      const s = await speaker(platform, c);
      await atQuestion(s, false);
      expect((await s.say('YesIntent')).speech).toMatch(/voice code/);
      expect((await s.say('VoicePinIntent', { pin: PIN })).speech).toMatch(/is placed/);
    });

    it('refuses a large order when no PIN was ever set', async () => {
      const c = await customer();
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      const charges = h.payments.succeeded;
      expect((await s.say('YesIntent')).speech).toMatch(/need a voice code.*set it in the app/);
      expect(h.payments.succeeded).toBe(charges);
    });

    it('takes a yes at the PIN question as no PIN, and asks again', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      await s.say('YesIntent');
      const charges = h.payments.succeeded;
      expect((await s.say('YesIntent')).speech).toMatch(/say your four-digit voice code/);
      expect((await s.say('VoicePinIntent', { pin: 'banana' })).speech).toMatch(/didn't catch four digits/);
      expect(h.payments.succeeded).toBe(charges);
      expect((await security.get(c.customerId)).pinFailures).toBe(0);
    });

    it('keeps the yes bound to the quote: a cart changed during the PIN question is asked about again', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      await atQuestion(s, true);
      await s.say('YesIntent');
      const cart = (await h.runtime.deps.carts.get(`${platform}:${s.userId}`))!;
      await h.runtime.deps.carts.save({ ...cart, lines: [...cart.lines, { sku: cheap.sku, quantity: 1 }] });
      const charges = h.payments.succeeded;
      expect((await s.say('VoicePinIntent', { pin: PIN })).speech).toMatch(/^Your order changed since I asked/);
      expect(h.payments.succeeded).toBe(charges);
    });

    it('answers a PIN when nothing waits for one', async () => {
      const c = await customer({ pin: PIN });
      const s = await speaker(platform, c);
      expect((await s.say('VoicePinIntent', { pin: PIN })).speech).toMatch(/nothing waiting/);
    });
  });

  describe('daily spending limit', () => {
    it('places orders up to the limit, refuses the one past it, and gives back a declined charge', async () => {
      const c = await customer({ dailyLimit: Math.round(cheap.price * 3.5) + 1000 });
      const s = await speaker(platform, c);
      await atQuestion(s, false);
      expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
      const first = await latest(c);
      expect((await security.get(c.customerId)).spentToday).toBe(first.total);
      s.newSession();
      await s.say('AddToCartIntent', { product: { value: cheap.name, id: cheap.sku }, quantity: '3' });
      const charges = h.payments.succeeded;
      // the shop says so at checkout instead of asking for a yes it would refuse
      const refused = await s.say('CheckoutIntent');
      expect(refused.speech).toMatch(/past your daily limit of \$[\d.,]+/);
      expect(refused.speech).not.toMatch(/Should I place the order/);
      expect((await s.say('YesIntent')).speech).not.toMatch(/is placed/);
      expect(h.payments.succeeded).toBe(charges);
      expect((await security.get(c.customerId)).spentToday).toBe(first.total);
    });

    it('does not count a declined charge against the limit', async () => {
      const c = await customer({ card: 'pm_sandbox_decline' });
      const s = await speaker(platform, c);
      await atQuestion(s, false);
      expect((await s.say('YesIntent')).speech).toMatch(/declined/);
      expect((await security.get(c.customerId)).spentToday).toBe(0);
    });
  });
});

describe('recognised voices only (Alexa)', () => {
  it('refuses a purchase from an unrecognised voice and accepts a recognised one; Dialogflow is unaffected', async () => {
    h.runtime.deps.safeguards = { ...DEFAULT_SAFEGUARDS, recognisedVoiceOnly: true };
    const c = await customer();
    const token = await h.idp.token(c.customerId);
    const say = async (intent: string, slots: Record<string, string | { value: string; id: string }>, personId?: string, turn = 1) => {
      const out = await h.alexa(
        alexaIntent(intent, slots, { userId: `voice-${c.customerId}`, sessionId: `voice-session-${personId ?? 'none'}`, accessToken: token, isNew: turn === 1, personId }),
      );
      return ((out.response.outputSpeech as { ssml?: string })?.ssml ?? '').replace(/<[^>]+>/g, '');
    };
    const charges = h.payments.succeeded;
    await say('AddToCartIntent', { product: { value: cheap.name, id: cheap.sku } });
    await say('CheckoutIntent', {}, undefined, 2);
    expect(await say('AMAZON.YesIntent', {}, undefined, 3)).toMatch(/only place orders for a voice I recognise/);
    expect(h.payments.succeeded).toBe(charges);
    await say('CheckoutIntent', {}, 'amzn1.ask.person.KNOWN');
    expect(await say('AMAZON.YesIntent', {}, 'amzn1.ask.person.KNOWN', 2)).toMatch(/is placed/);
    expect(h.payments.succeeded).toBe(charges + 1);

    const df = await speaker('dialogflow', c);
    await atQuestion(df, false);
    expect((await df.say('YesIntent')).speech).toMatch(/is placed/);
  });
});
