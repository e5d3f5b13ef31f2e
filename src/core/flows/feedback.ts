import { ShopEvent } from '../../ports/metrics';
import type { TurnContext } from '../context';
import type { DialogState } from '../dialog-state';
import { IntentName, SlotName } from '../intents';
import { OrderState, type Order } from '../order';
import type { Reply } from '../turn';
import { itemsOf } from './history';
import { ORDERS_READ } from './orders';

/**
 * How the order went, in the shopper's words: after a delivery the next session opens with one
 * question ("How was your order, from one to five?"), then optionally "Anything you'd like to
 * tell us?"; "rate my order" and "I want to leave feedback" work any time. A 1 or 2, or a comment
 * that reads as a complaint, offers a person. Ratings and comments are stored and counted.
 */

/** The one question after a delivery, as the first thing a linked session hears; undefined when none is due. */
export async function askAtLaunch(ctx: TurnContext): Promise<Reply | undefined> {
  if (!ctx.deps.feedback || !ctx.turn.accessToken) return undefined;
  const identity = await ctx.identify();
  if (!identity.linked) return undefined;
  const customerId = identity.customer.customerId;
  const due = await ctx.deps.feedback.nextDue(customerId);
  // taken once: a second session (another device) does not ask again
  if (!due || !(await ctx.deps.feedback.takeDue(customerId, due.orderId))) return undefined;
  const order = await ctx.deps.orders.get(due.orderId);
  if (!order) return undefined;
  ctx.state.awaiting = 'rating';
  ctx.state.feedbackOrderId = order.orderId;
  return ctx.ask(ctx.msgs.feedbackAtLaunch(ctx.policy.sellerName, itemsOf(ctx, order, 2)), ctx.msgs.feedbackAskReprompt);
}

/**
 * The turn after one of the feedback questions: a number answers "from one to five" whatever
 * intent the platform heard it as, a yes or no answers "anything to tell us", and on Dialogflow
 * words no intent matched are the comment itself. Undefined: not an answer, route it as usual.
 */
export async function answer(ctx: TurnContext, awaiting: DialogState['awaiting']): Promise<Reply | undefined> {
  const { intent } = ctx.turn;
  if (awaiting === 'rating') {
    if (intent === IntentName.RateOrder || intent === IntentName.FeedbackComment) return rateOrder(ctx, true);
    if (ratingSaid(ctx) !== undefined) return rateOrder(ctx, true);
    if (intent === IntentName.Fallback) {
      ctx.state.awaiting = 'rating';
      return ctx.ask(ctx.msgs.feedbackRatingUnclear, ctx.msgs.feedbackAskReprompt);
    }
    return undefined;
  }
  if (awaiting === 'feedback-comment') {
    if (intent === IntentName.FeedbackComment) return comment(ctx);
    if (intent === IntentName.RateOrder && ratingSaid(ctx) !== undefined) return rateOrder(ctx, true);
    if (intent === IntentName.Yes) {
      ctx.state.awaiting = 'feedback-comment';
      return ctx.ask(ctx.msgs.feedbackGoAhead, ctx.msgs.feedbackCommentAsk);
    }
    if (intent === IntentName.No) {
      clear(ctx);
      return ctx.ask(ctx.msgs.feedbackNoComment, ctx.msgs.anythingElse);
    }
    if (intent === IntentName.Fallback) {
      // Dialogflow sends what was said; Alexa does not, so there the shopper is asked to say it with a lead-in
      if (ctx.turn.utterance) return comment(ctx, ctx.turn.utterance);
      ctx.state.awaiting = 'feedback-comment';
      return ctx.ask(ctx.msgs.feedbackCommentUnclear, ctx.msgs.feedbackCommentAsk);
    }
  }
  return undefined;
}

/** "Rate my order", "I want to leave feedback", "five stars": the rating, or the question that asks for it. */
export async function rateOrder(ctx: TurnContext, answering = false): Promise<Reply> {
  if (!ctx.deps.feedback) return ctx.ask(ctx.msgs.apology, ctx.msgs.anythingElse);
  const identity = await ctx.identify();
  const customerId = identity.linked ? identity.customer.customerId : undefined;
  const order = answering && ctx.state.feedbackOrderId ? await ctx.deps.orders.get(ctx.state.feedbackOrderId) : customerId ? await latestToRate(ctx, customerId) : undefined;
  const rating = ratingSaid(ctx);
  if (rating === undefined) {
    if (answering) {
      ctx.state.awaiting = 'rating';
      ctx.state.feedbackOrderId = order?.orderId;
      return ctx.ask(ctx.msgs.feedbackRatingUnclear, ctx.msgs.feedbackAskReprompt);
    }
    if (!order) {
      // nothing delivered to rate: the shop still listens
      ctx.state.awaiting = 'feedback-comment';
      return ctx.ask(ctx.msgs.feedbackNothingToRate, ctx.msgs.feedbackCommentAsk);
    }
    ctx.state.awaiting = 'rating';
    ctx.state.feedbackOrderId = order.orderId;
    return ctx.ask(ctx.msgs.feedbackAsk(itemsOf(ctx, order, 2)), ctx.msgs.feedbackAskReprompt);
  }
  if (rating < 1 || rating > 5) {
    ctx.state.awaiting = 'rating';
    ctx.state.feedbackOrderId = order?.orderId;
    return ctx.ask(ctx.msgs.feedbackRatingUnclear, ctx.msgs.feedbackAskReprompt);
  }
  const feedbackId = ctx.state.feedbackId ?? `fb_${ctx.token}`;
  await ctx.deps.feedback.record({
    feedbackId,
    ...(customerId ? { customerId } : {}),
    ...(order ? { orderId: order.orderId } : {}),
    rating,
    platform: ctx.turn.platform,
    locale: ctx.turn.locale,
    at: ctx.deps.clock.now().toISOString(),
  });
  ctx.deps.metrics?.count(ShopEvent.FeedbackRated);
  ctx.deps.metrics?.count(ShopEvent.FeedbackRatingSum, rating);
  if (rating >= 4) ctx.deps.metrics?.count(ShopEvent.FeedbackSatisfied);
  ctx.state.awaiting = 'feedback-comment';
  ctx.state.feedbackId = feedbackId;
  ctx.state.feedbackOrderId = order?.orderId;
  if (rating <= 2) return ctx.ask(ctx.msgs.feedbackSorry(ctx.policy.supportPhone), ctx.msgs.feedbackCommentAsk, humanCard(ctx));
  return ctx.ask(ctx.msgs.feedbackThanks(rating), ctx.msgs.feedbackCommentAsk);
}

/** What the shopper tells the shop: stored, and a complaint offers a person. */
export async function comment(ctx: TurnContext, said?: string): Promise<Reply> {
  const text = (said ?? ctx.slot(SlotName.Comment)?.value ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  if (text === '') {
    ctx.state.awaiting = 'feedback-comment';
    return ctx.ask(ctx.msgs.feedbackGoAhead, ctx.msgs.feedbackCommentAsk);
  }
  const identity = await ctx.identify();
  const complaint = isComplaint(text);
  await ctx.deps.feedback?.record({
    feedbackId: ctx.state.feedbackId ?? `fb_${ctx.token}`,
    ...(identity.linked ? { customerId: identity.customer.customerId } : {}),
    ...(ctx.state.feedbackOrderId ? { orderId: ctx.state.feedbackOrderId } : {}),
    comment: text,
    complaint,
    platform: ctx.turn.platform,
    locale: ctx.turn.locale,
    at: ctx.deps.clock.now().toISOString(),
  });
  ctx.deps.metrics?.count(ShopEvent.FeedbackComment);
  if (complaint) ctx.deps.metrics?.count(ShopEvent.FeedbackComplaint);
  clear(ctx);
  if (complaint) return ctx.ask(ctx.msgs.feedbackComplaint(ctx.policy.supportPhone), ctx.msgs.anythingElse, humanCard(ctx));
  return ctx.ask(ctx.msgs.feedbackCommentThanks, ctx.msgs.anythingElse);
}

/** The newest delivered order, else the newest placed one: what "rate my order" is about. */
async function latestToRate(ctx: TurnContext, customerId: string): Promise<Order | undefined> {
  const orders = (await ctx.deps.orders.listByCustomer(customerId, ORDERS_READ)).filter((o) => o.state === OrderState.Placed);
  return orders.find((o) => o.fulfilmentState === 'delivered') ?? orders[0];
}

function clear(ctx: TurnContext): void {
  ctx.state.feedbackId = undefined;
  ctx.state.feedbackOrderId = undefined;
}

function humanCard(ctx: TurnContext) {
  return { title: ctx.msgs.humanCardTitle, text: ctx.msgs.humanCard(ctx.policy.supportPhone, ctx.policy.supportHours) };
}

const RATING_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  zero: 0,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eins: 1,
  ein: 1,
  eine: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  null: 0,
  sechs: 6,
  zehn: 10,
};

/** The number the shopper said, from the rating slot or any number a platform heard instead ("four", "4 stars", "a five"). */
export function ratingSaid(ctx: TurnContext): number | undefined {
  for (const name of [SlotName.Rating, SlotName.Quantity, SlotName.Pin]) {
    const slot = ctx.slot(name);
    const value = slot && (parseRating(slot.id ?? '') ?? parseRating(slot.value));
    if (value !== undefined) return value;
  }
  // on Dialogflow a bare number that matched no intent arrives as the words themselves
  return ctx.turn.intent === IntentName.Fallback && ctx.turn.utterance ? parseRating(ctx.turn.utterance) : undefined;
}

/** "4", "four", "four stars", "a five", "vier Sterne": the first number, if it is the point of the words. */
export function parseRating(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 4) return undefined;
  for (const word of words) {
    if (/^\d{1,2}$/.test(word)) return Number(word);
    if (word in RATING_WORDS) return RATING_WORDS[word];
  }
  return undefined;
}

const COMPLAINT = [
  /\b(broken|damaged|missing|late|never (arrived|came)|didn'?t (arrive|come)|wrong|bad|terrible|awful|horrible|rotten|spoil(ed|t)|leak(ed|ing|y)?|crushed|squashed|smashed|expired|mou?ldy|stale|dirty|rude|worst|disappointed|disappointing|unhappy|not happy|complain\w*|refund)\b/i,
  /(kaputt|beschädigt|beschaedigt|fehlt|fehlte|zu spät|zu spaet|verspätet|falsch|schlecht|schlimm|verdorben|abgelaufen|schimmel|beschwer|enttäuscht|enttaeuscht|unzufrieden|nie angekommen|nicht angekommen|unfreundlich)/i,
];

/** Words that say something went wrong: the shopper is offered a person. */
export function isComplaint(text: string): boolean {
  return COMPLAINT.some((re) => re.test(text));
}
