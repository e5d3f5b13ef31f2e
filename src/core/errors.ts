/**
 * One error class per failure the core knows how to talk about. Infra translates SDK errors
 * into these; the core turns them into something a shopper can hear.
 */
interface ErrorOptions {
  cause?: unknown;
}

export class OrderStateConflictError extends Error {
  readonly orderId: string;
  readonly expected: readonly string[];
  constructor(orderId: string, expected: readonly string[], options: ErrorOptions = {}) {
    super(`order ${orderId} is not in state ${expected.join('|')}`, options);
    this.name = 'OrderStateConflictError';
    this.orderId = orderId;
    this.expected = expected;
  }
}

export class OrderAlreadyExistsError extends Error {
  readonly orderId: string;
  constructor(orderId: string, options: ErrorOptions = {}) {
    super(`order ${orderId} already exists`, options);
    this.name = 'OrderAlreadyExistsError';
    this.orderId = orderId;
  }
}

export class CartVersionConflictError extends Error {
  readonly userKey: string;
  constructor(userKey: string, options: ErrorOptions = {}) {
    super('the cart changed while it was being saved', options);
    this.name = 'CartVersionConflictError';
    this.userKey = userKey;
  }
}

/** A newer turn saved the shopper's dialog state since this one read it. */
export class DialogStateConflictError extends Error {
  readonly userKey: string;
  constructor(userKey: string, options: ErrorOptions = {}) {
    super('the dialog state changed since it was read', options);
    this.name = 'DialogStateConflictError';
    this.userKey = userKey;
  }
}

export class PaymentDeclinedError extends Error {
  readonly declineCode: string;
  constructor(declineCode: string, options: ErrorOptions = {}) {
    super(`payment declined: ${declineCode}`, options);
    this.name = 'PaymentDeclinedError';
    this.declineCode = declineCode;
  }
}

/** The provider could not be reached or did not answer in time: the charge may or may not exist. */
export class PaymentUnavailableError extends Error {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options);
    this.name = 'PaymentUnavailableError';
  }
}

/**
 * The provider refused the charge request itself (Stripe: a 400 `invalid_request_error`): a
 * configuration or data problem, never the shopper's bank saying no. Nothing was charged.
 */
export class PaymentRequestInvalidError extends Error {
  readonly code?: string;
  constructor(message: string, options: ErrorOptions & { code?: string } = {}) {
    super(message, options);
    this.name = 'PaymentRequestInvalidError';
    this.code = options.code;
  }
}

/** The same idempotency key was sent with a different amount, currency or payer. */
export class IdempotencyKeyReuseError extends Error {
  readonly idempotencyKey: string;
  constructor(idempotencyKey: string, options: ErrorOptions = {}) {
    super(`idempotency key ${idempotencyKey} was used for another charge`, options);
    this.name = 'IdempotencyKeyReuseError';
    this.idempotencyKey = idempotencyKey;
  }
}

export class CustomerNotFoundError extends Error {
  readonly customerId: string;
  constructor(customerId: string, options: ErrorOptions = {}) {
    super(`no customer record for ${customerId}`, options);
    this.name = 'CustomerNotFoundError';
    this.customerId = customerId;
  }
}

/** The store is throttling or unreachable after retries. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
