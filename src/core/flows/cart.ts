import { emptyCart, itemCount, quantityOf, withAdded, withRemoved, type Cart, type CartLine } from '../cart';
import { writeToken, type TurnContext } from '../context';
import { inGroup } from '../entity-id';
import { CartVersionConflictError } from '../errors';
import { SlotName } from '../intents';
import type { Product } from '../product';
import type { Reply } from '../turn';
import { listGroup } from './browse';
import { groupLabel } from './groups';
import { listItem, resolveProductRef } from './products';
import { parseQuantity } from '../spoken-numbers';

const SAVE_ATTEMPTS = 3;
const LINES_READ = 3;

export async function loadCart(ctx: TurnContext): Promise<Cart> {
  return (await ctx.deps.carts.get(ctx.userKey)) ?? emptyCart(ctx.userKey);
}

/**
 * Applies a change to the stored cart. When another turn saved in between, the change is
 * re-applied to what is stored now rather than overwriting it; when the save that "failed" was
 * our own (applied, its answer lost, the retry refused), the change is not applied twice.
 */
export async function updateCart(ctx: TurnContext, change: (cart: Cart) => Cart): Promise<Cart> {
  const token = writeToken(ctx.deps);
  for (let attempt = 1; ; attempt += 1) {
    const current = await loadCart(ctx);
    if (attempt > 1 && current.writeToken === token) return current;
    try {
      return await ctx.deps.carts.save({ ...change(current), writeToken: token });
    } catch (err) {
      if (!(err instanceof CartVersionConflictError) || attempt >= SAVE_ATTEMPTS) throw err;
    }
  }
}

/** Cart lines with today's prices; lines whose product is gone are left out. */
export async function priceLines(ctx: TurnContext, lines: readonly CartLine[]): Promise<Array<{ product: Product; quantity: number }>> {
  const products = await ctx.deps.catalog.getProducts(lines.map((l) => l.sku));
  const bySku = new Map(products.map((p) => [p.sku, p]));
  return lines.flatMap((line) => {
    const product = bySku.get(line.sku);
    return product ? [{ product, quantity: line.quantity }] : [];
  });
}

function subtotalOf(priced: Array<{ product: Product; quantity: number }>): number {
  return priced.reduce((sum, l) => sum + l.product.price * l.quantity, 0);
}

export async function add(ctx: TurnContext): Promise<Reply> {
  const quantitySlot = ctx.slot(SlotName.Quantity);
  const quantity = quantitySlot ? parseQuantity(quantitySlot.id ?? quantitySlot.value) : 1;
  const max = ctx.policy.maxQuantity;
  if (quantity === undefined || !Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
  }
  const ref = await resolveProductRef(ctx);
  if (ref.kind === 'none') return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (ref.kind === 'out-of-range') return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
  if (ref.kind === 'not-found') return ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
  // A category or brand is many products: read them out and let the shopper pick one.
  if (ref.kind === 'group') return listGroup(ctx, ref.group, ref.spoken);
  return addProduct(ctx, ref.product, quantity);
}

export async function addProduct(ctx: TurnContext, product: Product, quantity: number): Promise<Reply> {
  ctx.state.focusSku = product.sku;
  if (!product.inStock) return ctx.ask(ctx.msgs.outOfStock(product.name), ctx.msgs.searchEmptyQuery);
  const max = ctx.policy.maxQuantity;
  let overLimit: number | undefined;
  const cart = await updateCart(ctx, (current) => {
    const inCart = quantityOf(current, product.sku);
    if (inCart + quantity > max) {
      overLimit = inCart;
      return current;
    }
    overLimit = undefined;
    return withAdded(current, product.sku, quantity);
  });
  if (overLimit !== undefined) {
    return ctx.ask(ctx.msgs.lineLimit(product.name, max, overLimit), ctx.msgs.quantityInvalid(max - overLimit));
  }
  const priced = await priceLines(ctx, cart.lines);
  const speech = ctx.msgs.added(quantity, product.name, itemCount(cart.lines), ctx.price(subtotalOf(priced)));
  return ctx.ask(speech, ctx.msgs.addedReprompt);
}

export async function remove(ctx: TurnContext): Promise<Reply> {
  const ref = await resolveProductRef(ctx);
  if (ref.kind === 'none') return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (ref.kind === 'out-of-range') return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
  const cart = await loadCart(ctx);
  let found = ref.kind === 'found' ? ref.product : undefined;
  if (ref.kind === 'group') {
    // "remove the paper towels": the one line of that category or brand, else ask which.
    const members = (await priceLines(ctx, cart.lines)).filter((l) => inGroup(ref.group, l.product));
    if (members.length > 1) return ctx.ask(ctx.msgs.which, ctx.msgs.which);
    found = members[0]?.product;
  }
  const sku = found?.sku;
  const name = found?.name ?? (ref.kind === 'group' ? groupLabel(ctx, ref.group, ref.spoken) : ref.kind === 'not-found' ? ref.spoken : '');
  if (!sku || quantityOf(cart, sku) === 0) return ctx.ask(ctx.msgs.notInCart(name), ctx.msgs.addedReprompt);
  await updateCart(ctx, (current) => withRemoved(current, sku));
  ctx.state.list = undefined;
  if (ctx.state.focusSku === sku) ctx.state.focusSku = undefined;
  return ctx.ask(`${ctx.msgs.removed(name)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
}

export async function view(ctx: TurnContext): Promise<Reply> {
  const cart = await loadCart(ctx);
  const priced = await priceLines(ctx, cart.lines);
  if (priced.length === 0) return ctx.ask(ctx.msgs.cartEmpty, ctx.msgs.searchEmptyQuery);
  ctx.state.list = { kind: 'cart', skus: priced.map((l) => l.product.sku), offset: 0 };
  const lines = priced.slice(0, LINES_READ).map((l) => ctx.msgs.cartLine(l.quantity, l.product.name));
  const count = priced.reduce((sum, l) => sum + l.quantity, 0);
  const speech = ctx.msgs.cartSummary(count, lines, priced.length - lines.length, ctx.price(subtotalOf(priced)));
  const card = {
    title: ctx.msgs.cartCardTitle,
    text: priced.map((l) => `${l.quantity} × ${listItem(ctx, l.product)}`).join('\n'),
  };
  return ctx.ask(speech, ctx.msgs.addedReprompt, card);
}

export async function clear(ctx: TurnContext): Promise<Reply> {
  await updateCart(ctx, (current) => ({ ...current, lines: [] }));
  ctx.state.list = undefined;
  ctx.state.focusSku = undefined;
  return ctx.ask(ctx.msgs.cartCleared, ctx.msgs.searchEmptyQuery);
}
