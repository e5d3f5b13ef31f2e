/**
 * One contract for the stores the money path relies on, run against the in-memory stores (unit
 * tests) and the DynamoDB ones (dynalite over HTTP) alike: conditional transitions, the email
 * owed and its claim by kind, reconciliation's queues, versioned dialog state, carts written only
 * at the version read, spending reserved once per order and a wrong code counted once per attempt.
 */
import { OrderSource, OrderState, type Order } from '../../src/core';
import { DialogStateConflictError, OrderStateConflictError, CartVersionConflictError } from '../../src/core/errors';
import { createDynamoClients, type DynamoClients } from '../../src/infra/dynamodb/client';
import { DynamoPendingOrders } from '../../src/infra/dynamodb/pending-orders';
import { DynamoCartStore, DynamoCustomerStore, DynamoDialogStateStore, DynamoOrderStore } from '../../src/infra/dynamodb/stores';
import { ensureTables, tableNames } from '../../src/infra/dynamodb/tables';
import { DynamoVoiceSecurityStore } from '../../src/infra/dynamodb/voice-security';
import { MemoryCartStore, MemoryDialogStateStore, MemoryOrderStore, MemoryPendingOrders, MemoryVoiceSecurityStore } from '../../src/infra/memory/stores';
import type { PendingOrderFinder } from '../../src/ports/reconcile';
import type { VoiceSecurityStore } from '../../src/ports/safeguards';
import type { CartStore, DialogStateStore, OrderStore } from '../../src/ports/stores';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';

interface Stores {
  orders: OrderStore;
  finder: PendingOrderFinder;
  carts: CartStore;
  dialogState: DialogStateStore;
  security: VoiceSecurityStore;
}

let embedded: EmbeddedStore;
let dynamo: DynamoClients;
let seq = 0;

beforeAll(async () => {
  embedded = await startEmbeddedStore();
  dynamo = createDynamoClients({ region: 'us-east-1', endpoint: embedded.endpoint });
});
afterAll(async () => {
  dynamo.client.destroy();
  await embedded.close();
});

const kinds: Array<[string, () => Promise<Stores>]> = [
  [
    'in memory',
    async () => {
      const orders = new MemoryOrderStore();
      return { orders, finder: new MemoryPendingOrders(orders), carts: new MemoryCartStore(), dialogState: new MemoryDialogStateStore(), security: new MemoryVoiceSecurityStore() };
    },
  ],
  [
    'DynamoDB (dynalite)',
    async () => {
      seq += 1;
      const tables = tableNames(`contract-${seq}`);
      await ensureTables(dynamo.client, tables);
      const doc = dynamo.doc;
      await new DynamoCustomerStore({ doc, tableName: tables.customers }).put({
        customerId: 'cust-contract',
        name: 'Contract',
        email: 'contract@example.com',
        address: { line1: '1 Way', city: 'City', region: 'WA', postalCode: '98101', country: 'US' },
        paymentMethodRef: 'pm_sandbox_visa',
      });
      return {
        orders: new DynamoOrderStore({ doc, tableName: tables.orders }),
        finder: new DynamoPendingOrders({ doc, tableName: tables.orders }),
        carts: new DynamoCartStore({ doc, tableName: tables.carts }),
        dialogState: new DynamoDialogStateStore({ doc, tableName: tables.dialogState }),
        security: new DynamoVoiceSecurityStore({ doc, tableName: tables.customers }),
      };
    },
  ],
];

function order(id: string, state: Order['state'] = OrderState.AwaitingConfirmation): Order {
  const at = '2026-12-01T10:00:00.000Z';
  return {
    orderId: id,
    orderNumber: '12345678',
    customerId: 'cust-contract',
    userKey: 'alexa:contract',
    state,
    source: OrderSource.Cart,
    lines: [{ sku: 'SKU-1', name: 'Thing', quantity: 1, unitPrice: 500 }],
    subtotal: 500,
    tax: 41,
    deliveryFee: 499,
    total: 1040,
    currency: 'USD',
    quoteHash: 'h',
    sellerName: 'Corner Shop',
    address: { line1: '1 Way', city: 'City', region: 'WA', postalCode: '98101', country: 'US' },
    createdAt: at,
    updatedAt: at,
  };
}

describe.each(kinds)('The stores, %s', (_, make) => {
  let s: Stores;
  beforeEach(async () => {
    s = await make();
  });

  describe('OrderStore.transition', () => {
    it('moves an order only from the states named, and keeps a patch field unset when it is undefined', async () => {
      await s.orders.create(order('ord-c1'));
      await expect(s.orders.transition('ord-c1', [OrderState.Pending], OrderState.Placed)).rejects.toBeInstanceOf(OrderStateConflictError);
      const pending = await s.orders.transition('ord-c1', [OrderState.AwaitingConfirmation], OrderState.Pending, {
        confirmedAt: '2026-12-01T10:01:00.000Z',
        chargeOwner: 'turn-1',
        spendDay: undefined,
      });
      expect(pending).toMatchObject({ state: OrderState.Pending, chargeOwner: 'turn-1' });
      expect(pending.spendDay).toBeUndefined();
    });

    it('queues PENDING orders for reconciliation, and a settled one for its email until it is sent', async () => {
      await s.orders.create(order('ord-c2'));
      await s.orders.transition('ord-c2', [OrderState.AwaitingConfirmation], OrderState.Pending, { confirmedAt: '2026-12-01T10:01:00.000Z' });
      expect((await s.finder.listPending('2026-12-01T10:05:00.000Z', 10)).map((o) => o.orderId)).toEqual(['ord-c2']);
      expect(await s.finder.listPending('2026-12-01T10:00:30.000Z', 10)).toEqual([]);
      await s.orders.transition('ord-c2', [OrderState.Pending], OrderState.Placed, { chargeId: 'pi_1', noticeOwed: 'placed' });
      expect(await s.finder.listPending('2026-12-01T10:05:00.000Z', 10)).toEqual([]);
      expect((await s.finder.listOwedNotices(10)).map((o) => o.orderId)).toEqual(['ord-c2']);
      await s.orders.noticeSent('ord-c2', '2026-12-01T10:02:00.000Z', 'placed');
      expect(await s.finder.listOwedNotices(10)).toEqual([]);
    });
  });

  describe('OrderStore.claimNotice', () => {
    it('gives an owed email to one sender at a time, to another once the claim is stale, and never once sent', async () => {
      await s.orders.create(order('ord-c3'));
      await s.orders.transition('ord-c3', [OrderState.AwaitingConfirmation], OrderState.Pending, { confirmedAt: '2026-12-01T10:01:00.000Z' });
      await s.orders.transition('ord-c3', [OrderState.Pending], OrderState.Failed, { declineCode: 'card_declined', noticeOwed: 'failed' });
      expect(await s.orders.claimNotice('ord-c3', '2026-12-01T10:02:00.000Z', '2026-12-01T10:00:00.000Z')).toMatchObject({ noticeOwed: 'failed' });
      expect(await s.orders.claimNotice('ord-c3', '2026-12-01T10:02:30.000Z', '2026-12-01T10:00:30.000Z')).toBeUndefined();
      expect(await s.orders.claimNotice('ord-c3', '2026-12-01T10:05:00.000Z', '2026-12-01T10:03:00.000Z')).toMatchObject({ noticeOwed: 'failed' });
      await s.orders.noticeSent('ord-c3', '2026-12-01T10:05:01.000Z', 'failed');
      expect(await s.orders.claimNotice('ord-c3', '2026-12-01T11:00:00.000Z', '2026-12-01T10:58:00.000Z')).toBeUndefined();
    });

    it('lets an order owe a second email of another kind (placed, then refunded)', async () => {
      await s.orders.create(order('ord-c4'));
      await s.orders.transition('ord-c4', [OrderState.AwaitingConfirmation], OrderState.Pending, { confirmedAt: '2026-12-01T10:01:00.000Z' });
      await s.orders.transition('ord-c4', [OrderState.Pending], OrderState.Placed, { chargeId: 'pi_4', noticeOwed: 'placed' });
      await s.orders.claimNotice('ord-c4', '2026-12-01T10:02:00.000Z', '2026-12-01T10:00:00.000Z');
      await s.orders.noticeSent('ord-c4', '2026-12-01T10:02:01.000Z', 'placed');
      await s.orders.transition('ord-c4', [OrderState.Placed], OrderState.Cancelled, { refundState: 'requested', noticeOwed: 'refunded' });
      expect((await s.finder.listRefundsOwed(10)).map((o) => o.orderId)).toEqual(['ord-c4']);
      await s.orders.transition('ord-c4', [OrderState.Cancelled], OrderState.Cancelled, { refundState: 'succeeded', refundId: 're_4', noticeOwed: 'refunded' });
      expect(await s.finder.listRefundsOwed(10)).toEqual([]);
      expect(await s.orders.claimNotice('ord-c4', '2026-12-01T10:10:00.000Z', '2026-12-01T10:08:00.000Z')).toMatchObject({ noticeOwed: 'refunded' });
    });
  });

  describe('DialogStateStore.save', () => {
    it('writes only at the version read, so a late turn cannot overwrite a newer one', async () => {
      await s.dialogState.save('alexa:contract', { sessionId: 's1', version: 0, updatedAt: 'now' });
      const read = await s.dialogState.get('alexa:contract');
      expect(read?.version).toBe(1);
      await s.dialogState.save('alexa:contract', { ...read!, focusSku: 'SKU-NEW' });
      await expect(s.dialogState.save('alexa:contract', { ...read!, focusSku: 'SKU-LATE' })).rejects.toBeInstanceOf(DialogStateConflictError);
      expect((await s.dialogState.get('alexa:contract'))?.focusSku).toBe('SKU-NEW');
    });
  });

  describe('CartStore.save', () => {
    it('saves only at the version read and keeps the write token and the orders taken out', async () => {
      const first = await s.carts.save({ userKey: 'alexa:contract', lines: [{ sku: 'A', quantity: 1 }], version: 0, writeToken: 'w1' });
      await expect(s.carts.save({ userKey: 'alexa:contract', lines: [], version: 0 })).rejects.toBeInstanceOf(CartVersionConflictError);
      await s.carts.save({ ...first, lines: [], writeToken: 'w2', settledOrders: ['ord-x'] });
      expect(await s.carts.get('alexa:contract')).toMatchObject({ version: 2, writeToken: 'w2', settledOrders: ['ord-x'] });
    });
  });

  describe('VoiceSecurityStore', () => {
    it("reserves a day's spending once per order and gives it back once", async () => {
      expect(await s.security.reserveSpend('cust-contract', '2026-12-01', 3000, 5000, 'ord-a')).toBe(true);
      expect(await s.security.reserveSpend('cust-contract', '2026-12-01', 3000, 5000, 'ord-a')).toBe(true);
      expect(await s.security.reserveSpend('cust-contract', '2026-12-01', 3000, 5000, 'ord-b')).toBe(false);
      expect((await s.security.get('cust-contract')).spentToday).toBe(3000);
      await s.security.releaseSpend('cust-contract', '2026-12-01', 'ord-a');
      await s.security.releaseSpend('cust-contract', '2026-12-01', 'ord-a');
      expect((await s.security.get('cust-contract')).spentToday).toBe(0);
      expect(await s.security.reserveSpend('cust-contract', '2026-12-02', 4000, 5000, 'ord-c')).toBe(true);
      expect((await s.security.get('cust-contract')).spentToday).toBe(4000);
    });

    it('counts a wrong voice code once per attempt', async () => {
      expect(await s.security.recordPinFailure('cust-contract', 'attempt-1')).toBe(1);
      expect(await s.security.recordPinFailure('cust-contract', 'attempt-1')).toBe(1);
      expect(await s.security.recordPinFailure('cust-contract', 'attempt-2')).toBe(2);
    });
  });
});

describe('An order item in a shape the shop never writes', () => {
  it('is read as a clear error naming the field, not guessed at', async () => {
    const { orderFromItem, StoredItemInvalidError } = await import('../../src/infra/dynamodb/stores');
    const stored = { ...order('ord-bad'), total: '10.40' } as unknown as Record<string, unknown>;
    expect(() => orderFromItem(stored)).toThrow(StoredItemInvalidError);
    expect(() => orderFromItem(stored)).toThrow(/ord-bad has no valid total/);
    expect(orderFromItem({ ...order('ord-good'), pendingQueue: 'PENDING', expiresAt: 1 } as unknown as Record<string, unknown>)).not.toHaveProperty('pendingQueue');
  });
});
