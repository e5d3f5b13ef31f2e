/**
 * Saved for later: "save it for later", "add this to my list", "what's on my list", "move it to
 * my cart", "remove it from my list". A linked shopper's list follows them to every device
 * (kept under their customer id); a guest's is kept for this platform user, as the cart is,
 * and never needs linking. The list is read three at a time; the last read is the list "the
 * second one" and "more" refer to.
 */
import { withAdded, withRemoved } from '../cart';
import type { TurnContext } from '../context';
import { PAGE_SIZE } from '../dialog-state';
import { SlotName } from '../intents';
import type { Product } from '../product';
import { emptySavedList, SavedListConflictError, withoutSaved, withSaved, type SavedList } from '../saved-list';
import { parseOrdinal } from '../spoken-numbers';
import type { Reply } from '../turn';
import { listGroup } from './browse';
import { runningTotal } from './cart';
import { loadCart, updateCart } from './cart-store';
import { findProduct, resolveProductRef, spokenPosition } from './products';

const SAVE_ATTEMPTS = 3;

/** Whose list this is: the linked customer's, else this platform user's. */
async function ownerKey(ctx: TurnContext): Promise<string> {
  if (ctx.turn.accessToken) {
    const identity = await ctx.identify();
    if (identity.linked) return `customer:${identity.customer.customerId}`;
  }
  return ctx.userKey;
}

async function loadList(ctx: TurnContext, owner: string): Promise<SavedList> {
  return (await ctx.deps.savedLists?.get(owner)) ?? emptySavedList(owner);
}

/** Applies a change to the stored list, again on what is stored now when another turn saved first. */
async function updateList(ctx: TurnContext, owner: string, change: (list: SavedList) => SavedList): Promise<SavedList> {
  const store = ctx.deps.savedLists;
  if (!store) return change(emptySavedList(owner));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await store.save(change(await loadList(ctx, owner)));
    } catch (err) {
      if (!(err instanceof SavedListConflictError) || attempt >= SAVE_ATTEMPTS) throw err;
    }
  }
}

/** The list last read out is the saved list (it is named so when it is read). */
function isSavedList(ctx: TurnContext): boolean {
  return ctx.state.list?.query === ctx.msgs.savedListLabel;
}

/** A product that left the saved list leaves the list just read too, so positions stay true. */
function dropFromReadList(ctx: TurnContext, sku: string): void {
  const list = ctx.state.list;
  if (list && isSavedList(ctx)) ctx.state.list = { ...list, skus: list.skus.filter((s) => s !== sku) };
}

/** "save it for later": the product talked about (or named) goes on the list; out of the cart if it was in it. */
export async function saveForLater(ctx: TurnContext): Promise<Reply> {
  if (!ctx.deps.savedLists) return ctx.ask(ctx.msgs.savedUnavailable, ctx.msgs.anythingElse);
  const ref = await resolveProductRef(ctx);
  if (ref.kind === 'none') return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (ref.kind === 'out-of-range') return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
  if (ref.kind === 'not-found') return ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
  // a whole category is many products: read them, so the shopper can say which to keep
  if (ref.kind === 'group') return listGroup(ctx, ref.group, ref.spoken);
  const product = ref.product;
  const owner = await ownerKey(ctx);
  const before = await loadList(ctx, owner);
  ctx.state.focusSku = product.sku;
  if (before.items.some((i) => i.sku === product.sku)) return ctx.ask(ctx.msgs.savedAlready(product.name), ctx.msgs.savedReprompt);
  const saved = await updateList(ctx, owner, (list) => withSaved(list, product.sku, ctx.deps.clock.now().toISOString()));
  const cart = await loadCart(ctx);
  if (cart.lines.some((l) => l.sku === product.sku)) {
    // "save it for later" about something in the cart takes it out of the cart, as shops do
    await updateCart(ctx, (current) => withRemoved(current, product.sku));
    return ctx.ask(`${ctx.msgs.savedMovedFromCart(product.name, saved.items.length)} ${ctx.msgs.anythingElse}`, ctx.msgs.savedReprompt);
  }
  return ctx.ask(ctx.msgs.savedAdded(product.name, saved.items.length), ctx.msgs.savedReprompt);
}

/** "what's on my list": how many, the newest three, and how to move one to the cart. */
export async function viewSavedList(ctx: TurnContext): Promise<Reply> {
  if (!ctx.deps.savedLists) return ctx.ask(ctx.msgs.savedUnavailable, ctx.msgs.anythingElse);
  const list = await loadList(ctx, await ownerKey(ctx));
  const products = await ctx.deps.catalog.getProducts(list.items.map((i) => i.sku));
  const kept = list.items.flatMap((i) => products.find((p) => p.sku === i.sku) ?? []);
  if (kept.length === 0) return ctx.ask(ctx.msgs.savedListEmpty, ctx.msgs.searchEmptyQuery);
  const page = kept.slice(0, PAGE_SIZE);
  // the saved list is the list now, named as such: "more" pages it, "the second one" picks from it
  ctx.state.list = { kind: 'search', query: ctx.msgs.savedListLabel, skus: kept.map((p) => p.sku), offset: 0 };
  ctx.state.focusSku = kept.length === 1 ? kept[0].sku : undefined;
  // name and price: the sizes were heard when each was saved, and the list stays short
  return ctx.ask(
    ctx.msgs.savedList(
      kept.length,
      page.map((p) => ctx.msgs.listItem(p.name, '', ctx.price(p.price))),
      kept.length - page.length,
    ),
    ctx.msgs.savedReprompt,
  );
}

/**
 * The saved product meant: by position in the list just read (when that was the saved list), by
 * name among the saved items, or the one talked about.
 */
async function savedProductMeant(ctx: TurnContext, list: SavedList): Promise<Product | Reply> {
  const saved = new Set(list.items.map((i) => i.sku));
  const ordinal = ctx.slot(SlotName.Ordinal);
  const named = ctx.slot(SlotName.Product);
  const position = ordinal ? (ordinal.id ?? ordinal.value) : named && !named.id ? spokenPosition(named.value) : undefined;
  if (position !== undefined) {
    const read = isSavedList(ctx) ? ctx.state.list : undefined;
    const order = read ? read.skus : list.items.map((i) => i.sku);
    const offset = read ? read.offset : 0;
    const pageLength = Math.min(PAGE_SIZE, order.length - offset);
    const n = parseOrdinal(position, pageLength);
    const sku = n !== undefined && n >= 1 ? order[n <= pageLength ? offset + n - 1 : n - 1] : undefined;
    if (!sku) return ctx.ask(ctx.msgs.notInList(n ?? 0, pageLength), ctx.msgs.which);
    return (await ctx.deps.catalog.getProduct(sku)) ?? ctx.ask(ctx.msgs.which, ctx.msgs.which);
  }
  if (named) {
    // a saved item by its words first ("the honey"), then the catalog's best match
    const products = await ctx.deps.catalog.getProducts([...saved]);
    const words = named.value
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2 && !['the', 'my', 'from', 'von', 'den', 'die', 'das'].includes(w));
    const byWords = products.find((p) => p.sku === named.id) ?? products.find((p) => words.length > 0 && words.every((w) => `${p.brand} ${p.name}`.toLowerCase().includes(w)));
    return byWords ?? (await findProduct(ctx, named.value, named.id)) ?? ctx.ask(ctx.msgs.productNotFound(named.value), ctx.msgs.savedReprompt);
  }
  if (ctx.state.focusSku) return (await ctx.deps.catalog.getProduct(ctx.state.focusSku)) ?? ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (list.items.length === 1) return (await ctx.deps.catalog.getProduct(list.items[0].sku)) ?? ctx.ask(ctx.msgs.which, ctx.msgs.which);
  return ctx.ask(ctx.msgs.which, ctx.msgs.which);
}

/** "move it to my cart": one of it into the cart, and off the list. */
export async function moveToCart(ctx: TurnContext): Promise<Reply> {
  if (!ctx.deps.savedLists) return ctx.ask(ctx.msgs.savedUnavailable, ctx.msgs.anythingElse);
  const owner = await ownerKey(ctx);
  const list = await loadList(ctx, owner);
  if (list.items.length === 0) return ctx.ask(ctx.msgs.savedListEmpty, ctx.msgs.searchEmptyQuery);
  const meant = await savedProductMeant(ctx, list);
  if (!('sku' in meant)) return meant;
  if (!list.items.some((i) => i.sku === meant.sku)) return ctx.ask(ctx.msgs.savedNotOnList(meant.name), ctx.msgs.savedReprompt);
  ctx.state.focusSku = meant.sku;
  if (!meant.inStock) return ctx.ask(ctx.msgs.savedMoveOutOfStock(meant.name), ctx.msgs.savedReprompt);
  const max = ctx.policy.maxQuantity;
  const inCart = (await loadCart(ctx)).lines.find((l) => l.sku === meant.sku)?.quantity ?? 0;
  // the cart holds as many as a line may: it stays on the list
  if (inCart >= max) return ctx.ask(ctx.msgs.lineLimit(meant.name, max, inCart), ctx.msgs.savedReprompt);
  const cart = await updateCart(ctx, (current) => withAdded(current, meant.sku, 1));
  await updateList(ctx, owner, (current) => withoutSaved(current, meant.sku));
  dropFromReadList(ctx, meant.sku);
  return ctx.ask(ctx.msgs.savedMoved(meant.name, await runningTotal(ctx, cart)), ctx.msgs.addedReprompt);
}

/** "remove it from my list". */
export async function removeFromSavedList(ctx: TurnContext): Promise<Reply> {
  if (!ctx.deps.savedLists) return ctx.ask(ctx.msgs.savedUnavailable, ctx.msgs.anythingElse);
  const owner = await ownerKey(ctx);
  const list = await loadList(ctx, owner);
  if (list.items.length === 0) return ctx.ask(ctx.msgs.savedListEmpty, ctx.msgs.searchEmptyQuery);
  const meant = await savedProductMeant(ctx, list);
  if (!('sku' in meant)) return meant;
  if (!list.items.some((i) => i.sku === meant.sku)) return ctx.ask(ctx.msgs.savedNotOnList(meant.name), ctx.msgs.savedReprompt);
  const left = await updateList(ctx, owner, (current) => withoutSaved(current, meant.sku));
  dropFromReadList(ctx, meant.sku);
  if (ctx.state.focusSku === meant.sku) ctx.state.focusSku = undefined;
  return ctx.ask(`${ctx.msgs.savedRemoved(meant.name, left.items.length)} ${ctx.msgs.anythingElse}`, ctx.msgs.savedReprompt);
}
