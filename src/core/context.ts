import type { Catalog } from '../ports/catalog';
import type { CustomerNotifier } from '../ports/notifications';
import type { PaymentGateway } from '../ports/payments';
import type { AccessTokenVerifier, Clock, IdGenerator, Logger, Scheduler } from '../ports/runtime';
import type { AccountLinkStore } from '../ports/links';
import type { TokenIntrospection, VoiceSecurityStore } from '../ports/safeguards';
import { ShopEvent, type ShopMetrics } from '../ports/metrics';
import type { CartStore, CustomerStore, DialogStateStore, OrderStore } from '../ports/stores';
import type { CoPurchases } from '../ports/co-purchases';
import type { PromotionStore } from '../ports/promotions';
import type { ReviewStore } from '../ports/reviews';
import type { SavedListStore } from '../ports/saved-lists';
import type { PromotionsInForce } from './promotions';
import type { OccasionMap } from './occasions';
import type { DialogState } from './dialog-state';
import type { Customer } from './order';
import type { ShopPolicy } from './pricing';
import { DEFAULT_SAFEGUARDS, type PurchaseSafeguards } from './safeguards';
import { DEFAULT_TURN_BUDGET, type TurnBudget } from './budget';
import { realScheduler, type Deadline, type ReplyGate } from './deadline';
import { formatDate, formatPrice, messagesFor, type Messages } from './replies';

import type { AlexaAudienceStore, NotificationOutbox, ReminderStore } from '../ports/reminders';
import type { AlexaNotificationSender } from '../ports/notifications';
import type { FeedbackStore } from '../ports/feedback';
import type { AfterOrderSettings } from './fulfilment-notices';
import type { Card, Reply, SurfaceCapabilities, Turn } from './turn';
import type { IdentityProvider } from '../ports/identity';
import type { DeviceLinkStore } from '../ports/links';
import { heldIdentity } from './flows/linking-device';
import { linkRequiredOnSurface } from './flows/linking-replies';

/** Everything the core needs from the outside world, handed over by the composition root. */
export interface ShopDeps {
  catalog: Catalog;
  carts: CartStore;
  orders: OrderStore;
  customers: CustomerStore;
  dialogState: DialogStateStore;
  payments: PaymentGateway;
  tokens: AccessTokenVerifier;
  /** when set, asked before any charge whether the access token is still active */
  introspection?: TokenIntrospection;
  /** voice PIN, lock and daily spending per customer; without it no PIN-protected order can be placed */
  voiceSecurity?: VoiceSecurityStore;
  /** defaults to DEFAULT_SAFEGUARDS */
  safeguards?: PurchaseSafeguards;
  /** emails a customer how an order settled outside the conversation (reconciliation) */
  notifier?: CustomerNotifier;
  /** which customer each platform user id was linked to (skill events) */
  links?: AccountLinkStore;
  /** business events and one record per turn; defaults to counting nothing */
  metrics?: ShopMetrics;
  /** per-platform answer time; defaults to DEFAULT_TURN_BUDGET */
  budget?: TurnBudget;
  clock: Clock;
  /** monotonic time and timers for deadlines; defaults to the real ones */
  scheduler?: Scheduler;
  ids: IdGenerator;
  logger: Logger;
  policy: ShopPolicy;
  // — after the order: notifications, reminders, feedback —
  /** Alexa notifications (Proactive Events API); without it only emails go out */
  alexaNotifications?: AlexaNotificationSender;
  /** who allowed Alexa notifications (skill permission events) */
  alexaAudiences?: AlexaAudienceStore;
  /** every message the shop sends on its own waits here until it is sent */
  outbox?: NotificationOutbox;
  /** back-in-stock and cart reminders; without it the shop offers none */
  reminders?: ReminderStore;
  /** ratings and comments; without it the shop asks for none */
  feedback?: FeedbackStore;
  /** defaults to DEFAULT_AFTER_ORDER */
  afterOrder?: AfterOrderSettings;
  // — linking where the platform has none (device code) —
  /** the shop's own OAuth client at the identity provider: device codes, refresh, revocation */
  identityProvider?: IdentityProvider;
  /** the links (and codes under way) the shop holds per platform user, on surfaces without platform linking */
  deviceLinks?: DeviceLinkStore;
  // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
  /** review texts per product; without it a product's reviews are its rating and count */
  reviews?: ReviewStore;
  /** the merchant's promotions; without it there are no deals and no codes */
  promotions?: PromotionStore;
  /** saved-for-later lists; without it the shop says it cannot keep one */
  savedLists?: SavedListStore;
  /** what shoppers buy together, over all placed orders; without it no "goes with" suggestions */
  coPurchases?: CoPurchases;
  /** occasions and what suits them ("for breakfast"); defaults to DEFAULT_OCCASIONS */
  occasions?: OccasionMap;
}

let tokenSeq = 0;

/** A unique token for one write attempt (see IdGenerator.token). */
export function writeToken(deps: Pick<ShopDeps, 'ids'>): string {
  if (deps.ids.token) return deps.ids.token();
  tokenSeq += 1;
  return `t${Date.now().toString(36)}${tokenSeq.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** The scheduler the core runs deadlines on. */
export function schedulerOf(deps: Pick<ShopDeps, 'scheduler'>): Scheduler {
  return deps.scheduler ?? realScheduler;
}

/** The clocks and voice of one turn, fixed when its request arrived. */
export interface TurnFrame {
  deadline: Deadline;
  gate: ReplyGate;
  /** every line of this turn carries its request and session ids */
  log: Logger;
}

/** Who is speaking, as far as account linking can tell. */
export type Identity =
  | {
      linked: true;
      customer: Customer;
      /** (linking) known only by the caller's number from a link made in an earlier call: buying needs the voice code */
      callerIdOnly?: boolean;
    }
  | {
      linked: false;
      reason:
        | 'no-token'
        | 'invalid-token'
        | 'no-customer'
        // — linking where the platform has none (device code) —
        /** a code is out and not entered yet */
        | 'link-pending'
        /** the code was refused on the identity provider's page */
        | 'link-denied'
        /** the held link's refresh token no longer works */
        | 'link-ended'
        /** the identity provider could not be asked in this turn */
        | 'link-unavailable';
    };

/** Slots that hold a product's name as the shopper said it. */
const NAMED_SLOTS = new Set<string>(['product', 'query', 'secondProduct', 'companion', 'quantity']);
/** Words said after a name that are not part of it: "as well", "too", "please", "thanks", "bitte". */
const TRAILING_POLITENESS =
  /(?:\s+(?:as well|too|also|please|pleas|thanks|thank you|ta|cheers|for me|then|as well please|if that's (?:alright|all right|ok|okay|fine)(?: with you)?|if you (?:can|could|don't mind)|if possible|would you|will you|could you|bitte|auch|noch|danke))+\s*$/i;
/** A "name" that is only the politeness a sample left over ("make it two would you"). */
const ONLY_POLITENESS = /^(?:(?:would|will|could|can) you(?: please)?|please|thanks|thank you|bitte|danke)$/i;

/** A word to someone else at the end of a name ("the strawberry yogurt charlie put that down"). */
const TRAILING_REMARK =
  /\s+(?:[a-z]+\s+)?(?:put (?:that|it|this) (?:down|back)|stop (?:that|it)|don't touch (?:that|it)|leave (?:that|it) alone|get down|be quiet|not now)$|(?:\s+(?:love|dear|darling|sweetie|mate))?\s+(?:i'?ve|i have|we'?ve|we have) changed (?:my|our) minds?$|\s+(?:love|dear|darling|sweetie)$/i;
const LEADING_POLITENESS = /^(?:(?:please|pleas|bitte|mal|um|uh|ähm|äh|so|okay|ok)\s+)+/i;

/**
 * A name corrected as it is said: "X no sorry Y", "X I mean Y", "X no no ignore him just Y". The
 * words after the correction are the name; "the other one" style answers are left to the flows.
 */
export const SELF_CORRECTION =
  /^(.+?)\s+(?:(?:no\s+)+(?:sorry|wait|i mean|i meant|make that|ignore (?:him|her|that|them|me))?|sorry|i mean|i meant|oops|make that|no wait|ignore (?:him|her|that|them))\s+(?:(?:no|sorry|i mean|i meant|just|only|actually|wait)\s+)*(?:the\s+)?(.+)$/i;

/** One turn in progress: the request, the dependencies, the dialog state being built. */
export class TurnContext {
  readonly userKey: string;
  readonly msgs: Messages;
  readonly deadline: Deadline;
  /** who speaks for this turn: its work or the timer; asked before any charge starts */
  readonly gate: ReplyGate;
  readonly log: Logger;
  /** this turn's write token: a write repeated after a lost answer recognises itself by it */
  readonly token: string;
  /**
   * The promotions in force for this turn, the shopper's code and past uses (set by the deals
   * flow before a turn that may quote, see preparePricing); the policy carries them to `quote`.
   */
  promotions?: PromotionsInForce;
  private identity?: Promise<Identity>;
  /** (linking) the access token of the link the shop holds, once identify() found one */
  private heldToken?: string;

  constructor(
    readonly turn: Turn,
    readonly deps: ShopDeps,
    public state: DialogState,
    frame: TurnFrame,
  ) {
    this.userKey = `${turn.platform}:${turn.userId}`;
    this.msgs = messagesFor(turn.locale);
    this.deadline = frame.deadline;
    this.gate = frame.gate;
    this.log = frame.log;
    this.token = writeToken(deps);
  }

  get budget(): TurnBudget {
    return this.deps.budget ?? DEFAULT_TURN_BUDGET;
  }

  get scheduler(): Scheduler {
    return schedulerOf(this.deps);
  }

  get policy(): ShopPolicy {
    return this.promotions ? { ...this.deps.policy, promotions: this.promotions } : this.deps.policy;
  }

  get safeguards(): PurchaseSafeguards {
    const rules = this.deps.safeguards ?? DEFAULT_SAFEGUARDS;
    // (linking) a caller known only by caller id proves it with the voice code, whatever the total.
    return this.callerIdOnly ? { ...rules, pinThreshold: 0 } : rules;
  }

  price(amount: number): string {
    return formatPrice(amount, this.deps.policy.currency, this.turn.locale);
  }

  date(iso: string): string {
    return formatDate(iso, this.turn.locale);
  }

  /** A slot exactly as heard, politeness and all: for reading free words by meaning. */
  heardSlot(name: string): { value: string; id?: string } | undefined {
    const slot = this.turn.slots[name];
    return slot && (slot.value.trim() !== '' || slot.id) ? slot : undefined;
  }

  /** A slot as the flows read it: a free-words name without the politeness said after it. */
  slot(name: string): { value: string; id?: string } | undefined {
    const slot = this.turn.slots[name];
    if (!slot || (slot.value.trim() === '' && !slot.id)) return undefined;
    // a name heard as free words carries what was said around it ("strawberries as well ta")
    if (!slot.id && NAMED_SLOTS.has(name)) {
      if (ONLY_POLITENESS.test(slot.value.trim())) return undefined;
      let value = slot.value.replace(TRAILING_REMARK, '').replace(TRAILING_POLITENESS, '').replace(LEADING_POLITENESS, '').trim();
      // "the plain bagels and ice cream no no ignore him just the bagels": what the shopper settled on
      const corrected = SELF_CORRECTION.exec(value);
      if (corrected && !/\b(?:one|ones|kind|version|size)\b/.test(corrected[2])) value = corrected[2].trim();
      if (value !== slot.value && value !== '') return { ...slot, value };
    }
    return slot;
  }

  /** Verifies the access token once per turn and finds the customer behind it. */
  identify(): Promise<Identity> {
    this.identity ??= this.resolveIdentity();
    return this.identity;
  }

  private async resolveIdentity(): Promise<Identity> {
    const token = this.turn.accessToken;
    if (!token && this.surface.accountLinking === 'device-code') return this.heldLinkIdentity();
    if (!token) return { linked: false, reason: 'no-token' };
    const subject = await this.deps.tokens.verify(token);
    if (!subject) {
      this.deps.metrics?.count(ShopEvent.AuthRefused);
      this.log.info('access token rejected', { userKey: this.userKey });
      return { linked: false, reason: 'invalid-token' };
    }
    const customer = await this.deps.customers.get(subject.customerId);
    if (!customer) {
      this.log.warn('no customer record for token subject', { customerId: subject.customerId });
      return { linked: false, reason: 'no-customer' };
    }
    return { linked: true, customer };
  }

  ask(speech: string, reprompt: string, card?: Card): Reply {
    return { speech, reprompt, card, endSession: false };
  }

  tell(speech: string, card?: Card): Reply {
    return { speech, card, endSession: true };
  }

  /** The reply for a shopper who must link an account before `action`. */
  linkRequired(identity: Exclude<Identity, { linked: true }>, action: string): Reply | Promise<Reply> {
    if (identity.reason === 'no-customer') return this.tell(this.msgs.customerMissing);
    // (linking) what this surface can do: a device code to enter, or signing in on the page
    if (this.surface.accountLinking !== 'platform') return linkRequiredOnSurface(this, identity.reason, action);
    return {
      speech: this.msgs.linkAccount(action),
      card: { title: this.msgs.linkAccountCard, text: this.msgs.linkAccountCard },
      endSession: true,
      linkAccount: true,
    };
  }

  // — linking where the platform has none (device code) —

  /** What the surface can do; a turn from an adapter that says nothing is an Alexa-like speaker. */
  get surface(): SurfaceCapabilities {
    return this.turn.surface ?? { accountLinking: 'platform', cards: true };
  }

  /** The access token this turn acts with: the platform's, or the one of the link the shop holds. */
  get accessToken(): string | undefined {
    return this.turn.accessToken ?? this.heldToken;
  }

  /** Whether identify() could find a linked shopper at all (a token came, or the shop may hold a link). */
  get mayBeLinked(): boolean {
    return Boolean(this.turn.accessToken) || (this.surface.accountLinking === 'device-code' && Boolean(this.deps.deviceLinks));
  }

  private callerIdOnly = false;

  private async heldLinkIdentity(): Promise<Identity> {
    const held = await heldIdentity(this, { waitForPoll: false });
    switch (held.kind) {
      case 'linked':
        this.heldToken = held.accessToken;
        // On a phone line the user id is the caller's number: only the call the code was approved in is proven.
        this.callerIdOnly = this.surface.callerIdHint === true && held.link.linkedInSession !== this.turn.sessionId;
        return { linked: true, customer: held.customer, ...(this.callerIdOnly ? { callerIdOnly: true } : {}) };
      case 'pending':
        return { linked: false, reason: 'link-pending' };
      case 'denied':
        return { linked: false, reason: 'link-denied' };
      case 'revoked':
        return { linked: false, reason: 'link-ended' };
      case 'unavailable':
        return { linked: false, reason: 'link-unavailable' };
      default:
        return { linked: false, reason: 'no-token' };
    }
  }
}
