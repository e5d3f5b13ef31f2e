import type { Catalog } from '../ports/catalog';
import { ShopEvent, TurnOutcome, type ShopMetrics, type TurnRecord } from '../ports/metrics';
import type { CartStore } from '../ports/stores';
import { IntentName } from './intents';
import type { Turn } from './turn';

type Observed = { metrics?: ShopMetrics; carts: CartStore; catalog: Catalog };

/**
 * What one turn did that the merchant's report counts, noted while the turn runs: the business
 * events it counted, how many products its search found, whether it left the cart with items, a
 * rating. The turn's flows need not know: they see the same ports, observed (see `observe`).
 */
export class TurnNotes {
  readonly events: string[] = [];
  private searched?: { hits: number };
  private cartFilled?: boolean;
  private rating?: number;

  /** The turn's own view of the ports: counts, searches and cart saves are noted on the way through. */
  observe<D extends Observed>(deps: D): D {
    const { metrics, carts, catalog } = deps;
    const note = {
      event: (event: string, value?: number) => {
        this.events.push(event);
        if (event === ShopEvent.FeedbackRatingSum && typeof value === 'number') this.rating = value;
      },
      cart: (filled: boolean) => (this.cartFilled = filled),
      search: (hits: number) => (this.searched ??= { hits }),
    };
    return {
      ...deps,
      metrics: {
        count: (event, value) => {
          note.event(event, value);
          metrics?.count(event, value);
        },
        turn: (record) => metrics?.turn(record),
      },
      carts: {
        get: (userKey) => carts.get(userKey),
        save: async (cart) => {
          const saved = await carts.save(cart);
          note.cart(saved.lines.length > 0);
          return saved;
        },
        delete: async (userKey) => {
          await carts.delete(userKey);
          note.cart(false);
        },
      },
      catalog: {
        getProduct: (sku) => catalog.getProduct(sku),
        getProducts: (skus) => catalog.getProducts(skus),
        search: async (query, options) => {
          const found = await catalog.search(query, options);
          // the turn's own search is its first; later ones only look for a broader word to suggest
          note.search(found.length);
          return found;
        },
        // optional on the port: passed on only where the catalog has it
        ...(catalog.all ? { all: () => catalog.all!() } : {}),
      },
    };
  }

  /** The turn took words no intent matched as an answer (a feedback comment, a rating said as a bare number). */
  tookWordsAsAnswer(): boolean {
    return this.events.includes(ShopEvent.FeedbackComment) || this.events.includes(ShopEvent.FeedbackRated);
  }

  /** Counts an event of the turn itself (a session begun), through the real metrics. */
  count(metrics: ShopMetrics | undefined, event: ShopEvent): void {
    this.events.push(event);
    metrics?.count(event);
  }

  /** The report's fields of this turn's record. */
  record(turn: Turn, outcome: TurnOutcome): Partial<TurnRecord> {
    const fields: Partial<TurnRecord> = { sessionId: turn.sessionId, userKey: `${turn.platform}:${turn.userId}` };
    if (this.events.length > 0) fields.events = [...this.events];
    if (this.cartFilled) fields.cartFilled = true;
    if (this.rating !== undefined) fields.rating = this.rating;
    if (turn.intent === IntentName.Search && this.searched) {
      fields.searchHits = this.searched.hits;
      if (this.searched.hits === 0) fields.searchQuery = turn.slots.query?.value ?? turn.slots.product?.value;
    }
    // what was not understood, where the platform sends the words (Dialogflow; Alexa sends none)
    if (outcome === TurnOutcome.Fallback && turn.utterance) fields.heard = turn.utterance;
    const capability = this.capabilityOf(turn);
    if (capability) {
      fields.capability = capability;
      fields.goal = outcome === TurnOutcome.Answered && this.goalReached(capability, turn);
    }
    return fields;
  }

  /** What the shopper was doing in this turn; a yes or a voice code belongs to the checkout it answered. */
  private capabilityOf(turn: Turn): Capability | undefined {
    const own = CAPABILITY[turn.intent];
    if (own) return own;
    const checkoutEvents: readonly string[] = [ShopEvent.PurchaseConfirmed, ShopEvent.OrderPlaced, ShopEvent.OrderDeclined, ShopEvent.OrderPending];
    return this.events.some((e) => checkoutEvents.includes(e)) ? 'checkout' : this.tookWordsAsAnswer() ? 'feedback' : undefined;
  }

  /** The capability's goal, as this turn reached it (the report takes a session's best turn). */
  private goalReached(capability: Capability, turn: Turn): boolean {
    switch (capability) {
      case 'browse':
        return turn.intent !== IntentName.Search || (this.searched?.hits ?? 0) > 0;
      case 'cart':
        return turn.intent !== IntentName.AddToCart && turn.intent !== IntentName.AddMore ? true : this.cartFilled === true;
      case 'checkout':
        return this.events.includes(ShopEvent.OrderPlaced);
      case 'reminders':
        return this.events.includes(ShopEvent.ReminderSet) || this.events.includes(ShopEvent.RemindersStopped);
      case 'feedback':
        return this.tookWordsAsAnswer();
      default:
        return true;
    }
  }
}

/** The merchant's report groups turns by what the shopper was doing. */
export type Capability = 'browse' | 'cart' | 'checkout' | 'orders' | 'reminders' | 'feedback' | 'support';

const CAPABILITY: Partial<Record<string, Capability>> = {
  [IntentName.Search]: 'browse',
  [IntentName.MoreResults]: 'browse',
  [IntentName.ProductDetails]: 'browse',
  [IntentName.Recommend]: 'browse',
  [IntentName.ProductQuestion]: 'browse',
  [IntentName.AddToCart]: 'cart',
  [IntentName.AddMore]: 'cart',
  [IntentName.SetQuantity]: 'cart',
  [IntentName.RemoveFromCart]: 'cart',
  [IntentName.ViewCart]: 'cart',
  [IntentName.ClearCart]: 'cart',
  [IntentName.Checkout]: 'checkout',
  [IntentName.Reorder]: 'checkout',
  [IntentName.OrderStatus]: 'orders',
  [IntentName.OrderHistory]: 'orders',
  [IntentName.CancelOrder]: 'orders',
  [IntentName.ChangeOrder]: 'orders',
  [IntentName.ReturnItem]: 'orders',
  [IntentName.NotifyMe]: 'reminders',
  [IntentName.CartReminder]: 'reminders',
  [IntentName.StopReminders]: 'reminders',
  [IntentName.RateOrder]: 'feedback',
  [IntentName.FeedbackComment]: 'feedback',
  [IntentName.Help]: 'support',
  [IntentName.TalkToHuman]: 'support',
};
