import type { TurnContext } from '../context';
import { PAGE_SIZE } from '../dialog-state';
import { groupOf, groupOfSlot, type ProductGroup } from '../entity-id';
import type { Product } from '../product';
import { SlotName } from '../intents';
import { parseOrdinal } from '../spoken-numbers';
import { bestInGroup } from './groups';
import { historyIfLinked } from './history';

/** How a spoken reference to a product turned out. */
export type ProductRef =
  | { kind: 'found'; product: Product }
  | { kind: 'none' }
  | { kind: 'not-found'; spoken: string }
  /** a whole category or brand ("paper towels"): the caller lists it rather than guessing one */
  | { kind: 'group'; group: ProductGroup; spoken: string }
  | { kind: 'out-of-range'; position: number; length: number };

/**
 * Works out which product the shopper means: "the second one" (the list just read),
 * a product name (resolved sku first, then search), or "it" (the product in focus).
 */
export async function resolveProductRef(ctx: TurnContext): Promise<ProductRef> {
  const ordinalSlot = ctx.slot(SlotName.Ordinal);
  if (ordinalSlot) {
    const list = ctx.state.list;
    if (!list || list.skus.length === 0) return { kind: 'none' };
    const pageLength = Math.min(PAGE_SIZE, list.skus.length - list.offset);
    const position = parseOrdinal(ordinalSlot.id ?? ordinalSlot.value, pageLength);
    if (position === undefined) return { kind: 'none' };
    // "the second one" means the second of the page just read; a larger number counts from the top.
    const index = position <= pageLength ? list.offset + position - 1 : position - 1;
    const sku = list.skus[index];
    if (position < 1 || sku === undefined) return { kind: 'out-of-range', position, length: pageLength };
    const product = await ctx.deps.catalog.getProduct(sku);
    return product ? { kind: 'found', product } : { kind: 'not-found', spoken: ordinalSlot.value };
  }
  const productSlot = ctx.slot(SlotName.Product);
  if (productSlot) {
    const group = groupOfSlot(productSlot);
    if (group) return { kind: 'group', group, spoken: productSlot.value };
    const product = await findProduct(ctx, productSlot.value, productSlot.id);
    return product ? { kind: 'found', product } : { kind: 'not-found', spoken: productSlot.value };
  }
  if (ctx.state.focusSku) {
    const product = await ctx.deps.catalog.getProduct(ctx.state.focusSku);
    if (product) return { kind: 'found', product };
  }
  const list = ctx.state.list;
  if (list && list.kind === 'search' && list.skus.length === 1) {
    const product = await ctx.deps.catalog.getProduct(list.skus[0]);
    if (product) return { kind: 'found', product };
  }
  return { kind: 'none' };
}

/**
 * A product by resolved id, by a value that is itself a sku, or by the best search match. A
 * category or brand id stands for the shopper's usual product in it, else its best match.
 */
export async function findProduct(ctx: TurnContext, spoken: string, id?: string): Promise<Product | undefined> {
  const group = groupOf(id) ?? groupOf(spoken);
  if (group) return bestInGroup(ctx, group, await historyIfLinked(ctx));
  for (const candidate of [id, spoken]) {
    if (!candidate || !/^[A-Za-z0-9_-]{1,64}$/.test(candidate)) continue;
    const product = await ctx.deps.catalog.getProduct(candidate);
    if (product) return product;
  }
  const [best] = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(spoken), { limit: 1 });
  return best;
}

/** Speech for one item in a list: short name, size and price. */
export function listItem(ctx: TurnContext, product: Product): string {
  return ctx.msgs.listItem(product.name, product.size, ctx.price(product.price));
}
