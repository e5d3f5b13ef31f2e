import type { Scheduler } from '../ports/runtime';
import { answerWithinMs, type TurnBudget } from './budget';
import type { Order } from './order';
import type { Platform } from './turn';

/** Real monotonic time and timers; tests hand the core a fake Scheduler instead. */
export const realScheduler: Scheduler = {
  now: () => performance.now(),
  after: (ms, fn) => {
    const timer = setTimeout(fn, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
};

/**
 * The one time by which a turn must have answered, taken from when the request arrived (not
 * from when the core got round to it): the platform's budget, or Lambda's own remaining time
 * when that is shorter, less the safety margin.
 */
export class Deadline {
  private constructor(
    private readonly scheduler: Scheduler,
    /** Scheduler.now() by which the reply must be given */
    readonly at: number,
  ) {}

  static forTurn(scheduler: Scheduler, budget: TurnBudget, platform: Platform, arrival: { arrivedAt?: number; lambdaRemainingMs?: number }): Deadline {
    const arrivedAt = arrival.arrivedAt ?? scheduler.now();
    const platformMs = answerWithinMs(budget, platform);
    const lambdaMs = arrival.lambdaRemainingMs === undefined ? Infinity : arrival.lambdaRemainingMs - budget.marginMs;
    return new Deadline(scheduler, arrivedAt + Math.max(0, Math.min(platformMs, lambdaMs)));
  }

  /** milliseconds left before the reply is due (negative once it is late) */
  remainingMs(): number {
    return this.at - this.scheduler.now();
  }
}

/**
 * Who speaks for a turn: its own work, or the timer at the deadline — never both, and what the
 * timer says stays true. Before the work starts a charge, the timer says nothing was charged;
 * the work then asks the gate before it may start one and is refused, so nothing ever will be.
 * Once a charge has started, the timer says the order is being confirmed, and the settlement
 * sends the email that promises. JavaScript runs one callback at a time, so each of these
 * checks and changes happens at one instant.
 */
export class ReplyGate {
  private state: 'open' | 'timed-out' | 'answered' = 'open';
  /** the order whose charge this turn started, if it did */
  private charging?: Pick<Order, 'orderId' | 'orderNumber'>;

  /** The work is about to start the charge for `order`; false when the timer has spoken (then it must not). */
  startCharge(order: Pick<Order, 'orderId' | 'orderNumber'>): boolean {
    if (this.state === 'timed-out') return false;
    this.charging = { orderId: order.orderId, orderNumber: order.orderNumber };
    return true;
  }

  /** The timer's turn to speak; false when the work answered first. */
  timeOut(): boolean {
    if (this.state === 'answered') return false;
    this.state = 'timed-out';
    return true;
  }

  /** The work's turn to speak; false when the timer answered first. */
  answer(): boolean {
    if (this.state === 'timed-out') return false;
    this.state = 'answered';
    return true;
  }

  get timedOut(): boolean {
    return this.state === 'timed-out';
  }

  /** the order whose charge was started, once one was */
  get chargeStarted(): Pick<Order, 'orderId' | 'orderNumber'> | undefined {
    return this.charging;
  }
}

/**
 * Settles with `work`, or rejects with `onTimeout()` after `ms` on the scheduler's clock. The
 * work is not stopped: a charge that answers late is still recorded by the provider under its
 * idempotency key, and the caller decides what that means.
 */
export function within<T>(scheduler: Scheduler, work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = scheduler.after(Math.max(0, ms), () => reject(onTimeout()));
    work.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (err: unknown) => {
        cancel();
        reject(err);
      },
    );
  });
}
