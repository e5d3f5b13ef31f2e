/**
 * Reconciliation's view of the orders table, on dynalite over loopback HTTP: the sparse `pending`
 * index holds an order exactly while it is PENDING, and listing reads that index, never the table.
 */
import { OrderSource, OrderState, type Order } from '../../src/core/order';
import { createDynamoClients } from '../../src/infra/dynamodb/client';
import type { DynamoHttpClient } from '../../src/infra/dynamodb/http-client';
import { DynamoPendingOrders } from '../../src/infra/dynamodb/pending-orders';
import { DynamoOrderStore } from '../../src/infra/dynamodb/stores';
import { ensureTables, PENDING_ORDERS_INDEX, tableNames } from '../../src/infra/dynamodb/tables';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import { StoreTap, type StoreCall } from '../support/store-tap';

const tables = tableNames('pending-orders-test');
let store: EmbeddedStore;
let tap: StoreTap;
let client: DynamoHttpClient;
let orders: DynamoOrderStore;
let pending: DynamoPendingOrders;

beforeAll(async () => {
  store = await startEmbeddedStore();
  tap = await StoreTap.start(store.endpoint);
  client = createDynamoClients({ region: 'us-east-1', endpoint: tap.endpoint }).client;
  await ensureTables(client, tables);
  orders = new DynamoOrderStore({ doc: client, tableName: tables.orders });
  pending = new DynamoPendingOrders({ doc: client, tableName: tables.orders });
});
afterAll(async () => {
  client.destroy();
  await tap.close();
  await store.close();
});

let n = 0;
function order(): Order {
  n += 1;
  const at = '2026-11-20T10:00:00.000Z';
  return {
    orderId: `ord-pending-${n}`,
    orderNumber: String(10000000 + n),
    customerId: 'cust-1',
    userKey: 'user-1',
    state: OrderState.AwaitingConfirmation,
    source: OrderSource.Cart,
    lines: [],
    subtotal: 1000,
    tax: 83,
    deliveryFee: 0,
    total: 1083,
    currency: 'USD',
    quoteHash: 'q',
    sellerName: 'Voice Shop',
    address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
    createdAt: at,
    updatedAt: at,
  };
}

async function confirmedAt(at: string): Promise<Order> {
  const o = order();
  await orders.create(o);
  return orders.transition(o.orderId, [OrderState.AwaitingConfirmation], OrderState.Pending, { confirmedAt: at });
}

describe('pending orders index', () => {
  it('lists PENDING orders confirmed before the cutoff, oldest first, and only while they are pending', async () => {
    const late = await confirmedAt('2026-11-20T10:04:00.000Z');
    const early = await confirmedAt('2026-11-20T10:01:00.000Z');
    const settled = await confirmedAt('2026-11-20T10:02:00.000Z');
    const tooRecent = await confirmedAt('2026-11-20T10:09:00.000Z');
    const asked = order();
    await orders.create(asked);
    await orders.transition(settled.orderId, [OrderState.Pending], OrderState.Placed, { chargeId: 'ch_1' });

    const listed = await pending.listPending('2026-11-20T10:05:00.000Z', 10);
    expect(listed.map((o) => o.orderId)).toEqual([early.orderId, late.orderId]);
    expect(listed.every((o) => o.state === OrderState.Pending)).toBe(true);
    // storage-only attributes stay in storage
    expect(Object.keys(listed[0])).not.toContain('pendingQueue');
    expect(Object.keys(listed[0])).not.toContain('expiresAt');

    expect((await pending.listPending('2026-11-20T10:05:00.000Z', 1)).map((o) => o.orderId)).toEqual([early.orderId]);
    expect((await pending.listPending('2026-11-20T10:10:00.000Z', 10)).map((o) => o.orderId)).toContain(tooRecent.orderId);

    // leaving PENDING in either direction takes an order out of the index
    await orders.transition(early.orderId, [OrderState.Pending], OrderState.Failed, { declineCode: 'card_declined' });
    expect((await pending.listPending('2026-11-20T10:05:00.000Z', 10)).map((o) => o.orderId)).toEqual([late.orderId]);
    const placed = await orders.get(settled.orderId);
    expect(placed?.state).toBe(OrderState.Placed);
    expect(Object.keys(placed ?? {})).not.toContain('pendingQueue');
  });

  it('queries the sparse index instead of scanning the table', async () => {
    const calls: StoreCall[] = [];
    const stop = tap.observe((call) => void calls.push(call));
    try {
      await pending.listPending('2026-11-20T10:05:00.000Z', 10);
    } finally {
      stop();
    }
    expect(calls.map((c) => c.operation)).toEqual(['Query']);
    expect(calls[0].input.IndexName).toBe(PENDING_ORDERS_INDEX);
  });
});
