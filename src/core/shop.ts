import type { ShopDeps } from './context';
import { TurnContext } from './context';
import type { DialogState } from './dialog-state';
import { answerWithinMs, DEFAULT_TURN_BUDGET } from './budget';
import { StoreUnavailableError } from './errors';
import { handleSkillEvent, type SkillEvent } from './skill-events';
import { sanitiseTurn } from './turn-guard';
import { IntentName } from './intents';
import { messagesFor } from './replies';
import type { Reply, Turn } from './turn';
import * as browse from './flows/browse';
import * as cart from './flows/cart';
import * as orders from './flows/orders';
import * as purchase from './flows/purchase';
import { withShopperEntities } from './flows/dynamic-entities';

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
]);

/**
 * The shop's brain: one platform-neutral turn in, one reply out. Loads and saves the dialog
 * state around the flow, and turns any failure into something a shopper can hear.
 */
export class Shop {
  constructor(private readonly deps: ShopDeps) {}

  async handle(request: Turn): Promise<Reply> {
    const turn = sanitiseTurn(request);
    const holder: { ctx?: TurnContext } = {};
    const work = this.answer(turn, holder);
    // The platform stops listening at its deadline: a late answer is no answer. When the turn
    // runs out of time, say so in time; the work goes on and every write it makes is conditional.
    const budget = this.deps.budget ?? DEFAULT_TURN_BUDGET;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<Reply>((resolve) => {
      timer = setTimeout(() => resolve(this.tooSlow(turn, holder.ctx)), answerWithinMs(budget, turn.platform));
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A platform notification (skill disabled, account linked): no reply, only its effect. */
  handleEvent(event: SkillEvent): Promise<void> {
    return handleSkillEvent(this.deps, event);
  }

  private tooSlow(turn: Turn, ctx: TurnContext | undefined): Reply {
    this.deps.logger.error('turn ran out of time', { intent: turn.intent, chargeAttempted: ctx?.chargeAttempted ?? false });
    const msgs = ctx?.msgs ?? messagesFor(turn.locale);
    return { speech: ctx?.chargeAttempted ? msgs.orderPending : msgs.storeBusy, endSession: true };
  }

  private async answer(turn: Turn, holder: { ctx?: TurnContext }): Promise<Reply> {
    const { logger } = this.deps;
    let ctx: TurnContext | undefined;
    try {
      ctx = await this.begin(turn);
      holder.ctx = ctx;
      const reply = await withShopperEntities(ctx, await this.route(ctx));
      await this.finish(ctx, reply);
      return reply;
    } catch (err) {
      logger.error('turn failed', { intent: turn.intent, error: describe(err) });
      const msgs = ctx?.msgs ?? messagesFor(turn.locale);
      // After a charge was sent its outcome is unknown here, so never claim nothing was charged;
      // the order is PENDING under its idempotency key and a retry or reconciliation settles it.
      const speech = ctx?.chargeAttempted ? msgs.orderPending : err instanceof StoreUnavailableError ? msgs.storeBusy : msgs.apology;
      return { speech, endSession: true };
    }
  }

  /** Loads the dialog state; a new session starts clean, and an old purchase question lapses. */
  private async begin(turn: Turn): Promise<TurnContext> {
    const key = `${turn.platform}:${turn.userId}`;
    const stored = await this.deps.dialogState.get(key);
    const ctx = new TurnContext(turn, this.deps, stored ?? freshState(turn, this.deps));
    const stale = stored && (stored.sessionId !== turn.sessionId || turn.isNewSession);
    const expired = ctx.state.pending && this.isExpired(ctx.state.pending.askedAt);
    if (stale || expired) {
      await purchase.cancelPending(ctx);
      if (stale) ctx.state = freshState(turn, this.deps);
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
    if (reply.endSession || ctx.turn.intent === IntentName.SessionEnded) {
      await this.deps.dialogState.delete(ctx.userKey);
      return;
    }
    ctx.state.updatedAt = this.deps.clock.now().toISOString();
    await this.deps.dialogState.save(ctx.userKey, ctx.state);
  }

  private async route(ctx: TurnContext): Promise<Reply> {
    const { msgs, state } = ctx;
    const awaiting = state.awaiting;
    // A yes/no question is answered by this turn or by none.
    state.awaiting = undefined;
    switch (ctx.turn.intent) {
      case IntentName.Launch:
        return ctx.ask(msgs.launch(ctx.policy.sellerName), msgs.launchReprompt);
      case IntentName.Search:
        return browse.search(ctx);
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
        if (awaiting === 'purchase' && state.pending) return purchase.confirm(ctx);
        // A yes is no PIN: ask for the digits again.
        if (awaiting === 'pin' && state.pending) return this.keepQuestion(ctx, awaiting, '', '');
        if (awaiting === 'add') return cart.add(ctx);
        return ctx.ask(msgs.nothingToConfirm, msgs.searchEmptyQuery);
      case IntentName.VoicePin:
        if (awaiting === 'pin' && state.pending) return purchase.confirmWithPin(ctx);
        return ctx.ask(msgs.nothingToConfirm, msgs.searchEmptyQuery);
      case IntentName.No:
        if (await purchase.cancelPending(ctx)) return ctx.ask(msgs.orderCancelled, msgs.anythingElse);
        return ctx.ask(`${msgs.nothingToCancel} ${msgs.anythingElse}`, msgs.anythingElse);
      case IntentName.Stop:
      case IntentName.Cancel:
        return ctx.tell((await purchase.cancelPending(ctx)) ? msgs.goodbyeNothingOrdered : msgs.goodbye);
      case IntentName.StartOver:
        state.list = undefined;
        state.focusSku = undefined;
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
      case IntentName.Fallback:
      default:
        return this.keepQuestion(ctx, awaiting, msgs.fallback, msgs.fallbackReprompt);
    }
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

function freshState(turn: Turn, deps: ShopDeps): DialogState {
  return { sessionId: turn.sessionId, updatedAt: deps.clock.now().toISOString() };
}

/** Error name and message only: never request contents. */
function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
}
