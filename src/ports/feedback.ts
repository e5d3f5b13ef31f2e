import type { Platform } from '../core/turn';

/** A shopper's rating of an order (1 to 5) and what they said about it. */
export interface Feedback {
  feedbackId: string;
  customerId?: string;
  /** the order it is about; general feedback has none */
  orderId?: string;
  rating?: number;
  comment?: string;
  /** the comment reads as a complaint: a person was offered */
  complaint?: boolean;
  platform: Platform;
  locale: string;
  at: string;
}

/** An order delivered and not yet asked about. */
export interface FeedbackDue {
  customerId: string;
  orderId: string;
  deliveredAt: string;
}

/** Ratings and comments, and the one question after each delivery. */
export interface FeedbackStore {
  /** the delivered order is to be asked about in the shopper's next session */
  askLater(due: FeedbackDue): Promise<void>;
  /** the latest delivered order not yet asked about */
  nextDue(customerId: string): Promise<FeedbackDue | undefined>;
  /** takes the question for one session: true once per order, so it is asked once */
  takeDue(customerId: string, orderId: string): Promise<boolean>;
  /** stores a rating or a comment; the same id again adds to it (a comment after the rating) */
  record(feedback: Feedback): Promise<void>;
}
