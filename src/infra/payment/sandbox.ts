import { randomBytes } from 'node:crypto';
import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentUnavailableError } from '../../core/errors';
import type { ChargeLookup, ChargeOptions, ChargeRequest, ChargeResult, ChargeStatus, PaymentGateway, RefundRequest, RefundResult } from '../../ports/payments';

/** Payment methods the sandbox knows, modelled on Stripe's test cards. */
export const SandboxMethod = {
  Approve: 'pm_sandbox_visa',
  Decline: 'pm_sandbox_decline',
  InsufficientFunds: 'pm_sandbox_insufficient_funds',
} as const;

export interface SandboxOptions {
  /** answer after this many milliseconds (a slow provider) */
  delayMs?: number;
  /** how long the caller waits before the outcome counts as unknown */
  timeoutMs?: number;
  /** decline every charge, whatever the method */
  declineAll?: boolean;
}

interface Recorded {
  request: ChargeRequest;
  outcome: Promise<ChargeResult>;
  settled?: ChargeResult;
}

/**
 * A local payment provider for the embedded mode and tests, with Stripe's idempotency rules:
 * the same key returns the same outcome (even while the first call is still running), and the
 * same key with another amount, currency or payer is refused.
 */
export class SandboxPaymentGateway implements PaymentGateway {
  private readonly charges = new Map<string, Recorded>();
  private readonly refunds = new Map<string, RefundResult>();
  /** how many charges the provider actually made (idempotent replays not counted) */
  succeeded = 0;

  constructor(private options: SandboxOptions = {}) {}

  configure(options: SandboxOptions): void {
    this.options = options;
  }

  charge(request: ChargeRequest, options: ChargeOptions = {}): Promise<ChargeResult> {
    const existing = this.charges.get(request.idempotencyKey);
    if (existing) {
      const a = existing.request;
      if (a.amount !== request.amount || a.currency !== request.currency || a.customerId !== request.customerId || a.paymentMethodRef !== request.paymentMethodRef) {
        return Promise.reject(new IdempotencyKeyReuseError(request.idempotencyKey));
      }
      return this.withTimeout(existing.outcome, options.timeoutMs);
    }
    const outcome = this.process(request);
    const recorded: Recorded = { request: { ...request }, outcome };
    outcome.then((result) => (recorded.settled = result)).catch(() => undefined);
    this.charges.set(request.idempotencyKey, recorded);
    return this.withTimeout(outcome, options.timeoutMs);
  }

  async lookup(lookup: ChargeLookup): Promise<ChargeStatus> {
    const recorded = this.charges.get(lookup.idempotencyKey);
    if (!recorded) return { status: 'not_found' };
    try {
      return { status: 'succeeded', charge: await recorded.outcome };
    } catch (err) {
      if (err instanceof PaymentDeclinedError) return { status: 'declined', declineCode: err.declineCode };
      return { status: 'processing' };
    }
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const existing = this.refunds.get(request.idempotencyKey);
    if (existing) return existing;
    const charge = [...this.charges.values()].find((c) => c.settled?.chargeId === request.chargeId)?.settled;
    if (!charge) throw new PaymentUnavailableError(`no sandbox charge ${request.chargeId}`);
    const refund: RefundResult = { refundId: `re_sandbox_${randomBytes(8).toString('hex')}`, amount: request.amount ?? charge.amount, currency: charge.currency, status: 'succeeded' };
    this.refunds.set(request.idempotencyKey, refund);
    return refund;
  }

  /** What the provider holds for an idempotency key (reconciliation asks this way). */
  async recorded(idempotencyKey: string): Promise<ChargeResult | undefined> {
    const recorded = this.charges.get(idempotencyKey);
    return recorded ? recorded.outcome.catch(() => undefined) : undefined;
  }

  private async process(request: ChargeRequest): Promise<ChargeResult> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    if (this.options.declineAll || request.paymentMethodRef === SandboxMethod.Decline) throw new PaymentDeclinedError('card_declined');
    if (request.paymentMethodRef === SandboxMethod.InsufficientFunds) throw new PaymentDeclinedError('insufficient_funds');
    if (!request.paymentMethodRef.startsWith('pm_sandbox_')) throw new PaymentDeclinedError('invalid_payment_method');
    if (!Number.isInteger(request.amount) || request.amount <= 0) throw new PaymentDeclinedError('invalid_amount');
    this.succeeded += 1;
    return { chargeId: `ch_sandbox_${randomBytes(8).toString('hex')}`, amount: request.amount, currency: request.currency };
  }

  private withTimeout(outcome: Promise<ChargeResult>, callTimeoutMs?: number): Promise<ChargeResult> {
    const limits = [this.options.timeoutMs, callTimeoutMs].filter((t): t is number => t !== undefined);
    const timeoutMs = limits.length > 0 ? Math.max(0, Math.min(...limits)) : undefined;
    if (timeoutMs === undefined) return outcome;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PaymentUnavailableError('payment provider did not answer in time')), timeoutMs);
    });
    return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
  }
}
