import { ShopEvent } from '../../ports/metrics';
import type { TurnContext } from '../context';
import { expectedDelivery } from '../fulfilment';
import { DEFAULT_AFTER_ORDER } from '../fulfilment-notices';
import { OrderState } from '../order';
import { spellDigits } from '../replies';
import type { Reply } from '../turn';
import { productsInGroup } from './groups';
import { historyIfLinked, itemsOf } from './history';
import { ORDERS_READ } from './orders';
import { resolveProductRef } from './products';
import type { Product } from '../product';
import { SlotName } from '../intents';

/** The query id a request for a reminder by the date carries ("remind me to order diapers on friday"). */
export const DATED_REMINDER = 'dated-reminder';

/**
 * Reminders the shopper asks for, and only those: "tell me when my order ships", "tell me when
 * paper towels are back in stock", "remind me about my cart", and "stop reminding me". They need
 * a linked account (that is where the email goes). Order updates themselves go to every shopper
 * by email anyway (the fulfilment feed); asking for them says so, truthfully.
 */
export async function notifyMe(ctx: TurnContext): Promise<Reply> {
  const query = ctx.slot(SlotName.Query);
  if ((query?.id ?? query?.value) === DATED_REMINDER) return ctx.ask(ctx.msgs.noDatedReminders, ctx.msgs.anythingElse);
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionReminders);
  const customerId = identity.customer.customerId;
  const ref = await resolveProductRef(ctx);
  let product: Product | undefined;
  if (ref.kind === 'found') product = ref.product;
  else if (ref.kind === 'group') {
    const members = await productsInGroup(ctx, ref.group, await historyIfLinked(ctx));
    // one of the group in stock answers the question now; otherwise the one the shopper buys, or the best
    product = members.find((p) => p.inStock) ?? members[0];
  } else if (ref.kind === 'not-found') return ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
  if (!product) return shippingUpdates(ctx, customerId);
  if (product.inStock) {
    ctx.state.focusSku = product.sku;
    ctx.state.awaiting = 'add';
    return ctx.ask(ctx.msgs.notifyInStock(product.name), ctx.msgs.detailsReprompt);
  }
  if (!ctx.deps.reminders) return ctx.ask(ctx.msgs.apology, ctx.msgs.anythingElse);
  await ctx.deps.reminders.watchStock({ customerId, sku: product.sku, productName: product.name, locale: ctx.turn.locale, createdAt: ctx.deps.clock.now().toISOString() });
  ctx.deps.metrics?.count(ShopEvent.ReminderSet);
  return ctx.ask(ctx.msgs.notifyStock(product.name, ctx.turn.platform === 'alexa'), ctx.msgs.anythingElse);
}

/** "Tell me when my order ships": the newest order on its way, as the feed last saw it. */
async function shippingUpdates(ctx: TurnContext, customerId: string): Promise<Reply> {
  const orders = (await ctx.deps.orders.listByCustomer(customerId, ORDERS_READ)).filter((o) => o.state === OrderState.Placed || o.state === OrderState.Pending);
  const open = orders.find((o) => o.fulfilmentState !== 'delivered');
  if (!open) {
    const delivered = orders[0];
    if (delivered?.deliveredAt) return ctx.ask(ctx.msgs.notifyAlreadyDelivered(spellDigits(delivered.orderNumber), ctx.date(delivered.deliveredAt)), ctx.msgs.anythingElse);
    return ctx.ask(ctx.msgs.notifyNoOrder, ctx.msgs.anythingElse);
  }
  const number = spellDigits(open.orderNumber);
  if (open.fulfilmentState === 'shipped' || open.fulfilmentState === 'out-for-delivery') {
    const date = ctx.date(expectedDelivery(open) ?? open.updatedAt);
    const said = open.carrier ? ctx.msgs.notifyAlreadyShipped(number, open.carrier, date) : ctx.msgs.statusShipped(number, itemsOf(ctx, open, 2), date);
    return ctx.ask(said, ctx.msgs.anythingElse);
  }
  ctx.deps.metrics?.count(ShopEvent.ReminderSet);
  return ctx.ask(ctx.msgs.notifyShipping(number, ctx.turn.platform === 'alexa'), ctx.msgs.anythingElse);
}

/** "Remind me about my cart": one reminder for a cart left with items, after the configured time. */
export async function cartReminder(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionReminders);
  if (!ctx.deps.reminders) return ctx.ask(ctx.msgs.apology, ctx.msgs.anythingElse);
  const customerId = identity.customer.customerId;
  const minutes = (ctx.deps.afterOrder ?? DEFAULT_AFTER_ORDER).cartReminderAfterMinutes;
  const now = ctx.deps.clock.now();
  const watch = (await ctx.deps.reminders.getCartWatch(customerId)) ?? {
    customerId,
    userKeys: [],
    locale: ctx.turn.locale,
    createdAt: now.toISOString(),
    checkAt: now.toISOString(),
  };
  if (!watch.userKeys.includes(ctx.userKey)) watch.userKeys.push(ctx.userKey);
  // the first look is now: it notes the cart as it is, and the time it is left counts from there
  await ctx.deps.reminders.saveCartWatch({ ...watch, locale: ctx.turn.locale, checkAt: now.toISOString() });
  ctx.deps.metrics?.count(ShopEvent.ReminderSet);
  return ctx.ask(ctx.msgs.cartReminderOn(minutes, ctx.turn.platform === 'alexa'), ctx.msgs.anythingElse);
}

/** "Stop reminding me": every stock and cart reminder of this shopper goes. */
export async function stopReminders(ctx: TurnContext): Promise<Reply> {
  const identity = await ctx.identify();
  if (!identity.linked) return ctx.linkRequired(identity, ctx.msgs.actionReminders);
  const count = (await ctx.deps.reminders?.stopAll(identity.customer.customerId)) ?? 0;
  ctx.deps.metrics?.count(ShopEvent.RemindersStopped);
  return ctx.ask(ctx.msgs.remindersStopped(count), ctx.msgs.anythingElse);
}
