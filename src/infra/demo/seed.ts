import { OrderAlreadyExistsError } from '../../core/errors';
import { OrderSource, OrderState, quotedAmounts, type Address, type Customer, type Order } from '../../core/order';
import type { Product, Review } from '../../core/product';
import { addBusinessDays, quote, type ShopPolicy } from '../../core/pricing';
import { DynamoProductSource } from '../dynamodb/products';
import { DynamoReviewStore } from '../dynamodb/reviews';
import { DynamoCustomerStore, DynamoOrderStore } from '../dynamodb/stores';
import type { DynamoHttpClient } from '../dynamodb/http-client';
import { ensureTables, type TableNames } from '../dynamodb/tables';
import demoCatalog from './demo-catalog.json';
import demoCustomers from './demo-customers.json';

type DemoEntry = Product & { reviews?: Review[] };
/** The demo catalog's products; their review texts live apart (DEMO_REVIEWS), as in the store. */
export const DEMO_PRODUCTS: Product[] = (demoCatalog as DemoEntry[]).map(({ reviews: _reviews, ...product }) => product);
/** The demo catalog's review texts by sku, newest first. */
export const DEMO_REVIEWS: ReadonlyMap<string, readonly Review[]> = new Map((demoCatalog as DemoEntry[]).flatMap((p) => (p.reviews ? [[p.sku, p.reviews] as const] : [])));
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
  /** products whose review texts were written */
  reviews: number;
}

/** Two past orders for the first demo customer, so "reorder my coffee" and "where is my order" work at once. */
function demoHistory(products: readonly Product[], policy: ShopPolicy, now: Date): Order[] {
  const pick = (word: string) => products.find((p) => (p.category.includes(word) || p.name.toLowerCase().includes(word)) && p.inStock);
  const plans: Array<{ id: string; daysAgo: number; items: Array<[Product | undefined, number]> }> = [
    {
      id: 'ord_demo_0001',
      daysAgo: 14,
      items: [
        [pick('coffee'), 1],
        [pick('paper towel'), 1],
      ],
    },
    {
      id: 'ord_demo_0002',
      daysAgo: 1,
      items: [
        [pick('milk'), 2],
        [pick('banana'), 1],
      ],
    },
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
 * Past orders of other shoppers (no demo customers: nobody links as them), so "what goes with
 * coffee" has purchases to count: what people buy together (coffee with milk, pasta with sauce,
 * chips with salsa). cust-demo-1's two orders stay as they are; cust-demo-2 and cust-demo-3 have none.
 */
const NEIGHBOURS: Readonly<Record<string, Address>> = {
  'shopper-history-1': { line1: '310 Alder Street', city: 'Portland', region: 'OR', postalCode: '97204', country: 'US' },
  'shopper-history-2': { line1: '1450 Larimer Street', city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
  'shopper-history-3': { line1: '22 West Elm Street', city: 'Chicago', region: 'IL', postalCode: '60610', country: 'US' },
};
function neighbourHistory(products: readonly Product[], policy: ShopPolicy, now: Date): Order[] {
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const baskets: Array<{ customerId: string; daysAgo: number; skus: Array<[string, number]> }> = [
    {
      customerId: 'shopper-history-1',
      daysAgo: 30,
      skus: [
        ['SKU-10041', 1],
        ['SKU-10063', 1],
        ['SKU-10099', 1],
        ['SKU-10085', 1],
      ],
    },
    {
      customerId: 'shopper-history-1',
      daysAgo: 21,
      skus: [
        ['SKU-10126', 2],
        ['SKU-10129', 1],
        ['SKU-10097', 1],
      ],
    },
    {
      customerId: 'shopper-history-1',
      daysAgo: 9,
      skus: [
        ['SKU-10224', 1],
        ['SKU-10072', 1],
        ['SKU-10060', 1],
        ['SKU-10088', 1],
      ],
    },
    {
      customerId: 'shopper-history-2',
      daysAgo: 27,
      skus: [
        ['SKU-10154', 1],
        ['SKU-10156', 1],
        ['SKU-10176', 1],
      ],
    },
    {
      customerId: 'shopper-history-2',
      daysAgo: 16,
      skus: [
        ['SKU-10041', 1],
        ['SKU-10060', 1],
        ['SKU-10191', 1],
      ],
    },
    {
      customerId: 'shopper-history-2',
      daysAgo: 6,
      skus: [
        ['SKU-10005', 1],
        ['SKU-10021', 1],
        ['SKU-10256', 1],
      ],
    },
    {
      customerId: 'shopper-history-3',
      daysAgo: 25,
      skus: [
        ['SKU-10081', 1],
        ['SKU-10118', 1],
        ['SKU-10123', 1],
      ],
    },
    {
      customerId: 'shopper-history-3',
      daysAgo: 18,
      skus: [
        ['SKU-10126', 1],
        ['SKU-10129', 1],
        ['SKU-10208', 1],
        ['SKU-10209', 1],
      ],
    },
    {
      customerId: 'shopper-history-3',
      daysAgo: 11,
      skus: [
        ['SKU-10048', 1],
        ['SKU-10063', 1],
        ['SKU-10103', 1],
      ],
    },
    {
      customerId: 'shopper-history-3',
      daysAgo: 4,
      skus: [
        ['SKU-10154', 1],
        ['SKU-10156', 1],
        ['SKU-10172', 1],
        ['SKU-10260', 1],
      ],
    },
  ];
  return baskets.map(({ customerId, daysAgo, skus }, i) => {
    const lines = skus.flatMap(([sku, quantity]) => {
      const p = bySku.get(sku);
      return p ? [{ sku: p.sku, name: p.name, quantity, unitPrice: p.price }] : [];
    });
    const placedAt = new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000);
    return {
      orderId: `ord_demo_${String(101 + i).padStart(4, '0')}`,
      orderNumber: String(10000101 + i),
      customerId,
      userKey: 'seed',
      state: OrderState.Placed,
      source: OrderSource.Cart,
      ...quotedAmounts(quote(lines, policy)),
      sellerName: policy.sellerName,
      address: NEIGHBOURS[customerId],
      createdAt: placedAt.toISOString(),
      updatedAt: placedAt.toISOString(),
      confirmedAt: placedAt.toISOString(),
      placedAt: placedAt.toISOString(),
      deliveryDate: addBusinessDays(placedAt, policy.deliveryDays).toISOString(),
      chargeId: `ch_sandbox_seed_${101 + i}`,
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
  const fresh = await products.isEmpty();
  const productCount = fresh ? await products.putAll(DEMO_PRODUCTS) : 0;
  // the demo's reviews go with the demo catalog: an imported catalog brings its own
  const reviewCount = fresh ? await new DynamoReviewStore({ doc, tableName: tables.reviews }).putAll(DEMO_REVIEWS) : 0;
  const customers = new DynamoCustomerStore({ doc, tableName: tables.customers });
  for (const customer of DEMO_CUSTOMERS) {
    if (options.keepStoredCustomers && (await customers.get(customer.customerId))) continue;
    await customers.put(customer);
  }
  const orders = new DynamoOrderStore({ doc, tableName: tables.orders });
  let orderCount = 0;
  for (const order of [...demoHistory(DEMO_PRODUCTS, policy, now), ...neighbourHistory(DEMO_PRODUCTS, policy, now)]) {
    try {
      await orders.create(order);
      orderCount += 1;
    } catch (err) {
      if (!(err instanceof OrderAlreadyExistsError)) throw err;
    }
  }
  return { products: productCount, customers: DEMO_CUSTOMERS.length, orders: orderCount, reviews: reviewCount };
}
