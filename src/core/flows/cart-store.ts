import { emptyCart, type Cart, type CartLine } from '../cart';
import { writeToken, type TurnContext } from '../context';
import { CartVersionConflictError } from '../errors';
import type { Product } from '../product';

/** Reading and writing the shopper's cart, for every flow that needs it (no conversation here). */

const SAVE_ATTEMPTS = 3;

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
