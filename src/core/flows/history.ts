import type { TurnContext } from '../context';
import { CancelReason, OrderState, type Order } from '../order';
import { formatList } from '../replies';
import type { Reply } from '../turn';

const HISTORY_DEPTH = 50;

/** The customer's placed orders, newest first. */
export async function placedOrders(ctx: TurnContext, customerId: string): Promise<Order[]> {
  const orders = await ctx.deps.orders.listByCustomer(customerId, HISTORY_DEPTH);
  return orders.filter((o) => o.state === OrderState.Placed);
}

/** How often each sku was bought: the search boost for "my usual". */
export async function purchaseHistory(ctx: TurnContext, customerId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const order of await placedOrders(ctx, customerId)) {
    for (const line of order.lines) counts.set(line.sku, (counts.get(line.sku) ?? 0) + 1);
  }
  return counts;
}

/** The shopper's purchase counts when the session is linked; undefined for a guest. */
export async function historyIfLinked(ctx: TurnContext): Promise<ReadonlyMap<string, number> | undefined> {
  if (!ctx.mayBeLinked) return undefined;
  const identity = await ctx.identify();
  return identity.linked ? purchaseHistory(ctx, identity.customer.customerId) : undefined;
}

/** The main items of an order: up to `names` product names, then how many more. */
export function itemsOf(ctx: TurnContext, order: Order, names: number): string {
  const shown = order.lines.slice(0, names).map((l) => l.name);
  const more = order.lines.length - shown.length;
  return formatList(more > 0 ? [...shown, ctx.msgs.moreItems(more)] : shown, ctx.turn.locale);
}

/** Orders a shopper counts as theirs: placed (delivered or not), being confirmed, or cancelled by them. */
function inHistory(order: Order): boolean {
  return order.state === OrderState.Placed || order.state === OrderState.Pending || (order.state === OrderState.Cancelled && order.cancelReason === CancelReason.CustomerCancelled);
}

/** Orders read out at most, newest first. */
const HISTORY_READ = 3;

/**
 * "what did I order last time", "my recent orders", "how many orders have I placed": how many,
 * then the newest three, each with its date, main items and total. At most three product names
 * in all, so the newest order gets more of its items when fewer orders are read.
 */
export async function readHistory(ctx: TurnContext, which?: OrderAsked): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionStatus);
  const orders = (await ctx.deps.orders.listByCustomer(identity.customer.customerId, HISTORY_DEPTH)).filter(inHistory);
  if (orders.length === 0) return ctx.ask(ctx.msgs.historyNone, ctx.msgs.searchEmptyQuery);
  if (which !== undefined) return readOne(ctx, orders, which);
  // "how much was that" after the list: the newest, which the list starts with
  ctx.state.orderRead = { index: 0, thisTurn: true };
  const shown = orders.slice(0, HISTORY_READ);
  const namesForNewest = HISTORY_READ - (shown.length - 1);
  const entries = shown.map((order, i) => historyEntry(ctx, order, i === 0 ? namesForNewest : 1));
  const card = {
    title: ctx.msgs.ordersCardTitle,
    text: shown.map((o) => `${ctx.msgs.orderCardTitle(o.orderNumber)}: ${cardLine(ctx, o)}`).join('\n'),
  };
  return ctx.ask(`${ctx.msgs.history(orders.length, entries)} ${ctx.msgs.anythingElse}`, ctx.msgs.historyReprompt, card);
}

/**
 * One order asked about: the newest ("my last order"), the first, the one placed nearest so many
 * days ago, or one by its place in the history (newest 0: "the one before that").
 */
export type OrderAsked = 'last' | 'first' | { daysAgo: number } | { index: number };

/** "how much was my last order", "what was in my order from two weeks ago": that order alone. */
function readOne(ctx: TurnContext, orders: readonly Order[], which: OrderAsked): Reply {
  const now = ctx.deps.clock.now().getTime();
  const placed = (o: Order) => new Date(o.placedAt ?? o.createdAt).getTime();
  if (typeof which === 'object' && 'index' in which && which.index >= orders.length) {
    return ctx.ask(`${ctx.msgs.historyNoOlder(orders.length)} ${ctx.msgs.anythingElse}`, ctx.msgs.historyReprompt);
  }
  const order =
    which === 'last'
      ? orders[0]
      : which === 'first'
        ? orders[orders.length - 1]
        : 'index' in which
          ? orders[which.index]
          : [...orders].sort((a, b) => Math.abs(now - placed(a) - which.daysAgo * 86_400_000) - Math.abs(now - placed(b) - which.daysAgo * 86_400_000))[0];
  ctx.state.orderRead = { index: orders.indexOf(order), thisTurn: true };
  const card = { title: ctx.msgs.orderCardTitle(order.orderNumber), text: cardLine(ctx, order) };
  return ctx.ask(`${ctx.msgs.historyOne(historyEntry(ctx, order, HISTORY_READ), order === orders[0])} ${ctx.msgs.anythingElse}`, ctx.msgs.historyReprompt, card);
}

/** One order as the history says it: date, main items (at most `names`), total and state. */
function historyEntry(ctx: TurnContext, order: Order, names: number): string {
  const day = new Intl.DateTimeFormat(ctx.turn.locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const state = order.state === OrderState.Pending ? 'pending' : order.state === OrderState.Cancelled ? 'cancelled' : 'placed';
  return ctx.msgs.historyEntry(day.format(new Date(order.placedAt ?? order.createdAt)), itemsOf(ctx, order, names), ctx.price(order.total), state);
}

/** One order on the card: every line and the total. */
function cardLine(ctx: TurnContext, order: Order): string {
  return `${order.lines.map((l) => `${l.quantity} × ${l.name}`).join(', ')} — ${ctx.price(order.total)}`;
}
