/**
 * "What do people say about it", "read me another": a product's average and count, then one
 * favourable and one critical quote from its review texts, each one sentence and never more
 * than 25 words (fewer when the reply would pass 40 words); then one review at a time.
 */
import type { TurnContext } from '../context';
import type { Product, Review } from '../product';
import { formatRating } from '../replies';
import type { SpokenReview } from '../replies/messages';
import type { Reply } from '../turn';
import { bestInGroup } from './groups';
import { historyIfLinked } from './history';
import { resolveProductRef } from './products';

/** A quote is never longer than this. */
export const MAX_QUOTE_WORDS = 25;
/** Nor is a reply a shopper hears. */
const MAX_REPLY_WORDS = 40;
/** A quote shortened to fit the reply keeps at least this much. */
const MIN_QUOTE_WORDS = 5;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The first sentence of a review, at most `maxWords` words ("…" where it was cut). A sentence
 * ends at ., ! or ? followed by a space; "Dr." or "e.g." may end it early, which only shortens it.
 */
export function quoteOf(text: string, maxWords = MAX_QUOTE_WORDS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(clean);
  const sentence = end ? clean.slice(0, end.index + 1) : clean;
  const words = sentence.split(' ');
  if (words.length <= maxWords) return sentence;
  const kept = words.slice(0, maxWords);
  // cut at the last clause that fits ("Absorbent and thick…"), not mid-phrase, when that keeps three words
  const clause = kept.reduce((at, word, i) => (i >= 2 && /[,;:]$/.test(word) ? i : at), -1);
  return `${(clause >= 0 ? kept.slice(0, clause + 1) : kept).join(' ').replace(/[,;:]$/, '')}…`;
}

/** The favourable and the critical review to quote: the newest of four stars or more, and the newest of three or fewer (the lowest first). */
export function quotesToRead(reviews: readonly Review[]): { praise?: number; critique?: number } {
  const newest = reviews.map((r, i) => ({ r, i })).sort((a, b) => b.r.date.localeCompare(a.r.date));
  const praise = newest.find(({ r }) => r.rating >= 4)?.i;
  const critical = newest.filter(({ r }) => r.rating <= 3).sort((a, b) => a.r.rating - b.r.rating);
  return { praise, critique: critical[0]?.i };
}

function spoken(ctx: TurnContext, review: Review, maxWords: number): SpokenReview {
  const day = new Intl.DateTimeFormat(ctx.turn.locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${review.date}T00:00:00Z`));
  return { stars: review.rating, date: day, quote: quoteOf(review.text, maxWords) };
}

/** The product asked about, or the reply that asks which one. */
async function productAskedAbout(ctx: TurnContext): Promise<Product | Reply> {
  const ref = await resolveProductRef(ctx);
  if (ref.kind === 'none') return ctx.ask(ctx.msgs.which, ctx.msgs.which);
  if (ref.kind === 'out-of-range') return ctx.ask(ctx.msgs.notInList(ref.position, ref.length), ctx.msgs.which);
  if (ref.kind === 'not-found') return ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
  if (ref.kind === 'group') {
    // "what do people say about paper towels": the one this shopper buys, else the best match
    const product = await bestInGroup(ctx, ref.group, await historyIfLinked(ctx));
    return product ?? ctx.ask(ctx.msgs.productNotFound(ref.spoken), ctx.msgs.searchEmptyQuery);
  }
  return ref.product;
}

export async function reviews(ctx: TurnContext): Promise<Reply> {
  const found = await productAskedAbout(ctx);
  if (!('sku' in found)) return found;
  const product = found;
  ctx.state.focusSku = product.sku;
  if (product.inStock) ctx.state.awaiting = 'add';
  const texts = ctx.deps.reviews ? await ctx.deps.reviews.reviewsOf(product.sku) : [];
  ctx.state.reviewsRead = { sku: product.sku, said: [] };
  const reprompt = product.inStock ? ctx.msgs.reviewsReprompt : ctx.msgs.searchReprompt;
  if (product.reviewCount === 0 && texts.length === 0) return ctx.ask(ctx.msgs.reviewsNone(product.name), reprompt);
  const rating = formatRating(product.rating, ctx.turn.locale);
  const count = new Intl.NumberFormat(ctx.turn.locale).format(Math.max(product.reviewCount, texts.length));
  if (texts.length === 0) return ctx.ask(ctx.msgs.reviewsNoTexts(product.name, rating, count), reprompt);
  const { praise, critique } = quotesToRead(texts);
  const offer = ctx.msgs.reviewsOffer(product.inStock);
  const say = (quoted: ReadonlyArray<number | undefined>, maxWords: number) =>
    `${ctx.msgs.reviewsSummary(
      product.name,
      rating,
      count,
      quoted[0] !== undefined ? spoken(ctx, texts[quoted[0]], maxWords) : undefined,
      quoted[1] !== undefined ? spoken(ctx, texts[quoted[1]], maxWords) : undefined,
    )} ${offer}`;
  // both quotes, shortened as far as they must be; then the favourable one alone; then none
  const tries: Array<ReadonlyArray<number | undefined>> = [
    [praise, critique],
    [praise ?? critique, undefined],
    [undefined, undefined],
  ];
  let speech = say([undefined, undefined], MAX_QUOTE_WORDS);
  let said: Array<number | undefined> = [];
  search: for (const quoted of tries) {
    for (let maxWords = MAX_QUOTE_WORDS; maxWords >= MIN_QUOTE_WORDS; maxWords -= 1) {
      const candidate = say(quoted, maxWords);
      if (wordsIn(candidate) <= MAX_REPLY_WORDS) {
        speech = candidate;
        said = [...quoted];
        break search;
      }
    }
  }
  ctx.state.reviewsRead.said = said.filter((i): i is number => i !== undefined);
  return ctx.ask(speech, reprompt);
}

/** "read me another": the next review of the same product not yet said, newest first. */
export async function moreReviews(ctx: TurnContext): Promise<Reply> {
  const open = ctx.state.reviewsRead;
  if (!open) return ctx.ask(ctx.msgs.reviewsNothingOpen, ctx.msgs.searchEmptyQuery);
  const product = await ctx.deps.catalog.getProduct(open.sku);
  if (!product) return ctx.ask(ctx.msgs.reviewsNothingOpen, ctx.msgs.searchEmptyQuery);
  ctx.state.focusSku = product.sku;
  if (product.inStock) ctx.state.awaiting = 'add';
  const texts = ctx.deps.reviews ? await ctx.deps.reviews.reviewsOf(product.sku) : [];
  const next = texts.findIndex((_, i) => !open.said.includes(i));
  const reprompt = product.inStock ? ctx.msgs.reviewsReprompt : ctx.msgs.searchReprompt;
  if (next < 0) return ctx.ask(ctx.msgs.reviewsNoMore(product.name), product.inStock ? ctx.msgs.detailsReprompt : ctx.msgs.searchReprompt);
  ctx.state.reviewsRead = { sku: open.sku, said: [...open.said, next] };
  return ctx.ask(`${ctx.msgs.reviewNext(spoken(ctx, texts[next], MAX_QUOTE_WORDS))} ${ctx.msgs.reviewsOffer(product.inStock)}`, reprompt);
}
