/**
 * Exactly once under faults, through the exported handlers on both platforms: a payment provider
 * slower than the turn, a crash between charge and save, DynamoDB throttling injected on the wire
 * between the runtime's client and the store (StoreTap), a store that hangs, and ten concurrent yeses.
 */
import { OrderState, type Customer, type Order } from '../../src/core';
import { answerWithinMs, DEFAULT_TURN_BUDGET, paymentTimeoutMs, type TurnBudget } from '../../src/core/budget';
import { reconcilePending } from '../../src/core/reconcile';
import { loadConfig } from '../../src/config';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { DynamoCustomerStore } from '../../src/infra/dynamodb/stores';
import type { OrderStore } from '../../src/ports/stores';
import { dynamoError, injectDynamoFaults } from '../support/faults';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

const BUDGET: TurnBudget = { alexaMs: 2000, dialogflowMs: 1600, marginMs: 300, saveReserveMs: 300 };

let h: Harness;
let faults: ReturnType<typeof injectDynamoFaults>;
let seq = 0;

beforeAll(async () => {
  h = await startHarness({
    ALEXA_TURN_BUDGET_MS: String(BUDGET.alexaMs),
    DIALOGFLOW_TURN_BUDGET_MS: String(BUDGET.dialogflowMs),
    TURN_SAFETY_MARGIN_MS: String(BUDGET.marginMs),
    TURN_SAVE_RESERVE_MS: String(BUDGET.saveReserveMs),
  });
  faults = injectDynamoFaults(h.tap);
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  faults.clear();
  h.payments.configure({});
});

const product = DEMO_PRODUCTS.find((p) => p.inStock && p.price < 1500)!;

async function shopper(platform: PlatformName, card = 'pm_sandbox_visa'): Promise<{ s: Speaker; customer: Customer }> {
  seq += 1;
  const customer: Customer = {
    customerId: `cust-fault-${seq}`,
    name: 'Test Shopper',
    email: `fault${seq}@example.com`,
    address: { line1: `${seq} Ferry Street`, city: 'Albany', region: 'NY', postalCode: '12207', country: 'US' },
    paymentMethodRef: card,
  };
  await new DynamoCustomerStore({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.customers }).put(customer);
  const s = new Speaker(h, platform, `user-${customer.customerId}-${platform}`, await h.idp.token(customer.customerId));
  return { s, customer };
}

async function atQuestion(s: Speaker): Promise<void> {
  await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku }, quantity: '2' });
  expect((await s.say('CheckoutIntent')).speech).toMatch(/Should I place the order\?$/);
}

const ordersOf = (c: Customer): Promise<Order[]> => h.runtime.deps.orders.listByCustomer(c.customerId, 20);
const cartOf = async (s: Speaker) => (await h.runtime.deps.carts.get(`${s.platform}:${s.userId}`))?.lines ?? [];
const reconcile = (olderThanSeconds = 0) => reconcilePending(h.runtime.deps, h.runtime.pendingOrders, { olderThanSeconds });

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

describe('turn budget', () => {
  it("derives the payment timeout from the platforms' budgets with a safety margin", () => {
    expect(answerWithinMs(DEFAULT_TURN_BUDGET, 'alexa')).toBe(6500);
    expect(answerWithinMs(DEFAULT_TURN_BUDGET, 'dialogflow')).toBe(3500);
    expect(paymentTimeoutMs(DEFAULT_TURN_BUDGET)).toBe(2500);
    const config = loadConfig({ STAGE: 'test', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1/jwks' });
    expect(config.turnBudget).toEqual(DEFAULT_TURN_BUDGET);
    expect(() => loadConfig({ STAGE: 'test', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1/jwks', DIALOGFLOW_TURN_BUDGET_MS: '9000' })).toThrow(
      /DIALOGFLOW_TURN_BUDGET_MS/,
    );
  });
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('exactly once under faults on %s', (platform) => {
  const within = answerWithinMs(BUDGET, platform);

  describe('a payment provider slower than the turn', () => {
    it('answers in time that the order is being checked, keeps it PENDING, and reconciliation places it with one charge', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      h.payments.configure({ delayMs: within + 800 });
      const charges = h.payments.succeeded;
      const { value: reply, ms } = await timed(s.say('YesIntent'));
      expect(ms).toBeLessThan(within);
      expect(reply.speech).toMatch(/still being confirmed\. I'll email you as soon as it's settled/);
      expect(reply.card?.text).toMatch(/being confirmed/);
      const [pending] = await ordersOf(customer);
      expect(pending.state).toBe(OrderState.Pending);
      expect(await reconcile(3600)).toMatchObject({ examined: 0 });
      // while the provider is still deciding, reconciliation leaves the order alone
      expect(await reconcile()).toMatchObject({ examined: 1, stillPending: 1, placed: 0 });
      // the provider decides; the next run settles it by asking, not by charging again
      await h.payments.settle(pending.orderId);
      const report = await reconcile();
      expect(report.placed).toBeGreaterThanOrEqual(1);
      const [placed] = await ordersOf(customer);
      expect(placed).toMatchObject({ orderId: pending.orderId, state: OrderState.Placed });
      expect(await h.payments.recorded(pending.orderId)).toMatchObject({ chargeId: placed.chargeId });
      expect(h.payments.succeeded).toBe(charges + 1);
      expect(await cartOf(s)).toEqual([]);
      expect((await reconcile()).examined).toBe(0);
    });

    it('reconciles a slow decline to FAILED, charging nothing', async () => {
      const { s, customer } = await shopper(platform, 'pm_sandbox_decline');
      await atQuestion(s);
      h.payments.configure({ delayMs: within + 300 });
      const charges = h.payments.succeeded;
      expect((await s.say('YesIntent')).speech).toMatch(/being confirmed/);
      await h.payments.settle((await ordersOf(customer))[0].orderId);
      await reconcile();
      expect((await ordersOf(customer))[0]).toMatchObject({ state: OrderState.Failed, declineCode: 'card_declined' });
      expect(h.payments.succeeded).toBe(charges);
      expect(await cartOf(s)).toHaveLength(1);
    });
  });

  describe('a crash after the charge, before the order is saved', () => {
    it('returns the same order on the retried yes, with no second charge', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      const real = h.runtime.deps.orders;
      let crashed = false;
      const crashing: OrderStore = {
        create: (o) => real.create(o),
        get: (id) => real.get(id),
        listByCustomer: (c, l) => real.listByCustomer(c, l),
        transition: async (id, from, to, patch) => {
          if (to === OrderState.Placed && !crashed) {
            crashed = true;
            throw new Error('process crashed');
          }
          return real.transition(id, from, to, patch);
        },
        claimNotice: (id, at, stale) => real.claimNotice(id, at, stale),
        noticeSent: (id, at, kind) => real.noticeSent(id, at, kind),
      };
      h.runtime.deps.orders = crashing;
      try {
        const charges = h.payments.succeeded;
        const first = await s.say('YesIntent');
        expect(crashed).toBe(true);
        expect(first.speech).not.toMatch(/Nothing was charged/i);
        expect(h.payments.succeeded).toBe(charges + 1);
        const [pending] = await ordersOf(customer);
        expect(pending.state).toBe(OrderState.Pending);
        const retried = await s.say('YesIntent');
        expect(retried.speech).toMatch(/is placed/);
        expect(retried.card?.text).toContain(pending.orderNumber);
        expect(h.payments.succeeded).toBe(charges + 1);
        const orders = await ordersOf(customer);
        expect(orders).toHaveLength(1);
        expect(orders[0]).toMatchObject({ orderId: pending.orderId, state: OrderState.Placed });
      } finally {
        h.runtime.deps.orders = real;
      }
    });
  });

  describe('a crash after the order is placed, before the cart is cleared', () => {
    it('takes the ordered lines out at the next checkout instead of asking for them again', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      const real = h.runtime.deps.carts;
      let crashed = false;
      h.runtime.deps.carts = {
        get: (key) => real.get(key),
        delete: (key) => real.delete(key),
        save: async (cart) => {
          if (!crashed) {
            crashed = true;
            throw new Error('process crashed');
          }
          return real.save(cart);
        },
      };
      let charges: number;
      try {
        charges = h.payments.succeeded;
        await s.say('YesIntent');
        expect(crashed).toBe(true);
      } finally {
        h.runtime.deps.carts = real;
      }
      const [placed] = await ordersOf(customer);
      expect(placed.state).toBe(OrderState.Placed);
      expect(h.payments.succeeded).toBe(charges + 1);
      // the crash left the ordered lines in the cart
      expect(await cartOf(s)).toEqual([{ sku: product.sku, quantity: 2 }]);

      const again = await s.say('CheckoutIntent');
      expect(again.speech).not.toMatch(/Should I place the order\?/);
      expect(again.speech).toMatch(/^Your cart is empty/);
      expect(await cartOf(s)).toEqual([]);
      expect(await ordersOf(customer)).toHaveLength(1);
      expect(h.payments.succeeded).toBe(charges + 1);
    });

    it('leaves a cart alone that changed after the order', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
      await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } });
      const question = await s.say('CheckoutIntent');
      expect(question.speech).toMatch(/Should I place the order\?$/);
      expect(await cartOf(s)).toEqual([{ sku: product.sku, quantity: 1 }]);
      expect((await ordersOf(customer))[0].state).toBe(OrderState.AwaitingConfirmation);
    });
  });

  describe('DynamoDB throttling', () => {
    it('rides out a few throttled attempts with jittered retries', async () => {
      const { s } = await shopper(platform);
      let left = 2;
      faults.set((call) => (call.table.endsWith('-carts') && call.input.Item && left-- > 0 ? dynamoError('ThrottlingException') : undefined));
      const added = await s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } });
      expect(added.speech).toMatch(/^Added 1 /);
      expect(faults.attempts).toHaveLength(2);
      expect(await cartOf(s)).toEqual([{ sku: product.sku, quantity: 1 }]);
    });

    it('apologises in time when throttling persists, and loses no cart or order', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      const cartBefore = await cartOf(s);
      const ordersBefore = await ordersOf(customer);
      faults.set(() => dynamoError('ProvisionedThroughputExceededException'));
      const { value: reply, ms } = await timed(s.say('AddToCartIntent', { product: { value: product.name, id: product.sku } }));
      expect(ms).toBeLessThan(within);
      expect(reply.speech).toMatch(/very busy right now\. Nothing was charged and your cart is safe/);
      expect(faults.attempts.length).toBeGreaterThan(1);
      expect(faults.attempts.length).toBeLessThanOrEqual(4);
      faults.clear();
      expect(await cartOf(s)).toEqual(cartBefore);
      expect(await ordersOf(customer)).toEqual(ordersBefore);
    });

    it('charges nothing when the yes cannot be recorded, and a later yes places the order once', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      const charges = h.payments.succeeded;
      faults.set((call) => (call.table.endsWith('-orders') && call.input.UpdateExpression ? dynamoError('ThrottlingException') : undefined));
      expect((await s.say('YesIntent')).speech).toMatch(/very busy.*Nothing was charged/);
      expect(h.payments.succeeded).toBe(charges);
      expect((await ordersOf(customer))[0].state).toBe(OrderState.AwaitingConfirmation);
      faults.clear();
      expect((await s.say('YesIntent')).speech).toMatch(/is placed/);
      expect(h.payments.succeeded).toBe(charges + 1);
    });

    it('keeps an order charged during throttling PENDING, says it will be confirmed, and reconciliation places it', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      const charges = h.payments.succeeded;
      faults.set((call) =>
        call.table.endsWith('-orders') && call.input.ExpressionAttributeValues?.[':to']?.S === OrderState.Placed ? dynamoError('ThrottlingException') : undefined,
      );
      const { value: reply, ms } = await timed(s.say('YesIntent'));
      expect(ms).toBeLessThan(within);
      expect(reply.speech).toMatch(/being confirmed.*won't be charged twice/);
      expect(h.payments.succeeded).toBe(charges + 1);
      expect((await ordersOf(customer))[0].state).toBe(OrderState.Pending);
      faults.clear();
      expect((await reconcile()).placed).toBeGreaterThanOrEqual(1);
      expect((await ordersOf(customer))[0].state).toBe(OrderState.Placed);
      expect(h.payments.succeeded).toBe(charges + 1);
    });
  });

  describe('a store that hangs', () => {
    it('still answers within the budget', async () => {
      const { s } = await shopper(platform);
      faults.set((call) => (call.table.endsWith('-dialog-state') ? within + 500 : undefined));
      const { value: reply, ms } = await timed(s.say('ViewCartIntent'));
      expect(ms).toBeLessThan(within + 100);
      expect(reply.speech).toMatch(/very busy/);
      faults.clear();
      await new Promise((resolve) => setTimeout(resolve, 600));
    });
  });

  describe('ten concurrent yeses', () => {
    it('charge exactly once and place exactly one order', async () => {
      const { s, customer } = await shopper(platform);
      await atQuestion(s);
      const charges = h.payments.succeeded;
      // The platforms' real budgets: this is about racing writes, not about a loaded CI machine.
      h.runtime.deps.budget = DEFAULT_TURN_BUDGET;
      const replies = await Promise.all(Array.from({ length: 10 }, () => s.say('YesIntent'))).finally(() => {
        h.runtime.deps.budget = BUDGET;
      });
      expect(h.payments.succeeded).toBe(charges + 1);
      const orders = await ordersOf(customer);
      expect(orders.filter((o) => o.state === OrderState.Placed)).toHaveLength(1);
      expect(orders).toHaveLength(1);
      expect(replies.filter((r) => /is placed/.test(r.speech)).length).toBeGreaterThanOrEqual(1);
      for (const reply of replies) expect(reply.speech).not.toMatch(/declined|went wrong|very busy/);
    });
  });
});
