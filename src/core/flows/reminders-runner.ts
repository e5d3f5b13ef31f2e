import { ShopEvent } from '../../ports/metrics';
import { MessageChannel, type CartWatch } from '../../ports/reminders';
import type { Logger, Scheduler } from '../../ports/runtime';
import type { ShopDeps } from '../context';
import type { Product } from '../product';
import { isCurrent, PromotionKind, type Promotion } from '../promotions';
import { DEFAULT_AFTER_ORDER, type CartReminderNotice } from '../fulfilment-notices';
import { alexaReachable, deliverDue, enqueueNotice, type DeliveryReport } from './reminders-outbox';

/** What one run did. */
export interface ReminderRunReport extends DeliveryReport {
  backInStock: number;
  cartReminders: number;
}

/** Stock watches and cart watches looked at per run; the rest wait for the next. */
const BATCH = 200;
/** How often a watched cart is looked at (the scheduled run's own rate in AWS). */
export const CART_LOOK_EVERY_MS = 5 * 60_000;

/**
 * One run of everything the shop sends on its own time: products back in stock (whatever brought
 * them back: a catalog import, a stock update), carts left long enough, then every message due
 * (new ones and retries). The scheduled function runs it in AWS, npm start in its own process,
 * and a catalog import right after it loads, so a product coming back is told at once.
 */
export async function runReminders(deps: ShopDeps, log: Logger): Promise<ReminderRunReport> {
  const backInStock = await checkStock(deps, log);
  const cartReminders = await checkCarts(deps, log);
  const delivered = await deliverDue(deps, log);
  const report = { backInStock, cartReminders, ...delivered };
  if (backInStock + cartReminders + delivered.sent + delivered.retried + delivered.dropped > 0) log.info('reminders run', { ...report });
  return report;
}

/** A watched product in stock again: its shoppers are told once, and the watch goes. */
async function checkStock(deps: ShopDeps, log: Logger): Promise<number> {
  if (!deps.reminders) return 0;
  const watches = await deps.reminders.stockWatches(BATCH);
  if (watches.length === 0) return 0;
  const products = new Map((await deps.catalog.getProducts([...new Set(watches.map((w) => w.sku))])).map((p) => [p.sku, p]));
  let told = 0;
  for (const watch of watches) {
    const product = products.get(watch.sku);
    if (!product?.inStock) continue;
    try {
      await enqueueNotice(deps, watch.customerId, { kind: 'back-in-stock', sellerName: deps.policy.sellerName, sku: product.sku, productName: product.name });
      // queued first, then the watch goes: a crash in between queues it again, and the outbox keeps it once
      await deps.reminders.removeStockWatch(watch.customerId, watch.sku);
      deps.metrics?.count(ShopEvent.BackInStockQueued);
      told += 1;
    } catch (err) {
      log.warn('back-in-stock notice not queued; the next run tries again', { sku: watch.sku, error: err instanceof Error ? err.name : 'unknown' });
    }
  }
  return told;
}

/**
 * Carts of shoppers who asked to be reminded: a cart with items, unchanged for the configured
 * time since it was first seen so, gets one reminder; a cart that changes starts over.
 */
async function checkCarts(deps: ShopDeps, log: Logger): Promise<number> {
  if (!deps.reminders) return 0;
  const now = deps.clock.now();
  const waitMs = (deps.afterOrder ?? DEFAULT_AFTER_ORDER).cartReminderAfterMinutes * 60_000;
  let reminded = 0;
  for (const watch of await deps.reminders.dueCartWatches(now.toISOString(), BATCH)) {
    try {
      const next = await lookAtCarts(deps, watch, now, waitMs);
      reminded += next.reminded;
      await deps.reminders.saveCartWatch(next.watch);
    } catch (err) {
      log.warn('cart reminder check failed; the next run tries again', { customerId: watch.customerId, error: err instanceof Error ? err.name : 'unknown' });
    }
  }
  return reminded;
}

async function lookAtCarts(deps: ShopDeps, watch: CartWatch, now: Date, waitMs: number): Promise<{ watch: CartWatch; reminded: number }> {
  const seen = { ...watch.seen };
  const remindedVersion = { ...watch.remindedVersion };
  // a cart says nothing when it changes, so it is looked at every few minutes: the time it was left
  // counts from the first look that saw it as it is, never more than one look late
  const nextLook = now.getTime() + Math.min(waitMs, CART_LOOK_EVERY_MS);
  let reminded = 0;
  for (const userKey of watch.userKeys) {
    const cart = await deps.carts.get(userKey);
    if (!cart || cart.lines.length === 0) {
      delete seen[userKey];
      continue;
    }
    const last = seen[userKey];
    if (!last || last.version !== cart.version) {
      // changed since the last look (or never looked at): left from now on
      seen[userKey] = { version: cart.version, at: now.toISOString() };
      continue;
    }
    const leftSince = new Date(last.at).getTime();
    if (remindedVersion[userKey] === cart.version) continue;
    if (now.getTime() - leftSince < waitMs) continue;
    const products = new Map((await deps.catalog.getProducts(cart.lines.map((l) => l.sku))).map((p) => [p.sku, p]));
    const notice: CartReminderNotice = {
      kind: 'cart-reminder',
      cartRef: `${userKey}@${cart.version}`,
      sellerName: deps.policy.sellerName,
      items: cart.lines.map((l) => ({ name: products.get(l.sku)?.name ?? l.sku, quantity: l.quantity })),
    };
    // a current promotion on something in the cart, or on the whole cart, is named
    const promotion = await promotionForCart(deps, [...products.values()], now);
    if (promotion) notice.promotion = promotion;
    // an Alexa notification where the shopper allowed them, otherwise an email: one reminder, one channel
    const channel = (await alexaReachable(deps, watch.customerId)) ? MessageChannel.Alexa : MessageChannel.Email;
    await enqueueNotice(deps, watch.customerId, notice, { channels: [channel] });
    remindedVersion[userKey] = cart.version;
    deps.metrics?.count(ShopEvent.CartReminderQueued);
    reminded += 1;
  }
  return { watch: { ...watch, seen, remindedVersion, checkAt: new Date(nextLook).toISOString() }, reminded };
}

/**
 * Runs `work` every `everyMs` on the scheduler, one run at a time (a slow run is never overlapped
 * by the next). Returns a function that stops it. npm start runs the reminders with it; tests
 * drive it with fake time.
 */
export function repeatEvery(scheduler: Scheduler, everyMs: number, work: () => Promise<unknown>): () => void {
  let stopped = false;
  let cancel: () => void = () => undefined;
  const schedule = () => {
    cancel = scheduler.after(everyMs, () => {
      void work()
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) schedule();
        });
    });
  };
  schedule();
  return () => {
    stopped = true;
    cancel();
  };
}

/**
 * The first promotion in force now that applies to one of these products, or to any cart, in a
 * few words for the reminder ("10% off Paper Towels until Sunday 14 December, with code SAVE10").
 */
async function promotionForCart(deps: Pick<ShopDeps, 'promotions' | 'policy'>, products: readonly Product[], now: Date): Promise<string | undefined> {
  const all = (await deps.promotions?.all()) ?? [];
  const applies = (p: Promotion) =>
    p.target.kind === 'cart' ||
    (p.target.kind === 'product' && products.some((x) => x.sku === (p.target as { sku: string }).sku)) ||
    (p.target.kind === 'category' && products.some((x) => x.category === (p.target as { category: string }).category));
  const promotion = all.find((p) => isCurrent(p, now) && applies(p));
  if (!promotion) return undefined;
  const money = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: deps.policy.currency }).format(minor / 100);
  const on =
    promotion.target.kind === 'cart'
      ? 'your order'
      : promotion.target.kind === 'product'
        ? (products.find((x) => x.sku === (promotion.target as { sku: string }).sku)?.name ?? 'an item in your cart')
        : (promotion.target as { category: string }).category;
  const what =
    promotion.kind === PromotionKind.PercentOff
      ? `${promotion.percent}% off ${on}`
      : promotion.kind === PromotionKind.AmountOff
        ? `${money(promotion.amount ?? 0)} off ${on}`
        : promotion.kind === PromotionKind.BuyNGetOne
          ? `buy ${promotion.buy}, get one free on ${on}`
          : 'free delivery';
  const until = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.parse(promotion.endsAt) - 1));
  const from = promotion.minSpend ? ` on orders from ${money(promotion.minSpend)}` : '';
  return `${what}${from} until ${until}${promotion.code ? `, with code ${promotion.code}` : ''}.`;
}
