/**
 * The core after the order, on in-memory ports and fake time: the fulfilment feed's event log
 * and order write, the outbox, Alexa audiences, reminders and feedback, an email recorder and a
 * stand-in Alexa sender that answers as scripted. One placed order helper, one feed helper.
 */
import { Shop, type Customer, type Order, type Reply, type Turn } from '../../src/core';
import { receiveFulfilmentEvent, type FeedAnswer, type FulfilmentFeedDeps } from '../../src/core/flows/fulfilment';
import type { ShopperNotice } from '../../src/core/fulfilment-notices';
import { OrderSource, OrderState, quotedAmounts } from '../../src/core/order';
import { addBusinessDays, quote } from '../../src/core/pricing';
import { IndexedCatalog, MemoryProductSource } from '../../src/infra/catalog/indexed-catalog';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { MemoryFeedbackStore } from '../../src/infra/feedback/memory-feedback';
import { MemoryFulfilmentEventLog, MemoryFulfilmentOrders } from '../../src/infra/fulfilment/memory-fulfilment';
import { MemoryCartStore, MemoryCustomerStore, MemoryDialogStateStore, MemoryOrderStore, MemoryPendingOrders } from '../../src/infra/memory/stores';
import { MemoryPaymentGateway } from '../../src/infra/payment/memory';
import { MemoryAlexaAudiences, MemoryOutbox, MemoryReminderStore } from '../../src/infra/reminders/memory-reminders';
import type { ShopEvent, ShopMetrics, TurnRecord } from '../../src/ports/metrics';
import type { AlexaAudience, AlexaNotificationSender, SettledOrderNotice } from '../../src/ports/notifications';
import { FakeScheduler } from './fake-scheduler';
import { TEST_POLICY } from './memory-shop';
import { capturingLogger } from './money-shop';

export const FAN: Customer = {
  customerId: 'cust-after-1',
  name: 'Avery Fan',
  email: 'avery@example.com',
  address: { line1: '9 Parcel Road', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  paymentMethodRef: 'pm_sandbox_visa',
};

export const START = new Date('2026-03-03T15:00:00Z');

/** An Alexa sender that records what it was asked to send and answers each call with the next scripted outcome (default: accepted). */
export class ScriptedAlexaSender implements AlexaNotificationSender {
  readonly sent: Array<{ notice: ShopperNotice; audience: AlexaAudience; referenceId: string }> = [];
  readonly calls: Array<{ notice: ShopperNotice; audience: AlexaAudience }> = [];
  private readonly script: Array<Error | undefined> = [];

  then(...outcomes: Array<Error | undefined>): this {
    this.script.push(...outcomes);
    return this;
  }

  async send(notice: ShopperNotice, audience: AlexaAudience, options: { referenceId: string }): Promise<void> {
    this.calls.push({ notice, audience });
    const outcome = this.script.shift();
    if (outcome) throw outcome;
    this.sent.push({ notice, audience, referenceId: options.referenceId });
  }
}

/** Metrics kept for assertions. */
export class RecordingMetrics implements ShopMetrics {
  readonly counts = new Map<string, number>();
  readonly turns: TurnRecord[] = [];
  count(event: ShopEvent, value = 1): void {
    this.counts.set(event, (this.counts.get(event) ?? 0) + value);
  }
  turn(record: TurnRecord): void {
    this.turns.push(record);
  }
  of(event: string): number {
    return this.counts.get(event) ?? 0;
  }
}

export function afterShop(options: { now?: Date; customers?: Customer[] } = {}) {
  const start = options.now ?? START;
  const scheduler = new FakeScheduler();
  const orders = new MemoryOrderStore();
  const emails: SettledOrderNotice[] = [];
  const notices: Array<{ notice: ShopperNotice; to: string }> = [];
  const alexa = new ScriptedAlexaSender();
  const metrics = new RecordingMetrics();
  const logLines: Array<Record<string, unknown>> = [];
  const events = new MemoryFulfilmentEventLog();
  const outbox = new MemoryOutbox();
  const audiences = new MemoryAlexaAudiences();
  const reminders = new MemoryReminderStore();
  const feedback = new MemoryFeedbackStore();
  const payments = new MemoryPaymentGateway();
  const catalog = new MemoryProductSource(DEMO_PRODUCTS.map((p) => ({ ...p })));
  let seq = 0;
  const deps: FulfilmentFeedDeps = {
    catalog: new IndexedCatalog({ source: catalog, clock: { now: () => start } }),
    carts: new MemoryCartStore(),
    orders,
    customers: new MemoryCustomerStore(options.customers ?? [FAN]),
    dialogState: new MemoryDialogStateStore(),
    payments,
    tokens: { verify: async (token) => (token.startsWith('token:') ? { customerId: token.slice(6) } : undefined) },
    notifier: {
      orderSettled: async (notice) => void emails.push(notice),
      shopperNotice: async (notice, customer) => void notices.push({ notice, to: customer.email }),
    },
    clock: { now: () => new Date(start.getTime() + scheduler.now()) },
    scheduler,
    ids: { orderId: () => `ord_after_${++seq}`, orderNumber: () => String(60_000_000 + seq), token: () => `tok_${++seq}` },
    logger: capturingLogger(logLines),
    metrics,
    policy: TEST_POLICY,
    alexaNotifications: alexa,
    alexaAudiences: audiences,
    outbox,
    reminders,
    feedback,
    fulfilmentEvents: events,
    fulfilmentOrders: new MemoryFulfilmentOrders(orders),
  };
  const shop = new Shop(deps);
  const finder = new MemoryPendingOrders(orders);

  /** A placed order of `items`, placed `hoursAgo` hours back, with its charge made. */
  async function placed(items: Array<[sku: string, quantity: number]> = [['SKU-10054', 1]], hoursAgo = 2, customerId = FAN.customerId): Promise<Order> {
    const bySku = new Map(DEMO_PRODUCTS.map((p) => [p.sku, p]));
    const lines = items.map(([sku, quantity]) => ({ sku, name: bySku.get(sku)!.name, quantity, unitPrice: bySku.get(sku)!.price }));
    const at = new Date(deps.clock.now().getTime() - hoursAgo * 3_600_000);
    seq += 1;
    const q = quote(lines, TEST_POLICY);
    const order: Order = {
      orderId: `ord_after_${seq}`,
      orderNumber: String(60_000_000 + seq),
      customerId,
      userKey: 'alexa:after-user',
      state: OrderState.AwaitingConfirmation,
      source: OrderSource.Cart,
      ...quotedAmounts(q),
      sellerName: 'Corner Shop',
      address: FAN.address,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    };
    await orders.create(order);
    const charge = await payments.charge({
      customerId,
      paymentMethodRef: FAN.paymentMethodRef,
      amount: order.total,
      currency: 'USD',
      idempotencyKey: order.orderId,
      description: order.orderNumber,
    });
    return orders.transition(order.orderId, [OrderState.AwaitingConfirmation], OrderState.Placed, {
      placedAt: at.toISOString(),
      confirmedAt: at.toISOString(),
      chargeId: charge.chargeId,
      deliveryDate: addBusinessDays(at, 2).toISOString(),
    });
  }

  /** Posts one event body to the feed (already authenticated), as JSON text or as given. */
  function post(body: unknown): Promise<FeedAnswer> {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return receiveFulfilmentEvent(deps, raw, deps.logger);
  }

  let eventSeq = 0;
  /** An event for `order` of `type`, happening now unless said otherwise. */
  function event(order: Pick<Order, 'orderId'>, type: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
    eventSeq += 1;
    return { eventId: `evt-${eventSeq}`, orderId: order.orderId, type, occurredAt: deps.clock.now().toISOString(), ...fields };
  }

  const day = (daysAhead: number) => new Date(deps.clock.now().getTime() + daysAhead * 86_400_000).toISOString().slice(0, 10);

  let session = 1;
  function turn(intent: Turn['intent'], slots: Turn['slots'] = {}, overrides: Partial<Turn> = {}): Turn {
    return {
      platform: 'alexa',
      intent,
      slots,
      userId: 'after-user',
      sessionId: `after-session-${session}`,
      locale: 'en-US',
      accessToken: `token:${FAN.customerId}`,
      isNewSession: false,
      ...overrides,
    };
  }
  async function say(intent: Turn['intent'], slots: Turn['slots'] = {}, overrides: Partial<Turn> = {}): Promise<Reply> {
    return (await scheduler.run(shop.handle(turn(intent, slots, overrides)))).value;
  }
  const newSession = () => (session += 1);

  return {
    deps,
    shop,
    scheduler,
    orders,
    emails,
    notices,
    alexa,
    metrics,
    logLines,
    events,
    outbox,
    audiences,
    reminders,
    feedback,
    payments,
    catalog,
    finder,
    placed,
    post,
    event,
    day,
    say,
    turn,
    newSession,
  };
}

export type AfterShop = ReturnType<typeof afterShop>;
