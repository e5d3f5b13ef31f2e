import { OrderAlreadyExistsError } from '../../core/errors';
import { OrderSource, OrderState, quotedAmounts, type Customer, type Order } from '../../core/order';
import type { Product } from '../../core/product';
import { addBusinessDays, quote, type ShopPolicy } from '../../core/pricing';
import { DynamoProductSource } from '../dynamodb/products';
import { DynamoCustomerStore, DynamoOrderStore } from '../dynamodb/stores';
import type { DynamoHttpClient } from '../dynamodb/http-client';
import { ensureTables, type TableNames } from '../dynamodb/tables';
import demoCatalog from './demo-catalog.json';
import demoCustomers from './demo-customers.json';

export const DEMO_PRODUCTS = demoCatalog as Product[];
export const DEMO_CUSTOMERS = demoCustomers as Customer[];

export interface SeedOptions {
  client: DynamoHttpClient;
  doc: DynamoHttpClient;
  tables: TableNames;
  policy: ShopPolicy;
  now: Date;
  /**
   * leave demo customers already stored as they are (npm start: a voice PIN set or a lock lifted
   * with `npm run voice-pin` outlives a restart); by default they are written afresh
   */
  keepStoredCustomers?: boolean;
}

export interface SeedReport {
  products: number;
  customers: number;
  orders: number;
}

/** Two past orders for the first demo customer, so "reorder my coffee" and "where is my order" work at once. */
function demoHistory(products: readonly Product[], policy: ShopPolicy, now: Date): Order[] {
  const pick = (word: string) => products.find((p) => (p.category.includes(word) || p.name.toLowerCase().includes(word)) && p.inStock);
  const plans: Array<{ id: string; daysAgo: number; items: Array<[Product | undefined, number]> }> = [
    { id: 'ord_demo_0001', daysAgo: 14, items: [[pick('coffee'), 1], [pick('paper towel'), 1]] },
    { id: 'ord_demo_0002', daysAgo: 1, items: [[pick('milk'), 2], [pick('banana'), 1]] },
  ];
  const customer = DEMO_CUSTOMERS[0];
  return plans.map(({ id, daysAgo, items }, i) => {
    const lines = items.flatMap(([p, quantity]) => (p ? [{ sku: p.sku, name: p.name, quantity, unitPrice: p.price }] : []));
    const q = quote(lines, policy);
    const placedAt = new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000);
    const deliveryDate = addBusinessDays(placedAt, policy.deliveryDays).toISOString();
    // the older order was delivered, as its fulfilment feed said; the newer has no word yet
    const delivered = deliveryDate < now.toISOString() ? { fulfilmentState: 'delivered' as const, deliveredAt: deliveryDate, fulfilmentAt: deliveryDate } : {};
    return {
      orderId: id,
      orderNumber: `1000000${i + 1}`,
      customerId: customer.customerId,
      userKey: 'seed',
      state: OrderState.Placed,
      source: OrderSource.Cart,
      ...quotedAmounts(q),
      sellerName: policy.sellerName,
      address: customer.address,
      createdAt: placedAt.toISOString(),
      updatedAt: placedAt.toISOString(),
      confirmedAt: placedAt.toISOString(),
      placedAt: placedAt.toISOString(),
      deliveryDate,
      chargeId: `ch_sandbox_seed_${i + 1}`,
      ...delivered,
    };
  });
}

/**
 * Creates the tables and loads the demo catalog, customers and order history into an embedded
 * store. Safe to run on every start: nothing already stored is overwritten except demo customers.
 * The demo catalog goes only into an empty products table: once a catalog has been imported
 * (`catalog:import --replace` may have removed every demo product), it is that catalog.
 */
export async function seedDemoData(options: SeedOptions): Promise<SeedReport> {
  const { client, doc, tables, policy, now } = options;
  await ensureTables(client, tables);
  const products = new DynamoProductSource({ doc, tableName: tables.products });
  const productCount = (await products.isEmpty()) ? await products.putAll(DEMO_PRODUCTS) : 0;
  const customers = new DynamoCustomerStore({ doc, tableName: tables.customers });
  for (const customer of DEMO_CUSTOMERS) {
    if (options.keepStoredCustomers && (await customers.get(customer.customerId))) continue;
    await customers.put(customer);
  }
  const orders = new DynamoOrderStore({ doc, tableName: tables.orders });
  let orderCount = 0;
  for (const order of demoHistory(DEMO_PRODUCTS, policy, now)) {
    try {
      await orders.create(order);
      orderCount += 1;
    } catch (err) {
      if (!(err instanceof OrderAlreadyExistsError)) throw err;
    }
  }
  return { products: productCount, customers: DEMO_CUSTOMERS.length, orders: orderCount };
}
