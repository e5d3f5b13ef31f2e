import type { TurnContext } from '../context';
import { groupOf, groupWords, inGroup, type ProductGroup } from '../entity-id';
import type { Product } from '../product';

/** Enough for the largest category or brand in a shop this size; the list is paged anyway. */
const GROUP_LIMIT = 100;

/**
 * Every product of a category or brand, best first: searched by the group's words, then kept
 * only if it really belongs, so "cat:paper-towels" never lists a towel rail that mentions paper.
 */
export async function productsInGroup(ctx: TurnContext, group: ProductGroup, history?: ReadonlyMap<string, number>): Promise<Product[]> {
  const hits = await ctx.deps.catalog.search(groupWords(group), { limit: GROUP_LIMIT, history });
  return hits.filter((p) => inGroup(group, p));
}

/**
 * The product a bare category or brand stands for when one product is needed ("buy coffee"):
 * the one this shopper buys most, else the best match in stock.
 */
export async function bestInGroup(ctx: TurnContext, group: ProductGroup, history?: ReadonlyMap<string, number>): Promise<Product | undefined> {
  const members = await productsInGroup(ctx, group, history);
  const usual = history ? members.filter((p) => history.has(p.sku)).sort((a, b) => (history.get(b.sku) ?? 0) - (history.get(a.sku) ?? 0))[0] : undefined;
  return usual ?? members.find((p) => p.inStock) ?? members[0];
}

/**
 * How to say a group back: what the shopper said, or, when the platform handed over only the
 * id (Dialogflow), the category in the locale's words or the brand.
 */
export function groupLabel(ctx: TurnContext, group: ProductGroup, spoken?: string): string {
  if (spoken && spoken.trim() && !groupOf(spoken)) return spoken;
  return group.kind === 'category' ? ctx.msgs.categoryName(groupWords(group)) : groupWords(group);
}
