import { itemCount, quantityOf, withAdded, withQuantity, type Cart } from '../cart';
import type { TurnContext } from '../context';
import { SlotName } from '../intents';
import type { Product } from '../product';
import { isContainerWord, itemsInPack, readQuantity, splitLeadingQuantity, type LeadingQuantity } from '../quantity-words';
import type { Reply } from '../turn';
import { listGroup } from './browse';
import { findCartLine, type CartLineRef } from './cart-lines';
import { findProduct, inFocus, listItem, resolveProductRef, sizeOnPage, wordsNameProduct } from './products';
import { loadCart, priceLines, updateCart } from './cart-store';
import { fromPastPurchases, pastPurchaseName } from './orders';

export { loadCart, priceLines, updateCart } from './cart-store';

const LINES_READ = 3;

function subtotalOf(priced: Array<{ product: Product; quantity: number }>): number {
  return priced.reduce((sum, l) => sum + l.product.price * l.quantity, 0);
}

/** "Your cart has 3 items, $25.98." (or that it is empty): read back after every change. */
export async function runningTotal(ctx: TurnContext, cart: Cart): Promise<string> {
  const priced = await priceLines(ctx, cart.lines);
  if (priced.length === 0) return ctx.msgs.cartCleared;
  return ctx.msgs.cartNow(itemCount(cart.lines), ctx.price(subtotalOf(priced)));
}

/**
 * A quantity said in one breath with the product ("add 2 bananas", "a dozen eggs"): when the
 * platform sent no quantity and the product's words begin with one, they are split. Never for a
 * resolved entity: its words are a catalog name.
 */
export function quantityInProduct(ctx: TurnContext): LeadingQuantity | undefined {
  const product = ctx.slot(SlotName.Product);
  if (ctx.slot(SlotName.Quantity) || !product || product.id) return undefined;
  return splitLeadingQuantity(product.value, ctx.turn.locale);
}

/** The quantity to add: the slot's, or 1; undefined when it is not one the shop may add. */
function quantityToAdd(ctx: TurnContext): number | undefined {
  const slot = ctx.slot(SlotName.Quantity);
  if (!slot) return 1;
  const reading = readQuantity(slot.id ?? slot.value);
  return reading.kind === 'count' && reading.n <= ctx.policy.maxQuantity ? reading.n : undefined;
}

export async function add(ctx: TurnContext): Promise<Reply> {
  const max = ctx.policy.maxQuantity;
  // "the paper towels I got last time", "my usual kitchen roll": the product from the shopper's orders
  const named = ctx.slot(SlotName.Product);
  const past = named && !named.id ? pastPurchaseName(named.value, ctx.turn.locale) : undefined;
  if (past) {
    const quantity = quantityToAdd(ctx);
    if (quantity === undefined) return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
    const bought = await fromPastPurchases(ctx, past);
    const product = bought ? await ctx.deps.catalog.getProduct(bought.sku) : await findProduct(ctx, past);
    if (!product) return ctx.ask(ctx.msgs.productNotFound(past), ctx.msgs.searchEmptyQuery);
    return addProduct(ctx, product, quantity);
  }
  // "the frozen peas and the waffles": two products in one breath, unless one name has the "and"
  // ("a bag" of "baby carrots and the romaine hearts": the count the model took belongs to the first)
  const counted = ctx.slot(SlotName.Quantity);
  const heardTogether = counted && !counted.id ? `${counted.value} ${/\s/.test(counted.value.trim()) ? 'of ' : ''}${named?.value}` : counted ? undefined : named?.value;
  const several = named && !named.id && heardTogether ? await severalNamed(ctx, heardTogether) : undefined;
  if (several === 'out-of-range') return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
  if (several) return addSeveral(ctx, several);
  const inOneBreath = quantityInProduct(ctx);
  // "a couple", "a couple of tins", "two tubs of those": a count of the one talked about, no name
  const bare = named && !named.id && !counted && !inOneBreath ? readQuantity(named.value) : undefined;
  const containerOnly = inOneBreath && inOneBreath.rest.split(/\s+/).every((w) => isContainerWord(w) || NO_NAME.test(w));
  if (bare?.kind === 'count' || containerOnly) {
    const n = bare?.kind === 'count' ? bare.n : inOneBreath!.quantity;
    if (n < 1 || n > max) return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
    const ref = await inFocus(ctx);
    return ref.kind === 'found' ? addProduct(ctx, ref.product, n) : ctx.ask(ctx.msgs.which, ctx.msgs.which);
  }
  if (inOneBreath) return addSaidWithQuantity(ctx, inOneBreath);
  const quantity = quantityToAdd(ctx);
  // "add a dozen large brown eggs" with the number in its own slot: a dozen still counts eggs, not cartons
  const dozen = /\b(?:dozen|dutzend)\b/i.test(`${ctx.slot(SlotName.Quantity)?.value ?? ''} ${ctx.turn.utterance ?? ''}`);
  if (dozen && quantity !== undefined && named) return addSaidWithQuantity(ctx, { quantity, rest: named.value, itemCount: true });
  if (quantity === undefined) return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
  const ref = await resolveProductRef(ctx);
  if (ref.kind === 'none') return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (ref.kind === 'out-of-range') return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
  if (ref.kind === 'not-found') return ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
  // A category or brand is many products: read them out and let the shopper pick one.
  if (ref.kind === 'group') return listGroup(ctx, ref.group, ref.spoken);
  if (ref.named && named && !named.id && !wordsNameProduct(ctx.msgs.catalogQuery(named.value), ref.product)) return onlyNearest(ctx, named.value, ref.product);
  return addProduct(ctx, ref.product, quantity);
}

/**
 * "add a puppy": no product is called that, and the one the search found only sounds alike ("baby
 * carrots"). It is offered by name and price, never added; a yes adds it.
 */
function onlyNearest(ctx: TurnContext, spoken: string, product: Product): Reply {
  ctx.state.list = { kind: 'search', query: spoken, skus: [product.sku], offset: 0 };
  ctx.state.focusSku = product.sku;
  if (product.inStock) ctx.state.awaiting = 'add';
  return ctx.ask(ctx.msgs.onlyNearest(spoken, listItem(ctx, product)), ctx.msgs.searchReprompt);
}

/**
 * "add 2 bananas", "a dozen eggs": the product named by the rest of the words. A dozen counts
 * single items, so where the product comes in a pack of exactly that many, one pack is meant.
 */
async function addSaidWithQuantity(ctx: TurnContext, said: LeadingQuantity): Promise<Reply> {
  const max = ctx.policy.maxQuantity;
  const pack = said.itemCount ? await packOf(ctx, said.rest, said.quantity) : undefined;
  if (pack) return addProduct(ctx, pack, 1, { withSize: true });
  if (said.quantity < 1 || said.quantity > max) return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
  // "one of the five pound bags" after a list: the one on it in that size
  const onPage = await sizeOnPage(ctx, said.rest);
  const product = onPage ?? (await findProduct(ctx, said.rest));
  if (!product) return ctx.ask(ctx.msgs.productNotFound(said.rest), ctx.msgs.searchEmptyQuery);
  if (!onPage && !wordsNameProduct(ctx.msgs.catalogQuery(said.rest), product)) return onlyNearest(ctx, said.rest, product);
  return addProduct(ctx, product, said.quantity);
}

/** Words after a count that name nothing ("a couple of those in my basket"). */
const NO_NAME =
  /^(?:of|those|them|these|it|that|in|into|my|the|our|basket|cart|trolley|please|for|me|there|here|too|also|as|well|now|then|davon|die|das|den|es|sie|mir|rein|dazu|noch|bitte|mal)$/;
/** "a hundred and twenty", "two hundred and five": "and" inside a number. */
const NUMBER_AND = /\b(?:hundred|thousand|million|hundert|tausend)\s+(?:and|und)\s+/i;
/** The product named that comes in a pack of exactly `items` ("a dozen eggs": the 12-count carton). */
async function packOf(ctx: TurnContext, name: string, items: number): Promise<Product | undefined> {
  // the name may already be one product (Dialogflow sends a catalog entity's id as its value)
  const named = await findProduct(ctx, name);
  if (named?.inStock && itemsInPack(named.size) === items) return named;
  const packs = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(name), { limit: PACK_SEARCH_DEPTH });
  return packs.find((p) => p.inStock && itemsInPack(p.size) === items);
}

/** Words that join two products in one request, with the fillers around them. */
const JOINED = /\s+(?:and|plus|also|und|sowie)\s+(?:(?:uh|um|also|then|some|the|a|an|noch|die|den|das)\s+)*/i;
const FILLER = /^(?:(?:uh|um|the|some|a|an)\s+)+|(?:\s+(?:uh|um))+$/gi;

/**
 * The products two or three names said in one breath stand for, with their quantities; undefined
 * when the words are one name ("chicken and rice dog food", "salt and vinegar chips") or a part
 * names nothing.
 */
async function severalNamed(ctx: TurnContext, said: string): Promise<Array<{ product: Product; quantity: number }> | 'out-of-range' | undefined> {
  // "a hundred and twenty of the juice boxes": one number, not two products
  if (NUMBER_AND.test(said)) return undefined;
  const parts = said
    .split(JOINED)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const whole = await findProduct(ctx, said.replace(FILLER, ''));
  if (whole && /\b(?:and|und|&)\b/i.test(whole.name)) return undefined;
  const found: Array<{ product: Product; quantity: number }> = [];
  for (const part of parts) {
    // "a bag of baby carrots": the container counts one; a count out of range is asked about, never turned into one
    const lead = splitLeadingQuantity(part, ctx.turn.locale);
    if (lead && (lead.quantity < 1 || lead.quantity > ctx.policy.maxQuantity)) return 'out-of-range';
    const name = (lead?.rest ?? part).replace(FILLER, '').trim();
    // "a dozen eggs and milk": one carton of twelve
    const pack = lead?.itemCount ? await packOf(ctx, name, lead.quantity) : undefined;
    const quantity = pack ? 1 : (lead?.quantity ?? 1);
    const product = pack ?? (await findProduct(ctx, name));
    if (!product || found.some((f) => f.product.sku === product.sku)) return undefined;
    found.push({ product, quantity });
  }
  return found;
}

/** Adds each of several products; the reply names them all, then the running total. */
async function addSeveral(ctx: TurnContext, items: ReadonlyArray<{ product: Product; quantity: number }>): Promise<Reply> {
  const available = items.filter((i) => i.product.inStock);
  const missing = items.filter((i) => !i.product.inStock);
  if (available.length === 0) return ctx.ask(ctx.msgs.outOfStock(missing[0].product.name), ctx.msgs.searchEmptyQuery);
  let cart: Cart | undefined;
  for (const { product, quantity } of available) cart = (await addToLine(ctx, product, quantity)).cart;
  ctx.state.focusSku = available.at(-1)!.product.sku;
  const priced = await priceLines(ctx, cart!.lines);
  const names = new Intl.ListFormat(ctx.turn.locale, { type: 'conjunction' }).format(available.map((i) => `${i.quantity} ${i.product.name}`));
  const speech = ctx.msgs.addedSeveral(names, itemCount(cart!.lines), ctx.price(subtotalOf(priced)));
  return ctx.ask(missing.length > 0 ? `${speech} ${ctx.msgs.outOfStock(missing[0].product.name)}` : speech, ctx.msgs.addedReprompt);
}

/** How far down a search for "a dozen eggs" looks for a pack of twelve. */
const PACK_SEARCH_DEPTH = 8;

/** Adds `quantity` more of a product, within the line maximum. `over` is what the line already held when it would pass it. */
export async function addToLine(ctx: TurnContext, product: Product, quantity: number): Promise<{ cart: Cart; over?: number }> {
  const max = ctx.policy.maxQuantity;
  let over: number | undefined;
  const cart = await updateCart(ctx, (current) => {
    const inCart = quantityOf(current, product.sku);
    over = inCart + quantity > max ? inCart : undefined;
    return over === undefined ? withAdded(current, product.sku, quantity) : current;
  });
  return { cart, over };
}

export async function addProduct(ctx: TurnContext, product: Product, quantity: number, options: { withSize?: boolean } = {}): Promise<Reply> {
  ctx.state.focusSku = product.sku;
  if (!product.inStock) return ctx.ask(ctx.msgs.outOfStock(product.name), ctx.msgs.searchEmptyQuery);
  const max = ctx.policy.maxQuantity;
  const { cart, over } = await addToLine(ctx, product, quantity);
  if (over !== undefined) {
    return ctx.ask(ctx.msgs.lineLimit(product.name, max, over), ctx.msgs.quantityInvalid(max - over));
  }
  const priced = await priceLines(ctx, cart.lines);
  const name = options.withSize && product.size ? `${product.name}, ${product.size}` : product.name;
  const speech = ctx.msgs.added(quantity, name, itemCount(cart.lines), ctx.price(subtotalOf(priced)));
  return ctx.ask(speech, ctx.msgs.addedReprompt);
}

/** The cart, its lines priced, and the line this turn means. */
export async function targetLine(ctx: TurnContext, spoken?: { value: string; id?: string }): Promise<{ cart: Cart; ref: CartLineRef }> {
  const cart = await loadCart(ctx);
  const lines = await priceLines(ctx, cart.lines);
  return { cart, ref: await findCartLine(ctx, cart, lines, spoken) };
}

/** The answer when a turn's line could not be told: which one, not there, nothing there. */
export function lineNotFound(ctx: TurnContext, ref: Exclude<CartLineRef, { kind: 'line' }>): Reply {
  switch (ref.kind) {
    case 'empty':
      return ctx.ask(ctx.msgs.cartEmpty, ctx.msgs.searchEmptyQuery);
    case 'ambiguous': {
      const names = ref.products.slice(0, LINES_READ).map((p) => p.name);
      const options = new Intl.ListFormat(ctx.turn.locale, { type: 'disjunction' }).format(names);
      return ctx.ask(ctx.msgs.whichInCart(options), ctx.msgs.which);
    }
    case 'out-of-range':
      return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
    case 'not-in-cart':
      return ctx.ask(`${ctx.msgs.notInCart(ref.name)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
    case 'none':
    default:
      return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  }
}

/**
 * "remove the milk", "take the second one out", "take that off", "remove one of the soups":
 * the whole line, or that many of it; then the running total.
 */
export async function remove(ctx: TurnContext): Promise<Reply> {
  const several = await linesNamedTogether(ctx);
  if (several) return removeLines(ctx, several);
  const inOneBreath = quantityInProduct(ctx);
  const { ref } = await targetLine(ctx, inOneBreath ? { value: inOneBreath.rest } : undefined);
  if (ref.kind !== 'line') return lineNotFound(ctx, ref);
  const { product, quantity: held } = ref;
  const quantitySlot = ctx.slot(SlotName.Quantity);
  let taken = held;
  if (quantitySlot || inOneBreath) {
    const reading = quantitySlot ? readQuantity(quantitySlot.id ?? quantitySlot.value) : { kind: 'count' as const, n: inOneBreath?.quantity ?? held };
    if (reading.kind !== 'count') {
      return ctx.ask(ctx.msgs.quantityRefused(product.name, ctx.policy.maxQuantity, held), ctx.msgs.howMany(product.name));
    }
    taken = Math.min(reading.n, held);
  }
  const cart = await updateCart(ctx, (current) => {
    const now = quantityOf(current, product.sku);
    return withQuantity(current, product.sku, taken >= held ? 0 : Math.max(0, now - taken));
  });
  const left = quantityOf(cart, product.sku);
  // positions in a list read before no longer hold
  ctx.state.list = undefined;
  if (left === 0 && ctx.state.focusSku === product.sku) ctx.state.focusSku = undefined;
  const said = left === 0 ? ctx.msgs.removed(product.name) : ctx.msgs.removedSome(taken, product.name, left);
  return ctx.ask(`${said} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
}

/**
 * "lose the cookies and the juice": two or three lines named in one request, each one line of the
 * cart; undefined when the words name one, or any part names no line or the same one twice.
 */
async function linesNamedTogether(ctx: TurnContext): Promise<Product[] | undefined> {
  const named = ctx.slot(SlotName.Product);
  if (!named || named.id || ctx.slot(SlotName.Quantity)) return undefined;
  const parts = named.value
    .toLowerCase()
    .split(/\s*(?:,|\band\b|\bund\b|\bplus\b|\bas well as\b|\bsowie\b)\s*/)
    .map((p) => p.replace(/^(?:also|the|die|der|das|den)\s+/, '').trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const found: Product[] = [];
  for (const part of parts) {
    const { ref } = await targetLine(ctx, { value: part });
    if (ref.kind !== 'line' || found.some((p) => p.sku === ref.product.sku)) return undefined;
    found.push(ref.product);
  }
  return found;
}

async function removeLines(ctx: TurnContext, products: readonly Product[]): Promise<Reply> {
  const gone = new Set(products.map((p) => p.sku));
  const cart = await updateCart(ctx, (current) => ({ ...current, lines: current.lines.filter((l) => !gone.has(l.sku)) }));
  ctx.state.list = undefined;
  if (ctx.state.focusSku && gone.has(ctx.state.focusSku)) ctx.state.focusSku = undefined;
  const names = new Intl.ListFormat(ctx.turn.locale, { type: 'conjunction' }).format(products.map((p) => p.name));
  return ctx.ask(`${ctx.msgs.removed(names)} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
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

/** "take out everything but the bread": every line but the one named, then the running total. */
export async function keepOnly(ctx: TurnContext, spoken: string): Promise<Reply> {
  const { ref } = await targetLine(ctx, { value: spoken });
  if (ref.kind !== 'line') return lineNotFound(ctx, ref);
  const kept = ref.product;
  const cart = await updateCart(ctx, (current) => ({ ...current, lines: current.lines.filter((l) => l.sku === kept.sku) }));
  ctx.state.list = undefined;
  ctx.state.focusSku = kept.sku;
  return ctx.ask(`${ctx.msgs.keptOnly(kept.name)} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
}

/** "two of each": every line of the cart to that quantity. */
export async function eachTo(ctx: TurnContext, quantity: number): Promise<Reply> {
  const max = ctx.policy.maxQuantity;
  if (quantity < 1 || quantity > max) return ctx.ask(ctx.msgs.quantityInvalid(max), ctx.msgs.quantityInvalid(max));
  const cart = await updateCart(ctx, (current) => current.lines.reduce((c, line) => withQuantity(c, line.sku, quantity), current));
  if (cart.lines.length === 0) return ctx.ask(ctx.msgs.cartCleared, ctx.msgs.searchEmptyQuery);
  return ctx.ask(`${ctx.msgs.eachSetTo(quantity, cart.lines.length)} ${await runningTotal(ctx, cart)} ${ctx.msgs.anythingElse}`, ctx.msgs.addedReprompt);
}

/** "let's start over": a fresh cart as well as a fresh list; true when there was something to empty. */
export async function emptyForFreshStart(ctx: TurnContext): Promise<boolean> {
  if ((await loadCart(ctx)).lines.length === 0) return false;
  await updateCart(ctx, (current) => ({ ...current, lines: [] }));
  return true;
}

export async function clear(ctx: TurnContext): Promise<Reply> {
  await updateCart(ctx, (current) => ({ ...current, lines: [] }));
  ctx.state.list = undefined;
  ctx.state.focusSku = undefined;
  return ctx.ask(ctx.msgs.cartCleared, ctx.msgs.searchEmptyQuery);
}
