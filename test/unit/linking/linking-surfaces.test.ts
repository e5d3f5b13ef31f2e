/**
 * Per surface, the truth: Alexa keeps its link card; a page that signs the shopper in is asked to
 * do so again; a caller known only by caller id proves it with the voice code before buying; and
 * nothing promises a card or an app the surface does not have. The core on in-memory ports with
 * the scripted identity provider (test/support/scripted-idp.ts).
 */
import { IntentName, type Reply } from '../../../src/core';
import { truthfulForSurface } from '../../../src/core/flows/linking';
import { messagesFor } from '../../../src/core/replies';
import { hashVoicePin } from '../../../src/core/voice-pin';
import { ALEXA, CALLER, CHAT, linkingShop, PHONE, SIGNED_IN_PAGE } from '../../support/linking-shop';

const tea = { product: { value: 'tea', id: 'SKU-10055' } };

describe('linking per surface', () => {
  describe('Alexa (the platform links)', () => {
    it('"link my account" puts the link card in the Alexa app and keeps the session open', async () => {
      const shop = linkingShop();
      shop.on(ALEXA, 'amzn1.ask.account.unit');
      const reply = await shop.say(IntentName.LinkAccount);
      expect(reply).toMatchObject({ speech: expect.stringContaining('Alexa app'), linkAccount: true, endSession: false });
      expect(shop.idp.calls.start).toBe(0);
    });

    it('a linked-only request keeps the link card, as before', async () => {
      const shop = linkingShop();
      shop.on(ALEXA, 'amzn1.ask.account.unit');
      const reply = await shop.say(IntentName.Checkout);
      expect(reply).toMatchObject({ linkAccount: true, card: { title: expect.any(String) } });
      expect(reply.speech).toContain("I've sent a card with the link");
    });

    it('"unlink my account" clears the cart and says the link itself is the Alexa app\'s to remove', async () => {
      const shop = linkingShop();
      shop.on(ALEXA, 'amzn1.ask.account.unit');
      await shop.say(IntentName.AddToCart, tea, { accessToken: `token:${shop.customer.customerId}` });
      const reply = await shop.say(IntentName.UnlinkAccount, {}, { accessToken: `token:${shop.customer.customerId}` });
      expect(reply.speech).toBe("I've cleared your cart here. To unlink your account too, turn off Corner Shop's account linking in the Alexa app.");
      expect(await shop.deps.carts.get(shop.userKey())).toBeUndefined();
    });
  });

  describe('a page that signs the shopper in (token in the payload)', () => {
    it('asks to sign in again on the page when its token is not accepted, with no sign-in helper and no code', async () => {
      const shop = linkingShop();
      shop.on(SIGNED_IN_PAGE, 'web-user');
      const reply = await shop.say(IntentName.Checkout, {}, { accessToken: 'expired-or-forged' });
      expect(reply.speech).toBe('Your sign-in on this page has run out. Please sign in again to buy by voice. Your cart is saved.');
      expect(reply.linkAccount).toBeUndefined();
      expect(reply.endSession).toBe(false);
      expect(shop.idp.calls.start).toBe(0);
    });

    it('buys with the token the page sends', async () => {
      const shop = linkingShop();
      shop.on(SIGNED_IN_PAGE, 'web-user');
      const token = { accessToken: `token:${shop.customer.customerId}` };
      await shop.say(IntentName.AddToCart, tea, token);
      expect((await shop.say(IntentName.Checkout, {}, token)).speech).toMatch(/Should I place the order\?$/);
      expect((await shop.say(IntentName.Yes, {}, token)).speech).toMatch(/^Done\. Order/);
    });
  });

  describe('the phone line (caller id is a hint, never proof)', () => {
    async function linkedInFirstCall(shop: ReturnType<typeof linkingShop>) {
      shop.on(CALLER, 'tel:hashed-caller');
      await shop.say(IntentName.LinkAccount);
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/^You're linked/);
    }

    it('buys without the voice code in the call the code was approved in', async () => {
      const shop = linkingShop();
      await linkedInFirstCall(shop);
      await shop.say(IntentName.AddToCart, tea);
      await shop.say(IntentName.Checkout);
      expect((await shop.say(IntentName.Yes)).speech).toMatch(/^Done\. Order/);
    });

    it('asks a later call for the voice code before any charge, and buys once it is right', async () => {
      const shop = linkingShop();
      await shop.voiceSecurity.setPin(shop.customer.customerId, await hashVoicePin('4321'));
      await linkedInFirstCall(shop);
      // Given a new call from the same number
      shop.newSession();
      await shop.say(IntentName.AddToCart, tea);
      await shop.say(IntentName.Checkout);
      // When the caller says yes, the voice code is asked for, and nothing is charged yet
      const yes = await shop.say(IntentName.Yes);
      expect(yes.speech).toMatch(/please say your four-digit voice code/);
      expect((await shop.deps.orders.listByCustomer(shop.customer.customerId, 1))[0].state).toBe('AWAITING_CONFIRMATION');
      // Then the right code places it
      const pin = await shop.scheduler.runWith(
        shop.shop.handle({
          platform: 'dialogflow',
          intent: IntentName.VoicePin,
          slots: { pin: { value: '4321' } },
          userId: 'tel:hashed-caller',
          sessionId: 'session-2',
          locale: 'en-US',
          isNewSession: false,
          surface: CALLER,
        }),
        { realSettleMs: 200 },
      );
      expect(pin.value.speech).toMatch(/^Done\. Order/);
    });

    it('refuses a later call without a voice code set, and charges nothing', async () => {
      const shop = linkingShop();
      await linkedInFirstCall(shop);
      shop.newSession();
      await shop.say(IntentName.AddToCart, tea);
      await shop.say(IntentName.Checkout);
      const yes = await shop.say(IntentName.Yes);
      expect(yes.speech).toMatch(/need a voice code, and your account doesn't have one yet/);
      const [order] = await shop.deps.orders.listByCustomer(shop.customer.customerId, 1);
      expect(order.state).toBe('CANCELLED');
      expect(await shop.deps.payments.lookup({ idempotencyKey: order.orderId })).toEqual({ status: 'not_found' });
    });

    it('lets a later call confirm with a fresh code instead: then it buys without the voice code, and the old link is revoked', async () => {
      const shop = linkingShop();
      await linkedInFirstCall(shop);
      const first = (await shop.deviceLinks.get(shop.userKey()))!.link!;
      shop.newSession();
      const reply = await shop.say(IntentName.LinkAccount);
      expect(reply.speech).toContain('enter the code 4 8 2 1, 0 0 0 2');
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/^You're linked/);
      expect(shop.idp.isRefreshTokenActive(first.refreshToken!)).toBe(false);
      await shop.say(IntentName.AddToCart, tea);
      await shop.say(IntentName.Checkout);
      expect((await shop.say(IntentName.Yes)).speech).toMatch(/^Done\. Order/);
    });

    it('keeps the earlier link when the confirming code is turned down', async () => {
      const shop = linkingShop();
      await linkedInFirstCall(shop);
      shop.newSession();
      await shop.say(IntentName.LinkAccount);
      shop.idp.deny();
      shop.later(6);
      expect((await shop.say(IntentName.OrderStatus)).speech).toBe("You don't have any orders yet.");
      expect((await shop.deviceLinks.get(shop.userKey()))?.link?.customerId).toBe(shop.customer.customerId);
    });
  });

  describe('replies that promise a card or an app', () => {
    const placed: Reply = {
      speech: "Done. Order 1 2 is placed, total $5.00. It arrives Friday. The details are in your app, and I'll email them too.",
      card: { title: 'Order placed', text: 'Order 12' },
      endSession: true,
    };

    it('lose the promise on a phone line, and the card with it', () => {
      const honest = truthfulForSurface(placed, PHONE, messagesFor('en-US'));
      expect(honest.speech).toBe("Done. Order 1 2 is placed, total $5.00. It arrives Friday. I'll email the details too.");
      expect(honest.card).toBeUndefined();
    });

    it('keep the card as a message in a chat window, without claiming an app', () => {
      const honest = truthfulForSurface(placed, CHAT, messagesFor('en-US'));
      expect(honest.speech).not.toMatch(/app/);
      expect(honest.card).toEqual(placed.card);
    });

    it('stay as they are on Alexa, whose app shows the card', () => {
      expect(truthfulForSurface(placed, ALEXA, messagesFor('en-US'))).toEqual(placed);
    });

    it('lose every promise in British English and German too', () => {
      const gb = messagesFor('en-GB');
      const de = messagesFor('de-DE');
      expect(truthfulForSurface({ speech: gb.human('1 800 555 0199', 'every day'), endSession: false }, PHONE, gb).speech).not.toMatch(/app/i);
      expect(truthfulForSurface({ speech: de.human('1 800 555 0199', 'täglich'), endSession: false }, PHONE, de).speech).not.toMatch(/App/);
      expect(truthfulForSurface({ speech: de.orderPlaced('1 2', '5,00 $', 'Freitag'), endSession: true }, PHONE, de).speech).not.toMatch(/App/);
    });
  });
});
