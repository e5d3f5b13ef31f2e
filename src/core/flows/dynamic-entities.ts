import type { TurnContext } from '../context';
import { IntentName } from '../intents';
import type { DynamicEntities, DynamicEntityValue, Reply } from '../turn';
import { placedOrders } from './history';

/**
 * Alexa takes at most 100 dynamic slot values per skill session, the stricter of the two
 * platforms: https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html
 */
export const MAX_DYNAMIC_VALUES = 100;
const MAX_SYNONYMS = 20;

/**
 * The shopper's past purchases as slot values, most bought (then most recent) first: the sku as
 * id, the product name, its brand-less name, and "my usual <category>" for the product this
 * shopper buys most in each category.
 */
export async function shopperEntities(ctx: TurnContext, customerId: string): Promise<DynamicEntities | undefined> {
  const orders = await placedOrders(ctx, customerId);
  const count = new Map<string, number>();
  const recency = new Map<string, number>();
  orders.forEach((order, index) => {
    for (const line of order.lines) {
      count.set(line.sku, (count.get(line.sku) ?? 0) + 1);
      if (!recency.has(line.sku)) recency.set(line.sku, index);
    }
  });
  if (count.size === 0) return undefined;
  const ranked = [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || (recency.get(a) ?? 0) - (recency.get(b) ?? 0));
  const products = new Map((await ctx.deps.catalog.getProducts(ranked)).map((p) => [p.sku, p]));
  const usualTaken = new Set<string>();
  const values: DynamicEntityValue[] = [];
  for (const sku of ranked) {
    const product = products.get(sku);
    if (!product) continue;
    const synonyms: string[] = [];
    if (product.brand && product.name.toLowerCase().startsWith(`${product.brand.toLowerCase()} `)) {
      synonyms.push(product.name.slice(product.brand.length + 1));
    }
    // Only the most bought product of a category is "the usual" one.
    if (product.category && !usualTaken.has(product.category)) {
      usualTaken.add(product.category);
      synonyms.push(...ctx.msgs.usualNicknames(product.category));
    }
    values.push({ id: sku, name: product.name, synonyms: distinct(product.name, synonyms).slice(0, MAX_SYNONYMS) });
    if (values.length >= MAX_DYNAMIC_VALUES) break;
  }
  return values.length > 0 ? { slotType: 'PRODUCT', values } : undefined;
}

function distinct(name: string, synonyms: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return synonyms.filter((s) => {
    const key = s.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Adds the shopper's own product names to the first reply of a linked session that stays open
 * (launch, or whatever the shopper opened with). Once sent they last the session on both
 * platforms, so later turns leave them out. A failure here never costs the shopper the answer.
 */
export async function withShopperEntities(ctx: TurnContext, reply: Reply): Promise<Reply> {
  if (ctx.state.entitiesSent || reply.endSession || !ctx.mayBeLinked || ctx.turn.intent === IntentName.SessionEnded) return reply;
  try {
    const identity = await ctx.identify();
    ctx.state.entitiesSent = true;
    if (!identity.linked) return reply;
    const dynamicEntities = await shopperEntities(ctx, identity.customer.customerId);
    return dynamicEntities ? { ...reply, dynamicEntities } : reply;
  } catch (err) {
    ctx.state.entitiesSent = undefined;
    ctx.log.warn('shopper entities not sent', { error: err instanceof Error ? err.name : 'unknown' });
    return reply;
  }
}
