import { quantityOf, withQuantity } from '../cart';
import type { TurnContext } from '../context';
import { SlotName } from '../intents';
import type { Product } from '../product';
import { readQuantity, splitLeadingQuantity } from '../quantity-words';
import type { Reply, SlotValue } from '../turn';
import { addProduct, addToLine, lineNotFound, runningTotal, targetLine, updateCart } from './cart';
import { findProduct } from './products';
import { groupOf, groupOfSlot } from '../entity-id';

/**
 * "make it three", "change the coffee to two", "change the quantity to three", "double the
 * muffins". Zero takes the line out; a negative number, one over the maximum or words that are
 * no number change nothing and say why.
 */
export async function setQuantity(ctx: TurnContext): Promise<Reply> {
  const { ref } = await targetLine(ctx);
  if (ref.kind !== 'line') {
    // "make it three" right after hearing about a product that is not in the cart yet: add three
    const focus = ref.kind !== 'ambiguous' && !ctx.slot(SlotName.Product) && !ctx.slot(SlotName.Ordinal) ? await focusProduct(ctx) : undefined;
    const reading = readQuantity(ctx.slot(SlotName.Quantity)?.value);
    if (focus && reading.kind === 'count' && reading.n <= ctx.policy.maxQuantity) return addProduct(ctx, focus, reading.n);
    // "i'll take two bags of the baby carrots" with none in the cart yet: that many of that one product, added
    // (a kind of product, "change the dish soap to two", is not guessed: the shopper hears it is not in the cart)
    const spoken = ctx.slot(SlotName.Product);
    const specific = ref.kind === 'not-in-cart' && spoken && !groupOfSlot(spoken) && !groupOf(spoken.value);
    const named = specific && reading.kind === 'count' && reading.n <= ctx.policy.maxQuantity ? await onlyProductCalled(ctx, spoken.value) : undefined;
    if (named && reading.kind === 'count') return addProduct(ctx, named, reading.n);
    return lineNotFound(ctx, ref);
  }
  return setLine(ctx, ref.product, ref.quantity, ctx.slot(SlotName.Quantity));
}

/**
 * "I want three of the turkey" with turkey in the cart: heard as a search ("i want {query}"), it
 * says how many of a line to have. Undefined when the words are no number "of" a cart line.
 */
export async function quantityOfCartLine(ctx: TurnContext): Promise<Reply | undefined> {
  const spoken = ctx.slot(SlotName.Query) ?? ctx.slot(SlotName.Product);
  if (!spoken || spoken.id || !/^\S+(\s\S+)?\s(of|von)\s/i.test(spoken.value.trim())) return undefined;
  const said = splitLeadingQuantity(spoken.value, ctx.turn.locale);
  if (!said || said.itemCount) return undefined;
  const { ref } = await targetLine(ctx, { value: said.rest });
  if (ref.kind !== 'line') return undefined;
  return setLine(ctx, ref.product, ref.quantity, { value: String(said.quantity) });
}

async function setLine(ctx: TurnContext, product: Product, held: number, slot: SlotValue | undefined): Promise<Reply> {
  ctx.state.focusSku = product.sku;
  if (!slot) return ctx.ask(ctx.msgs.howMany(product.name), ctx.msgs.howMany(product.name));
  const reading = readQuantity(slot.id ?? slot.value);
  const max = ctx.policy.maxQuantity;
  let wanted: number;
  if (reading.kind === 'count') wanted = reading.n;
  else if (reading.kind === 'times') wanted = Math.max(1, Math.round(held * reading.factor));
  else if (reading.kind === 'zero') wanted = 0;
  else return refuse(ctx, product, held);
  if (wanted > max) return refuse(ctx, product, held);
  const cart = await updateCart(ctx, (current) => withQuantity(current, product.sku, wanted));
  if (wanted === 0) {
    ctx.state.list = undefined;
    ctx.state.focusSku = undefined;
    return ctx.ask(`${ctx.msgs.removed(product.name)} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
  }
  return ctx.ask(`${ctx.msgs.quantitySet(wanted, product.name)} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
}

/**
 * "add another one", "two more", "one more of the coffee", "another of the second one": more of
 * a line in the cart (the one just talked about, or named); a product named that is not in the
 * cart yet is added.
 */
export async function addMore(ctx: TurnContext): Promise<Reply> {
  const slot = ctx.slot(SlotName.Quantity);
  const reading = slot ? readQuantity(slot.id ?? slot.value) : ({ kind: 'count', n: 1 } as const);
  const max = ctx.policy.maxQuantity;
  if (reading.kind !== 'count' || reading.n > max) return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
  const more = reading.n;
  const { ref } = await targetLine(ctx);
  if (ref.kind !== 'line') {
    const product = await productNotInCart(ctx, ref);
    return product ? addProduct(ctx, product, more) : lineNotFound(ctx, ref);
  }
  const { product } = ref;
  ctx.state.focusSku = product.sku;
  if (!product.inStock) return ctx.ask(ctx.msgs.outOfStock(product.name), ctx.msgs.searchEmptyQuery);
  const { cart, over } = await addToLine(ctx, product, more);
  if (over !== undefined) return ctx.ask(ctx.msgs.lineLimit(product.name, max, over), ctx.msgs.quantityInvalid(max - over));
  const now = quantityOf(cart, product.sku);
  return ctx.ask(`${ctx.msgs.addedMore(more, product.name, now)} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
}

/** Nothing changed: the range the shop takes, and what the line still holds. */
function refuse(ctx: TurnContext, product: Product, held: number): Reply {
  return ctx.ask(ctx.msgs.quantityRefused(product.name, ctx.policy.maxQuantity, held), ctx.msgs.howMany(product.name));
}

/** The product just talked about, in the cart or not. */
async function focusProduct(ctx: TurnContext): Promise<Product | undefined> {
  return ctx.state.focusSku ? ctx.deps.catalog.getProduct(ctx.state.focusSku) : undefined;
}

/** The one product whose name has every word said ("baby carrots"); none when several do ("dish soap"). */
async function onlyProductCalled(ctx: TurnContext, spoken: string): Promise<Product | undefined> {
  const words = ctx.msgs
    .catalogQuery(spoken)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2 && !['the', 'of', 'and', 'bags', 'bag', 'some'].includes(w))
    .map((w) => w.replace(/(?:es|s)$/, ''));
  if (words.length === 0) return undefined;
  const found = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(spoken), { limit: 10 });
  const called = found.filter((p) => words.every((w) => p.name.toLowerCase().includes(w)));
  return called.length === 1 ? called[0] : undefined;
}

/** "Two more of the honey" when no honey is in the cart yet: the product named or pointed at, to add. */
async function productNotInCart(ctx: TurnContext, ref: Awaited<ReturnType<typeof targetLine>>['ref']): Promise<Product | undefined> {
  if (ref.kind === 'not-in-cart') {
    if (ref.product) return ref.product;
    const spoken = ctx.slot(SlotName.Product);
    return spoken ? findProduct(ctx, spoken.value, spoken.id) : undefined;
  }
  if (ref.kind === 'empty') return focusProduct(ctx);
  return undefined;
}
