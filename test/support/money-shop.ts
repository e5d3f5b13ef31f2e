import { Shop, type Customer, type Reply, type ShopDeps, type Turn } from '../../src/core';
import { reconcilePending } from '../../src/core/reconcile';
import type { TurnOptions } from '../../src/core/turn';
import { IndexedCatalog, MemoryProductSource } from '../../src/infra/catalog/indexed-catalog';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { MemoryCartStore, MemoryCustomerStore, MemoryDialogStateStore, MemoryOrderStore, MemoryPendingOrders, MemoryVoiceSecurityStore } from '../../src/infra/memory/stores';
import type { SettledOrderNotice } from '../../src/ports/notifications';
import type { Logger } from '../../src/ports/runtime';
import { FakeScheduler } from './fake-scheduler';
import { TEST_POLICY } from './memory-shop';
import { ScriptedPayments } from './scripted-payments';

export const BUYER: Customer = {
  customerId: 'cust-money-1',
  name: 'Money Shopper',
  email: 'money@example.com',
  address: { line1: '5 Ledger Lane', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  paymentMethodRef: 'pm_test_visa',
  paymentCustomerRef: 'cus_test_1',
};

/** What a slowed store call does: wait before it reaches the store, or after (its answer late), or apply and lose its answer. */
export interface CallFault {
  beforeMs?: number;
  afterMs?: number;
  /** the call is applied, then this is thrown, as a retried write whose first answer was lost sees it */
  thenThrow?: Error;
}

type Rule = (method: string, args: unknown[]) => CallFault | undefined;

/** Wraps a store so chosen calls are slow or lose their answers, on fake time. */
export function faulty<T extends object>(store: T, scheduler: FakeScheduler, rules: { current?: Rule }): T {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const fault = rules.current?.(String(prop), args);
        if (fault?.beforeMs) await scheduler.sleep(fault.beforeMs);
        const result = await value.apply(target, args);
        if (fault?.afterMs) await scheduler.sleep(fault.afterMs);
        if (fault?.thenThrow) throw fault.thenThrow;
        return result;
      };
    },
  });
}

/** Log lines kept for assertions. */
export function capturingLogger(lines: Array<Record<string, unknown>> = [], base: Record<string, unknown> = {}): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, ...base, ...fields });
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: (fields) => capturingLogger(lines, { ...base, ...fields }) };
}

/**
 * The core on in-memory ports and fake time, for the money path: a scripted payment provider,
 * stores that can be made slow or lose answers, the safeguards store, an email recorder.
 */
export function moneyShop(options: { now?: Date } = {}) {
  const now = options.now ?? new Date('2026-12-01T15:00:00Z');
  const scheduler = new FakeScheduler();
  const payments = new ScriptedPayments(scheduler);
  const orderStore = new MemoryOrderStore();
  const cartStore = new MemoryCartStore();
  const stateStore = new MemoryDialogStateStore();
  const security = new MemoryVoiceSecurityStore();
  const faults: { current?: Rule } = {};
  const emails: SettledOrderNotice[] = [];
  const logLines: Array<Record<string, unknown>> = [];
  let seq = 0;
  const deps: ShopDeps = {
    catalog: new IndexedCatalog({ source: new MemoryProductSource(DEMO_PRODUCTS), clock: { now: () => now } }),
    carts: faulty(cartStore, scheduler, faults),
    orders: faulty(orderStore, scheduler, faults),
    customers: new MemoryCustomerStore([BUYER]),
    dialogState: faulty(stateStore, scheduler, faults),
    payments,
    tokens: { verify: async (token) => (token.startsWith('token:') ? { customerId: token.slice(6) } : undefined) },
    voiceSecurity: faulty(security, scheduler, faults),
    notifier: { orderSettled: async (notice) => void emails.push(notice) },
    // calendar time follows the fake monotonic clock, so "ten minutes later" is one advance
    clock: { now: () => new Date(now.getTime() + scheduler.now()) },
    scheduler,
    ids: { orderId: () => `ord_money_${++seq}`, orderNumber: () => String(70_000_000 + seq), token: () => `tok_${++seq}` },
    logger: capturingLogger(logLines),
    policy: TEST_POLICY,
  };
  const shop = new Shop(deps);
  const finder = new MemoryPendingOrders(orderStore);
  let session = 1;

  function turn(intent: Turn['intent'], slots: Turn['slots'] = {}, overrides: Partial<Turn> = {}): Turn {
    return {
      platform: 'alexa',
      intent,
      slots,
      userId: 'money-user',
      sessionId: `session-${session}`,
      locale: 'en-US',
      accessToken: `token:${BUYER.customerId}`,
      isNewSession: false,
      ...overrides,
    };
  }

  /** One turn, run to its reply on fake time. */
  async function say(intent: Turn['intent'], slots: Turn['slots'] = {}, overrides: Partial<Turn> = {}, turnOptions: TurnOptions = {}): Promise<Reply & { tookMs: number }> {
    // the voice code's hash is real work in Node's thread pool: give it real time before fake time jumps
    const realSettleMs = intent === 'VoicePinIntent' ? 1000 : 0;
    const { value, tookMs } = await scheduler.runWith(shop.handle(turn(intent, slots, overrides), turnOptions), { realSettleMs });
    return { ...value, tookMs };
  }

  /** Adds `quantity` of a cheap in-stock product and asks the purchase question. */
  async function atQuestion(sku = cheap.sku, quantity = 2, platform: Turn['platform'] = 'alexa'): Promise<Reply> {
    await say('AddToCartIntent', { product: { value: 'x', id: sku }, quantity: { value: String(quantity) } }, { platform });
    return say('CheckoutIntent', {}, { platform });
  }

  const reconcile = (olderThanSeconds = 0) => scheduler.run(reconcilePending(deps, finder, { olderThanSeconds })).then((r) => r.value);
  const newSession = () => (session += 1);

  return { shop, deps, scheduler, payments, orderStore, cartStore, stateStore, security, faults, emails, logLines, finder, turn, say, atQuestion, reconcile, newSession };
}

export const cheap = DEMO_PRODUCTS.find((p) => p.inStock && p.price > 300 && p.price < 1500)!;
