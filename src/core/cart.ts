import type { Product } from './product';

/** A cart line keeps only what the shopper chose; prices are read fresh from the catalog. */
export interface CartLine {
  sku: string;
  quantity: number;
}

export interface Cart {
  /** the shopper on one platform: `alexa:<userId>` or `dialogflow:<userId>` */
  userKey: string;
  lines: CartLine[];
  /** bumped on every save; the store writes only when the version it read is still current */
  version: number;
  updatedAt?: string;
  /** the write attempt that saved this version, so a save repeated after a lost answer knows itself */
  writeToken?: string;
  /** the latest orders whose lines were taken out of this cart, so that happens once per order */
  settledOrders?: string[];
}

/** A cart line joined with the product it names. */
export interface PricedLine {
  product: Product;
  quantity: number;
  lineTotal: number;
}

export function emptyCart(userKey: string): Cart {
  return { userKey, lines: [], version: 0 };
}

export function quantityOf(cart: Cart, sku: string): number {
  return cart.lines.find((line) => line.sku === sku)?.quantity ?? 0;
}

/** Returns a new cart with `quantity` more of `sku`. The caller has validated the quantity. */
export function withAdded(cart: Cart, sku: string, quantity: number): Cart {
  const existing = cart.lines.find((line) => line.sku === sku);
  const lines = existing ? cart.lines.map((line) => (line.sku === sku ? { sku, quantity: line.quantity + quantity } : line)) : [...cart.lines, { sku, quantity }];
  return { ...cart, lines };
}

/** Returns a new cart with `sku`'s line at exactly `quantity`; 0 takes the line out. The caller has validated the quantity. */
export function withQuantity(cart: Cart, sku: string, quantity: number): Cart {
  if (quantity <= 0) return withRemoved(cart, sku);
  if (!cart.lines.some((line) => line.sku === sku)) return { ...cart, lines: [...cart.lines, { sku, quantity }] };
  return { ...cart, lines: cart.lines.map((line) => (line.sku === sku ? { sku, quantity } : line)) };
}

export function withRemoved(cart: Cart, sku: string): Cart {
  return { ...cart, lines: cart.lines.filter((line) => line.sku !== sku) };
}

/** Takes ordered quantities out of a cart, leaving anything added since. */
export function withoutOrdered(cart: Cart, ordered: readonly CartLine[]): Cart {
  const lines: CartLine[] = [];
  for (const line of cart.lines) {
    const taken = ordered.find((o) => o.sku === line.sku)?.quantity ?? 0;
    if (line.quantity > taken) lines.push({ sku: line.sku, quantity: line.quantity - taken });
  }
  return { ...cart, lines };
}

const SETTLED_KEPT = 10;

/** True when `orderId`'s lines have already been taken out of this cart. */
export function hasSettled(cart: Cart, orderId: string): boolean {
  return cart.settledOrders?.includes(orderId) ?? false;
}

/** Takes a placed order's lines out of the cart once: a second call for the same order changes nothing. */
export function withOrderTakenOut(cart: Cart, order: { orderId: string; lines: readonly CartLine[] }): Cart {
  if (hasSettled(cart, order.orderId)) return cart;
  return { ...withoutOrdered(cart, order.lines), settledOrders: [...(cart.settledOrders ?? []), order.orderId].slice(-SETTLED_KEPT) };
}

export function itemCount(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}
