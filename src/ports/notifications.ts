import type { Customer, Order } from '../core/order';

/**
 * How an order that reached the payment step ended: placed (charged), failed (declined or
 * refused by the provider, nothing charged), or cancelled (no charge was ever made).
 */
export interface SettledOrderNotice {
  /** refunded: a placed order the shopper cancelled, its charge given back */
  outcome: 'placed' | 'failed' | 'cancelled' | 'refunded';
  order: Order;
  customer: Customer;
}

/**
 * Tells a customer, outside the conversation, how an order ended: every order that reached the
 * payment step gets one such email (Amazon's rule for purchases by voice: card and email).
 */
export interface CustomerNotifier {
  orderSettled(notice: SettledOrderNotice): Promise<void>;
}
