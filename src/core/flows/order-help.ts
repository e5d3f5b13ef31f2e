import type { TurnContext } from '../context';
import { SlotName } from '../intents';
import type { Reply } from '../turn';
import { cancellability } from './cancel-order';
import { ORDERS_READ, saidName } from './orders';

/**
 * "change my delivery address", "change my order to three milks": a placed order is not
 * changed by voice. The shopper hears who can (a person, with the number on a card), and, while
 * an order can still be cancelled, that cancelling and ordering again is a way.
 */
export async function changeOrder(ctx: TurnContext): Promise<Reply> {
  const { supportPhone, supportHours } = ctx.policy;
  const hint = (await hasCancellableOrder(ctx)) ? ` ${ctx.msgs.changeOrderCancelHint}` : '';
  return ctx.ask(`${ctx.msgs.changeOrder(supportPhone, supportHours)}${hint}`, ctx.msgs.anythingElse, supportCard(ctx));
}

/** "I want to return the coffee", "how do I send this back": returns go through a person. */
export async function returnItem(ctx: TurnContext): Promise<Reply> {
  const { supportPhone, supportHours } = ctx.policy;
  const product = ctx.slot(SlotName.Product);
  const name = product ? await productName(ctx, product) : undefined;
  return ctx.ask(ctx.msgs.returnItem(name, supportPhone, supportHours), ctx.msgs.anythingElse, supportCard(ctx));
}

/** A product slot said back: a category or brand by name, a sku (Dialogflow's value) by the product's name. */
async function productName(ctx: TurnContext, slot: { value: string; id?: string }): Promise<string> {
  const id = slot.id ?? slot.value;
  const product = /^[A-Za-z0-9_-]{1,64}$/.test(id) && /\d/.test(id) ? await ctx.deps.catalog.getProduct(id) : undefined;
  return product?.name ?? saidName(ctx, slot);
}

function supportCard(ctx: TurnContext) {
  return { title: ctx.msgs.humanCardTitle, text: ctx.msgs.humanCard(ctx.policy.supportPhone, ctx.policy.supportHours) };
}

/** A linked shopper with an order still inside the cancellation window. A guest has none. */
async function hasCancellableOrder(ctx: TurnContext): Promise<boolean> {
  if (!ctx.mayBeLinked) return false;
  const identity = await ctx.identify();
  if (!identity.linked) return false;
  const now = ctx.deps.clock.now();
  const orders = await ctx.deps.orders.listByCustomer(identity.customer.customerId, ORDERS_READ);
  return orders.some((o) => cancellability(o, ctx.policy, now) === 'cancellable');
}
