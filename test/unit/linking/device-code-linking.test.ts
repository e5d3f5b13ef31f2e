/**
 * Device-code linking (RFC 8628) on a surface without platform account linking: the code read
 * out and repeated while it lasts, its approval picked up once per turn within the provider's
 * interval, denial, expiry and slow_down as the RFC says, the held link refreshed and revoked.
 * The core on in-memory ports; the identity provider is the scripted stand-in
 * (test/support/scripted-idp.ts), which answers as RFC 8628 and RFC 6749 document — the real
 * provider runs in test/integration/linking-browser.test.ts.
 */
import { IntentName } from '../../../src/core';
import { linkingShop, spoken, CHAT, PHONE } from '../../support/linking-shop';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('device-code linking', () => {
  describe('link my account', () => {
    it('reads out the address and the code, digit by digit, and keeps listening for "I\'m linked"', async () => {
      // Given a caller on the phone line, not linked
      const shop = linkingShop();
      // When they ask to link
      const reply = await shop.say(IntentName.LinkAccount);
      // Then they hear where to go and the code, and the session stays open
      expect(reply.speech).toBe(`To link your account, go to cornershop dot example slash link and enter the code ${spoken('4821-0001')}.`);
      expect(reply.reprompt).toContain('say "I\'m linked"');
      expect(reply.endSession).toBe(false);
      expect(reply.card).toBeUndefined();
      expect(reply.linkAccount).toBeUndefined();
      expect(words(reply.speech)).toBeLessThanOrEqual(40);
      expect(shop.idp.calls.start).toBe(1);
    });

    it('writes the address and the code out where there is a screen', async () => {
      const shop = linkingShop();
      shop.on(CHAT, 'chat-user');
      const reply = await shop.say(IntentName.LinkAccount);
      expect(reply.card).toEqual({ title: 'Link your account', text: 'Go to cornershop.example/link and enter the code 4821-0001. It works for 10 minutes.' });
    });

    it('repeats the same code while it lasts, asked again or with "repeat that", without a second authorization', async () => {
      const shop = linkingShop();
      const first = await shop.say(IntentName.LinkAccount);
      shop.later(120);
      const again = await shop.say(IntentName.LinkAccount);
      const repeated = await shop.say(IntentName.Repeat);
      expect(again.speech).toBe(first.speech);
      expect(repeated.speech).toBe(first.speech);
      expect(shop.idp.calls.start).toBe(1);
    });

    it('gives a new code once the old one has run out, and never reads the old one again', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.LinkAccount);
      shop.later(601);
      const next = await shop.say(IntentName.LinkAccount);
      expect(next.speech).toContain(spoken('4821-0002'));
      expect(next.speech).not.toContain(spoken('4821-0001'));
      expect(shop.idp.calls.start).toBe(2);
    });

    it('starts the code when a linked-only request comes first, and keeps the cart', async () => {
      // Given an unlinked caller with something in the cart
      const shop = linkingShop();
      await shop.say(IntentName.AddToCart, { product: { value: 'tea', id: 'SKU-10055' } });
      // When they check out
      const reply = await shop.say(IntentName.Checkout);
      // Then they hear how to link for buying, nothing is ordered, and the cart stays
      expect(reply.speech).toMatch(/^To buy by voice, link your account: go to cornershop dot example slash link and enter the code 4 8 2 1, 0 0 0 1\. Your cart is saved\.$/);
      expect(reply.endSession).toBe(false);
      expect(await shop.deps.orders.listByCustomer(shop.customer.customerId, 5)).toEqual([]);
      expect((await shop.deps.carts.get(shop.userKey()))?.lines).toHaveLength(1);
    });

    it('says linking is not available here when the shop has no device-code client, without promising a card', async () => {
      const shop = linkingShop({ withLinking: false });
      const reply = await shop.say(IntentName.Checkout);
      expect(reply.speech).toBe("I can't link your account in this conversation. Sign in on the Corner Shop website, then come back. Your cart is saved.");
      expect(reply.linkAccount).toBeUndefined();
    });
  });

  describe("I'm linked", () => {
    it('says the code is not entered yet until the account holder approves it, then links, and the shopper can buy', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.AddToCart, { product: { value: 'tea', id: 'SKU-10055' } });
      await shop.say(IntentName.LinkAccount);
      shop.later(6);
      const early = await shop.say(IntentName.LinkedNow);
      expect(early.speech).toBe(`I don't see the code entered yet. Go to cornershop dot example slash link, enter ${spoken('4821-0001')} and allow it, then say "I'm linked".`);
      // When the account holder approves on the website
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      const linked = await shop.say(IntentName.LinkedNow);
      // Then the next turn is linked, and the purchase question and the yes work
      expect(linked.speech).toBe("You're linked, Unit Shopper. You can check out, reorder and ask about your orders now. What would you like?");
      const asked = await shop.say(IntentName.Checkout);
      expect(asked.speech).toMatch(/Should I place the order\?$/);
      const placed = await shop.say(IntentName.Yes);
      expect(placed.speech).toMatch(/^Done\. Order [\d ]+ is placed/);
      const [order] = await shop.deps.orders.listByCustomer(shop.customer.customerId, 1);
      expect(order.state).toBe('PLACED');
    });

    it('picks the approval up on any request, and in a later session of the same caller', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.LinkAccount);
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      shop.newSession();
      const status = await shop.say(IntentName.OrderStatus);
      expect(status.speech).toBe("You don't have any orders yet.");
    });

    it('polls at most once per interval, however often the shopper asks', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.LinkAccount);
      shop.later(6);
      await shop.say(IntentName.LinkedNow);
      await shop.say(IntentName.Checkout);
      await shop.say(IntentName.OrderStatus);
      expect(shop.idp.calls.poll).toBe(1);
      shop.later(6);
      await shop.say(IntentName.OrderStatus);
      expect(shop.idp.calls.poll).toBe(2);
    });

    it('waits within the turn for a poll that is due in a moment', async () => {
      // Given a code whose next poll is due in a second
      const shop = linkingShop({ idp: { intervalSeconds: 1 } });
      await shop.say(IntentName.LinkAccount);
      shop.idp.approve(shop.customer.customerId);
      // When the shopper says "I'm linked" at once
      const reply = await shop.say(IntentName.LinkedNow);
      // Then the shop waited for the poll and heard the approval
      expect(reply.speech).toMatch(/^You're linked/);
      expect(shop.idp.calls.poll).toBe(1);
    });

    it('slows down by 5 seconds when the provider says slow_down, as RFC 8628 asks', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.LinkAccount);
      shop.idp.forced.push('slow-down');
      shop.later(6);
      await shop.say(IntentName.LinkedNow);
      expect(shop.idp.calls.poll).toBe(1);
      const record = await shop.deviceLinks.get(shop.userKey());
      expect(record?.pending?.intervalSeconds).toBe(10);
      // five seconds later is too soon now
      shop.later(6);
      await shop.say(IntentName.OrderStatus);
      expect(shop.idp.calls.poll).toBe(1);
      shop.later(5);
      shop.idp.approve(shop.customer.customerId);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/^You're linked/);
    });

    it('says so when the account holder denied it, charges nothing, and a later attempt gets a new code that works', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.LinkAccount);
      shop.idp.deny();
      shop.later(6);
      const denied = await shop.say(IntentName.LinkedNow);
      expect(denied.speech).toBe('The link was turned down on the website, so nothing is linked and nothing was charged. Say "link my account" to try again.');
      expect(await shop.deviceLinks.get(shop.userKey())).toBeUndefined();
      const again = await shop.say(IntentName.LinkAccount);
      expect(again.speech).toContain(spoken('4821-0002'));
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/^You're linked/);
    });

    it('says the code ran out when the provider says expired_token', async () => {
      const shop = linkingShop({ idp: { lifetimeSeconds: 30 } });
      await shop.say(IntentName.LinkAccount);
      shop.later(20);
      // the provider's clock says it is gone before the shop's does
      shop.idp.codes[0].expiresAt = 0;
      const reply = await shop.say(IntentName.LinkedNow);
      expect(reply.speech).toBe('That code ran out before it was entered, so nothing is linked. Say "link my account" for a new one.');
    });

    it('says there is nothing to pick up when no code is out', async () => {
      const shop = linkingShop();
      expect((await shop.say(IntentName.LinkedNow)).speech).toBe('There\'s no code waiting to be entered. Say "link my account" to get one.');
    });
  });

  describe('a provider that is down or slow', () => {
    it('answers within the turn that the sign-in service could not be reached, and a later try works', async () => {
      const shop = linkingShop();
      shop.idp.forced.push('hang');
      const started = shop.scheduler.now();
      const reply = await shop.say(IntentName.LinkAccount);
      expect(reply.speech).toBe("I couldn't reach the sign-in service just now. Nothing was charged. Please try again in a moment.");
      // Dialogflow waits 5 s; the shop answers before its 3.5 s deadline
      expect(shop.scheduler.now() - started).toBeLessThan(3500);
      const next = await shop.say(IntentName.LinkAccount);
      expect(next.speech).toContain('enter the code');
    });

    it('keeps the code when a poll fails, and polls again later', async () => {
      const shop = linkingShop();
      await shop.say(IntentName.LinkAccount);
      shop.idp.forced.push('unavailable');
      shop.later(6);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/couldn't reach the sign-in service/);
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/^You're linked/);
    });
  });

  describe('the held link', () => {
    async function linked(shop: ReturnType<typeof linkingShop>) {
      await shop.say(IntentName.LinkAccount);
      shop.idp.approve(shop.customer.customerId);
      shop.later(6);
      expect((await shop.say(IntentName.LinkedNow)).speech).toMatch(/^You're linked/);
    }

    it('refreshes the access token when it has run out, and stores the rotated refresh token', async () => {
      const shop = linkingShop({ idp: { accessTokenSeconds: 300 } });
      await linked(shop);
      const before = (await shop.deviceLinks.get(shop.userKey()))!.link!;
      shop.later(301);
      expect((await shop.say(IntentName.OrderStatus)).speech).toBe("You don't have any orders yet.");
      const after = (await shop.deviceLinks.get(shop.userKey()))!.link!;
      expect(shop.idp.calls.refresh).toBe(1);
      expect(after.refreshToken).not.toBe(before.refreshToken);
      expect(new Date(after.accessTokenExpiresAt).getTime()).toBeGreaterThan(new Date(before.accessTokenExpiresAt).getTime());
    });

    it('ends the link when its refresh token was revoked, charges nothing, and offers a new code', async () => {
      const shop = linkingShop({ idp: { accessTokenSeconds: 300 } });
      await linked(shop);
      await shop.say(IntentName.AddToCart, { product: { value: 'tea', id: 'SKU-10055' } });
      shop.idp.revokeAllFor(shop.customer.customerId);
      shop.later(301);
      const reply = await shop.say(IntentName.Checkout);
      expect(reply.speech).toMatch(
        /^Your account link has ended\. To buy by voice, link your account: go to cornershop dot example slash link and enter the code 4 8 2 1, 0 0 0 2\./,
      );
      expect(await shop.deps.orders.listByCustomer(shop.customer.customerId, 5)).toEqual([]);
    });

    it('asks introspection about the held token before a charge: down holds the purchase, then a yes buys', async () => {
      const shop = linkingShop();
      const asked: string[] = [];
      let down = true;
      shop.deps.introspection = {
        isActive: async (token) => {
          asked.push(token);
          if (down) throw new Error('introspection endpoint did not answer');
          return true;
        },
      };
      await linked(shop);
      await shop.say(IntentName.AddToCart, { product: { value: 'tea', id: 'SKU-10055' } });
      await shop.say(IntentName.Checkout);
      const held = await shop.say(IntentName.Yes);
      expect(held.speech).toMatch(/couldn't check your account just now, so I didn't place the order and nothing was charged/);
      expect(asked).toEqual([`token:${shop.customer.customerId}`]);
      down = false;
      expect((await shop.say(IntentName.Yes)).speech).toMatch(/^Done\. Order [\d ]+ is placed/);
    });

    it('refuses the charge and ends the link when the provider says the held token is no longer active', async () => {
      const shop = linkingShop();
      shop.deps.introspection = { isActive: async () => false };
      await linked(shop);
      await shop.say(IntentName.AddToCart, { product: { value: 'tea', id: 'SKU-10055' } });
      await shop.say(IntentName.Checkout);
      const refused = await shop.say(IntentName.Yes);
      expect(refused.speech).toMatch(/^Your account link has ended\. To buy by voice, link your account: go to /);
      const [order] = await shop.deps.orders.listByCustomer(shop.customer.customerId, 1);
      expect(order.state).toBe('CANCELLED');
      expect((await shop.deviceLinks.get(shop.userKey()))?.link).toBeUndefined();
    });

    it('unlinks: revokes the refresh token at the provider, forgets the link, the cart and the dialog state', async () => {
      const shop = linkingShop();
      await linked(shop);
      await shop.say(IntentName.AddToCart, { product: { value: 'tea', id: 'SKU-10055' } });
      const held = (await shop.deviceLinks.get(shop.userKey()))!.link!;
      const reply = await shop.say(IntentName.UnlinkAccount);
      expect(reply.speech).toBe("Done. Your account is unlinked and its sign-in is switched off. I've cleared your cart here. Your orders stay on record.");
      expect(reply.endSession).toBe(true);
      expect(shop.idp.calls.revoke).toEqual([held.refreshToken]);
      expect(shop.idp.isRefreshTokenActive(held.refreshToken!)).toBe(false);
      expect(await shop.deviceLinks.get(shop.userKey())).toBeUndefined();
      expect(await shop.deps.carts.get(shop.userKey())).toBeUndefined();
      expect(await shop.deps.dialogState.get(shop.userKey())).toBeUndefined();
      // and the next linked-only request starts over with a code
      expect((await shop.say(IntentName.OrderStatus)).speech).toMatch(/^To check your orders, link your account/);
    });

    it('unlinks here even when the provider cannot be told, and says only what is true', async () => {
      const shop = linkingShop();
      await linked(shop);
      shop.idp.down = true;
      const reply = await shop.say(IntentName.UnlinkAccount);
      expect(reply.speech).toBe("Done. Your account is unlinked here, and I've cleared your cart. Your orders stay on record.");
      expect(await shop.deviceLinks.get(shop.userKey())).toBeUndefined();
    });

    it('says there is nothing to unlink when nothing is linked', async () => {
      const shop = linkingShop();
      shop.on(PHONE, 'tel:someone-else');
      expect((await shop.say(IntentName.UnlinkAccount)).speech).toBe("Your account isn't linked here, so there's nothing to unlink. What would you like?");
      expect(shop.idp.calls.revoke).toEqual([]);
    });
  });
});
