/**
 * One contract for the after-order stores, run against the in-memory ones the unit tests use and
 * the DynamoDB ones on dynalite over HTTP: the feed's event log (claims, leases, retries of a
 * refused event), the order's fulfilment write (only on the version read, never touching the
 * email queue), the outbox (an id once, due in time order), Alexa audiences, stock and cart
 * watches, "stop reminding me", and the feedback question asked once.
 */
import { OrderSource, OrderState, type Order } from '../../src/core/order';
import { MemoryFeedbackStore } from '../../src/infra/feedback/memory-feedback';
import { DynamoFeedbackStore } from '../../src/infra/feedback/dynamo-feedback';
import { DynamoFulfilmentEventLog, DynamoFulfilmentOrders } from '../../src/infra/fulfilment/dynamo-fulfilment';
import { MemoryFulfilmentEventLog, MemoryFulfilmentOrders } from '../../src/infra/fulfilment/memory-fulfilment';
import { DynamoPendingOrders } from '../../src/infra/dynamodb/pending-orders';
import { DynamoOrderStore } from '../../src/infra/dynamodb/stores';
import { MemoryOrderStore, MemoryPendingOrders } from '../../src/infra/memory/stores';
import { DynamoAlexaAudiences, DynamoOutbox, DynamoReminderStore } from '../../src/infra/reminders/dynamo-reminders';
import { MemoryAlexaAudiences, MemoryOutbox, MemoryReminderStore } from '../../src/infra/reminders/memory-reminders';
import type { FeedbackStore } from '../../src/ports/feedback';
import { EventStatus, FulfilmentConflictError, type FulfilmentEventLog, type FulfilmentOrderWriter } from '../../src/ports/fulfilment';
import type { PendingOrderFinder } from '../../src/ports/reconcile';
import { MessageStatus, type AlexaAudienceStore, type NotificationOutbox, type OutboundMessage, type ReminderStore } from '../../src/ports/reminders';
import type { OrderStore } from '../../src/ports/stores';
import { startHarness, type Harness } from '../support/harness';

interface Stores {
  events: FulfilmentEventLog;
  orders: OrderStore;
  writer: FulfilmentOrderWriter;
  pending: PendingOrderFinder;
  outbox: NotificationOutbox;
  audiences: AlexaAudienceStore;
  reminders: ReminderStore;
  feedback: FeedbackStore;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 30_000);
afterAll(() => h.close());

const memory = (): Stores => {
  const orders = new MemoryOrderStore();
  return {
    events: new MemoryFulfilmentEventLog(),
    orders,
    writer: new MemoryFulfilmentOrders(orders),
    pending: new MemoryPendingOrders(orders),
    outbox: new MemoryOutbox(),
    audiences: new MemoryAlexaAudiences(),
    reminders: new MemoryReminderStore(),
    feedback: new MemoryFeedbackStore(),
  };
};
const dynamo = (): Stores => {
  const { doc } = h.runtime.dynamo;
  const { tables } = h.runtime.config;
  return {
    events: new DynamoFulfilmentEventLog({ doc, tableName: tables.fulfilmentEvents }),
    orders: new DynamoOrderStore({ doc, tableName: tables.orders }),
    writer: new DynamoFulfilmentOrders({ doc, tableName: tables.orders }),
    pending: new DynamoPendingOrders({ doc, tableName: tables.orders }),
    outbox: new DynamoOutbox({ doc, tableName: tables.reminders }),
    audiences: new DynamoAlexaAudiences({ doc, tableName: tables.reminders }),
    reminders: new DynamoReminderStore({ doc, tableName: tables.reminders }),
    feedback: new DynamoFeedbackStore({ doc, tableName: tables.feedback }),
  };
};

let seq = 0;
const unique = (label: string) => `${label}-${(seq += 1)}-${Math.random().toString(36).slice(2, 6)}`;

async function placedOrder(s: Stores, patch: Partial<Order> = {}): Promise<Order> {
  const at = '2026-03-03T10:00:00.000Z';
  const order: Order = {
    orderId: unique('ord_contract'),
    orderNumber: '70000001',
    customerId: unique('cust'),
    userKey: 'alexa:u',
    state: OrderState.Pending,
    source: OrderSource.Cart,
    lines: [{ sku: 'SKU-1', name: 'Tea', quantity: 1, unitPrice: 500 }],
    subtotal: 500,
    tax: 0,
    deliveryFee: 0,
    total: 500,
    currency: 'USD',
    quoteHash: 'h',
    sellerName: 'Corner Shop',
    address: { line1: '1 Lane', city: 'Town', region: 'TX', postalCode: '1', country: 'US' },
    createdAt: at,
    updatedAt: at,
    confirmedAt: at,
  };
  await s.orders.create(order);
  return s.orders.transition(order.orderId, [OrderState.Pending], OrderState.Placed, { placedAt: at, ...patch });
}

const message = (id: string, dueAt: string, customerId = 'c1'): OutboundMessage => ({
  messageId: id,
  channel: 'email',
  customerId,
  notice: { kind: 'back-in-stock', sellerName: 'Corner Shop', sku: 'SKU-1', productName: 'Tea' },
  status: MessageStatus.Due,
  createdAt: dueAt,
  dueAt,
  attempts: 0,
});

describe.each([
  ['in memory', memory],
  ['on DynamoDB', dynamo],
])('After-order stores %s', (_where, make) => {
  describe('the fulfilment event log', () => {
    it('gives an event id to one caller at a time, to another once the claim is stale, and never again once applied', async () => {
      const { events } = make();
      const id = unique('evt');
      const record = { eventId: id, status: EventStatus.Processing, receivedAt: '2026-03-03T10:00:00.000Z', orderId: 'o1', kind: 'shipped', fingerprint: 'f1' };
      expect(await events.claim(record, '2026-03-03T09:59:00.000Z')).toBe(true);
      expect(await events.claim({ ...record, receivedAt: '2026-03-03T10:00:30.000Z' }, '2026-03-03T09:59:30.000Z')).toBe(false);
      expect(await events.claim({ ...record, receivedAt: '2026-03-03T10:02:00.000Z' }, '2026-03-03T10:01:00.000Z')).toBe(true);
      await events.finish({ ...record, status: EventStatus.Applied, appliedAt: '2026-03-03T10:02:01.000Z', httpStatus: 200 });
      expect(await events.claim({ ...record, receivedAt: '2026-03-03T11:00:00.000Z' }, '2026-03-03T10:59:00.000Z')).toBe(false);
      expect(await events.get(id)).toEqual({ ...record, status: EventStatus.Applied, appliedAt: '2026-03-03T10:02:01.000Z', httpStatus: 200 });
    });

    it('lets a refused event be sent again, corrected, under the same id', async () => {
      const { events } = make();
      const id = unique('evt');
      await events.finish({ eventId: id, status: EventStatus.Rejected, receivedAt: '2026-03-03T10:00:00.000Z', reason: 'no order o9', httpStatus: 400 });
      expect(await events.claim({ eventId: id, status: EventStatus.Processing, receivedAt: '2026-03-03T10:01:00.000Z' }, '2026-03-03T10:00:00.000Z')).toBe(true);
    });
  });

  describe('the fulfilment write', () => {
    it('changes an order only on the version read, and leaves its email queue alone', async () => {
      const s = make();
      const order = await placedOrder(s, { noticeOwed: 'placed' });
      const shipped = await s.writer.apply(order.orderId, 0, { fulfilmentState: 'shipped', carrier: 'UPS', fulfilmentVersion: 1, fulfilmentAt: '2026-03-03T11:00:00.000Z' });
      expect(shipped).toMatchObject({ state: OrderState.Placed, fulfilmentState: 'shipped', carrier: 'UPS', fulfilmentVersion: 1, total: 500, noticeOwed: 'placed' });
      await expect(s.writer.apply(order.orderId, 0, { fulfilmentState: 'packed', fulfilmentVersion: 1 })).rejects.toBeInstanceOf(FulfilmentConflictError);
      // the placed email is still owed, and reconciliation still finds it
      expect((await s.pending.listOwedNotices(100)).map((o) => o.orderId)).toContain(order.orderId);
    });

    it('refuses an order that is not placed', async () => {
      const s = make();
      const order = await placedOrder(s);
      await s.orders.transition(order.orderId, [OrderState.Placed], OrderState.Cancelled, { cancelReason: 'customer-cancelled' });
      await expect(s.writer.apply(order.orderId, 0, { fulfilmentState: 'packed', fulfilmentVersion: 1 })).rejects.toBeInstanceOf(FulfilmentConflictError);
    });
  });

  describe('the outbox', () => {
    it('keeps an id once, hands out what is due in time order, and nothing once sent', async () => {
      const { outbox } = make();
      const [a, b, c] = [unique('m'), unique('m'), unique('m')];
      await outbox.enqueue([message(b, '2000-01-01T00:02:00.000Z'), message(a, '2000-01-01T00:01:00.000Z'), message(c, '2999-01-01T00:00:00.000Z')]);
      await outbox.enqueue([{ ...message(a, '2000-01-01T00:01:00.000Z'), attempts: 5 }]);
      const due = (await outbox.due('2026-01-01T00:00:00.000Z', 100)).filter((m) => [a, b, c].includes(m.messageId));
      expect(due.map((m) => [m.messageId, m.attempts])).toEqual([
        [a, 0],
        [b, 0],
      ]);
      await outbox.update({ ...due[0], status: MessageStatus.Sent, sentAt: '2026-01-01T00:00:00.000Z', attempts: 1 });
      await outbox.update({ ...due[1], dueAt: '2999-01-01T00:00:00.000Z', attempts: 1, lastError: 'NotificationRateLimitedError: 429' });
      expect((await outbox.due('2026-01-01T00:00:00.000Z', 100)).filter((m) => [a, b, c].includes(m.messageId))).toEqual([]);
    });
  });

  describe('Alexa audiences', () => {
    it('are kept per customer and go when their Alexa user withdraws the permission', async () => {
      const { audiences } = make();
      const customerId = unique('cust');
      const [u1, u2] = [unique('amzn1.ask.account'), unique('amzn1.ask.account')];
      await audiences.grant({ customerId, userId: u1, locale: 'de-DE', grantedAt: '2026-03-01T00:00:00.000Z' });
      await audiences.grant({ customerId, userId: u2, locale: 'en-US', grantedAt: '2026-03-02T00:00:00.000Z' });
      await audiences.revoke(u1);
      expect(await audiences.forCustomer(customerId)).toEqual([{ customerId, userId: u2, locale: 'en-US', grantedAt: '2026-03-02T00:00:00.000Z' }]);
    });
  });

  describe('reminders', () => {
    it('keep stock and cart watches until the shopper says stop', async () => {
      const { reminders } = make();
      const customerId = unique('cust');
      await reminders.watchStock({ customerId, sku: 'SKU-9', productName: 'Jam', locale: 'en-US', createdAt: '2026-03-01T00:00:00.000Z' });
      await reminders.watchStock({ customerId, sku: 'SKU-8', productName: 'Tea', locale: 'en-US', createdAt: '2026-03-01T00:00:01.000Z' });
      expect((await reminders.stockWatches(1000)).filter((w) => w.customerId === customerId).map((w) => w.sku)).toEqual(['SKU-9', 'SKU-8']);
      await reminders.removeStockWatch(customerId, 'SKU-9');
      const watch = {
        customerId,
        userKeys: ['alexa:u1'],
        locale: 'en-US',
        createdAt: '2026-03-01T00:00:00.000Z',
        checkAt: '2026-03-01T04:00:00.000Z',
        seen: { 'alexa:u1': { version: 3, at: '2026-03-01T00:05:00.000Z' } },
      };
      await reminders.saveCartWatch(watch);
      expect(await reminders.getCartWatch(customerId)).toEqual(watch);
      expect((await reminders.dueCartWatches('2026-03-01T03:59:00.000Z', 1000)).filter((w) => w.customerId === customerId)).toEqual([]);
      expect((await reminders.dueCartWatches('2026-03-01T04:00:00.000Z', 1000)).filter((w) => w.customerId === customerId)).toEqual([watch]);
      expect(await reminders.stopAll(customerId)).toBe(2);
      expect((await reminders.stockWatches(1000)).filter((w) => w.customerId === customerId)).toEqual([]);
      expect(await reminders.getCartWatch(customerId)).toBeUndefined();
      expect(await reminders.stopAll(customerId)).toBe(0);
    });
  });

  describe('feedback', () => {
    it('asks about the latest delivery, once', async () => {
      const { feedback } = make();
      const customerId = unique('cust');
      await feedback.askLater({ customerId, orderId: 'o-old', deliveredAt: '2026-03-01T10:00:00.000Z' });
      await feedback.askLater({ customerId, orderId: 'o-new', deliveredAt: '2026-03-02T10:00:00.000Z' });
      expect(await feedback.nextDue(customerId)).toEqual({ customerId, orderId: 'o-new', deliveredAt: '2026-03-02T10:00:00.000Z' });
      expect(await feedback.takeDue(customerId, 'o-new')).toBe(true);
      expect(await feedback.takeDue(customerId, 'o-new')).toBe(false);
      await feedback.record({ feedbackId: unique('fb'), customerId, orderId: 'o-new', rating: 4, platform: 'alexa', locale: 'en-US', at: '2026-03-02T11:00:00.000Z' });
    });
  });
});
