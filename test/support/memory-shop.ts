import type { Logger } from '../../src/ports/runtime';
import type { ShopPolicy } from '../../src/core/pricing';
import { OrderSource, OrderState, Shop, type Customer, type Order, type Reply, type ShopDeps, type Turn } from '../../src/core';
import { IndexedCatalog, MemoryProductSource } from '../../src/infra/catalog/indexed-catalog';
import { DEMO_PRODUCTS, DEMO_REVIEWS } from '../../src/infra/demo/seed';
import { MemoryCoPurchases, MemoryPromotionStore, MemoryReviewStore, MemorySavedListStore } from '../../src/infra/memory/deciding-stores';
import { MemoryCartStore, MemoryCustomerStore, MemoryDialogStateStore, MemoryOrderStore } from '../../src/infra/memory/stores';
import { MemoryPaymentGateway } from '../../src/infra/payment/memory';

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => silent };

export const SHOPPER: Customer = {
  customerId: 'cust-unit-1',
  name: 'Unit Shopper',
  email: 'unit@example.com',
  address: { line1: '1 Test Lane', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  paymentMethodRef: 'pm_sandbox_visa',
};

/** The shop's default policy, as the unit tests price against it. */
export const TEST_POLICY: ShopPolicy = {
  sellerName: 'Corner Shop',
  currency: 'USD',
  taxRateBps: 825,
  deliveryFee: 499,
  freeDeliveryFrom: 3500,
  deliveryDays: 2,
  maxQuantity: 99,
  supportPhone: '1 800 555 0199',
  supportHours: 'every day from 8 in the morning to 8 at night',
  confirmationTtlMinutes: 10,
};

/** The core on in-memory ports and the demo catalog; the token "token:<customerId>" links that customer. */
export function memoryShop(now = new Date('2026-11-20T10:00:00Z')) {
  let seq = 0;
  const orders = new MemoryOrderStore();
  const deps: ShopDeps = {
    catalog: new IndexedCatalog({ source: new MemoryProductSource(DEMO_PRODUCTS), clock: { now: () => now } }),
    carts: new MemoryCartStore(),
    orders,
    customers: new MemoryCustomerStore([SHOPPER]),
    dialogState: new MemoryDialogStateStore(),
    payments: new MemoryPaymentGateway(),
    tokens: { verify: async (token) => (token.startsWith('token:') ? { customerId: token.slice(6) } : undefined) },
    clock: { now: () => now },
    ids: { orderId: () => `ord_unit_${++seq}`, orderNumber: () => `5000${seq}` },
    logger: silent,
    policy: TEST_POLICY,
    reviews: new MemoryReviewStore(DEMO_REVIEWS),
    promotions: new MemoryPromotionStore(),
    savedLists: new MemorySavedListStore(),
    coPurchases: new MemoryCoPurchases(orders),
  };
  const shop = new Shop(deps);

  /** A placed order in the shopper's history, `daysAgo` days back. */
  async function bought(skus: Array<[sku: string, quantity: number]>, daysAgo: number, customerId = SHOPPER.customerId): Promise<void> {
    const at = new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
    const products = new Map(DEMO_PRODUCTS.map((p) => [p.sku, p]));
    const lines = skus.map(([sku, quantity]) => ({ sku, name: products.get(sku)!.name, quantity, unitPrice: products.get(sku)!.price }));
    seq += 1;
    const order: Order = {
      orderId: `ord_hist_${seq}`,
      orderNumber: `4000${seq}`,
      customerId,
      userKey: 'seed',
      state: OrderState.AwaitingConfirmation,
      source: OrderSource.Cart,
      lines,
      subtotal: 0,
      tax: 0,
      deliveryFee: 0,
      total: 0,
      currency: 'USD',
      quoteHash: 'h',
      sellerName: 'Corner Shop',
      address: SHOPPER.address,
      createdAt: at,
      updatedAt: at,
    };
    await orders.create(order);
    await orders.transition(order.orderId, [OrderState.AwaitingConfirmation], OrderState.Placed, { placedAt: at, deliveryDate: at, updatedAt: at });
  }

  /** One turn; `session` numbers the session, turn 1 of a session is new. */
  function say(intent: Turn['intent'], slots: Turn['slots'] = {}, options: Partial<Turn> = {}): Promise<Reply> {
    return shop.handle({
      platform: 'alexa',
      intent,
      slots,
      userId: 'unit-user',
      sessionId: 'session-1',
      locale: 'en-US',
      isNewSession: false,
      ...options,
    });
  }

  return { shop, deps, say, bought };
}
