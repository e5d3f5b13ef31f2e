import type { Feedback, FeedbackDue, FeedbackStore } from '../../ports/feedback';

const copy = <T>(value: T): T => structuredClone(value);

/** Ratings, comments and the questions still to ask, in memory. For tests. */
export class MemoryFeedbackStore implements FeedbackStore {
  readonly due = new Map<string, FeedbackDue>();
  readonly feedback = new Map<string, Feedback>();

  async askLater(due: FeedbackDue): Promise<void> {
    this.due.set(`${due.customerId}#${due.orderId}`, copy(due));
  }

  async nextDue(customerId: string): Promise<FeedbackDue | undefined> {
    const mine = [...this.due.values()].filter((d) => d.customerId === customerId).sort((a, b) => b.deliveredAt.localeCompare(a.deliveredAt));
    return mine[0] && copy(mine[0]);
  }

  async takeDue(customerId: string, orderId: string): Promise<boolean> {
    return this.due.delete(`${customerId}#${orderId}`);
  }

  async record(feedback: Feedback): Promise<void> {
    const earlier = this.feedback.get(feedback.feedbackId);
    this.feedback.set(feedback.feedbackId, {
      ...earlier,
      ...copy(feedback),
      ...(earlier?.rating !== undefined && feedback.rating === undefined ? { rating: earlier.rating } : {}),
    });
  }
}
