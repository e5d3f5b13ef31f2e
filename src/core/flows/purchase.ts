import { hasSettled, withOrderTakenOut, type Cart, type CartLine } from '../cart';
import type { TurnContext } from '../context';
import { MIN_CHARGE_MS } from '../budget';
import { within } from '../deadline';
import { IdempotencyKeyReuseError, OrderAlreadyExistsError, OrderStateConflictError, PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../errors';
import { SlotName } from '../intents';
import { CancelReason, OrderSource, OrderState, quotedAmounts, type Customer, type Order } from '../order';
import { quote, type Quote } from '../pricing';
import { spellDigits } from '../replies';
import { releaseSpend, settleOrder, type Settlement } from '../settlement';
import { ShopEvent } from '../../ports/metrics';
import type { ChargeRequest } from '../../ports/payments';
import type { Reply } from '../turn';
import { loadCart, priceLines, updateCart } from './cart-store';
import { saidSubtotal } from './deals';
import { findProduct } from './products';
import { checkSpokenPin, checkTokenActive, guardPurchase, overDailyLimit } from './safeguards';

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
 * (once: the cart remembers the orders taken out of it) before anything is asked, so a shopper is
 * never asked to pay for the same items twice.
 */
async function withoutAlreadyOrdered(ctx: TurnContext, customer: Customer, cart: Cart): Promise<Cart> {
  if (cart.lines.length === 0) return cart;
  const [last] = await ctx.deps.orders.listByCustomer(customer.customerId, 1);
  if (
    !last ||
    last.state !== OrderState.Placed ||
    last.source !== OrderSource.Cart ||
    last.userKey !== ctx.userKey ||
    last.cartVersion !== cart.version ||
    hasSettled(cart, last.orderId)
  ) {
    return cart;
  }
  ctx.log.warn('cart still held a placed order; taking its lines out', { orderId: last.orderId });
  // "buy it" must not mean a product just bought: the crashed turn never cleared the focus
  if (last.lines.some((line) => line.sku === ctx.state.focusSku)) ctx.state.focusSku = undefined;
  return updateCart(ctx, (current) => (current.version === cart.version ? withOrderTakenOut(current, last) : current));
}

/**
 * An order of the customer's still being confirmed with the bank that holds any of these
 * products: asking again could charge for the same items twice.
 */
async function inFlightOrder(ctx: TurnContext, customerId: string, lines: readonly CartLine[]): Promise<Order | undefined> {
  const recent = await ctx.deps.orders.listByCustomer(customerId, 10);
  const skus = new Set(lines.map((l) => l.sku));
  return recent.find((o) => o.state === OrderState.Pending && o.lines.some((l) => skus.has(l.sku)));
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
  const inFlight = await inFlightOrder(ctx, customer.customerId, lines);
  if (inFlight) {
    ctx.state.pending = undefined;
    ctx.log.info('purchase not asked: an order for these items is still being confirmed', { orderId: inFlight.orderId });
    return ctx.ask(ctx.msgs.orderStillConfirming(spellDigits(inFlight.orderNumber)), ctx.msgs.anythingElse);
  }
  const { quote: q, unavailable } = await currentQuote(ctx, lines);
  const unavailableNote = unavailable.length > 0 ? `${ctx.msgs.purchaseUnavailable(unavailable)} ` : '';
  if (q.lines.length === 0) {
    ctx.state.pending = undefined;
    return ctx.ask(`${unavailableNote}${ctx.msgs.searchEmptyQuery}`, ctx.msgs.searchEmptyQuery);
  }
  const limit = await overDailyLimit(ctx, customer.customerId, q.total);
  if (limit !== undefined) {
    // the yes would be refused: say so now instead of asking for it
    ctx.state.pending = undefined;
    ctx.log.info('purchase not asked: over the daily voice limit', { total: q.total });
    return ctx.ask(`${unavailableNote}${ctx.msgs.dailyLimitReached(ctx.price(limit))}`, ctx.msgs.anythingElse);
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
  await createOnce(ctx, order);
  ctx.state.pending = { orderId: order.orderId, quoteHash: q.hash, source, askedAt: now };
  ctx.state.awaiting = 'purchase';
  ctx.deps.metrics?.count(ShopEvent.PurchaseAsked);
  ctx.log.info('purchase question asked', { orderId: order.orderId, total: order.total, lines: order.lines.length });
  const question = ctx.msgs.purchaseQuestion(
    ctx.policy.sellerName,
    q.lines.map((l) => ctx.msgs.cartLine(l.quantity, l.name)),
    // the subtotal with any promotion it includes named (decide): the total heard is the total charged
    saidSubtotal(ctx, q),
    ctx.price(q.tax),
    ctx.price(q.deliveryFee),
    ctx.price(q.total),
    ctx.msgs.address(customer.address),
  );
  const speech = `${unavailableNote}${prefix ? prefix(question) : question}`;
  return ctx.ask(speech, ctx.msgs.purchaseQuestionReprompt(ctx.price(q.total)));
}

/** Stores a new order; the same order found already stored (a write whose answer was lost) is fine. */
async function createOnce(ctx: TurnContext, order: Order): Promise<void> {
  try {
    await ctx.deps.orders.create(order);
  } catch (err) {
    if (!(err instanceof OrderAlreadyExistsError)) throw err;
    const stored = await ctx.deps.orders.get(order.orderId);
    if (stored?.customerId !== order.customerId || stored.quoteHash !== order.quoteHash) throw err;
  }
}

/** Marks the pending purchase question as answered "no" (or abandoned). Nothing is charged. */
export async function cancelPending(ctx: TurnContext): Promise<boolean> {
  const pending = ctx.state.pending;
  ctx.state.pending = undefined;
  if (!pending) return false;
  try {
    await ctx.deps.orders.transition(pending.orderId, [OrderState.AwaitingConfirmation], OrderState.Cancelled, {
      updatedAt: ctx.deps.clock.now().toISOString(),
      cancelReason: CancelReason.Declined,
      transitionToken: ctx.token,
    });
    ctx.deps.metrics?.count(ShopEvent.PurchaseCancelled);
    ctx.log.info('purchase question declined', { orderId: pending.orderId });
  } catch (err) {
    // Already confirmed by a "yes" that arrived first (or our own write, answer lost): it stands.
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
 * Drives an order from the yes to a final state. The turn that moves it to PENDING owns its
 * charge; a concurrent or repeated yes waits for that owner's outcome instead of charging. The
 * charge is started only while the reply gate allows it and enough of the turn is left for the
 * provider and the save; it carries the order id as idempotency key, and whatever the outcome,
 * settlement (one module, shared with reconciliation) takes the order to its final state.
 */
async function place(ctx: TurnContext, initial: Order, customer: Customer, spendDay?: string): Promise<Reply> {
  let order = initial;
  let owner = order.state === OrderState.Pending && order.chargeOwner === ctx.token;
  if (order.state === OrderState.AwaitingConfirmation) {
    const late = tooLateToCharge(ctx);
    if (late) {
      // Nothing is written, nothing will be charged: the question stays for another yes.
      await releaseSpend(ctx.deps, { ...order, spendDay }, ctx.log);
      return late;
    }
    ({ order, owner } = await claimCharge(ctx, order, customer, spendDay));
  }
  if (order.state === OrderState.Pending && owner) return chargeAndSettle(ctx, order, customer);
  if (order.state === OrderState.Pending) order = await awaitOwner(ctx, order);
  if (order.state === OrderState.Pending) order = await askProvider(ctx, order);
  return replyFor(ctx, order);
}

/** A reply when the turn has too little time left to start a charge, undefined when it may. */
function tooLateToCharge(ctx: TurnContext): Reply | undefined {
  if (ctx.gate.timedOut) return { speech: '', endSession: true };
  if (ctx.deadline.remainingMs() >= MIN_CHARGE_MS + ctx.budget.saveReserveMs) return undefined;
  ctx.log.warn('too little time left to start a charge; nothing charged', { remainingMs: Math.round(ctx.deadline.remainingMs()) });
  ctx.state.awaiting = 'purchase';
  return ctx.ask(`${ctx.msgs.purchaseTooSlow} ${ctx.msgs.placeOrderAgain}`, ctx.msgs.placeOrderAgain);
}

/** AWAITING_CONFIRMATION → PENDING with this turn as the charge's owner; a yes that lost the race is not. */
async function claimCharge(ctx: TurnContext, order: Order, customer: Customer, spendDay?: string): Promise<{ order: Order; owner: boolean }> {
  try {
    const pending = await ctx.deps.orders.transition(order.orderId, [OrderState.AwaitingConfirmation], OrderState.Pending, {
      confirmedAt: ctx.deps.clock.now().toISOString(),
      updatedAt: ctx.deps.clock.now().toISOString(),
      spendDay,
      // What is charged is fixed with the yes: a retry or reconciliation asks about exactly this.
      paymentMethodRef: customer.paymentMethodRef,
      paymentCustomerRef: customer.paymentCustomerRef,
      chargeOwner: ctx.token,
      transitionToken: ctx.token,
    });
    ctx.deps.metrics?.count(ShopEvent.PurchaseConfirmed);
    return { order: pending, owner: true };
  } catch (err) {
    if (!(err instanceof OrderStateConflictError)) throw err;
    const current = (await ctx.deps.orders.get(order.orderId)) ?? order;
    // Our own write, applied though its answer was lost, is still ours.
    return { order: current, owner: current.state === OrderState.Pending && current.chargeOwner === ctx.token };
  }
}

/** The owner's charge, then settlement. Never started once the timer has told the shopper nothing was charged. */
async function chargeAndSettle(ctx: TurnContext, order: Order, customer: Customer): Promise<Reply> {
  const timeoutMs = ctx.deadline.remainingMs() - ctx.budget.saveReserveMs;
  if (timeoutMs < MIN_CHARGE_MS || !ctx.gate.startCharge(order)) {
    // The timer has spoken, or the PENDING write ate the time: cancel, so no one charges this order.
    const heard = !ctx.gate.timedOut;
    ctx.log.warn('charge not started: out of time', { orderId: order.orderId, timedOut: ctx.gate.timedOut });
    const settled = await settleOrder(ctx.deps, order, { outcome: 'cancelled', reason: CancelReason.TooSlow }, { log: ctx.log, token: ctx.token });
    clearQuestion(ctx);
    if (settled.state !== OrderState.Cancelled) return replyFor(ctx, settled);
    return heard ? ctx.tell(ctx.msgs.purchaseTooSlowCancelled) : { speech: '', endSession: true };
  }
  let settlement: Settlement;
  try {
    const charge = await within(
      ctx.scheduler,
      ctx.deps.payments.charge(chargeRequest(order, customer), { timeoutMs }),
      timeoutMs,
      () => new PaymentUnavailableError(`payment did not answer within ${Math.round(timeoutMs)} ms`),
    );
    settlement = { outcome: 'placed', charge };
  } catch (err) {
    if (err instanceof PaymentDeclinedError) settlement = { outcome: 'failed', declineCode: err.declineCode };
    else if (err instanceof PaymentRequestInvalidError) settlement = { outcome: 'failed', failureCode: err.code ?? 'invalid_request' };
    else if (err instanceof PaymentUnavailableError) {
      ctx.log.warn('payment outcome unknown; order left pending for reconciliation', { orderId: order.orderId, error: err.message });
      ctx.deps.metrics?.count(ShopEvent.OrderPending);
      clearQuestion(ctx);
      return pendingReply(ctx, order);
    } else {
      if (err instanceof IdempotencyKeyReuseError) ctx.log.error('idempotency key reused with a different charge', { orderId: order.orderId });
      throw err;
    }
  }
  // The email goes now only if it fits before the reply is due; otherwise reconciliation sends it.
  const sendNotice = ctx.deadline.remainingMs() > NOTICE_TIME_MS;
  const settled = await settleOrder(ctx.deps, order, settlement, { log: ctx.log, token: ctx.token, sendNotice });
  return replyFor(ctx, settled);
}

/** Time the settlement email may take inside a turn. */
const NOTICE_TIME_MS = 600;
/** How often a second yes looks at the order while the first one's charge is under way. */
const OWNER_POLL_MS = 150;

/**
 * Another turn owns this order's charge: wait for its outcome while that turn can still be
 * running and this one has time, so this shopper hears what really happened instead of a guess.
 */
async function awaitOwner(ctx: TurnContext, order: Order): Promise<Order> {
  const ownerGoneAt = new Date(order.confirmedAt ?? order.updatedAt).getTime() + Math.max(ctx.budget.alexaMs, ctx.budget.dialogflowMs);
  let current = order;
  while (
    current.state === OrderState.Pending &&
    ctx.deps.clock.now().getTime() < ownerGoneAt &&
    ctx.deadline.remainingMs() > OWNER_POLL_MS + 2 * ctx.budget.saveReserveMs &&
    !ctx.gate.timedOut
  ) {
    await new Promise<void>((resolve) => ctx.scheduler.after(OWNER_POLL_MS, resolve));
    current = (await ctx.deps.orders.get(order.orderId)) ?? current;
  }
  return current;
}

/**
 * Still PENDING and its owner's answer not seen (it died, or is slow): ask the provider what
 * became of the charge — never charge again. A charge that went through or was declined is
 * settled now; anything else stays for its owner or reconciliation, and is said to be confirming.
 */
async function askProvider(ctx: TurnContext, order: Order): Promise<Order> {
  if (ctx.deadline.remainingMs() < ctx.budget.saveReserveMs || ctx.gate.timedOut) return order;
  let settlement: Settlement | undefined;
  try {
    const status = await within(
      ctx.scheduler,
      ctx.deps.payments.lookup({ idempotencyKey: order.orderId, paymentCustomerRef: order.paymentCustomerRef, notBefore: order.confirmedAt }),
      ctx.deadline.remainingMs() - ctx.budget.saveReserveMs,
      () => new PaymentUnavailableError('payment lookup did not answer in time'),
    );
    if (status.status === 'succeeded') settlement = { outcome: 'placed', charge: status.charge };
    if (status.status === 'declined') settlement = { outcome: 'failed', declineCode: status.declineCode };
  } catch (err) {
    if (!(err instanceof PaymentUnavailableError)) throw err;
  }
  if (!settlement) return order;
  const sendNotice = ctx.deadline.remainingMs() > NOTICE_TIME_MS;
  return settleOrder(ctx.deps, order, settlement, { log: ctx.log, token: ctx.token, sendNotice });
}

function clearQuestion(ctx: TurnContext): void {
  ctx.state.pending = undefined;
  ctx.state.awaiting = undefined;
}

/** What the shopper hears about an order after their yes, from its state as stored. */
function replyFor(ctx: TurnContext, order: Order): Reply {
  clearQuestion(ctx);
  switch (order.state) {
    case OrderState.Placed:
      ctx.deps.metrics?.count(ShopEvent.OrderPlaced);
      return placedReply(ctx, order);
    case OrderState.Failed:
      ctx.deps.metrics?.count(ShopEvent.OrderDeclined);
      return ctx.ask(order.declineCode ? ctx.msgs.orderDeclined : ctx.msgs.orderRefused, ctx.msgs.anythingElse);
    case OrderState.Pending:
      ctx.deps.metrics?.count(ShopEvent.OrderPending);
      return pendingReply(ctx, order);
    default:
      return ctx.ask(ctx.msgs.orderCancelled, ctx.msgs.anythingElse);
  }
}

function pendingReply(ctx: TurnContext, order: Order): Reply {
  return ctx.tell(ctx.msgs.orderPending, { title: ctx.msgs.orderPlacedCardTitle, text: ctx.msgs.orderPendingCard(order.orderNumber) });
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
    orderNumber: order.orderNumber,
    description: `Order ${order.orderNumber}`,
  };
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
