/**
 * Reminders, opt-in only, on in-memory ports and fake time: back in stock once a watched product
 * returns, one cart reminder for a cart left long enough (an Alexa notification where allowed,
 * otherwise an email, naming no promotion until one exists), shipping updates, "stop reminding
 * me", and the outbox's answers to a notification API that says 403 or 429.
 */
import { repeatEvery, runReminders } from '../../../src/core/flows/reminders-runner';
import { deliverDue, MAX_ATTEMPTS } from '../../../src/core/flows/reminders-outbox';
import { MessageStatus } from '../../../src/ports/reminders';
import { NotificationPermissionRevokedError, NotificationRateLimitedError, NotificationUnavailableError } from '../../../src/ports/notifications';
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { afterShop, FAN, type AfterShop } from '../../support/after-shop';

const AUDIENCE = { customerId: FAN.customerId, userId: 'amzn1.ask.account.FAN', locale: 'en-US', grantedAt: '2026-03-01T00:00:00.000Z' };
const MINUTE = 60_000;
const gone = DEMO_PRODUCTS.find((p) => p.inStock && p.category === 'paper towels')!;
const run = (a: AfterShop) => a.scheduler.run(runReminders(a.deps, a.deps.logger)).then((r) => r.value);

describe('Reminders', () => {
  describe('"tell me when paper towels are back in stock"', () => {
    it('watches the product while it is out, tells the shopper once when an update brings it back, then forgets it', async () => {
      // Given a product out of stock, and a shopper who asks to be told
      const a = afterShop();
      a.catalog.update(gone.sku, { inStock: false });
      const reply = await a.say('NotifyMeIntent', { product: { value: gone.name, id: gone.sku } });
      expect(reply.speech).toBe(
        `Okay, I'll let you know when ${gone.name} is back in stock, by email, and with an Alexa notification if you've allowed them. Say "stop reminding me" to turn it off.`,
      );
      expect(reply.reprompt).toBe('Anything else?');
      expect(await a.reminders.stockWatches(10)).toEqual([expect.objectContaining({ customerId: FAN.customerId, sku: gone.sku })]);

      // When runs pass with it still out, nothing is sent
      await run(a);
      expect(a.notices).toEqual([]);

      // When a stock update brings it back, the next run tells the shopper once
      a.catalog.update(gone.sku, { inStock: true });
      const report = await run(a);
      expect(report).toMatchObject({ backInStock: 1, sent: 1 });
      expect(a.notices).toEqual([{ to: FAN.email, notice: { kind: 'back-in-stock', sellerName: 'Corner Shop', sku: gone.sku, productName: gone.name } }]);
      await run(a);
      expect(a.notices).toHaveLength(1);
      expect(await a.reminders.stockWatches(10)).toEqual([]);
    });

    it('says so at once when the product is in stock, and offers to add it', async () => {
      const a = afterShop();
      const reply = await a.say('NotifyMeIntent', { product: { value: gone.name, id: gone.sku } });
      expect(reply.speech).toBe(`Good news: ${gone.name} is in stock right now. Want me to add it?`);
      expect(await a.reminders.stockWatches(10)).toEqual([]);
      expect((await a.say('YesIntent')).speech).toMatch(/^Added 1 /);
    });

    it('asks a shopper who is not linked to link first, and watches nothing', async () => {
      const a = afterShop();
      const reply = await a.say('NotifyMeIntent', { product: { value: gone.name, id: gone.sku } }, { accessToken: undefined });
      expect(reply.linkAccount).toBe(true);
      expect(reply.speech).toMatch(/^To set up reminders, please link your account/);
    });
  });

  describe('"tell me when my order ships"', () => {
    it('says the order will be emailed about (and notified on Alexa), or that it already shipped', async () => {
      const a = afterShop();
      const order = await a.placed();
      const spoken = order.orderNumber.split('').join(' ');
      expect((await a.say('NotifyMeIntent')).speech).toBe(
        `Okay. I'll let you know when order ${spoken} ships, by email, and with an Alexa notification if you've allowed them in the Alexa app.`,
      );
      expect((await a.say('NotifyMeIntent', {}, { platform: 'dialogflow' })).speech).toBe(`Okay. I'll email you when order ${spoken} ships.`);
      await a.post(a.event(order, 'shipped', { carrier: 'FedEx', trackingNumber: '7712', estimatedDelivery: a.day(1) }));
      expect((await a.say('NotifyMeIntent')).speech).toBe(`Order ${spoken} has already shipped with FedEx and should arrive Wednesday, March 4.`);
    });
  });

  describe('a cart left behind', () => {
    it('gets one reminder once it has been left, unchanged and with items, for the configured time', async () => {
      // Given a shopper with an item in the cart who asked to be reminded (4 hours by default)
      const a = afterShop();
      await a.say('AddToCartIntent', { product: { value: gone.name, id: gone.sku } });
      const on = await a.say('CartReminderIntent');
      expect(on.speech).toBe('Okay. If you leave items in your cart, I\'ll remind you once after 4 hours, by Alexa notification or email. Say "stop reminding me" to turn it off.');
      const stop = repeatEvery(a.scheduler, 5 * MINUTE, () => runReminders(a.deps, a.deps.logger));

      // When three hours pass, nothing; when the cart changes, the wait starts over
      await a.scheduler.advance(180 * MINUTE);
      expect(a.notices).toEqual([]);
      await a.say('AddToCartIntent', { product: { value: gone.name, id: gone.sku } });
      await a.scheduler.advance(200 * MINUTE);
      expect(a.notices).toEqual([]);

      // Then, 4 hours after the last change (seen within one 5-minute run), exactly one reminder, by email
      await a.scheduler.advance(50 * MINUTE);
      expect(a.notices).toEqual([{ to: FAN.email, notice: expect.objectContaining({ kind: 'cart-reminder', items: [{ name: gone.name, quantity: 2 }] }) }]);
      expect((a.notices[0].notice as { promotion?: string }).promotion).toBeUndefined();
      await a.scheduler.advance(24 * 60 * MINUTE);
      expect(a.notices).toHaveLength(1);
      stop();
    });

    it('goes as an Alexa notification instead of an email where the shopper allowed them, and names a promotion when one applies', async () => {
      const a = afterShop();
      await a.audiences.grant(AUDIENCE);
      const { MemoryPromotionStore } = await import('../../../src/infra/memory/deciding-stores');
      a.deps.promotions = new MemoryPromotionStore();
      const now = a.deps.clock.now().getTime();
      await a.deps.promotions.putAll([
        {
          id: 'towels-10',
          kind: 'percent-off',
          target: { kind: 'category', category: 'paper towels' },
          percent: 10,
          startsAt: new Date(now - 86_400_000).toISOString(),
          endsAt: '2099-01-01T00:00:00.000Z',
        },
      ]);
      await a.say('AddToCartIntent', { product: { value: gone.name, id: gone.sku } });
      await a.say('CartReminderIntent');
      await run(a);
      await a.scheduler.advance(241 * MINUTE);
      await run(a);
      expect(a.notices).toEqual([]);
      expect(a.alexa.sent).toEqual([
        expect.objectContaining({
          notice: expect.objectContaining({ kind: 'cart-reminder', promotion: '10% off paper towels until Wednesday, December 31.' }),
          audience: AUDIENCE,
        }),
      ]);
    });

    it('is never sent to a shopper who did not ask', async () => {
      const a = afterShop();
      await a.say('AddToCartIntent', { product: { value: gone.name, id: gone.sku } });
      await a.scheduler.advance(48 * 60 * MINUTE);
      await run(a);
      expect(a.notices).toEqual([]);
      expect(a.alexa.calls).toEqual([]);
    });
  });

  describe('"stop reminding me"', () => {
    it('removes every stock and cart reminder; order emails still go', async () => {
      const a = afterShop();
      a.catalog.update(gone.sku, { inStock: false });
      await a.say('NotifyMeIntent', { product: { value: gone.name, id: gone.sku } });
      await a.say('AddToCartIntent', { product: { value: DEMO_PRODUCTS[0].name, id: DEMO_PRODUCTS[0].sku } });
      await a.say('CartReminderIntent');
      const reply = await a.say('StopRemindersIntent');
      expect(reply.speech).toBe("Okay, no more reminders. You'll still get emails about your orders.");
      expect(await a.reminders.stockWatches(10)).toEqual([]);
      expect(await a.reminders.getCartWatch(FAN.customerId)).toBeUndefined();
      a.catalog.update(gone.sku, { inStock: true });
      await a.scheduler.advance(48 * 60 * MINUTE);
      await run(a);
      expect(a.notices).toEqual([]);
      expect((await a.say('StopRemindersIntent')).speech).toBe("You don't have any reminders on. You'll still get emails about your orders.");
    });
  });
});

describe('The outbox, against a notification API that says no', () => {
  async function shippedWithAlexa(a: AfterShop) {
    await a.audiences.grant(AUDIENCE);
    const order = await a.placed();
    await a.post(a.event(order, 'shipped', { carrier: 'UPS', trackingNumber: '1Z4' }));
    return order;
  }

  it('stops sending to a shopper whose permission the API says is revoked (403), and records it', async () => {
    const a = afterShop();
    a.alexa.then(new NotificationPermissionRevokedError('403'));
    const order = await shippedWithAlexa(a);
    expect(a.alexa.sent).toEqual([]);
    expect(await a.audiences.forCustomer(FAN.customerId)).toEqual([]);
    expect([...a.outbox.messages.values()].find((m) => m.channel === 'alexa')).toMatchObject({
      status: MessageStatus.Dropped,
      lastError: expect.stringContaining('NotificationPermissionRevokedError'),
    });
    expect(a.metrics.of('AlexaPermissionRevoked')).toBe(1);
    // the email still went, and the next update goes by email only
    await a.post(a.event(order, 'delivered'));
    expect(a.alexa.calls).toHaveLength(1);
    expect(a.notices.map((n) => (n.notice as { update: string }).update)).toEqual(['shipped', 'delivered']);
  });

  it('sends again after the time a 429 asks for, and after a 5xx with growing waits, never losing the message', async () => {
    const a = afterShop();
    a.alexa.then(new NotificationRateLimitedError('429', { retryAfterMs: 120_000 }), new NotificationUnavailableError('503'));
    await shippedWithAlexa(a);
    const alexaMessage = () => [...a.outbox.messages.values()].find((m) => m.channel === 'alexa')!;
    expect(alexaMessage()).toMatchObject({ status: MessageStatus.Due, attempts: 1, lastError: expect.stringContaining('429') });
    expect(alexaMessage().dueAt).toBe(new Date(a.deps.clock.now().getTime() + 120_000).toISOString());
    await a.scheduler.advance(60_000);
    await a.scheduler.run(deliverDue(a.deps, a.deps.logger));
    expect(a.alexa.calls).toHaveLength(1);
    await a.scheduler.advance(61_000);
    await a.scheduler.run(deliverDue(a.deps, a.deps.logger));
    expect(alexaMessage()).toMatchObject({ status: MessageStatus.Due, attempts: 2 });
    await a.scheduler.advance(2 * MINUTE);
    await a.scheduler.run(deliverDue(a.deps, a.deps.logger));
    expect(alexaMessage()).toMatchObject({ status: MessageStatus.Sent, attempts: 3 });
    expect(a.alexa.sent).toHaveLength(1);
    expect(a.metrics.of('NoticeRetried')).toBe(2);
  });

  it('gives up after the last try and records it as dropped', async () => {
    const a = afterShop();
    a.alexa.then(...Array.from({ length: MAX_ATTEMPTS }, () => new NotificationUnavailableError('503')));
    await shippedWithAlexa(a);
    for (let i = 0; i < MAX_ATTEMPTS; i += 1) {
      await a.scheduler.advance(61 * MINUTE);
      await a.scheduler.run(deliverDue(a.deps, a.deps.logger));
    }
    expect([...a.outbox.messages.values()].find((m) => m.channel === 'alexa')).toMatchObject({ status: MessageStatus.Dropped, attempts: MAX_ATTEMPTS });
    expect(a.alexa.calls).toHaveLength(MAX_ATTEMPTS);
  });
});
