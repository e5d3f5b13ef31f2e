import type { TurnContext } from '../context';
import { cancelledByShop, expectedDelivery } from '../fulfilment';
import { describeFulfilment } from '../fulfilment-status';
import { groupOfSlot, inGroup } from '../entity-id';
import { SlotName } from '../intents';
import { CancelReason, OrderSource, OrderState, type Order } from '../order';
import type { QuoteLine } from '../pricing';
import { spellDigits } from '../replies';
import type { Reply } from '../turn';
import { parseSpokenNumberWords } from '../voice-pin-words';
import { groupLabel } from './groups';
import { itemsOf, placedOrders } from './history';
import { askToPurchase } from './purchase';

/** Words that carry meaning in a product name, for matching what was said to past lines. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.filter((w) => w.length > 2 && !STOP.has(w))
      .map(stem) ?? []
  );
}
const STOP = new Set(['the', 'and', 'with', 'for', 'usual', 'last', 'order', 'again']);
const stem = (w: string) => w.replace(/(ies)$/, 'y').replace(/(es|s)$/, '');

/**
 * Finds the most recent line a spoken product refers to: an exact sku when resolution gave one,
 * else catalog search limited to what this customer bought, else shared words with the line name.
 */
export async function findInHistory(ctx: TurnContext, orders: readonly Order[], spoken: { value: string; id?: string }): Promise<{ order: Order; line: QuoteLine } | undefined> {
  const latest = (sku: string) => orders.findIndex((o) => o.lines.some((l) => l.sku === sku));
  const bySku = (sku: string) => {
    for (const order of orders) {
      const line = order.lines.find((l) => l.sku === sku);
      if (line) return { order, line };
    }
    return undefined;
  };
  for (const candidate of [spoken.id, spoken.value]) {
    const hit = candidate ? bySku(candidate) : undefined;
    if (hit) return hit;
  }
  const bought = new Map<string, number>();
  orders.forEach((o) => o.lines.forEach((l) => bought.set(l.sku, (bought.get(l.sku) ?? 0) + 1)));
  const group = groupOfSlot(spoken);
  if (group) {
    // "my usual coffee": the product of that category (or brand) bought most often, the latest on a tie.
    const members = (await ctx.deps.catalog.getProducts([...bought.keys()])).filter((p) => inGroup(group, p)).map((p) => p.sku);
    const usual = members.sort((a, b) => (bought.get(b) ?? 0) - (bought.get(a) ?? 0) || latest(a) - latest(b))[0];
    return usual ? bySku(usual) : undefined;
  }
  const wanted = ctx.msgs.catalogQuery(spoken.value);
  const results = await ctx.deps.catalog.search(wanted, { limit: 20, history: bought });
  const fromSearch = results.find((p) => bought.has(p.sku));
  if (fromSearch) return bySku(fromSearch.sku);
  const said = words(wanted);
  if (said.length === 0) return undefined;
  for (const order of orders) {
    const line = order.lines.find((l) => {
      const name = new Set(words(l.name));
      return said.some((w) => name.has(w));
    });
    if (line) return { order, line };
  }
  return undefined;
}

/** What to call a product slot back: a category or brand by its name, never by its id. */
export function saidName(ctx: TurnContext, slot: { value: string; id?: string }): string {
  const group = groupOfSlot(slot);
  return group ? groupLabel(ctx, group, slot.value) : slot.value;
}

/** Words that name a past order as a whole ("the same stuff as last time", "my last order"). */
const PAST_ORDER =
  /^(?:(?:my|the|our)\s+)?(?:last|previous|usual|regular|normal)\s+(?:order|shop|shopping)(?:\s+again)?$|^(?:my|the|our)\s+usual(?:\s+(?:stuff|things|groceries|lot|please|again))?$|^(?:the\s+)?same\s+(?:thing|things|stuff|items|order|groceries|as before|as last time|again)\b|^(?:everything|what|all)\s+(?:i|we)\s+(?:got|had|ordered|bought)\s+(?:last time|before|last week)$|^(?:everything|all)\s+from\s+(?:last time|my last order)$|^(?:dasselbe|das gleiche|meine letzte bestellung|die letzte bestellung)(?:\s+wie letztes mal)?$/;
/** …and, to "reorder", a pronoun or "everything" names the last order too ("order that again"). */
const REORDER_WHOLE =
  /^(?:that|it|this|those|them|these|the same|same|everything|all of it|all that|all of that|all of those|the lot|that lot|that order|the order|das|die|alles|die bestellung)$/;

/** Words that name a whole past order rather than a product ("the same stuff as last time"). */
export function namesWholeOrder(said: string): boolean {
  return PAST_ORDER.test(said.toLowerCase().replace(/\s+/g, ' ').trim());
}

/** "reorder my last order", "reorder {product}", "buy {product} again". */
export async function reorder(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionReorder);
  const orders = await placedOrders(ctx, identity.customer.customerId);
  if (orders.length === 0) return ctx.ask(ctx.msgs.reorderNothing, ctx.msgs.searchEmptyQuery);
  const named = ctx.slot(SlotName.Product);
  const productSlot = named && !named.id && (namesWholeOrder(named.value) || REORDER_WHOLE.test(named.value.toLowerCase().trim())) ? undefined : named;
  if (!productSlot) {
    const lines = orders[0].lines.map((l) => ({ sku: l.sku, quantity: l.quantity }));
    return askToPurchase(ctx, identity, lines, OrderSource.Reorder);
  }
  // "the same ones as last time" after a list of paper towels: the kind just looked for
  const list = ctx.state.list;
  const kind = list?.kind === 'search' ? (list.about ?? list.query) : undefined;
  const asked =
    kind &&
    !productSlot.id &&
    /^(?:the\s+)?(?:ones?|kind|brand|type|sort|same one)(?:\s+(?:that\s+)?(?:i|we)\s+(?:usually\s+|always\s+|normally\s+|typically\s+)?(?:get|buy|order|have|got|bought|ordered|had))?$/.test(
      productSlot.value.toLowerCase().trim(),
    )
      ? { value: kind }
      : productSlot;
  const match = await findInHistory(ctx, orders, asked);
  if (!match) return ctx.ask(ctx.msgs.reorderNoMatch(saidName(ctx, asked)), ctx.msgs.searchEmptyQuery);
  return askToPurchase(ctx, identity, [{ sku: match.line.sku, quantity: match.line.quantity }], OrderSource.Reorder);
}

/** How many of a customer's orders the order flows look through. */
export const ORDERS_READ = 50;

/**
 * "where is my order", "when will my {product} arrive", "where is order 1 2 3 4 5 6 7 8". With
 * more than one order on its way and none named, each is named briefly.
 */
export async function status(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionStatus);
  const all = await ctx.deps.orders.listByCustomer(identity.customer.customerId, ORDERS_READ);
  const orders = all.filter((o) => o.state === OrderState.Placed || o.state === OrderState.Pending || o.state === OrderState.Failed || cancelledByShopper(o) || cancelledByShop(o));
  const numberSlot = ctx.slot(SlotName.OrderNumber);
  if (numberSlot) {
    // only this shopper's own orders are looked in: another's number is simply not found
    const order = findByNumber(orders, numberSlot.id ?? numberSlot.value);
    if (!order) return ctx.ask(ctx.msgs.orderNumberNotFound(spokenNumber(numberSlot.value)), ctx.msgs.anythingElse);
    return statusOf(ctx, order);
  }
  // an order the shop cancelled is news to the shopper: it is told like one still current
  const current = orders.filter((o) => o.state !== OrderState.Cancelled || cancelledByShop(o));
  if (current.length === 0) return ctx.ask(ctx.msgs.statusNone, ctx.msgs.searchEmptyQuery);
  const productSlot = ctx.slot(SlotName.Product);
  if (productSlot) {
    const match = await findInHistory(ctx, current, productSlot);
    if (!match) return ctx.ask(ctx.msgs.statusNoMatch(saidName(ctx, productSlot)), ctx.msgs.anythingElse);
    return statusOf(ctx, match.order);
  }
  const open = current.filter((o) => isOnItsWay(ctx, o));
  if (open.length > 1) return severalOnTheirWay(ctx, open);
  return statusOf(ctx, open[0] ?? current[0]);
}

function statusOf(ctx: TurnContext, order: Order): Reply {
  const speech = describeStatus(ctx, order, spellDigits(order.orderNumber));
  const card = { title: ctx.msgs.orderCardTitle(order.orderNumber), text: describeStatus(ctx, order, order.orderNumber) };
  return ctx.ask(`${speech} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse, card);
}

/** "You have 2 orders on the way: the one with … should arrive …; the one with …". */
function severalOnTheirWay(ctx: TurnContext, open: readonly Order[]): Reply {
  const named = open.slice(0, ORDERS_NAMED);
  // briefly: each order by its first product
  const entries = named.map((o) => ctx.msgs.statusEntry(o.lines[0]?.name ?? '', ctx.date(expectedDelivery(o) ?? o.updatedAt), o.state === OrderState.Pending));
  const card = {
    title: ctx.msgs.ordersCardTitle,
    text: named.map((o) => describeStatus(ctx, o, o.orderNumber)).join('\n'),
  };
  return ctx.ask(`${ctx.msgs.statusSeveral(open.length, entries)} ${ctx.msgs.anythingElse}`, ctx.msgs.statusSeveralReprompt, card);
}

/** At most this many orders on their way are named in one reply (one product each): more would not fit a spoken reply. */
export const ORDERS_NAMED = 2;

/** Placed and not delivered as far as the fulfilment feed said, or still being confirmed. */
export function isOnItsWay(_ctx: TurnContext, order: Order): boolean {
  if (order.state === OrderState.Pending) return true;
  return order.state === OrderState.Placed && order.fulfilmentState !== 'delivered';
}

/** A placed order the shopper cancelled (an abandoned purchase question is no order to them). */
export function cancelledByShopper(order: Order): boolean {
  return order.state === OrderState.Cancelled && order.cancelReason === CancelReason.CustomerCancelled;
}

/**
 * An order by its spoken number ("one zero zero zero zero zero zero two", "10000002"), among
 * `orders` only. A number that lost its leading zeros on the way (a number slot) still matches.
 */
export function findByNumber(orders: readonly Order[], spoken: string): Order | undefined {
  const digits = digitsOf(spoken);
  if (!digits) return undefined;
  const bare = (n: string) => n.replace(/^0+(?=\d)/, '');
  return orders.find((o) => o.orderNumber === digits || bare(o.orderNumber) === bare(digits));
}

/** The digits of a spoken order number; words around it ("order", "number") are let go. */
function digitsOf(spoken: string): string | undefined {
  const words = spoken
    .toLowerCase()
    .replace(/[#]/g, ' ')
    .replace(/\b(order|orders|number|no|nummer|bestellung|bestellnummer)\b/g, ' ')
    .trim();
  const digits = parseSpokenNumberWords(words);
  return digits && digits.length > 0 ? digits : undefined;
}

/** An order number as it should be said back: digit by digit when it was a number. */
export function spokenNumber(said: string): string {
  const digits = digitsOf(said);
  return digits ? spellDigits(digits) : said;
}

/** The order's state in plain words; `number` as it should be said or shown. */
function describeStatus(ctx: TurnContext, order: Order, number: string): string {
  if (order.state === OrderState.Pending) return ctx.msgs.statusPending(number);
  if (order.state === OrderState.Failed) return ctx.msgs.statusFailed(number);
  const items = itemsOf(ctx, order, 2);
  if (cancelledByShop(order)) return ctx.msgs.statusShopCancelled(number, items);
  if (order.state === OrderState.Cancelled) return ctx.msgs.statusCancelled(number, items);
  // where the order is comes from the fulfilment feed only, never from the clock
  return describeFulfilment(ctx, order, number, items);
}

/**
 * A product named by the shopper's own past purchases ("the paper towels I got last time", "my
 * usual kitchen roll"): the name without those words, or undefined when the words say no such thing.
 */
const PAST_PURCHASE: Readonly<Record<'en' | 'de', readonly RegExp[]>> = {
  en: [
    /^(?:(?:my|the|our)\s+)?usual\s+(.+?)(?:\s+again)?$/,
    /^(?:the\s+)?same\s+(.+?)\s+(?:(?:that|which)\s+)?(?:i|we)\s+(?:(?:always|usually|normally|always used to)\s+)?(?:got|bought|ordered|had|get|buy|order)\b.*$/,
    /^(?:them|those|these|that|my)\s+(.+?)\s+again$/,
    /^(?:the\s+)?same\s+(.+?)\s+(?:as|like)\s+(?:last time|before|usual|last week|the last time|i always get|always)$/,
    /^(?:the\s+|some\s+|more\s+)?(.+?)\s+(?:(?:that\s+|which\s+)?(?:i|we)\s+(?:got|bought|ordered|had|always get|usually get|get)|from (?:my|our) last order|from last time|like last time|like before)(?:\s+(?:last time|before|last week|last month|the other day|last order|yesterday|this morning))?(?:\s+again)?$/,
  ],
  de: [
    /^(?:(?:mein|meine|meinen|den|die|das)\s+)?übliche[nsr]?\s+(.+)$/,
    /^(?:wieder|nochmal|noch einmal)\s+(?:den\s+|die\s+|das\s+|meine\s+|meinen\s+)?(.+?)(?:\s+bitte)?$/,
    /^(?:den\s+|die\s+|das\s+)?(.+?)\s+(?:nochmal|noch einmal|wieder)(?:\s+bitte)?$/,
    /^(?:den\s+|die\s+|das\s+)?(.+?)\s+(?:wie letztes mal|von letztem mal|(?:den|die|das) ich (?:letztes mal |zuletzt )?(?:bestellt|gekauft) habe|aus meiner letzten bestellung)$/,
  ],
};

export function pastPurchaseName(said: string, locale: string): string | undefined {
  const text = said.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const pattern of PAST_PURCHASE[locale.toLowerCase().startsWith('de') ? 'de' : 'en']) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

/** The product a linked shopper's past orders hold under that name, the latest first; undefined for a guest or none. */
export async function fromPastPurchases(ctx: TurnContext, name: string): Promise<{ sku: string; quantity: number } | undefined> {
  const identity = await ctx.identify();
  if (!identity.linked) return undefined;
  const match = await findInHistory(ctx, await placedOrders(ctx, identity.customer.customerId), { value: name });
  return match ? { sku: match.line.sku, quantity: match.line.quantity } : undefined;
}

/** "when did I last buy paper towels": the latest order with that product, and its date. */
export async function lastBought(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionStatus);
  const productSlot = ctx.slot(SlotName.Product)!;
  const orders = await placedOrders(ctx, identity.customer.customerId);
  const match = orders.length > 0 ? await findInHistory(ctx, orders, productSlot) : undefined;
  if (!match) return ctx.ask(`${ctx.msgs.neverBought(saidName(ctx, productSlot))} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
  const day = new Intl.DateTimeFormat(ctx.turn.locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const when = day.format(new Date(match.order.placedAt ?? match.order.createdAt));
  return ctx.ask(`${ctx.msgs.lastBought(match.line.name, when, match.line.quantity)} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
}
