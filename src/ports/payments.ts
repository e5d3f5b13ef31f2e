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

/**
 * Charges a saved payment method. Throws PaymentDeclinedError when the provider says no,
 * PaymentUnavailableError when the outcome is unknown, IdempotencyKeyReuseError on a reused key.
 */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<ChargeResult>;
}
