/**
 * What the sandbox payment provider remembers: one charge record per idempotency key and one
 * refund record per refund key, changed only by single-item conditional writes. The rules that
 * read and write them live in ledger-gateway.ts; this file holds the records and the in-memory
 * ledger, dynamo-sandbox-ledger.ts the one in DynamoDB.
 */

/** Where a charge stands. Only `pending → processing → succeeded|declined` (or straight to final) moves happen. */
export const SandboxChargeState = {
  /** recorded, its outcome not decided yet: the request is still being worked on */
  Pending: 'pending',
  /** decided, but like a Stripe PaymentIntent in `processing` it is not final until it settles */
  Processing: 'processing',
  Succeeded: 'succeeded',
  Declined: 'declined',
} as const;
export type SandboxChargeState = (typeof SandboxChargeState)[keyof typeof SandboxChargeState];

/** What the first call for a key answered; every later call with that key gets the same answer (Stripe's replay). */
export const SandboxFirstAnswer = {
  /** the charge's outcome: the result or the decline */
  Outcome: 'outcome',
  /** a 500 after the charge was made: an unknown outcome */
  ServerError: 'server-error',
  /** `processing`: an unknown outcome until it settles */
  Processing: 'processing',
} as const;
export type SandboxFirstAnswer = (typeof SandboxFirstAnswer)[keyof typeof SandboxFirstAnswer];

export interface SandboxChargeRecord {
  idempotencyKey: string;
  chargeId: string;
  customerId: string;
  paymentCustomerRef?: string;
  paymentMethodRef: string;
  amount: number;
  currency: string;
  orderNumber?: string;
  description: string;
  state: SandboxChargeState;
  /** what the charge becomes, fixed when it is recorded (so whoever settles it settles it the same way) */
  verdict: 'succeeded' | 'declined';
  declineCode?: string;
  firstAnswer: SandboxFirstAnswer;
  /** ledger time (ms) the record was written */
  createdAt: number;
  /** a charge still pending at this ledger time lost its worker (a crash): anyone may decide it */
  decideBy: number;
  /** a processing charge settles at this ledger time; unset: only when told to (`settle`) */
  settlesAt?: number;
  /** minor units refunded so far */
  refunded: number;
  /** refund key → amount, for every refund counted against this charge */
  refunds: Record<string, number>;
}

export const SandboxRefundState = { Pending: 'pending', Succeeded: 'succeeded', Failed: 'failed' } as const;
export type SandboxRefundState = (typeof SandboxRefundState)[keyof typeof SandboxRefundState];

export interface SandboxRefundRecord {
  idempotencyKey: string;
  refundId: string;
  chargeId: string;
  /** the charge's idempotency key */
  chargeKey: string;
  /** the amount asked for; unset: the whole charge */
  requestedAmount?: number;
  amount: number;
  currency: string;
  reason?: string;
  state: SandboxRefundState;
  /** why a failed refund failed (replayed to later calls with its key) */
  failureCode?: string;
  createdAt: number;
}

export type ChargePatch = Partial<Pick<SandboxChargeRecord, 'state' | 'settlesAt'>>;

/** How counting a refund against its charge went. */
export type RefundApplication = 'applied' | 'already-applied' | 'exceeds' | 'not-refundable';

/**
 * The sandbox's memory. Every change is one conditional write of one item, so two processes (or a
 * process killed half-way and the one that comes after it) never both make the same charge.
 */
export interface SandboxLedger {
  /** Writes the record unless its key is taken; returns the record that holds the key when it is. */
  insertCharge(record: SandboxChargeRecord): Promise<SandboxChargeRecord | undefined>;
  getCharge(idempotencyKey: string): Promise<SandboxChargeRecord | undefined>;
  /** Moves a charge on if it is still in `from`; undefined when someone else moved it first. */
  moveCharge(idempotencyKey: string, from: SandboxChargeState, patch: ChargePatch): Promise<SandboxChargeRecord | undefined>;
  insertRefund(record: SandboxRefundRecord): Promise<SandboxRefundRecord | undefined>;
  getRefund(idempotencyKey: string): Promise<SandboxRefundRecord | undefined>;
  moveRefund(idempotencyKey: string, from: SandboxRefundState, patch: Partial<Pick<SandboxRefundRecord, 'state' | 'failureCode'>>): Promise<SandboxRefundRecord | undefined>;
  /**
   * Counts a refund against a succeeded charge once: the charge's refunded total may not pass
   * its amount (`limit` is the charge amount minus this refund), and a refund key counts once.
   */
  applyRefund(chargeKey: string, refundKey: string, amount: number, limit: number): Promise<RefundApplication>;
}

const copy = <T>(value: T): T => structuredClone(value);

/** The ledger in this process's memory, with the same conditional semantics: unit tests and benchmarks. */
export class MemorySandboxLedger implements SandboxLedger {
  private readonly charges = new Map<string, SandboxChargeRecord>();
  private readonly refundRecords = new Map<string, SandboxRefundRecord>();

  async insertCharge(record: SandboxChargeRecord): Promise<SandboxChargeRecord | undefined> {
    const existing = this.charges.get(record.idempotencyKey);
    if (existing) return copy(existing);
    this.charges.set(record.idempotencyKey, copy(record));
    return undefined;
  }

  async getCharge(idempotencyKey: string): Promise<SandboxChargeRecord | undefined> {
    const record = this.charges.get(idempotencyKey);
    return record && copy(record);
  }

  async moveCharge(idempotencyKey: string, from: SandboxChargeState, patch: ChargePatch): Promise<SandboxChargeRecord | undefined> {
    const record = this.charges.get(idempotencyKey);
    if (!record || record.state !== from) return undefined;
    const next = { ...record, ...copy(patch) };
    this.charges.set(idempotencyKey, next);
    return copy(next);
  }

  async insertRefund(record: SandboxRefundRecord): Promise<SandboxRefundRecord | undefined> {
    const existing = this.refundRecords.get(record.idempotencyKey);
    if (existing) return copy(existing);
    this.refundRecords.set(record.idempotencyKey, copy(record));
    return undefined;
  }

  async getRefund(idempotencyKey: string): Promise<SandboxRefundRecord | undefined> {
    const record = this.refundRecords.get(idempotencyKey);
    return record && copy(record);
  }

  async moveRefund(idempotencyKey: string, from: SandboxRefundState, patch: Partial<Pick<SandboxRefundRecord, 'state' | 'failureCode'>>): Promise<SandboxRefundRecord | undefined> {
    const record = this.refundRecords.get(idempotencyKey);
    if (!record || record.state !== from) return undefined;
    const next = { ...record, ...copy(patch) };
    this.refundRecords.set(idempotencyKey, next);
    return copy(next);
  }

  async applyRefund(chargeKey: string, refundKey: string, amount: number, limit: number): Promise<RefundApplication> {
    const charge = this.charges.get(chargeKey);
    if (!charge || charge.state !== SandboxChargeState.Succeeded) return 'not-refundable';
    if (Object.hasOwn(charge.refunds, refundKey)) return 'already-applied';
    if (charge.refunded > limit) return 'exceeds';
    this.charges.set(chargeKey, { ...charge, refunded: charge.refunded + amount, refunds: { ...charge.refunds, [refundKey]: amount } });
    return 'applied';
  }
}
