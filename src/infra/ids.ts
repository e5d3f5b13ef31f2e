import { randomBytes, randomInt } from 'node:crypto';
import type { Clock, IdGenerator } from '../ports/runtime';

/** Order ids sortable by time (so they read in order in the console) with 80 random bits. */
export class RandomIds implements IdGenerator {
  orderId(): string {
    return `ord_${Date.now().toString(36)}${randomBytes(10).toString('hex')}`;
  }

  /** Eight digits a shopper can say or type; the order id stays the real key. */
  orderNumber(): string {
    return String(randomInt(10_000_000, 100_000_000));
  }
}

export const systemClock: Clock = { now: () => new Date() };
