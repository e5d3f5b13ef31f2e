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
  /** shown on the provider's dashboard so a charge can be traced to its order */
  description: string;
}

export interface ChargeResult {
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
}

/**
 * Charges a saved payment method. Throws PaymentDeclinedError when the provider says no,
 * PaymentUnavailableError when the outcome is unknown, IdempotencyKeyReuseError on a reused key.
 */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /**
   * Asks the provider what became of an order's charge, never creating one: reconciliation
   * settles from this, because a provider may replay a first answer for a reused key (Stripe
   * does, 500s and `processing` included, for 24 hours). Throws PaymentUnavailableError when
   * the provider cannot be asked. Optional only until every gateway implements it.
   */
  lookup?(lookup: ChargeLookup): Promise<ChargeStatus>;
}
