import { ATTRIBUTE_WORDS, IN_STOCK, isProductAttribute, SUBSTANCE_WORDS, type ProductAttribute } from '../attributes';
import type { TurnContext } from '../context';
import { PAGE_SIZE } from '../dialog-state';
import { slug, type ProductGroup } from '../entity-id';
import { SlotName } from '../intents';
import { hasAttribute, type Product } from '../product';
import { attributeFromWords, catalogAttributes } from '../search/constraints';
import { toTerms } from '../search/normalise';
import type { Reply, Turn } from '../turn';
import { details } from './browse';
import { groupLabel, productsInGroup } from './groups';
import { findProduct, resolveProductRef, type ProductRef } from './products';

/**
 * "Is it organic", "is the milk gluten free", "is the second one in stock": a yes or no that is
 * true from the catalog. An attribute the catalog does not list is never a yes, and never a
 * flat no either: the shopper hears that it is not labelled so, and what is.
 */
export async function productQuestion(ctx: TurnContext): Promise<Reply> {
  const asked = askedAbout(ctx);
  if (asked.unknown) return ctx.ask(ctx.msgs.attributeUnknown, ctx.msgs.attributeUnknown);
  const ref = (await focusNamed(ctx, asked.product)) ?? (asked.product !== undefined ? await named(ctx, asked.product) : await resolveProductRef(ctx));
  if (!asked.attribute) {
    // "what about the second one": no attribute heard, so what there is to know about it
    if (ref.kind === 'found' || ref.kind === 'group') return details(ctx);
    return ctx.ask(ctx.msgs.attributeUnknown, ctx.msgs.attributeUnknown);
  }
  switch (ref.kind) {
    case 'found':
      return asked.inverse ? aboutSubstance(ctx, ref.product, asked.attribute) : aboutProduct(ctx, ref.product, asked.attribute);
    case 'group':
      return aboutGroup(ctx, ref.group, ref.spoken, asked.attribute);
    case 'out-of-range':
      return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
    case 'not-found':
      return ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
    case 'none':
      return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  }
}

/**
 * The attribute asked about, from its slot (an id, or words in the locale's language), or from
 * the product words when the recogniser put it there ("the gluten free bread"): then the rest
 * of those words name the product.
 */
function askedAbout(ctx: TurnContext): { attribute?: string; product?: string; unknown?: boolean; inverse?: boolean } {
  const slot = ctx.slot(SlotName.Attribute);
  // "does it have any sugar": asked about what the attribute is free of (Dialogflow hands over the
  // entity's value, "sugar free", so its words are read from what was said)
  const utterance = ctx.turn.utterance
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const fromUtterance = utterance ? substanceAsked(utterance, ctx.turn.locale)?.[SlotName.Attribute]?.value : undefined;
  const substance = slot ? substanceIn(fromUtterance ?? slot.value, ctx.turn.locale) : undefined;
  if (substance) return { attribute: substance, inverse: true };
  const fromSlot = slot && (known(slot.id) ?? known(slot.value) ?? attributeFromWords(slot.value, ctx.turn.locale));
  if (fromSlot) return { attribute: fromSlot };
  // "is it any good", "taugt das was": what the rating says, as the product's details tell it
  if (slot && QUALITY.test(slot.value)) return {};
  // "is it spicy": asked, but about nothing the catalog records
  if (slot) return { unknown: true };
  const productSlot = ctx.slot(SlotName.Product);
  if (!productSlot || productSlot.id) return {};
  const { query, attributes } = catalogAttributes(ctx.msgs.catalogQuery(productSlot.value));
  return attributes.length > 0 ? { attribute: attributes[0], product: query } : {};
}

/** Asking whether a product is good is asking for its rating. */
const QUALITY = /\b(good|any good|worth it|nice|great|popular|rated|ratings?|reviews?|gut|taugt|lohnt|beliebt|bewert\w*)\b/iu;

function known(id: string | undefined): string | undefined {
  const text = id?.trim().toLowerCase();
  return text && (isProductAttribute(text) || text === IN_STOCK) ? text : undefined;
}

/**
 * "Is the milk organic" while looking at a milk: the product in focus, when every word said of
 * it is in its name, brand or category. Undefined otherwise.
 */
async function focusNamed(ctx: TurnContext, words?: string): Promise<ProductRef | undefined> {
  const spoken = words ?? (ctx.slot(SlotName.Product)?.id ? undefined : ctx.slot(SlotName.Product)?.value);
  if (!spoken || !ctx.state.focusSku || ctx.slot(SlotName.Ordinal)) return undefined;
  const focus = await ctx.deps.catalog.getProduct(ctx.state.focusSku);
  if (!focus) return undefined;
  const said = toTerms(ctx.msgs.catalogQuery(spoken));
  const known = new Set(toTerms(`${focus.name} ${focus.brand} ${focus.category}`));
  return said.length > 0 && said.every((t) => known.has(t)) ? { kind: 'found', product: focus } : undefined;
}

/** A product named with the attribute taken out; nothing left: the one in focus. */
async function named(ctx: TurnContext, words: string): Promise<ProductRef> {
  if (words.trim() === '') return resolveProductRef(ctx);
  const product = await findProduct(ctx, words);
  return product ? { kind: 'found', product } : { kind: 'not-found', spoken: words };
}

/** How the locale says an attribute ("gluten free", "glutenfrei"). */
function said(ctx: TurnContext, attribute: string): string {
  const language = ctx.turn.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  return ATTRIBUTE_WORDS[language][attribute as ProductAttribute | typeof IN_STOCK]?.[0] ?? attribute;
}

async function aboutProduct(ctx: TurnContext, product: Product, attribute: string): Promise<Reply> {
  const { msgs } = ctx;
  ctx.state.focusSku = product.sku;
  if (product.inStock) ctx.state.awaiting = 'add';
  const next = product.inStock ? msgs.detailsReprompt : msgs.anythingElse;
  if (attribute === IN_STOCK) {
    const speech = product.inStock ? msgs.inStockYes(product.name) : msgs.inStockNo(product.name);
    return ctx.ask(`${speech} ${next}`, next);
  }
  if (hasAttribute(product, attribute)) return ctx.ask(`${msgs.attributeYes(product.name, said(ctx, attribute))} ${next}`, next);
  const answer = msgs.attributeNotLabelled(product.name, said(ctx, attribute));
  const instead = await alternative(ctx, product, attribute);
  if (!instead) return ctx.ask(`${answer} ${next}`, next);
  // what is offered becomes "it": a yes adds the product that has the attribute
  ctx.state.focusSku = instead.sku;
  ctx.state.awaiting = 'add';
  return ctx.ask(`${answer} ${msgs.attributeInstead(instead.name, ctx.price(instead.price))}`, msgs.detailsReprompt);
}

/** "Does it have any sugar": no when it is labelled sugar free; else it may, never a guess. */
function aboutSubstance(ctx: TurnContext, product: Product, attribute: string): Reply {
  const { msgs } = ctx;
  ctx.state.focusSku = product.sku;
  if (product.inStock) ctx.state.awaiting = 'add';
  const next = product.inStock ? msgs.detailsReprompt : msgs.anythingElse;
  const speech = hasAttribute(product, attribute) ? msgs.substanceNo(product.name, said(ctx, attribute)) : msgs.substanceMaybe(product.name, said(ctx, attribute));
  return ctx.ask(`${speech} ${next}`, next);
}

/** The attribute a product has when it is free of the substance named; undefined for other words. */
export function substanceIn(words: string, locale: string): ProductAttribute | undefined {
  const text = words
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:any|some|a|an|much|a lot of|viel|etwas)\s+/, '')
    .replace(/\s+(?:in (?:it|them|there)|drin)$/, '');
  const lang = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  return (Object.entries(SUBSTANCE_WORDS[lang]) as Array<[ProductAttribute, readonly string[]]>).find(([, words]) => words.includes(text))?.[0];
}

/**
 * "does that one have a scent", "is there any sugar in it", "hat das koffein": a question about a
 * substance in the product talked about, as ProductQuestion's slots; undefined for other words.
 */
export function substanceAsked(said: string, locale: string): Turn['slots'] | undefined {
  const de = locale.toLowerCase().startsWith('de');
  const m = de
    ? /^(?:(?:und|also|ähm)\s+)*(?:hat|enthält|haben|enthalten)\s+(?:das|der|die|es|sie|der da|die da|das da)\s+(.+?)(?:\s+drin)?$|^(?:(?:und|also|ähm)\s+)*ist\s+(?:da|darin|dort)\s+(.+?)\s+drin$/.exec(
        said,
      )
    : /^(?:(?:and|so|um|uh|oh|okay|wait)\s+)*(?:does|do|did)\s+(?:it|that|this|that one|this one|they|those|these|them)\s+(?:have|contain|got)\s+(.+?)(?:\s+in (?:it|them))?$|^(?:(?:and|so|um|uh|oh|okay)\s+)*is there\s+(.+?)\s+in (?:it|that|this|there|that one|this one)$|^(?:(?:and|so|um|uh|oh|okay)\s+)*(?:has it|has that) got\s+(.+?)(?:\s+in (?:it|them))?$/.exec(
        said,
      );
  const substance = m?.[1] ?? m?.[2] ?? m?.[3];
  return substance && substanceIn(substance, locale) ? { [SlotName.Attribute]: { value: substance } } : undefined;
}

/** A product of the same kind that has the attribute and is in stock, the best match first. */
async function alternative(ctx: TurnContext, product: Product, attribute: string): Promise<Product | undefined> {
  const group: ProductGroup = { kind: 'category', slug: slug(product.category) };
  const sameKind = await productsInGroup(ctx, group);
  return sameKind.find((p) => p.sku !== product.sku && p.inStock && hasAttribute(p, attribute));
}

/**
 * "Is the milk organic" about a whole category or brand: the product in focus when it belongs
 * to it (the shopper is looking at it), else which of the group has the attribute.
 */
async function aboutGroup(ctx: TurnContext, group: ProductGroup, spoken: string, attribute: string): Promise<Reply> {
  const members = await productsInGroup(ctx, group);
  const focus = ctx.state.focusSku ? members.find((p) => p.sku === ctx.state.focusSku) : undefined;
  if (focus) return aboutProduct(ctx, focus, attribute);
  const label = groupLabel(ctx, group, spoken);
  const having = members.filter((p) => hasAttribute(p, attribute));
  if (having.length === 0) return ctx.ask(`${ctx.msgs.groupAttributeNone(label, said(ctx, attribute))} ${ctx.msgs.anythingElse}`, ctx.msgs.anythingElse);
  ctx.state.list = { kind: 'search', query: label, skus: having.map((p) => p.sku), offset: 0 };
  ctx.state.focusSku = having.length === 1 ? having[0].sku : undefined;
  ctx.state.awaiting = 'add';
  const names = having.slice(0, PAGE_SIZE).map((p) => p.name);
  return ctx.ask(ctx.msgs.groupAttribute(label, said(ctx, attribute), names, having.length), ctx.msgs.searchReprompt);
}
