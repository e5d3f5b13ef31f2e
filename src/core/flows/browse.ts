import { ShopEvent } from '../../ports/metrics';
import type { TurnContext } from '../context';
import { PAGE_SIZE } from '../dialog-state';
import { groupOf, groupOfSlot, type ProductGroup } from '../entity-id';
import { SlotName } from '../intents';
import type { Product } from '../product';
import { formatRating } from '../replies';
import { attributeFromWords, hasConstraints, parseSpokenQuery, type ParsedQuery } from '../search/constraints';
import { withoutReason } from '../search/carrier';
import { toTerms } from '../search/normalise';
import { phoneticKey } from '../search/phonetic';
import type { Reply } from '../turn';
import { groupLabel, productsInGroup } from './groups';
import { historyIfLinked } from './history';
import { filteredSearch } from './filtered-search';
import { answerTopic, policyPhrase, policyTopic, shopPhrase } from './policies';
import { listItem, onlyOutOfStock, resolveProductRef } from './products';
import { asSizes, askWhichSize, bestMatches, sizesOfProduct } from './sizes';
import { recommend as recommendWithReason } from './recommend';
import { DEFAULT_OCCASIONS, occasionIn } from '../occasions';

const MAX_RESULTS = 30;
const MAX_SPOKEN_QUERY = 60;

/** What the shopper asked for, trimmed to something worth saying back. */
function spokenQuery(raw: string): string {
  // "I found 3 for diet coke", not "for a diet coke"
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:a|an|some|any|the)\s+)+(?=\S)/i, '');
  return text.length > MAX_SPOKEN_QUERY ? `${text.slice(0, MAX_SPOKEN_QUERY).replace(/\s\S*$/, '')}…` : text;
}

/**
 * Reads words a search found nothing for as a request by meaning ("customer servers", "any special
 * offers"); given by the router, so this flow does not depend on the free-words reader.
 */
export type FreeWordsReader = (ctx: TurnContext, words: string) => Promise<Reply | undefined>;

export async function search(ctx: TurnContext, readFreeWords?: FreeWordsReader): Promise<Reply> {
  const slot = ctx.slot(SlotName.Query) ?? ctx.slot(SlotName.Product);
  const group = groupOfSlot(slot);
  const parsed = withConstraints(ctx, slot);
  if (parsed) return filteredSearch(ctx, parsed, group ? { group, spoken: slot?.value } : undefined);
  if (group) return listGroup(ctx, group, slot?.value);
  const raw = ofTheListsKind(ctx, slot?.value ?? '');
  const query = spokenQuery(raw);
  if (query === '') return ctx.ask(ctx.msgs.searchEmptyQuery, ctx.msgs.searchEmptyQuery);
  const aboutShop = shopPhrase(raw);
  if (aboutShop) return answerTopic(ctx, aboutShop);
  const history = await historyIfLinked(ctx);
  const wanted = ctx.msgs.catalogQuery(raw);
  const found = await ctx.deps.catalog.search(wanted, { limit: MAX_RESULTS, history });
  // "maple syrup" answered only by Maple Grove's pasta: the shop has none of it
  const answered = onlyByBrand(wanted, found) ? [] : found;
  // "mac n cheese for the kids": who it is for narrows what the thing found, never adds another thing
  const purpose = /^(.+?)\s+for\s+(?:the|my|our|a|his|her|their)?\s*(?:kids?|children|child|son|daughter|baby|toddler|family|guests|party|husband|wife|mum|mom|dad)$/i.exec(
    raw.trim(),
  );
  const headOnly =
    purpose && answered.length > 0 ? new Set((await ctx.deps.catalog.search(ctx.msgs.catalogQuery(purpose[1]), { limit: MAX_RESULTS, history })).map((p) => p.sku)) : undefined;
  const narrowed = headOnly ? answered.filter((p) => headOnly.has(p.sku)) : answered;
  const results = narrowed.length > 0 ? narrowed : answered;
  if (results.length === 0) {
    // "a store in seattle", "shipping": words about the shop, not a product
    // words that ask something else ("customer servers", "return the paper towels", "any special offers")
    const heard = ctx.heardSlot(SlotName.Query) ?? ctx.heardSlot(SlotName.Product);
    // a bare "any" or "some" took the place of the name said before it ("out of dish soap do you have any")
    const words = BARE_PRONOUN.test(raw.trim()) && ctx.turn.utterance ? ctx.turn.utterance : (heard?.value ?? raw);
    const meant = slot && !slot.id && readFreeWords ? await readFreeWords(ctx, words) : undefined;
    if (meant) return meant;
    // "batteries for the tv remote", "fizzy water for the party": the thing before what it is for
    const head = raw.split(/\s+(?:for|please|from|to|that|which|because|so|with|für|bitte|von|mit)\s+/i)[0].trim();
    if (head !== raw.trim() && head.split(/\s+/).length >= 1 && !/^(?:some|any|the|a|an|something|anything|stuff|things?|etwas|was)$/i.test(head)) {
      const narrower = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(head), { limit: MAX_RESULTS, history });
      if (narrower.length > 0) return readResults(ctx, spokenQuery(head), narrower);
    }
    // a need or an occasion ("something for a headache", "for the dog"): suggestions, each with its reason
    if (occasionIn(raw, ctx.turn.locale, ctx.deps.occasions ?? DEFAULT_OCCASIONS)) return recommendWithReason(ctx);
    // "bay be wipes", "a seat a mino fen": a word a recogniser split into fragments, glued back
    const glued = gluedFragments(raw);
    if (glued) {
      const joined = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(glued), { limit: MAX_RESULTS, history });
      if (joined.length > 0) return readResults(ctx, spokenQuery(glued), joined);
    }
    const topic = policyTopic(raw);
    if (topic) return answerTopic(ctx, topic);
    ctx.state.list = undefined;
    ctx.deps.metrics?.count(ShopEvent.SearchNoMatch);
    // what was said, as a search no product answers: what the catalog or the models should learn next
    ctx.log.info('search found nothing', { query: query.slice(0, 60) });
    return ctx.ask(ctx.msgs.searchNoMatch(query, await broaderWord(ctx, raw)), ctx.msgs.searchEmptyQuery);
  }
  const best = await bestMatches(ctx, wanted, history);
  const sizes = asSizes(best);
  if (sizes) return askWhichSize(ctx, sizes, query);
  // one product stands out ("clearwater disinfecting wipes"): "that" and a bare yes mean it
  return readResults(ctx, query, results, best.length === 1 ? best[0] : undefined);
}

/**
 * Whether products were found only through a brand word of the query ("maple" of Maple Grove for
 * "maple syrup"): every other word said names nothing in any of them, as spelled or as it sounds.
 */
export function onlyByBrand(query: string, results: readonly Product[]): boolean {
  const said = toTerms(query).filter((w) => w.length >= 3);
  if (said.length < 2 || results.length === 0) return false;
  const brand = new Set(results.flatMap((p) => toTerms(p.brand)));
  const rest = said.filter((w) => !brand.has(w));
  if (rest.length === 0 || rest.length === said.length) return false;
  const alike = (w: string, own: string) => own === w || (w.length >= 4 && (own.startsWith(w) || w.startsWith(own))) || (w.length >= 4 && phoneticKey(w) === phoneticKey(own));
  return !results.some((p) => {
    const own = toTerms(`${p.name.replace(p.brand, '')} ${p.category}`);
    return rest.some((w) => own.some((o) => alike(w, o)));
  });
}

/** A search slot holding only a word that stands for a name said elsewhere. */
const BARE_PRONOUN = /^(?:any|some|it|them|one|those|these|that|anything|welche|einige|es)$/i;

/**
 * The words with each run of short fragments glued to its neighbours ("bay be wipes" → "baybe
 * wipes", "a seat a mino fen" → "aseataminofen"), for the search's sound-alikes to match; undefined
 * when there is nothing to glue.
 */
export function gluedFragments(raw: string): string | undefined {
  const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2 || !words.some((w) => w.length <= 3)) return undefined;
  const out: string[] = [];
  let run = '';
  for (const [i, w] of words.entries()) {
    // a piece of three letters or less, or a short piece right after one ("a seat a mino fen")
    const fragment = w.length <= 3 || ((words[i - 1]?.length ?? 9) <= 3 && w.length <= 4);
    if (fragment && run) run += w;
    else {
      if (run) out.push(run);
      run = w;
    }
  }
  if (run) out.push(run);
  const glued = out.join(' ');
  return glued !== words.join(' ') && out.some((w) => w.length >= 5) ? glued : undefined;
}

/**
 * The query's constraints ("under ten dollars", "cheapest", "organic"), with an attribute the
 * model heard in its own slot; undefined when there are none and the search is a plain one.
 */
/**
 * "one for kids", "any without scent" after a list of shampoo: "one" is the kind just looked for
 * ("shampoo for kids"). Other words are returned as they are.
 */
function ofTheListsKind(ctx: TurnContext, said: string): string {
  const list = ctx.state.list;
  const kind = list?.kind === 'search' ? (list.about ?? list.query) : undefined;
  const one = /^(?:(?:a|an|the|some|any)\s+)?(?:ones?|eins?|welche)\s+((?:for|that|which|with|without|in|für|mit|ohne)\s+.+)$/i.exec(said.trim());
  return kind && one ? `${kind} ${one[1]}` : said;
}

function withConstraints(ctx: TurnContext, slot: { value: string; id?: string } | undefined): ParsedQuery | undefined {
  // Dialogflow hands over a category or brand as its id alone ("cat:milk"): no words to parse;
  // a reason said after the thing ("… my doctor says i have to cut it out") is no part of it
  const parsed = parseSpokenQuery(groupOf(slot?.value) ? '' : withoutReason(slot?.value ?? ''), ctx.turn.locale);
  const attributeSlot = ctx.slot(SlotName.Attribute);
  const attribute = attributeSlot && attributeFromWords(attributeSlot.id ?? attributeSlot.value, ctx.turn.locale);
  if (attribute && !parsed.constraints.attributes.includes(attribute)) parsed.constraints.attributes.push(attribute);
  return hasConstraints(parsed.constraints) ? parsed : undefined;
}

/**
 * A whole category or brand, read out like search results ("add paper towels" names the
 * category, not one product): the shopper's own purchases first, then the best matches.
 */
export async function listGroup(ctx: TurnContext, group: ProductGroup, spoken?: string): Promise<Reply> {
  const query = spokenQuery(groupLabel(ctx, group, spoken));
  const results = (await productsInGroup(ctx, group, await historyIfLinked(ctx))).slice(0, MAX_RESULTS);
  if (results.length === 0) {
    ctx.state.list = undefined;
    return ctx.ask(ctx.msgs.searchNoMatch(query), ctx.msgs.searchEmptyQuery);
  }
  return readResults(ctx, query, results);
}

/** Products read out as search results under a label (the list just read, narrowed). */
export function readList(ctx: TurnContext, label: string, products: readonly Product[]): Reply {
  return readResults(ctx, label, products.slice(0, MAX_RESULTS));
}

function readResults(ctx: TurnContext, query: string, results: readonly Product[], standsOut?: Product): Reply {
  ctx.state.list = { kind: 'search', query, skus: results.map((p) => p.sku), offset: 0 };
  const page = results.slice(0, PAGE_SIZE);
  ctx.state.focusSku = results.length === 1 ? results[0].sku : standsOut?.sku;
  const unavailable = onlyOutOfStock(ctx, results);
  if (unavailable) return unavailable;
  // The reply ends on "add one?": a bare yes adds the only result, or asks which one.
  ctx.state.awaiting = 'add';
  const speech = ctx.msgs.searchResults(
    query,
    results.length,
    page.length,
    page.map((p) => listItem(ctx, p)),
  );
  return ctx.ask(speech, ctx.msgs.searchReprompt);
}

/** A single word of the query, as the shopper said it, that does find something, longest first. */
async function broaderWord(ctx: TurnContext, raw: string): Promise<string | undefined> {
  // kept as said, so a German noun is suggested capitalised ("Erdbeeren"); each word once, whatever its case
  const words: string[] = [];
  for (const word of raw.match(/\p{L}{4,}/gu) ?? []) {
    if (!words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  words.sort((a, b) => b.length - a.length);
  for (const word of words.slice(0, 4)) {
    const [hit] = await ctx.deps.catalog.search(ctx.msgs.catalogQuery(word), { limit: 1 });
    // never a brand's word for a thing ("maple" of Maple Grove after "maple syrup")
    if (hit && !toTerms(hit.brand).includes(toTerms(ctx.msgs.catalogQuery(word))[0] ?? '')) return word;
  }
  return undefined;
}

export async function more(ctx: TurnContext): Promise<Reply> {
  const list = ctx.state.list;
  if (!list || list.kind !== 'search') return ctx.ask(ctx.msgs.noListToPage, ctx.msgs.searchEmptyQuery);
  const nextOffset = list.offset + PAGE_SIZE;
  if (nextOffset >= list.skus.length) {
    return ctx.ask(ctx.msgs.searchEndOfList(list.query ?? '', list.skus.length), ctx.msgs.searchReprompt);
  }
  const skus = list.skus.slice(nextOffset, nextOffset + PAGE_SIZE);
  const products = orderBy(await ctx.deps.catalog.getProducts(skus), skus);
  ctx.state.list = { ...list, offset: nextOffset };
  ctx.state.awaiting = 'add';
  ctx.state.focusSku = undefined;
  const remaining = list.skus.length - nextOffset - skus.length;
  return ctx.ask(
    ctx.msgs.searchMore(
      products.map((p) => listItem(ctx, p)),
      remaining,
    ),
    ctx.msgs.searchReprompt,
  );
}

export async function details(ctx: TurnContext): Promise<Reply> {
  const productSlot = ctx.slot(SlotName.Product);
  // "how much is delivery", "was kostet der Versand": a question about the shop, not a product
  const topic = productSlot && !productSlot.id ? policyPhrase(productSlot.value) : undefined;
  if (topic) return answerTopic(ctx, topic);
  const ref = await resolveProductRef(ctx);
  if (ref.kind === 'none') return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (ref.kind === 'out-of-range') return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
  if (ref.kind === 'not-found') return ctx.ask(ctx.msgs.productNotFound(spokenQuery(ref.spoken)), ctx.msgs.searchEmptyQuery);
  if (ref.kind === 'group') return listGroup(ctx, ref.group, ref.spoken);
  if (ref.named && productSlot) {
    // named without a size, and it comes in several: the sizes and their prices, and which
    const sizes = await sizesOfProduct(ctx, ref.product, productSlot.value);
    if (sizes) return askWhichSize(ctx, sizes, spokenQuery(productSlot.value));
  }
  const p = ref.product;
  ctx.state.focusSku = p.sku;
  if (p.inStock) ctx.state.awaiting = 'add';
  const rating = formatRating(p.rating, ctx.turn.locale);
  const speech = ctx.msgs.details(p.name, p.brand, p.size, ctx.price(p.price), rating, p.reviewCount, p.inStock);
  const card = {
    title: p.name,
    text: `${p.brand} · ${p.size}\n${ctx.price(p.price)}\n${rating} / 5 (${p.reviewCount})`,
  };
  return ctx.ask(speech, p.inStock ? ctx.msgs.detailsReprompt : ctx.msgs.searchReprompt, card);
}

/**
 * A pick that says why. The signals and the reasons live in recommend.ts (decide): bought
 * before, bought together, an occasion, a promotion, the best rated.
 */
export function recommend(ctx: TurnContext): Promise<Reply> {
  return recommendWithReason(ctx);
}

function orderBy(products: Product[], skus: readonly string[]): Product[] {
  return [...products].sort((a, b) => skus.indexOf(a.sku) - skus.indexOf(b.sku));
}
