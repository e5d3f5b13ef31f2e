/**
 * Ids of the product slot's entities. The generated models give every product its sku, and
 * whole categories and brands an id of their own, so "paper towels" arrives as `cat:paper-towels`
 * (the Alexa entity-resolution id, or the Dialogflow parameter value itself).
 */
export const EntityPrefix = { Category: 'cat:', Brand: 'brand:' } as const;

/** A category or a brand: many products, one name. */
export type ProductGroup = { kind: 'category' | 'brand'; slug: string };

/** "Paper Towels" -> "paper-towels"; the same function names the ids in the generated models. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function categoryId(category: string): string {
  return `${EntityPrefix.Category}${slug(category)}`;
}

export function brandId(brand: string): string {
  return `${EntityPrefix.Brand}${slug(brand)}`;
}

/** The group an id names, or undefined for a sku (or anything else). */
export function groupOf(id: string | undefined): ProductGroup | undefined {
  if (!id) return undefined;
  const text = id.trim().toLowerCase();
  for (const [kind, prefix] of [
    ['category', EntityPrefix.Category],
    ['brand', EntityPrefix.Brand],
  ] as const) {
    if (text.startsWith(prefix) && text.length > prefix.length) return { kind, slug: text.slice(prefix.length) };
  }
  return undefined;
}

/** The group a product slot names: by its resolved id, or by a value that is itself an id (Dialogflow). */
export function groupOfSlot(slot: { value: string; id?: string } | undefined): ProductGroup | undefined {
  return slot ? (groupOf(slot.id) ?? groupOf(slot.value)) : undefined;
}

export function inGroup(group: ProductGroup, product: { category: string; brand: string }): boolean {
  return slug(group.kind === 'category' ? product.category : product.brand) === group.slug;
}

/** Words to search a group by: "cat:paper-towels" -> "paper towels". */
export function groupWords(group: ProductGroup): string {
  return group.slug.replace(/-/g, ' ');
}
