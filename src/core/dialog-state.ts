import type { OrderSource } from './order';

/** The last list read out, so "the second one" and "more" mean something. */
export interface ListContext {
  kind: 'search' | 'cart';
  query?: string;
  /** a filtered list's product words without its constraints ("paper towels"), so a further filter starts from them */
  about?: string;
  skus: string[];
  /** index of the first item of the page just read */
  offset: number;
}

/** A purchase question that is waiting for yes or no. */
export interface PendingPurchase {
  orderId: string;
  quoteHash: string;
  source: OrderSource;
  askedAt: string;
}

export interface DialogState {
  sessionId: string;
  /** the stored version this state was read at (0: none stored); saves are conditional on it */
  version?: number;
  list?: ListContext;
  /** what "it" refers to */
  focusSku?: string;
  pending?: PendingPurchase;
  /** the shopper's own product names have gone to the platform in this session */
  entitiesSent?: boolean;
  /** the question the last reply asked, so a bare "yes" (or four digits) means the right thing */
  awaiting?: 'purchase' | 'add' | 'pin' | 'cancel-order' | 'rating' | 'feedback-comment';
  updatedAt: string;
  // — cart editing and orders —
  /** the placed order "Cancel order … ?" asked about (with awaiting 'cancel-order'); a yes cancels this one only */
  cancelOrderId?: string;
  // — after the order: feedback —
  /** the order "How was your order?" asked about (awaiting 'rating'), and the feedback the comment adds to */
  feedbackOrderId?: string;
  feedbackId?: string;
  // — answers, navigation, account (words) —
  /** the last reply and what it asked, so "repeat that" says it again and a bare answer knows the question */
  heard?: HeardReply;
  /** the list read out before the current one, for "go back" */
  previousList?: ListContext;
  /** the shop asked "Should I delete your data?" in the last reply */
  deleteAsked?: boolean;
  // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
  /** the product whose reviews are being read, and which of its reviews (by index) were said */
  reviewsRead?: { sku: string; said: number[] };
  /** the last suggestion and why, so "why did you suggest that" says it again */
  recommended?: { skus: string[]; reason: RecommendReason };
  /** the coupon code applied in this session, as written ("SAVE10"); quoted with the cart until the order is placed */
  coupon?: string;
  /** the two products just compared, so "which is cheaper" asks about them */
  compared?: string[];
  // — cart editing and orders —
  /**
   * the past order the last reply read out (its place in the history, newest 0), so "the one
   * before that" reads the next older one; kept for one turn (`thisTurn` while it is being read)
   */
  orderRead?: { index: number; thisTurn?: boolean };
}

/** Why the shop suggested something, kept as facts so it can be said again in the shopper's language. */
export type RecommendReason =
  | { kind: 'history' }
  /** the best rated in a category (none: in the whole shop) */
  | { kind: 'rating'; category?: string }
  /** bought with another product in placed orders: its name */
  | { kind: 'together'; with: string }
  /** suits an occasion: its id in the occasions map */
  | { kind: 'occasion'; occasion: string }
  /** on promotion: the deal as it was said */
  | { kind: 'promotion'; deal: string };

/** What the shop said last, kept small: the words, and the question they asked. */
export interface HeardReply {
  speech: string;
  reprompt?: string;
  /** the awaiting state the reply left, restored when it is repeated */
  awaiting?: DialogState['awaiting'];
  /** the intent that produced it ("Which one?" after an add is a question about adding) */
  intent: string;
  /** the reply asked the shopper to choose ("Which one?") */
  askedWhich?: boolean;
  /** the reply asked how many */
  askedHowMany?: boolean;
  /** slots of the turn that asked, so the answer can complete it (the quantity of "add two" before "which one?") */
  slots?: Record<string, { value: string; id?: string }>;
}

export const PAGE_SIZE = 3;
