import type { Customer, Order } from '../core/order';

/** How an order that could not be settled during the turn finally ended. */
export interface SettledOrderNotice {
  outcome: 'placed' | 'failed';
  order: Order;
  customer: Customer;
}

/**
 * Tells a customer, outside the conversation, how an order ended. The shopper was promised
 * this when the payment provider was too slow for the turn.
 */
export interface CustomerNotifier {
  orderSettled(notice: SettledOrderNotice): Promise<void>;
}
