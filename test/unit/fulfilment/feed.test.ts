/**
 * The fulfilment feed on in-memory ports and fake time: each kind of event moves a placed order
 * and the shopper hears it; the same event twice is applied once; a bad event (malformed,
 * unknown order, a date in the past, a state going backwards, a reused id) is refused with its
 * reason and recorded; a shop cancellation refunds through settlement.
 */
import { cancellability } from '../../../src/core/flows/cancel-order';
import { OrderState } from '../../../src/core/order';
import { EventStatus } from '../../../src/ports/fulfilment';
import { afterShop, FAN } from '../../support/after-shop';
import { TEST_POLICY } from '../../support/memory-shop';

const AUDIENCE = { customerId: FAN.customerId, userId: 'amzn1.ask.account.FAN', locale: 'en-US', grantedAt: '2026-03-01T00:00:00.000Z' };

describe('The fulfilment feed', () => {
  describe('a shipped event', () => {
    it('sets the carrier, tracking number and date, and the shopper hears it by voice, email and Alexa notification', async () => {
      // Given a placed order of a shopper who allowed Alexa notifications
      const a = afterShop();
      await a.audiences.grant(AUDIENCE);
      const order = await a.placed();

      // When the warehouse says it shipped
      const answer = await a.post(a.event(order, 'shipped', { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', estimatedDelivery: a.day(2) }));

      // Then the order says so, and nothing else about it changed
      expect(answer).toEqual({ status: 200, body: { outcome: 'applied', eventId: 'evt-1', orderId: order.orderId, state: 'shipped' } });
      const stored = await a.orders.get(order.orderId);
      expect(stored).toMatchObject({
        state: OrderState.Placed,
        fulfilmentState: 'shipped',
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        estimatedDelivery: `${a.day(2)}T00:00:00.000Z`,
        total: order.total,
      });
      // the shopper got an email and an Alexa notification, once each
      expect(a.notices).toEqual([{ to: FAN.email, notice: expect.objectContaining({ kind: 'order-update', update: 'shipped', carrier: 'UPS', orderNumber: order.orderNumber }) }]);
      expect(a.alexa.sent).toHaveLength(1);
      expect(a.alexa.sent[0].audience.userId).toBe(AUDIENCE.userId);
      // and "where is my order" now reads the feed's words
      const status = await a.say('OrderStatusIntent');
      expect(status.speech).toBe(
        `Your order ${order.orderNumber.split('').join(' ')} with Willow Lane Earl Grey Tea has shipped with UPS and should arrive Thursday, March 5. Anything else?`,
      );
    });

    it('is refused without a carrier or a tracking number, naming the field', async () => {
      const a = afterShop();
      const order = await a.placed();
      const answer = await a.post(a.event(order, 'shipped', { carrier: 'UPS' }));
      expect(answer).toEqual({ status: 400, body: { outcome: 'rejected', error: 'a shipped event needs trackingNumber', eventId: 'evt-1' } });
      expect((await a.orders.get(order.orderId))?.fulfilmentState).toBeUndefined();
    });
  });

  describe('the same event twice', () => {
    it('is applied once: the repeat is answered as a duplicate and tells the shopper nothing new', async () => {
      const a = afterShop();
      const order = await a.placed();
      const shipped = a.event(order, 'shipped', { carrier: 'DHL', trackingNumber: 'JD0140' });
      await a.post(shipped);
      const again = await a.post(shipped);
      expect(again).toEqual({ status: 200, body: { outcome: 'duplicate', eventId: shipped.eventId, orderId: order.orderId, state: 'unchanged' } });
      expect(a.notices).toHaveLength(1);
      expect((await a.orders.get(order.orderId))?.fulfilmentVersion).toBe(1);
      expect(a.metrics.of('FulfilmentEventDuplicate')).toBe(1);
    });

    it('is refused with 409 when the id comes back with a different event', async () => {
      const a = afterShop();
      const order = await a.placed();
      const packed = a.event(order, 'packed');
      await a.post(packed);
      const reused = await a.post({ ...packed, type: 'delivered' });
      expect(reused).toEqual({ status: 409, body: { outcome: 'rejected', error: `event id ${packed.eventId} was already used for a different event`, eventId: packed.eventId } });
      expect((await a.orders.get(order.orderId))?.fulfilmentState).toBe('packed');
    });
  });

  describe('events out of order', () => {
    it('never moves an order backwards: packed after shipped is refused and recorded', async () => {
      const a = afterShop();
      const order = await a.placed();
      await a.post(a.event(order, 'shipped', { carrier: 'UPS', trackingNumber: '1Z1' }));
      await a.scheduler.advance(60_000);
      const late = a.event(order, 'packed');
      const answer = await a.post(late);
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ error: `order ${order.orderNumber} is already shipped; packed would move it back` });
      expect((await a.orders.get(order.orderId))?.fulfilmentState).toBe('shipped');
      expect(await a.events.get(String(late.eventId))).toMatchObject({ status: EventStatus.Rejected, httpStatus: 409, reason: expect.stringContaining('would move it back') });
    });

    it('lets an event that happened before the latest update change nothing', async () => {
      const a = afterShop();
      const order = await a.placed();
      const earlier = new Date(a.deps.clock.now().getTime() - 3_600_000).toISOString();
      await a.post(a.event(order, 'shipped', { carrier: 'UPS', trackingNumber: '1Z1' }));
      const stale = await a.post(a.event(order, 'delayed', { newDeliveryDate: a.day(5), occurredAt: earlier }));
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: expect.stringContaining("before the order's latest update") });
      expect((await a.orders.get(order.orderId))?.estimatedDelivery).toBeUndefined();
    });

    it('takes a jump ahead (delivered with no shipped before it) and a later stage again updates details without a second notice', async () => {
      const a = afterShop();
      const order = await a.placed();
      await a.post(a.event(order, 'out-for-delivery'));
      await a.post(a.event(order, 'out-for-delivery', { estimatedDelivery: a.day(0) }));
      expect(a.notices.map((n) => (n.notice as { update: string }).update)).toEqual(['out-for-delivery']);
      await a.post(a.event(order, 'delivered'));
      expect((await a.orders.get(order.orderId))?.fulfilmentState).toBe('delivered');
    });
  });

  describe('bad input', () => {
    it.each([
      ['malformed JSON', '{"eventId": "evt-x", ', /^the body is not valid JSON/],
      ['an array', [], /^the body must be a JSON object$/],
      ['no event id', { orderId: 'ord_after_1', type: 'packed', occurredAt: '2026-03-03T14:00:00Z' }, /^eventId must be/],
      [
        'an unknown type',
        { eventId: 'e1', orderId: 'ord_after_1', type: 'teleported', occurredAt: '2026-03-03T14:00:00Z' },
        /^type must be one of accepted, packed, shipped, out-for-delivery, delivered, delayed, cancelled$/,
      ],
      ['a time without a zone', { eventId: 'e1', orderId: 'ord_after_1', type: 'packed', occurredAt: '2026-03-03 14:00' }, /^occurredAt must be an ISO 8601 time with a time zone/],
      ['a time in the future', { eventId: 'e1', orderId: 'ord_after_1', type: 'packed', occurredAt: '2026-03-04T14:00:00Z' }, /^occurredAt 2026-03-04T14:00:00Z is in the future$/],
      [
        'a delivery date in the past',
        { eventId: 'e1', orderId: 'ord_after_1', type: 'delayed', occurredAt: '2026-03-03T14:00:00Z', newDeliveryDate: '2026-03-01' },
        /^newDeliveryDate 2026-03-01 is in the past$/,
      ],
      [
        'a date that is no date',
        { eventId: 'e1', orderId: 'ord_after_1', type: 'shipped', occurredAt: '2026-03-03T14:00:00Z', carrier: 'UPS', trackingNumber: '1', estimatedDelivery: '2026-02-30' },
        /^estimatedDelivery must be a date/,
      ],
      [
        'a misspelt field',
        { eventId: 'e1', orderId: 'ord_after_1', type: 'shipped', occurredAt: '2026-03-03T14:00:00Z', carrier: 'UPS', trackingNo: '1' },
        /^unknown field "trackingNo"/,
      ],
      ['a delay without a date', { eventId: 'e1', orderId: 'ord_after_1', type: 'delayed', occurredAt: '2026-03-03T14:00:00Z' }, /^a delayed event needs newDeliveryDate$/],
    ])('refuses %s with 400 and the reason, records it, and changes nothing', async (_what, body, reason) => {
      const a = afterShop();
      const order = await a.placed();
      const answer = await a.post(body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ outcome: 'rejected', error: expect.stringMatching(reason) });
      const recorded = [...a.events.records.values()];
      expect(recorded).toEqual([expect.objectContaining({ status: EventStatus.Rejected, httpStatus: 400, reason: expect.stringMatching(reason) })]);
      expect(await a.orders.get(order.orderId)).toEqual(order);
      expect(a.metrics.of('FulfilmentEventRejected')).toBe(1);
    });

    it('refuses an event for an unknown order with 400, and one for an order not placed with 409', async () => {
      const a = afterShop();
      const unknown = await a.post(a.event({ orderId: 'ord_nobody' }, 'packed'));
      expect(unknown).toEqual({ status: 400, body: { outcome: 'rejected', error: 'no order ord_nobody', eventId: 'evt-1' } });
      const order = await a.placed();
      await a.orders.transition(order.orderId, [OrderState.Placed], OrderState.Cancelled, { cancelReason: 'customer-cancelled' });
      const cancelled = await a.post(a.event(order, 'packed'));
      expect(cancelled).toMatchObject({ status: 409, body: { error: `order ${order.orderNumber} is cancelled` } });
    });

    it('takes a corrected retry of a refused event under the same id', async () => {
      const a = afterShop();
      const order = await a.placed();
      const bad = a.event(order, 'shipped', { carrier: 'UPS' });
      expect((await a.post(bad)).status).toBe(400);
      const fixed = await a.post({ ...bad, trackingNumber: '1Z2' });
      expect(fixed.status).toBe(200);
    });
  });

  describe('a delay', () => {
    it('gives the new date, says the order runs late, and tells the shopper', async () => {
      const a = afterShop();
      const order = await a.placed();
      await a.post(a.event(order, 'packed'));
      const answer = await a.post(a.event(order, 'delayed', { newDeliveryDate: a.day(4), reason: 'a storm closed the depot' }));
      expect(answer.status).toBe(200);
      const status = await a.say('OrderStatusIntent');
      expect(status.speech).toMatch(/with Willow Lane Earl Grey Tea is running late\. It should now arrive Saturday, March 7\./);
      expect(a.notices.at(-1)?.notice).toMatchObject({ update: 'delayed', expectedDelivery: '2026-03-07T00:00:00.000Z', delayReason: 'a storm closed the depot' });
    });
  });

  describe('delivered', () => {
    it('records when, queues the one feedback question, and the status says delivered', async () => {
      const a = afterShop();
      const order = await a.placed();
      await a.post(a.event(order, 'delivered'));
      expect(await a.feedback.nextDue(FAN.customerId)).toMatchObject({ orderId: order.orderId });
      const status = await a.say('OrderStatusIntent', { orderNumber: { value: order.orderNumber } });
      expect(status.speech).toMatch(/was delivered Tuesday, March 3\./);
      // a delay after delivery makes no sense, and neither does a cancel
      expect((await a.post(a.event(order, 'delayed', { newDeliveryDate: a.day(3) }))).status).toBe(409);
      expect((await a.post(a.event(order, 'cancelled'))).body).toMatchObject({ error: `order ${order.orderNumber} was delivered; a return is not a cancellation` });
    });
  });

  describe('accepted', () => {
    it('hands the order to fulfilment: it can no longer be cancelled by voice', async () => {
      const a = afterShop();
      const order = await a.placed([['SKU-10054', 1]], 0.1);
      expect(cancellability(order, TEST_POLICY, a.deps.clock.now())).toBe('cancellable');
      await a.post(a.event(order, 'accepted'));
      const taken = (await a.orders.get(order.orderId))!;
      expect(cancellability(taken, TEST_POLICY, a.deps.clock.now())).toBe('with-fulfilment');
      const status = await a.say('OrderStatusIntent');
      expect(status.speech).toMatch(/is with our warehouse\. It should arrive Thursday, March 5\./);
    });
  });

  describe('cancelled by the shop', () => {
    it('cancels the placed order, refunds its charge through settlement, emails it, and the status says the shop cancelled', async () => {
      const a = afterShop();
      const order = await a.placed();
      const answer = await a.post(a.event(order, 'cancelled', { reason: 'out of stock at the warehouse' }));
      expect(answer).toEqual({ status: 200, body: { outcome: 'applied', eventId: 'evt-1', orderId: order.orderId, state: 'cancelled' } });
      const stored = await a.orders.get(order.orderId);
      expect(stored).toMatchObject({ state: OrderState.Cancelled, cancelReason: 'shop-cancelled', refundState: 'succeeded', shopCancelReason: 'out of stock at the warehouse' });
      // the provider holds one refund under the order's key
      const again = await a.payments.refund({ chargeId: order.chargeId!, idempotencyKey: `refund:${order.orderId}` });
      expect(again).toMatchObject({ refundId: stored?.refundId, amount: order.total });
      expect(a.emails.map((e) => e.outcome)).toEqual(['refunded']);
      const status = await a.say('OrderStatusIntent', { orderNumber: { value: order.orderNumber } });
      expect(status.speech).toMatch(/^We had to cancel your order [\d ]+ with Willow Lane Earl Grey Tea, sorry\. The full amount goes back to your card\./);
      // a second cancel for the same order is refused: it is cancelled
      expect((await a.post(a.event(order, 'cancelled'))).status).toBe(409);
    });
  });

  describe('two events for one order at once', () => {
    it('applies both, in the order of their stages, whichever write lands first', async () => {
      const a = afterShop();
      const order = await a.placed();
      const [packed, shipped] = await Promise.all([a.post(a.event(order, 'packed')), a.post(a.event(order, 'shipped', { carrier: 'UPS', trackingNumber: '1Z3' }))]);
      expect([packed.status, shipped.status].sort()).toEqual([200, 200].sort());
      expect((await a.orders.get(order.orderId))?.fulfilmentState).toBe('shipped');
    });
  });
});
