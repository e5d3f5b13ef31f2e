import { ShopEvent, TurnOutcome } from '../ports/metrics';
import { TurnNotes } from './turn-record';
import { schedulerOf, TurnContext, type ShopDeps, type TurnFrame } from './context';
import type { DialogState } from './dialog-state';
import { DEFAULT_TURN_BUDGET } from './budget';
import { Deadline, ReplyGate } from './deadline';
import { DialogStateConflictError, StoreUnavailableError } from './errors';
import { handleSkillEvent, type SkillEvent } from './skill-events';
import { sanitiseTurn } from './turn-guard';
import { IntentName, KEEPS_THE_QUESTION, SlotName } from './intents';
import { messagesFor } from './replies';
import type { Reply, Turn, TurnOptions } from './turn';
import * as browse from './flows/browse';
import * as cart from './flows/cart';
import * as orders from './flows/orders';
import * as purchase from './flows/purchase';
import * as policies from './flows/policies';
import * as productQuestions from './flows/product-questions';
import { withShopperEntities } from './flows/dynamic-entities';
import * as cancelOrder from './flows/cancel-order';
import * as cartEdit from './flows/cart-edit';
import * as history from './flows/history';
import * as orderHelp from './flows/order-help';
import * as account from './flows/account';
import * as answers from './flows/answers';
import * as navigation from './flows/navigation';
import * as feedback from './flows/feedback';
import * as reminders from './flows/reminders';
import * as linking from './flows/linking';
// — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
import * as reviews from './flows/reviews';
import * as compare from './flows/compare';
import * as recommend from './flows/recommend';
import * as deals from './flows/deals';
import * as saved from './flows/saved';
import { misheardSlot } from './flows/misheard';
import { meaningOf } from './flows/understand';
import { isContainerWord, readQuantity, splitLeadingQuantity } from './quantity-words';
import { languageOf } from './search/constraint-words';

/** Words in a product slot that name the whole cart, a placed order, or a receipt rather than a product. */
const EVERYTHING =
  /^(?:everything|all|it all|all of it|all that|all of that|the lot|all the (?:items|things|stuff)|alles|alle sachen|den ganzen warenkorb)(?:\s+(?:(?:i'?ll|let'?s|we'?ll|i want to|i wanna|and)\s+)?start (?:over|again|afresh))?(?:\s+(?:in|from|out of)\s+(?:my|the|our)\s+(?:cart|basket|trolley)|\s+in (?:there|it|here)|\s+(?:wieder\s+)?(?:raus|aus dem warenkorb))?$/;
/** Requests about a placed order, and words that name one without naming a product. */
const ORDER_INTENTS = new Set<IntentName>([IntentName.OrderStatus, IntentName.CancelOrder, IntentName.OrderHistory]);
const ANY_ORDER = /^(?:(?:my|the|our|that)\s+)?(?:(?:last|latest|newest|recent|most recent)\s+)?(?:order|one|stuff|things|groceries|shopping|delivery|package|parcel|items)$/;

/** Requests a search's words can make that are never about a product to find. */
const NOT_PRODUCTS = new Set<IntentName>([
  IntentName.Deals,
  IntentName.StoreLocation,
  IntentName.DeliveryInfo,
  IntentName.OpeningHours,
  IntentName.ReturnPolicy,
  IntentName.PaymentOptions,
  IntentName.TalkToHuman,
  IntentName.OrderStatus,
  IntentName.OrderHistory,
  IntentName.Reorder,
  IntentName.CancelOrder,
  IntentName.ViewCart,
]);
/** The shop's policies, each a question that may take free words after its carrier ("do you take …"). */
const POLICY_INTENTS = new Set<IntentName>([IntentName.DeliveryInfo, IntentName.OpeningHours, IntentName.ReturnPolicy, IntentName.PaymentOptions, IntentName.StoreLocation]);
/** "buy it buy it now", "buy everything now": the cart, not a product called "it". */
const JUST_BUY = /^(?:(?:it|that|this|them|those|everything|all|the lot|it all|buy|now|please|right now|today)\s*)+$/;
const TO_PLACED_ORDER =
  /\s(?:to|in|into|on(?:to)?)\s+(?:the|my|that|this|our)\s+(?:last\s+|existing\s+|(?:already\s+)?placed\s+|current\s+|open\s+)?order\b(?:\s+(?:that\s+)?(?:i|we)(?:'ve)?\s+(?:already\s+|just\s+)?(?:placed|made|did|put in|sent|have|ordered)\b.*|\s+(?:from|of|for)\s+(?:yesterday|today|this morning|last night|last week|earlier|this week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*)?$/;
/** "can i add eggs to it" right after an order was read: "it" is that order */
const TO_IT = /\s(?:to|in|into|onto)\s+(?:it|that|that one|this one)$/;
/** "the dog treats on my wish list": a product put on the saved list, whatever intent heard it */
const ON_WISH_LIST = /^(?:put\s+|add\s+|save\s+)?(?:the\s+)?(.*?)\s*\b(?:on|to|in|onto|into)\s+(?:my|the|our)\s+(?:wish ?list|wishlist|wish|saved list|list for later)$/;
/** "what's in my cart", "everything in my basket": the cart itself, as what to buy */
const THE_CART =
  /^(?:(?:what'?s|what is|whats|everything|all|the stuff|the things|the items|what i(?:'ve| have) got|what i have)\s+)?(?:in\s+)?(?:my|the|our)\s+(?:cart|basket|trolley)$/;
/** A superlative heard as a comparison's criterion, and what follows it ("cheapest dish soap you have") */
const SUPERLATIVE = /^(?:the\s+)?(cheapest|best rated|best reviewed|best|least expensive|lowest priced|highest rated|top rated)\b\s*(.*)$/;
const RECEIPT_WORDS = /\b(?:invoice|receipt|rechnung|quittung)\b/;

/**
 * Intents that answer the purchase question themselves (yes, no, stop) or keep it open (help,
 * a misheard answer). Anything else leaves the question unanswered and cancels it.
 */
const HANDLES_PENDING = new Set<string>([
  IntentName.Yes,
  IntentName.VoicePin,
  IntentName.No,
  IntentName.Help,
  IntentName.Fallback,
  IntentName.Stop,
  IntentName.Cancel,
  IntentName.SessionEnded,
  // "cancel my order" at the purchase question answers it: nothing is placed
  IntentName.CancelOrder,
  // a bare answer may be the four digits asked for; "repeat that" asks the same question again
  IntentName.Select,
  IntentName.Repeat,
  // "how much is delivery", "will i need my code": questions that change nothing, answered with the question kept
  ...KEEPS_THE_QUESTION,
]);

/**
 * The shop's brain: one platform-neutral turn in, one reply out. Loads and saves the dialog
 * state around the flow, answers by the turn's deadline whatever the stores and the payment
 * provider do, and turns any failure into something a shopper can hear that is true.
 */
export class Shop {
  constructor(private readonly deps: ShopDeps) {}

  handle(request: Turn, options: TurnOptions = {}): Promise<Reply> {
    const scheduler = schedulerOf(this.deps);
    const arrivedAt = options.arrivedAt ?? scheduler.now();
    const turn = sanitiseTurn(request);
    const budget = this.deps.budget ?? DEFAULT_TURN_BUDGET;
    const frame: TurnFrame = {
      deadline: Deadline.forTurn(scheduler, budget, turn.platform, { arrivedAt, lambdaRemainingMs: options.lambdaRemainingMs }),
      gate: new ReplyGate(),
      log: options.log ?? this.deps.logger.child({ platform: turn.platform, sessionId: turn.sessionId }),
    };
    // what the turn does that the merchant's report counts (events, searches, the cart), noted as it runs
    const notes = new TurnNotes();
    if (turn.isNewSession) notes.count(this.deps.metrics, ShopEvent.SessionStarted);
    const record = (outcome: TurnOutcome) =>
      this.deps.metrics?.turn({
        platform: turn.platform,
        locale: turn.locale,
        intent: turn.intent,
        outcome,
        latencyMs: Math.round(scheduler.now() - arrivedAt),
        ...notes.record(turn, outcome),
      });
    // The platform stops listening at its deadline: a late answer is no answer. Whichever of the
    // work and the timer speaks first is what the shopper hears; the gate keeps the other quiet
    // and keeps what the timer said true (see ReplyGate).
    return new Promise<Reply>((resolve) => {
      const cancelTimer = scheduler.after(frame.deadline.remainingMs(), () => {
        if (!frame.gate.timeOut()) return;
        record(TurnOutcome.Timeout);
        resolve(this.tooSlow(turn, frame));
      });
      void this.answer(turn, frame, notes).then(({ reply, outcome }) => {
        if (!frame.gate.answer()) {
          frame.log.warn('the turn finished after its deadline; the shopper heard the timeout reply', { intent: turn.intent });
          return;
        }
        cancelTimer();
        record(outcome);
        resolve(reply);
      });
    });
  }

  /** A platform notification (skill disabled, account linked): no reply, only its effect. */
  handleEvent(event: SkillEvent): Promise<void> {
    return handleSkillEvent(this.deps, event);
  }

  /** What the timer says: true at this instant, and kept true by the gate. */
  private tooSlow(turn: Turn, frame: TurnFrame): Reply {
    const charging = frame.gate.chargeStarted;
    frame.log.error('turn ran out of time', { intent: turn.intent, chargeStarted: Boolean(charging), orderId: charging?.orderId });
    const msgs = messagesFor(turn.locale);
    if (!charging) return { speech: msgs.storeBusy, endSession: true };
    return { speech: msgs.orderPending, endSession: true, card: { title: msgs.orderPlacedCardTitle, text: msgs.orderPendingCard(charging.orderNumber) } };
  }

  private async answer(turn: Turn, frame: TurnFrame, notes: TurnNotes): Promise<{ reply: Reply; outcome: TurnOutcome }> {
    let ctx: TurnContext | undefined;
    try {
      ctx = await this.begin(turn, frame, notes);
      // promotions in force, the shopper's code and uses, for a turn that may quote (decide)
      await deals.preparePricing(ctx);
      const listBefore = ctx.state.list;
      const reply = await withShopperEntities(ctx, await this.route(ctx));
      navigation.remember(ctx, reply, listBefore);
      await this.finish(ctx, reply);
      // words no intent matched that answered the shop's own question (a feedback comment) were understood
      return { reply, outcome: turn.intent === IntentName.Fallback && !notes.tookWordsAsAnswer() ? TurnOutcome.Fallback : TurnOutcome.Answered };
    } catch (err) {
      frame.log.error('turn failed', { intent: turn.intent, error: describe(err) });
      const msgs = ctx?.msgs ?? messagesFor(turn.locale);
      // After a charge was started its outcome is unknown here, so never claim nothing was charged;
      // the order is PENDING under its idempotency key and reconciliation settles it.
      const charging = frame.gate.chargeStarted;
      const speech = charging ? msgs.orderPending : err instanceof StoreUnavailableError ? msgs.storeBusy : msgs.apology;
      return { reply: { speech, endSession: true }, outcome: TurnOutcome.Error };
    }
  }

  /** Loads the dialog state; a new session starts clean, and an old purchase question lapses. */
  private async begin(turn: Turn, frame: TurnFrame, notes: TurnNotes): Promise<TurnContext> {
    const key = `${turn.platform}:${turn.userId}`;
    const stored = await this.deps.dialogState.get(key);
    const ctx = new TurnContext(turn, notes.observe(this.deps), stored ?? freshState(turn, this.deps), frame);
    const stale = stored && (stored.sessionId !== turn.sessionId || turn.isNewSession);
    const expired = ctx.state.pending && this.isExpired(ctx.state.pending.askedAt);
    if (stale || expired) {
      await purchase.cancelPending(ctx);
      // a new session starts clean, but its first save still replaces the version read
      if (stale) ctx.state = { ...freshState(turn, this.deps), version: stored.version ?? 0 };
    }
    if (ctx.state.pending && !HANDLES_PENDING.has(turn.intent)) {
      // Any other request leaves the purchase question unanswered: a later "yes" must not buy.
      await purchase.cancelPending(ctx);
    }
    return ctx;
  }

  private isExpired(askedAt: string): boolean {
    const ageMs = this.deps.clock.now().getTime() - new Date(askedAt).getTime();
    return ageMs > this.deps.policy.confirmationTtlMinutes * 60_000;
  }

  private async finish(ctx: TurnContext, reply: Reply): Promise<void> {
    if (reply.endSession && ctx.state.pending) await purchase.cancelPending(ctx);
    // The timer answered and ended the session: what this late turn would save is stale.
    if (ctx.gate.timedOut) return;
    if (reply.endSession || ctx.turn.intent === IntentName.SessionEnded) {
      await this.deps.dialogState.delete(ctx.userKey);
      return;
    }
    ctx.state.updatedAt = this.deps.clock.now().toISOString();
    try {
      await this.deps.dialogState.save(ctx.userKey, ctx.state);
    } catch (err) {
      // Another turn of the same shopper saved since this one read: theirs is newer, and stays.
      if (!(err instanceof DialogStateConflictError)) throw err;
      ctx.log.warn("dialog state changed by another turn; this turn's state not saved", { intent: ctx.turn.intent });
    }
  }

  private async route(ctx: TurnContext): Promise<Reply> {
    const { state } = ctx;
    const awaiting = state.awaiting;
    // "and the one before that" after a past order was read, whatever sample heard it: the next older order
    if (ctx.turn.intent !== IntentName.OrderHistory) {
      const heardWords =
        ctx.turn.utterance ??
        Object.values(ctx.turn.slots)
          .map((s) => s?.value ?? '')
          .join(' ');
      const followUp = answers.orderFollowUp(ctx, heardWords);
      if (followUp) return this.route(answers.redirect(ctx, IntentName.OrderHistory, followUp));
    }
    // a closed slot that took a whole sentence ("what's {criterion}" for "what's on sale"): read the words again
    const reread = await misheardSlot(ctx, (c) => this.route(c));
    if (reread) return reread;
    // "add the vanilla one and the chocolate one", heard by "add the {ordinal} one": two products named
    const ordinalWords = ctx.turn.intent === IntentName.AddToCart ? ctx.slot(SlotName.Ordinal) : undefined;
    if (ordinalWords && !ordinalWords.id && / (?:and|und) /.test(ordinalWords.value) && !ctx.slot(SlotName.Product)) {
      const { [SlotName.Ordinal]: _ordinal, ...others } = ctx.turn.slots;
      return this.route(answers.redirect(ctx, IntentName.AddToCart, { ...others, [SlotName.Product]: { value: `the ${ordinalWords.value.trim()} one` } }));
    }
    // "are the reviews any good on that one", "sind die bewertungen gut": the reviews of the one talked about
    const reviewWords = ctx.turn.intent === IntentName.ProductQuestion ? ctx.slot(SlotName.Product) : undefined;
    if (reviewWords && !reviewWords.id && /^(?:the |die |der )?(?:reviews?|ratings?|stars|bewertungen|rezensionen|sterne)$/i.test(reviewWords.value.trim())) {
      const { [SlotName.Product]: _reviews, [SlotName.Attribute]: _quality, ...others } = ctx.turn.slots;
      return this.route(answers.redirect(ctx, IntentName.Reviews, others));
    }
    // "what's the price on the everglow bulbs", heard as "what's {query}": that product's details
    const priceAsked =
      ctx.turn.intent === IntentName.Search
        ? /^(?:the\s+)?(?:price|cost)\s+(?:on|of|for)\s+(?:the\s+)?(.+)$/.exec(ctx.slot(SlotName.Query)?.value.toLowerCase().trim() ?? '')
        : null;
    if (priceAsked) return this.route(answers.redirect(ctx, IntentName.ProductDetails, { [SlotName.Product]: { value: priceAsked[1] } }));
    // "buy the same stuff as last time", "add what I got last time": the last order, not a product
    const named = ctx.slot(SlotName.Product);
    if ((ctx.turn.intent === IntentName.AddToCart || ctx.turn.intent === IntentName.Checkout) && named && !named.id && orders.namesWholeOrder(named.value)) {
      state.awaiting = undefined;
      return orders.reorder(ctx);
    }
    // "the same coffee I bought a couple of weeks ago", "them paper towels again": a reorder of that product
    const searched = ctx.turn.intent === IntentName.Search ? (ctx.slot(SlotName.Query) ?? named) : undefined;
    const past = searched && !searched.id ? orders.pastPurchaseName(searched.value, ctx.turn.locale) : undefined;
    if (past) return this.route(answers.redirect(ctx, IntentName.Reorder, { [SlotName.Product]: { value: past } }));
    // "what's the difference between the whole wheat and the multigrain", heard as a search: a comparison
    const versus = searched && !searched.id ? answers.comparedInWords(searched.value, languageOf(ctx.turn.locale)) : undefined;
    if (versus) return this.route(answers.redirect(ctx, IntentName.Compare, versus));
    // "are there any sails on right now", heard as a search: a request about the shop, not a product
    const asked = searched ?? (ctx.turn.intent === IntentName.ProductDetails || ctx.turn.intent === IntentName.AddToCart ? named : undefined);
    // "i want to complain about my delivery driver": a complaint, before any word in it names a request
    if (asked && !asked.id && answers.isComplaint(asked.value, languageOf(ctx.turn.locale))) {
      const read = await answers.readFreeWords(ctx, (c) => this.route(c), asked.value);
      if (read) return read;
    }
    // "do you take returns on opened stuff", heard by "do you take {query}": the words after the carrier say what is asked
    const policyWords = POLICY_INTENTS.has(ctx.turn.intent) ? ctx.slot(SlotName.Query) : undefined;
    const policyMeant = policyWords && !policyWords.id ? meaningOf(answers.heardRight(policyWords.value.toLowerCase()), languageOf(ctx.turn.locale)) : undefined;
    if (policyMeant && policyMeant.intent !== ctx.turn.intent && POLICY_INTENTS.has(policyMeant.intent))
      return this.route(answers.redirect(ctx, policyMeant.intent, policyMeant.slots));
    // "i'd like to buy what's in my cart", heard as "i'd like {query}": the cart, bought
    const buyCart = searched && !searched.id ? /^(?:to\s+)?(?:buy|order|purchase|pay for)\s+(.+)$/.exec(searched.value.toLowerCase().trim()) : undefined;
    if (buyCart && THE_CART.test(buyCart[1])) return purchase.checkout(answers.redirect(ctx, IntentName.Checkout, {}));
    const about = asked && !asked.id ? meaningOf(answers.heardRight(asked.value.toLowerCase()), languageOf(ctx.turn.locale)) : undefined;
    if (about && NOT_PRODUCTS.has(about.intent)) return this.route(answers.redirect(ctx, about.intent, about.slots));
    // "i'd like to add a loaf of the sourdough", heard as a search for "to add …": an add; also
    // "milk could you add a gallon of the two percent", a reason first and then the request
    const toAdd =
      searched && !searched.id
        ? (/^to\s+(?:add|put|get|buy|order)\s+(.+)$/.exec(searched.value.toLowerCase().trim()) ??
          /\b(?:could|can|would|will) you (?:please )?(?:add|put in|throw in|get me|grab me)\s+(.+?)(?:\s+(?:please|for me|to (?:my|the) (?:cart|basket)))?$/.exec(
            searched.value.toLowerCase().trim(),
          ))
        : undefined;
    // "i want two bagels not one", heard as a search: the count corrected
    const recount = searched && !searched.id ? answers.countCorrected(searched.value.toLowerCase().trim(), languageOf(ctx.turn.locale)) : undefined;
    if (recount) return this.route(answers.redirect(ctx, IntentName.SetQuantity, recount));
    // "i'd like four cans of tomato soup please", heard as "i'd like {query}": that many, added
    const lookedFor = /^(?:\w+\s+)?(?:find|search|look|show|browse|any|such\w*|finde?|zeig\w*)\b/.test(ctx.turn.utterance?.toLowerCase() ?? '');
    const counted = searched && !searched.id && !lookedFor ? answers.countedAdd(searched.value.toLowerCase().trim(), languageOf(ctx.turn.locale), 2) : undefined;
    if (counted)
      return this.route(answers.redirect(ctx, IntentName.AddToCart, { [SlotName.Product]: { value: counted.product }, [SlotName.Quantity]: { value: counted.quantity } }));
    if (toAdd && !/^(?:some|it|them|one|those|that|any|more|these|this)$/.test(toAdd[1])) {
      return this.route(answers.redirect(ctx, IntentName.AddToCart, { [SlotName.Product]: { value: toAdd[1] } }));
    }
    // "put the dog treats on my wish less", heard as an add or a removal: the saved list, never the cart
    // (a "{quantity} less" sample may take all but the "less")
    const wishWords = [named, ctx.slot(SlotName.Quantity)].find((s) => s && !s.id && /\b(?:wish|which|witch)/.test(s.value.toLowerCase()));
    const wished = wishWords ? ON_WISH_LIST.exec(answers.heardRight(wishWords.value.toLowerCase().trim())) : undefined;
    if (wished && ctx.turn.intent !== IntentName.SaveForLater)
      return this.route(answers.redirect(ctx, IntentName.SaveForLater, wished[1] ? { [SlotName.Product]: { value: wished[1] } } : {}));
    // "what is the cheapest dish soap you have", heard as a comparison of one product (or of only a
    // criterion that took the whole sentence): the sorted search
    const superlative = ctx.turn.intent === IntentName.Compare ? ctx.slot(SlotName.Criterion) : undefined;
    const alone = !ctx.slot(SlotName.SecondProduct) && !ctx.slot(SlotName.Ordinal) && !ctx.slot(SlotName.SecondOrdinal);
    const sortWords = superlative && alone ? SUPERLATIVE.exec(superlative.value.toLowerCase().trim()) : undefined;
    const sortedThing = sortWords ? (named && !named.id ? named.value : sortWords[2]) : undefined;
    // ("the best reviews i want at least four stars" asks about the list just read, not a product)
    if (
      sortWords &&
      sortedThing &&
      !/^(?:(?:one|ones|of (?:them|those|these|the two)|them|those)$|(?:reviews?|ratings?|rated|stars?|value|price|deal|one|ones|of)\b|$)/.test(sortedThing.trim())
    ) {
      const sort = /cheap|least|lowest/.test(sortWords[1]) ? 'cheapest' : 'best rated';
      return this.route(answers.redirect(ctx, IntentName.Search, { [SlotName.Query]: { value: `${sort} ${sortedThing}` } }));
    }
    // "has my last order shipped", "has my stuff shipped": the newest order, not a product called "last order"
    if (named && !named.id && ORDER_INTENTS.has(ctx.turn.intent) && ANY_ORDER.test(named.value.toLowerCase().trim())) {
      const { [SlotName.Product]: _named, ...rest } = ctx.turn.slots;
      return this.route(answers.redirect(ctx, ctx.turn.intent, rest));
    }
    // "are any of those whole grain", heard as a question about a product called "any of those": the list narrowed
    const attribute = ctx.turn.intent === IntentName.ProductQuestion ? ctx.slot(SlotName.Attribute) : undefined;
    if (attribute && named && !named.id && /^(?:any|either|one|some|all|which) of (?:those|them|these)$/.test(named.value.toLowerCase().trim())) {
      const narrowed = await answers.listNarrowed(ctx, (c) => this.route(c), `are any of those ${attribute.value.toLowerCase()}`);
      if (narrowed) return narrowed;
    }
    // "can you make it two baking sodas": the number and the line in the one quantity slot
    const said = ctx.turn.intent === IntentName.SetQuantity && !named ? ctx.slot(SlotName.Quantity) : undefined;
    const split = said && !said.id && readQuantity(said.value).kind === 'unclear' ? splitLeadingQuantity(said.value, ctx.turn.locale) : undefined;
    // a reason after the number ("five hundred for the church picnic") names no line
    if (split && split.rest && split.quantity <= ctx.policy.maxQuantity && !/^(?:for|to|at|because|since|so|as|but|please)\b/.test(split.rest)) {
      return this.route(
        answers.redirect(ctx, IntentName.SetQuantity, {
          [SlotName.Product]: { value: split.rest },
          [SlotName.Quantity]: { value: String(split.quantity), id: String(split.quantity) },
        }),
      );
    }
    // "add lemonade oh and make that two": the product, that many
    const andMake =
      ctx.turn.intent === IntentName.AddToCart && named && !named.id ? /^(.+?)\s+(?:oh\s+)?(?:and\s+)?make (?:that|it) (\S+)$/.exec(named.value.toLowerCase().trim()) : undefined;
    if (andMake) return this.route(answers.redirect(ctx, IntentName.AddToCart, { [SlotName.Product]: { value: andMake[1] }, [SlotName.Quantity]: { value: andMake[2] } }));
    if (named && !named.id && ctx.turn.intent !== IntentName.Select) {
      // "get rid of everything in my cart": the whole cart; "add eggs to the order I placed": a placed order
      if (ctx.turn.intent === IntentName.RemoveFromCart && EVERYTHING.test(named.value.toLowerCase().trim())) return cart.clear(ctx);
      if (ctx.turn.intent === IntentName.AddToCart && TO_PLACED_ORDER.test(named.value.toLowerCase())) return orderHelp.changeOrder(ctx);
      const orderJustRead = state.orderRead !== undefined || ctx.state.heard?.intent === IntentName.OrderStatus || ctx.state.heard?.intent === IntentName.OrderHistory;
      if (ctx.turn.intent === IntentName.AddToCart && orderJustRead && TO_IT.test(named.value.toLowerCase())) return orderHelp.changeOrder(ctx);
      // "i'd like to buy what's in my cart": the cart, bought
      if (ctx.turn.intent === IntentName.AddToCart && THE_CART.test(named.value.toLowerCase().trim())) return purchase.checkout(answers.redirect(ctx, IntentName.Checkout, {}));
      // "give me a discount or i'm shopping somewhere else", heard as a comparison of two "products"
      const notCompared = ctx.turn.intent === IntentName.Compare ? meaningOf(named.value.toLowerCase(), languageOf(ctx.turn.locale)) : undefined;
      if (notCompared && NOT_PRODUCTS.has(notCompared.intent)) return this.route(answers.redirect(ctx, notCompared.intent, notCompared.slots));
      if (RECEIPT_WORDS.test(named.value.toLowerCase())) return answers.receipt(ctx);
      if (ctx.turn.intent === IntentName.Checkout && JUST_BUY.test(named.value.toLowerCase().trim())) return purchase.checkout(answers.redirect(ctx, IntentName.Checkout, {}));
      // "can i have three of those instead": a quantity of the one talked about
      // "and another two of those": more of the line talked about
      // "another two packets of those crisps": more of the line the words name
      const moreWords =
        ctx.turn.intent === IntentName.AddMore || /^another\s/.test(named.value.toLowerCase())
          ? named.value
              .toLowerCase()
              .trim()
              .replace(/^another\s+/, '')
          : undefined;
      const more = moreWords ? /^(\S+)(?:\s+(\S+))?\s+of\s+(?:those|them|these|that|it|the)(?:\s+(.+))?$/.exec(moreWords) : undefined;
      if (more && readQuantity(more[1]).kind === 'count' && (!more[2] || isContainerWord(more[2]))) {
        return this.route(answers.redirect(ctx, IntentName.AddMore, { [SlotName.Quantity]: { value: more[1] }, ...(more[3] ? { [SlotName.Product]: { value: more[3] } } : {}) }));
      }
      // "another box of that": one more of it
      if (more && !more[2] && isContainerWord(more[1])) {
        return this.route(
          answers.redirect(ctx, IntentName.AddMore, { [SlotName.Quantity]: { value: '1', id: '1' }, ...(more[3] ? { [SlotName.Product]: { value: more[3] } } : {}) }),
        );
      }
      // "remove the first thing i added": a line by its place in the cart
      const byPlace =
        ctx.turn.intent === IntentName.RemoveFromCart || ctx.turn.intent === IntentName.SetQuantity
          ? /^(?:the\s+)?(first|second|third|last)\s+(?:thing|item|one|product)s?\s+(?:(?:that\s+)?(?:i|we)\s+(?:added|put in|put|got|picked|chose))$/.exec(
              named.value.toLowerCase().trim(),
            )
          : undefined;
      if (byPlace) {
        // a position counts in the list just read when there is one: here it counts in the cart
        state.list = undefined;
        const { [SlotName.Product]: _place, ...others } = ctx.turn.slots;
        return this.route(answers.redirect(ctx, ctx.turn.intent, { ...others, [SlotName.Ordinal]: { value: byPlace[1] } }));
      }
      // "and another bag", "und noch eine Staude": one more of the line talked about, never a product called "bag"
      if (ctx.turn.intent === IntentName.AddMore && isContainerWord(named.value.trim().replace(/^(?:a|an|one|eine?|einen)\s+/, ''))) {
        const { [SlotName.Product]: _container, ...others } = ctx.turn.slots;
        return this.route(answers.redirect(ctx, IntentName.AddMore, others));
      }
      if (ctx.turn.intent === IntentName.AddToCart) {
        const those = await answers.quantityOfThose(ctx, (c) => this.route(c), named.value);
        if (those) return those;
      }
    }
    // A yes/no question is answered by this turn or by none.
    state.awaiting = undefined;
    // — after the order: an answer to a feedback question, and the one question after a delivery —
    const feedbackAnswer = await feedback.answer(ctx, awaiting);
    if (feedbackAnswer) return feedbackAnswer;
    if (ctx.turn.intent === IntentName.Launch) {
      const asked = await feedback.askAtLaunch(ctx);
      if (asked) return asked;
    }
    const reply = await this.byIntent(ctx, awaiting);
    // a question about the shop or the code, asked at the purchase question: answered, and the question stays
    return KEEPS_THE_QUESTION.has(ctx.turn.intent) ? this.questionKept(ctx, awaiting, reply) : reply;
  }

  /** The request, answered by its flow. */
  private async byIntent(ctx: TurnContext, awaiting: DialogState['awaiting']): Promise<Reply> {
    const { msgs, state } = ctx;
    switch (ctx.turn.intent) {
      case IntentName.Launch:
        return ctx.ask(msgs.launch(ctx.policy.sellerName), msgs.launchReprompt);
      case IntentName.Search:
        // "i want three of the turkey" with turkey in the cart: how many to have, not a search
        return (await cartEdit.quantityOfCartLine(ctx)) ?? browse.search(ctx, (c, words) => answers.readFreeWords(c, (d) => this.route(d), words));
      case IntentName.MoreResults:
        return browse.more(ctx);
      case IntentName.ProductDetails:
        return browse.details(ctx);
      case IntentName.Recommend:
        return browse.recommend(ctx);
      case IntentName.AddToCart:
        return cart.add(ctx);
      case IntentName.RemoveFromCart:
        return cart.remove(ctx);
      case IntentName.ViewCart:
        return cart.view(ctx);
      case IntentName.ClearCart:
        return cart.clear(ctx);
      case IntentName.Checkout:
        return purchase.checkout(ctx);
      case IntentName.Reorder:
        return orders.reorder(ctx);
      case IntentName.OrderStatus:
        return orders.status(ctx);
      case IntentName.Yes:
        if (awaiting === 'cancel-order') return cancelOrder.confirmCancel(ctx);
        if (state.deleteAsked) return account.deleteMyData(ctx, true);
        if (awaiting === 'purchase' && state.pending) return purchase.confirm(ctx);
        // A yes is no PIN: ask for the digits again.
        if (awaiting === 'pin' && state.pending) return this.keepQuestion(ctx, awaiting, '', '');
        if (awaiting === 'add') return cart.add(ctx);
        return ctx.ask(msgs.nothingToConfirm, msgs.searchEmptyQuery);
      case IntentName.VoicePin:
        if (awaiting === 'pin' && state.pending) return purchase.confirmWithPin(ctx);
        // digits nobody asked for are a bare number ("three"), not a code
        return answers.select(ctx, awaiting, (c) => this.route(c));
      case IntentName.No:
        if (awaiting === 'cancel-order') return cancelOrder.keepOrder(ctx);
        if (await purchase.cancelPending(ctx)) return ctx.ask(msgs.orderCancelled, msgs.anythingElse);
        return ctx.ask(`${msgs.nothingToCancel} ${msgs.anythingElse}`, msgs.anythingElse);
      case IntentName.Stop:
        return ctx.tell((await purchase.cancelPending(ctx)) ? msgs.goodbyeNothingOrdered : msgs.goodbye);
      case IntentName.StartOver:
        state.list = undefined;
        state.focusSku = undefined;
        // starting over means a fresh cart too, and the reply says it was emptied
        if (await cart.emptyForFreshStart(ctx)) return ctx.ask(msgs.startedOverEmptied, msgs.launchReprompt);
        return ctx.ask(msgs.launch(ctx.policy.sellerName), msgs.launchReprompt);
      case IntentName.Help:
        return this.keepQuestion(ctx, awaiting, msgs.help, msgs.helpReprompt);
      case IntentName.TalkToHuman: {
        const { supportPhone, supportHours } = ctx.policy;
        return ctx.ask(msgs.human(supportPhone, supportHours), msgs.anythingElse, {
          title: msgs.humanCardTitle,
          text: msgs.humanCard(supportPhone, supportHours),
        });
      }
      case IntentName.SessionEnded:
        await purchase.cancelPending(ctx);
        return { speech: '', endSession: true };
      // — cart editing and orders —
      case IntentName.SetQuantity:
        return cartEdit.setQuantity(ctx);
      case IntentName.AddMore:
        return cartEdit.addMore(ctx);
      case IntentName.OrderHistory:
        // "when did I last buy paper towels": that product's latest order; else the newest orders
        return ctx.slot(SlotName.Product) ? orders.lastBought(ctx) : history.readHistory(ctx, orderAsked(ctx.slot(SlotName.Ordinal)?.value));
      case IntentName.CancelOrder:
        return cancelOrder.cancelOrder(ctx);
      case IntentName.ChangeOrder:
        return orderHelp.changeOrder(ctx);
      case IntentName.ReturnItem:
        return orderHelp.returnItem(ctx);
      // — policies, search constraints and product questions —
      case IntentName.DeliveryInfo:
        return policies.deliveryInfo(ctx);
      case IntentName.ReturnPolicy:
        return policies.returnPolicy(ctx);
      case IntentName.OpeningHours:
        return policies.openingHours(ctx);
      case IntentName.StoreLocation:
        return policies.storeLocation(ctx);
      case IntentName.PaymentOptions:
        return policies.paymentOptions(ctx);
      case IntentName.ProductQuestion:
        return productQuestions.productQuestion(ctx);
      // — answers, navigation, account (words) —
      case IntentName.Select:
        return answers.select(ctx, awaiting, (c) => this.route(c));
      case IntentName.Repeat:
        // a device code under way is read again before anything else
        return (await linking.repeatCode(ctx)) ?? navigation.repeat(ctx);
      case IntentName.GoBack:
        return navigation.goBack(ctx);
      case IntentName.Thanks:
        return navigation.thanks(ctx);
      case IntentName.Cancel:
        return navigation.cancel(ctx, awaiting);
      case IntentName.AccountHelp:
        // where the platform links accounts its card says how; elsewhere linking starts right here
        return ctx.surface.accountLinking === 'platform' ? account.accountHelp(ctx) : linking.linkAccount(ctx);
      case IntentName.MyData:
        return account.myData(ctx);
      case IntentName.DeleteMyData:
        return account.deleteMyData(ctx);
      case IntentName.SmallTalk:
        return account.smallTalk(ctx);
      case IntentName.VoiceCodeInfo:
        return account.voiceCodeInfo(ctx);
      // — after the order: reminders and feedback —
      case IntentName.NotifyMe:
        return reminders.notifyMe(ctx);
      case IntentName.CartReminder:
        return reminders.cartReminder(ctx);
      case IntentName.StopReminders:
        return reminders.stopReminders(ctx);
      case IntentName.RateOrder:
        return feedback.rateOrder(ctx);
      case IntentName.FeedbackComment:
        return feedback.comment(ctx);
      // — linking where the platform has none (device code) —
      case IntentName.LinkAccount:
        return linking.linkAccount(ctx);
      case IntentName.LinkedNow:
        return linking.linkedNow(ctx);
      case IntentName.UnlinkAccount:
        return linking.unlink(ctx);
      // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
      case IntentName.Reviews:
        return reviews.reviews(ctx);
      case IntentName.MoreReviews:
        return reviews.moreReviews(ctx);
      case IntentName.Compare:
        return compare.compare(ctx);
      case IntentName.WhyRecommended:
        return recommend.whyRecommended(ctx);
      case IntentName.Deals:
        return deals.deals(ctx);
      case IntentName.ApplyCoupon:
        return deals.applyCoupon(ctx);
      case IntentName.SaveForLater:
        return saved.saveForLater(ctx);
      case IntentName.ViewSavedList:
        return saved.viewSavedList(ctx);
      case IntentName.MoveToCart:
        return saved.moveToCart(ctx);
      case IntentName.RemoveFromSavedList:
        return saved.removeFromSavedList(ctx);
      case IntentName.Fallback:
      default:
        return this.keepQuestion(ctx, awaiting, msgs.fallback, msgs.fallbackReprompt);
    }
  }

  /** An answer given while the purchase question (or the code question) was open, with the question asked again. */
  private questionKept(ctx: TurnContext, awaiting: DialogState['awaiting'], reply: Reply): Reply {
    const open = (awaiting === 'purchase' || awaiting === 'pin') && ctx.state.pending !== undefined;
    if (!open || reply.endSession) return reply;
    ctx.state.awaiting = awaiting;
    const question = awaiting === 'pin' ? ctx.msgs.voicePinReprompt : ctx.msgs.placeOrderAgain;
    const answered = reply.speech.endsWith(ctx.msgs.anythingElse) ? reply.speech.slice(0, -ctx.msgs.anythingElse.length).trim() : reply.speech;
    return { ...reply, speech: `${answered} ${question}`, reprompt: question };
  }

  /** Help or a misheard answer in the middle of the purchase question: answer, then ask it again. */
  private keepQuestion(ctx: TurnContext, awaiting: DialogState['awaiting'], speech: string, reprompt: string) {
    if (awaiting === 'pin' && ctx.state.pending) {
      ctx.state.awaiting = 'pin';
      return ctx.ask(`${speech} ${ctx.msgs.voicePinReprompt}`.trim(), ctx.msgs.voicePinReprompt);
    }
    if (awaiting === 'purchase' && ctx.state.pending) {
      ctx.state.awaiting = 'purchase';
      return ctx.ask(`${speech} ${ctx.msgs.placeOrderAgain}`, ctx.msgs.placeOrderAgain);
    }
    return ctx.ask(speech, reprompt);
  }
}

/** One order asked about, as the ordinal slot carries it ("last", "14 days"); none for the newest three. */
function orderAsked(value: string | undefined): history.OrderAsked | undefined {
  if (!value) return undefined;
  if (/^(?:last|latest|newest|letzte\w*)$/i.test(value.trim())) return 'last';
  if (/^(?:first|earliest|oldest|erste\w*)$/i.test(value.trim())) return 'first';
  const place = /^#(\d+)$/.exec(value.trim());
  if (place) return { index: Number(place[1]) };
  const days = /^(\d+) days?$/.exec(value.trim());
  return days ? { daysAgo: Number(days[1]) } : undefined;
}

function freshState(turn: Turn, deps: ShopDeps): DialogState {
  return { sessionId: turn.sessionId, version: 0, updatedAt: deps.clock.now().toISOString() };
}

/** Error name and message only: never request contents. */
function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
}
