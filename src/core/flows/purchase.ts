import { withoutOrdered, type Cart, type CartLine } from '../cart';
import type { TurnContext } from '../context';
import {
  IdempotencyKeyReuseError,
  OrderStateConflictError,
  PaymentDeclinedError,
  PaymentUnavailableError,
} from '../errors';
import { SlotName } from '../intents';
import { OrderSource, OrderState, quotedAmounts, type Customer, type Order } from '../order';
import { withDeadline } from '../budget';
import { addBusinessDays, quote, type Quote } from '../pricing';
import { spellDigits } from '../replies';
import type { ChargeRequest } from '../../ports/payments';
import type { Reply } from '../turn';
import { loadCart, priceLines, updateCart } from './cart';
import { findProduct } from './products';
import { checkSpokenPin, checkTokenActive, guardPurchase } from './safeguards';

type Linked = { customer: Customer };

/** "check out", "buy it", "order {product}": build the order and ask before any charge. */
export async function checkout(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionPurchase);
  const productSlot = ctx.slot(SlotName.Product);
  if (productSlot) {
    const product = await findProduct(ctx, productSlot.value, productSlot.id);
    if (!product) return ctx.ask(ctx.msgs.productNotFound(productSlot.value), ctx.msgs.searchEmptyQuery);
    return askToPurchase(ctx, identity, [{ sku: product.sku, quantity: 1 }], OrderSource.Direct);
  }
  const cart = await withoutAlreadyOrdered(ctx, identity.customer, await loadCart(ctx));
  if (cart.lines.length > 0) return askToPurchase(ctx, identity, cart.lines, OrderSource.Cart, cart.version);
  // "buy it" with an empty cart means the product just talked about.
  if (ctx.state.focusSku) return askToPurchase(ctx, identity, [{ sku: ctx.state.focusSku, quantity: 1 }], OrderSource.Direct);
  return ctx.ask(ctx.msgs.cartEmpty, ctx.msgs.searchEmptyQuery);
}

/**
 * A cart still holding an order that was placed: the turn that placed it ended (a crash, a
 * timeout) before it took the ordered lines out. Taking them out moves the cart's version, so a
 * cart still at the version the order was asked about has not been cleared. Those lines come out
 * before anything is asked, so a shopper is never asked to pay for the same items twice.
 */
async function withoutAlreadyOrdered(ctx: TurnContext, customer: Customer, cart: Cart): Promise<Cart> {
  if (cart.lines.length === 0) return cart;
  const [last] = await ctx.deps.orders.listByCustomer(customer.customerId, 1);
  if (
    !last ||
    last.state !== OrderState.Placed ||
    last.source !== OrderSource.Cart ||
    last.userKey !== ctx.userKey ||
    last.cartVersion !== cart.version
  ) {
    return cart;
  }
  ctx.deps.logger.warn('cart still held a placed order; taking its lines out', { orderId: last.orderId });
  // "buy it" must not mean a product just bought: the crashed turn never cleared the focus
  if (last.lines.some((line) => line.sku === ctx.state.focusSku)) ctx.state.focusSku = undefined;
  return updateCart(ctx, (current) => (current.version === cart.version ? withoutOrdered(current, last.lines) : current));
}

/** Prices lines as of now; items gone or out of stock are left out and named. */
async function currentQuote(ctx: TurnContext, lines: readonly CartLine[]): Promise<{ quote: Quote; unavailable: string[] }> {
  const priced = await priceLines(ctx, lines);
  const unavailable = priced.filter((l) => !l.product.inStock).map((l) => l.product.name);
  const available = priced.filter((l) => l.product.inStock);
  const q = quote(
    available.map((l) => ({ sku: l.product.sku, name: l.product.name, quantity: l.quantity, unitPrice: l.product.price })),
    ctx.policy,
  );
  return { quote: q, unavailable };
}

/**
 * Mints the order (its id is the payment idempotency key) and asks the purchase question,
 * naming seller, items, subtotal, tax, delivery, total and address.
 */
export async function askToPurchase(
  ctx: TurnContext,
  { customer }: Linked,
  lines: readonly CartLine[],
  source: OrderSource,
  cartVersion?: number,
  prefix?: (question: string) => string,
): Promise<Reply> {
  const { quote: q, unavailable } = await currentQuote(ctx, lines);
  const unavailableNote = unavailable.length > 0 ? `${ctx.msgs.purchaseUnavailable(unavailable)} ` : '';
  if (q.lines.length === 0) {
    ctx.state.pending = undefined;
    return ctx.ask(`${unavailableNote}${ctx.msgs.searchEmptyQuery}`, ctx.msgs.searchEmptyQuery);
  }
  const now = ctx.deps.clock.now().toISOString();
  const order: Order = {
    orderId: ctx.deps.ids.orderId(),
    orderNumber: ctx.deps.ids.orderNumber(),
    customerId: customer.customerId,
    userKey: ctx.userKey,
    state: OrderState.AwaitingConfirmation,
    source,
    ...quotedAmounts(q),
    sellerName: ctx.policy.sellerName,
    address: customer.address,
    cartVersion,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.deps.orders.create(order);
  ctx.state.pending = { orderId: order.orderId, quoteHash: q.hash, source, askedAt: now };
  ctx.state.awaiting = 'purchase';
  ctx.deps.logger.info('purchase question asked', { orderId: order.orderId, total: order.total, lines: order.lines.length });
  const question = ctx.msgs.purchaseQuestion(
    ctx.policy.sellerName,
    q.lines.map((l) => ctx.msgs.cartLine(l.quantity, l.name)),
    ctx.price(q.subtotal),
    ctx.price(q.tax),
    ctx.price(q.deliveryFee),
    ctx.price(q.total),
    ctx.msgs.address(customer.address),
  );
  const speech = `${unavailableNote}${prefix ? prefix(question) : question}`;
  return ctx.ask(speech, ctx.msgs.purchaseQuestionReprompt(ctx.price(q.total)));
}

/** Marks the pending purchase question as answered "no" (or abandoned). Nothing is charged. */
export async function cancelPending(ctx: TurnContext): Promise<boolean> {
  const pending = ctx.state.pending;
  ctx.state.pending = undefined;
  if (!pending) return false;
  try {
    await ctx.deps.orders.transition(pending.orderId, [OrderState.AwaitingConfirmation], OrderState.Cancelled, {
      updatedAt: ctx.deps.clock.now().toISOString(),
    });
    ctx.deps.logger.info('purchase question declined', { orderId: pending.orderId });
  } catch (err) {
    // Already confirmed by a "yes" that arrived first: that order stands.
    if (!(err instanceof OrderStateConflictError)) throw err;
  }
  return true;
}

/** The shopper said the voice PIN the purchase question asked for. */
export async function confirmWithPin(ctx: TurnContext): Promise<Reply> {
  if (!ctx.state.pending) return ctx.ask(ctx.msgs.nothingToConfirm, ctx.msgs.searchEmptyQuery);
  const identity = await ctx.identify();
  if (!identity.linked) {
    await cancelPending(ctx);
    return ctx.linkRequired(identity, ctx.msgs.actionPurchase);
  }
  const verdict = await checkSpokenPin(ctx, identity.customer.customerId, () => cancelPending(ctx));
  if (verdict !== true) return verdict;
  // The right PIN is a yes to the same question: every other check runs again.
  return confirm(ctx, true);
}

/** The shopper said yes to the purchase question (or the right PIN, then `pinVerified`). */
export async function confirm(ctx: TurnContext, pinVerified = false): Promise<Reply> {
  const pending = ctx.state.pending;
  if (!pending) return ctx.ask(ctx.msgs.nothingToConfirm, ctx.msgs.searchEmptyQuery);
  const identity = await ctx.identify();
  if (!identity.linked) {
    await cancelPending(ctx);
    return ctx.linkRequired(identity, ctx.msgs.actionPurchase);
  }
  const order = await ctx.deps.orders.get(pending.orderId);
  if (!order || order.customerId !== identity.customer.customerId) {
    ctx.state.pending = undefined;
    return ctx.ask(ctx.msgs.nothingToConfirm, ctx.msgs.searchEmptyQuery);
  }
  if (order.state === OrderState.AwaitingConfirmation) {
    // The yes binds to what was asked about: if the cart or a price moved since, ask again.
    const cart = order.source === OrderSource.Cart ? await loadCart(ctx) : undefined;
    const lines = cart ? cart.lines : order.lines;
    const { quote: now } = await currentQuote(ctx, lines);
    if (now.hash !== order.quoteHash) {
      await cancelPending(ctx);
      return askToPurchase(ctx, identity, lines, order.source, cart?.version, ctx.msgs.purchaseChanged);
    }
  }
  // A revoked token still verifies as a JWT until it expires: ask the provider before any charge.
  const refused = await checkTokenActive(ctx, () => cancelPending(ctx));
  if (refused) return refused;
  let spendDay: string | undefined;
  if (order.state === OrderState.AwaitingConfirmation) {
    const guard = await guardPurchase(ctx, order, identity.customer.customerId, pinVerified, () => cancelPending(ctx));
    if (!guard.ok) return guard.reply;
    spendDay = guard.spendDay;
  }
  return place(ctx, order, identity.customer, spendDay);
}

/**
 * Drives an order to a final state exactly once. Each step is a conditional write, and the
 * charge carries the order id as idempotency key, so a concurrent or repeated yes — or a retry
 * after a crash between charge and save — meets the same charge and the same order.
 */
async function place(ctx: TurnContext, initial: Order, customer: Customer, spendDay?: string): Promise<Reply> {
  const { clock } = ctx.deps;
  let order = initial;
  let wonPlacement = false;
  if (order.state === OrderState.AwaitingConfirmation) {
    let won: boolean;
    ({ order, won } = await transitionOrReload(ctx, order, [OrderState.AwaitingConfirmation], OrderState.Pending, {
      confirmedAt: clock.now().toISOString(),
      spendDay,
      // What is charged is fixed with the yes: a retry or reconciliation charges exactly this.
      paymentMethodRef: customer.paymentMethodRef,
      paymentCustomerRef: customer.paymentCustomerRef,
    }));
    // Another yes confirmed it first and counted the spending itself.
    if (!won && spendDay) await releaseSpend(ctx, customer.customerId, spendDay, order.total);
  }
  if (order.state === OrderState.Pending) {
    try {
      // The provider gets what is left of the turn, minus the time to save its answer; past
      // that the order stays PENDING under its idempotency key and reconciliation settles it.
      const within = ctx.remainingMs() - ctx.budget.saveReserveMs;
      ctx.chargeAttempted = true;
      const charge = await withDeadline(
        ctx.deps.payments.charge(chargeRequest(order, customer)),
        within,
        () => new PaymentUnavailableError(`payment did not answer within ${Math.max(0, within)} ms`),
      );
      const placedAt = clock.now();
      ({ order, won: wonPlacement } = await transitionOrReload(ctx, order, [OrderState.Pending], OrderState.Placed, {
        chargeId: charge.chargeId,
        placedAt: placedAt.toISOString(),
        deliveryDate: addBusinessDays(placedAt, ctx.policy.deliveryDays).toISOString(),
      }));
      ctx.deps.logger.info('order placed', { orderId: order.orderId, chargeId: charge.chargeId, total: order.total });
    } catch (err) {
      if (err instanceof PaymentDeclinedError) {
        let won: boolean;
        ({ order, won } = await transitionOrReload(ctx, order, [OrderState.Pending], OrderState.Failed, { declineCode: err.declineCode }));
        if (won && order.spendDay) await releaseSpend(ctx, customer.customerId, order.spendDay, order.total);
        ctx.deps.logger.info('payment declined', { orderId: order.orderId, declineCode: err.declineCode });
      } else if (err instanceof PaymentUnavailableError) {
        ctx.deps.logger.warn('payment outcome unknown; order left pending for reconciliation', { orderId: order.orderId });
        ctx.state.pending = undefined;
        ctx.state.awaiting = undefined;
        return ctx.tell(ctx.msgs.orderPending, { title: ctx.msgs.orderPlacedCardTitle, text: ctx.msgs.orderPendingCard(order.orderNumber) });
      } else if (err instanceof IdempotencyKeyReuseError) {
        ctx.deps.logger.error('idempotency key reused with a different charge', { orderId: order.orderId });
        throw err;
      } else {
        throw err;
      }
    }
  }
  ctx.state.pending = undefined;
  ctx.state.awaiting = undefined;
  switch (order.state) {
    case OrderState.Placed:
      if (wonPlacement && order.source === OrderSource.Cart) {
        await updateCart(ctx, (cart) => withoutOrdered(cart, order.lines));
      }
      return placedReply(ctx, order);
    case OrderState.Failed:
      return ctx.ask(ctx.msgs.orderDeclined, ctx.msgs.anythingElse);
    case OrderState.Pending:
      return ctx.tell(ctx.msgs.orderPending, { title: ctx.msgs.orderPlacedCardTitle, text: ctx.msgs.orderPendingCard(order.orderNumber) });
    default:
      return ctx.ask(ctx.msgs.orderCancelled, ctx.msgs.anythingElse);
  }
}

/** The charge for an order; the same every time it is asked for, so the provider can deduplicate it. */
export function chargeRequest(order: Order, customer: Customer): ChargeRequest {
  return {
    customerId: order.customerId,
    paymentCustomerRef: order.paymentCustomerRef ?? customer.paymentCustomerRef,
    paymentMethodRef: order.paymentMethodRef ?? customer.paymentMethodRef,
    amount: order.total,
    currency: order.currency,
    idempotencyKey: order.orderId,
    description: `Order ${order.orderNumber}`,
  };
}

/** Gives back spending counted for a charge that did not happen; the limit only ever errs strict. */
async function releaseSpend(ctx: TurnContext, customerId: string, day: string, amount: number): Promise<void> {
  try {
    await ctx.deps.voiceSecurity?.releaseSpend(customerId, day, amount);
  } catch (err) {
    ctx.deps.logger.warn('could not release daily spending', { customerId, error: (err as Error)?.name });
  }
}

/** A conditional transition; when another turn got there first, the order as it is now and won=false. */
async function transitionOrReload(
  ctx: TurnContext,
  order: Order,
  from: readonly OrderState[],
  to: OrderState,
  patch: Partial<Order>,
): Promise<{ order: Order; won: boolean }> {
  try {
    const updated = await ctx.deps.orders.transition(order.orderId, from, to, { ...patch, updatedAt: ctx.deps.clock.now().toISOString() });
    return { order: updated, won: true };
  } catch (err) {
    if (!(err instanceof OrderStateConflictError)) throw err;
    return { order: (await ctx.deps.orders.get(order.orderId)) ?? order, won: false };
  }
}

function placedReply(ctx: TurnContext, order: Order): Reply {
  const total = ctx.price(order.total);
  const date = ctx.date(order.deliveryDate ?? order.updatedAt);
  const card = {
    title: ctx.msgs.orderPlacedCardTitle,
    text: ctx.msgs.orderPlacedCard(
      order.orderNumber,
      order.lines.map((l) => `${l.quantity} × ${l.name} — ${ctx.price(l.unitPrice * l.quantity)}`),
      total,
      date,
      ctx.msgs.address(order.address),
    ),
  };
  return ctx.tell(ctx.msgs.orderPlaced(spellDigits(order.orderNumber), total, date), card);
}
