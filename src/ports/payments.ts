export interface ChargeRequest {
  customerId: string;
  /** the provider's customer (Stripe `cus_…`), when the method is attached to one */
  paymentCustomerRef?: string;
  paymentMethodRef: string;
  /** integer minor units */
  amount: number;
  currency: string;
  /** the order id: the same key always yields the same charge */
  idempotencyKey: string;
  /** the order's spoken reference, stored with the charge so it can be traced both ways */
  orderNumber?: string;
  /** shown on the provider's dashboard so a charge can be traced to its order */
  description: string;
}

export interface ChargeOptions {
  /**
   * The provider call is abandoned (and counts as unanswered: PaymentUnavailableError) after
   * this many milliseconds. The core passes what is left of the turn minus the time to save.
   */
  timeoutMs?: number;
}

export interface ChargeResult {
  /** the provider's id for the charge (Stripe PaymentIntent `pi_…`) */
  chargeId: string;
  amount: number;
  currency: string;
}

/** What the provider holds for an order's charge, asked without making one. */
export type ChargeStatus =
  | { status: 'succeeded'; charge: ChargeResult }
  | { status: 'declined'; declineCode: string }
  /** the provider holds the charge but its outcome is not final yet */
  | { status: 'processing'; chargeRef?: string }
  /** the provider has no charge for this order: none was ever made */
  | { status: 'not_found' };

export interface ChargeLookup {
  /** the order id the charge was (or would have been) made under */
  idempotencyKey: string;
  /** the provider's id for the charge (Stripe PaymentIntent `pi_…`), when the order saved one */
  chargeRef?: string;
  /** the provider's customer, when known: lets the provider list that customer's charges */
  paymentCustomerRef?: string;
  /** the order was confirmed at this ISO time: no charge for it can be older */
  notBefore?: string;
}

export interface RefundRequest {
  /** the charge to refund (ChargeResult.chargeId) */
  chargeId: string;
  /** integer minor units; the whole charge when omitted */
  amount?: number;
  /** the same key always yields the same refund (the core uses `refund:<orderId>`) */
  idempotencyKey: string;
  reason?: 'requested_by_customer' | 'duplicate' | 'fraudulent';
}

export interface RefundResult {
  refundId: string;
  amount: number;
  currency: string;
  /** `succeeded`, or `pending` while the provider has not finished (it will) */
  status: 'succeeded' | 'pending';
}

/**
 * Charges a saved payment method, asks what became of a charge, and refunds one.
 * charge throws PaymentDeclinedError when the bank or provider says no, PaymentRequestInvalidError
 * when the provider refuses the request itself (a 400 that is no decline), PaymentUnavailableError
 * when the outcome is unknown, IdempotencyKeyReuseError on a key reused with other parameters.
 */
export interface PaymentGateway {
  charge(request: ChargeRequest, options?: ChargeOptions): Promise<ChargeResult>;
  /**
   * Asks the provider what became of an order's charge, never creating one: reconciliation
   * settles from this, because a provider may replay a first answer for a reused key (Stripe
   * does, 500s and `processing` included, for 24 hours). Throws PaymentUnavailableError when
   * the provider cannot be asked.
   */
  lookup(lookup: ChargeLookup): Promise<ChargeStatus>;
  /** Refunds a charge (a cancelled order). Throws PaymentUnavailableError when the outcome is unknown. */
  refund(request: RefundRequest): Promise<RefundResult>;
}
