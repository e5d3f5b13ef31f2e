import type { Quote, QuoteDiscount, QuoteLine } from './pricing';

export const OrderState = {
  /** the purchase question was asked; nothing charged */
  AwaitingConfirmation: 'AWAITING_CONFIRMATION',
  /** the shopper said yes; the charge is under way (or its outcome is unknown) */
  Pending: 'PENDING',
  Placed: 'PLACED',
  /** the charge was declined */
  Failed: 'FAILED',
  /** no charge was made: the question was answered no, lapsed or was left, or the charge never started */
  Cancelled: 'CANCELLED',
} as const;
export type OrderState = (typeof OrderState)[keyof typeof OrderState];

/** Why an order ended CANCELLED; every one of these means nothing was charged for it. */
export const CancelReason = {
  /** no, stop, another request, a new session, or the question lapsed */
  Declined: 'declined',
  /** the turn ran out of time before the charge could start */
  TooSlow: 'too-slow',
  /** reconciliation found no charge at the provider: none was ever made */
  NotCharged: 'not-charged',
  /** the shopper cancelled a placed order within the window; its charge is refunded */
  CustomerCancelled: 'customer-cancelled',
  // — after the order: fulfilment —
  /** the shop (its fulfilment system) cancelled a placed order; its charge is refunded */
  ShopCancelled: 'shop-cancelled',
} as const;
export type CancelReason = (typeof CancelReason)[keyof typeof CancelReason];

/** The settlement email an order is owed once it leaves PENDING. */
export const NoticeKind = { Placed: 'placed', Failed: 'failed', Cancelled: 'cancelled', Refunded: 'refunded' } as const;
export type NoticeKind = (typeof NoticeKind)[keyof typeof NoticeKind];

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
  /** the write attempt that last moved this order, so a write repeated after a lost answer knows itself */
  transitionToken?: string;
  /** the turn that moved the order to PENDING: only it may start the charge */
  chargeOwner?: string;
  cancelReason?: CancelReason;
  /** the provider refused the charge request itself (not a decline) */
  failureCode?: string;
  /** the settlement email this order is owed, and how far its sending got */
  noticeOwed?: NoticeKind;
  /** a cancelled placed order's refund: asked for (and retried until the provider has it), then done */
  refundState?: 'requested' | 'pending' | 'succeeded';
  refundId?: string;
  cancelledAt?: string;
  noticeClaimedAt?: string;
  /** which email the claim was for: an order can owe a second one later (placed, then refunded) */
  noticeClaimedKind?: NoticeKind;
  noticeSentAt?: string;
  noticeSentKind?: NoticeKind;
  /**
   * Where fulfilment has the order, as the fulfilment feed last said (src/core/fulfilment.ts):
   * 'handed-over' when it accepted the order, then packed, shipped, out for delivery, delivered.
   * An order it has taken can no longer be cancelled by voice (see cancellability in
   * flows/cancel-order.ts). Never set from the clock: without an event it stays unset.
   */
  fulfilmentState?: 'handed-over' | 'packed' | 'shipped' | 'out-for-delivery' | 'delivered';
  // — after the order: what the fulfilment feed said (src/core/fulfilment.ts) —
  /** who carries the parcel and its tracking number (a shipped event) */
  carrier?: string;
  trackingNumber?: string;
  /** the delivery date as the feed last gave it (a shipped estimate, a delay's new date); `deliveryDate` keeps the promise */
  estimatedDelivery?: string;
  deliveredAt?: string;
  /** the feed said the order runs late (a delayed event), and why, when it said */
  delayedAt?: string;
  delayReason?: string;
  /** when the latest applied event happened: an event older than this changes nothing */
  fulfilmentAt?: string;
  /** bumped by each applied event; the feed writes only on the version it read */
  fulfilmentVersion?: number;
  /** the shop's reason when it cancelled the order (a cancelled event) */
  shopCancelReason?: string;
  // — deals and coupons (decide) —
  /** taken off the goods by promotions, as quoted; absent when none applied */
  discount?: number;
  /** the promotions used, as quoted: a placed order's count against each one's per-customer limit */
  discounts?: QuoteDiscount[];
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
export function quotedAmounts(q: Quote): Pick<Order, 'lines' | 'subtotal' | 'tax' | 'deliveryFee' | 'total' | 'currency' | 'quoteHash' | 'discount' | 'discounts'> {
  return {
    lines: q.lines,
    subtotal: q.subtotal,
    tax: q.tax,
    deliveryFee: q.deliveryFee,
    total: q.total,
    currency: q.currency,
    quoteHash: q.hash,
    // only when a promotion applied, so an order without one is stored as it always was
    ...(q.discounts.length > 0 ? { discount: q.discount, discounts: q.discounts } : {}),
  };
}
