import type { Quote, QuoteLine } from './pricing';

export const OrderState = {
  /** the purchase question was asked; nothing charged */
  AwaitingConfirmation: 'AWAITING_CONFIRMATION',
  /** the shopper said yes; the charge is under way (or its outcome is unknown) */
  Pending: 'PENDING',
  Placed: 'PLACED',
  /** the charge was declined */
  Failed: 'FAILED',
  /** the shopper said no, stopped, or the question expired */
  Cancelled: 'CANCELLED',
} as const;
export type OrderState = (typeof OrderState)[keyof typeof OrderState];

export const OrderSource = { Cart: 'cart', Reorder: 'reorder', Direct: 'direct' } as const;
export type OrderSource = (typeof OrderSource)[keyof typeof OrderSource];

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface Order {
  /** minted when the purchase question is asked; also the payment idempotency key */
  orderId: string;
  /** short reference a shopper can say or type */
  orderNumber: string;
  customerId: string;
  userKey: string;
  state: OrderState;
  source: OrderSource;
  lines: QuoteLine[];
  subtotal: number;
  tax: number;
  deliveryFee: number;
  total: number;
  currency: string;
  quoteHash: string;
  sellerName: string;
  address: Address;
  /** the cart version the question was asked about (cart orders only) */
  cartVersion?: number;
  createdAt: string;
  updatedAt: string;
  confirmedAt?: string;
  placedAt?: string;
  deliveryDate?: string;
  chargeId?: string;
  declineCode?: string;
  /** the UTC day whose voice spending this order was counted against (released if it fails) */
  spendDay?: string;
  /** the payment method charged, fixed when the shopper said yes */
  paymentMethodRef?: string;
  paymentCustomerRef?: string;
}

export interface Customer {
  customerId: string;
  name: string;
  email: string;
  phone?: string;
  address: Address;
  /** the payment provider's customer id (Stripe `cus_…`) */
  paymentCustomerRef?: string;
  /** the saved payment method (Stripe `pm_…`) */
  paymentMethodRef: string;
}

/** An order's money fields exactly as quoted: what the purchase question said is what is charged. */
export function quotedAmounts(q: Quote): Pick<Order, 'lines' | 'subtotal' | 'tax' | 'deliveryFee' | 'total' | 'currency' | 'quoteHash'> {
  return { lines: q.lines, subtotal: q.subtotal, tax: q.tax, deliveryFee: q.deliveryFee, total: q.total, currency: q.currency, quoteHash: q.hash };
}
