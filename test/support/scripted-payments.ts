import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../../src/core/errors';
import type { ChargeLookup, ChargeOptions, ChargeRequest, ChargeResult, ChargeStatus, PaymentGateway, RefundRequest, RefundResult } from '../../src/ports/payments';
import type { FakeScheduler } from './fake-scheduler';

/** What the provider does with the next charge it is sent. */
export type ChargeScript =
  | { kind: 'approve' }
  | { kind: 'decline'; code?: string }
  /** a 400 that is no decline: nothing is created */
  | { kind: 'invalid' }
  /** the first answer is a 500 though the charge went through (Stripe replays that 500 for the key) */
  | { kind: 'error-after-charging' }
  /** the first answer is `processing`; the charge succeeds `settlesAfterMs` later */
  | { kind: 'processing'; settlesAfterMs: number };

interface Recorded {
  request: ChargeRequest;
  state: 'succeeded' | 'declined' | 'processing';
  result?: ChargeResult;
  declineCode?: string;
  /** the first answer, replayed for the same key as Stripe does */
  firstAnswer: () => Promise<ChargeResult>;
}

/**
 * A payment provider for the core's unit tests, on fake time, following Stripe's documented
 * rules for the parts the core relies on: one charge per idempotency key, the first answer
 * replayed for the same key (500s and `processing` included), another amount under the same key
 * refused, lookup without charging. The live Stripe API cannot be reached from here.
 */
export class ScriptedPayments implements PaymentGateway {
  private readonly records = new Map<string, Recorded>();
  private readonly refunds = new Map<string, RefundResult>();
  private script: ChargeScript[] = [];
  /** every charge request that reached the provider, in order */
  readonly requests: ChargeRequest[] = [];
  /** fake milliseconds each charge call takes before it answers */
  delayMs = 0;
  /** fake milliseconds each lookup takes */
  lookupDelayMs = 0;

  constructor(private readonly scheduler: FakeScheduler) {}

  /** the next charges behave like this, in order; after that, approve */
  next(...scripts: ChargeScript[]): void {
    this.script.push(...scripts);
  }

  /** how many charges really took money */
  get succeeded(): number {
    return [...this.records.values()].filter((r) => r.state === 'succeeded').length;
  }

  async charge(request: ChargeRequest, options: ChargeOptions = {}): Promise<ChargeResult> {
    this.requests.push({ ...request });
    const answer = this.answerFor(request);
    const limit = options.timeoutMs;
    if (this.delayMs > 0) {
      if (limit !== undefined && limit < this.delayMs) {
        await this.scheduler.sleep(Math.max(0, limit));
        throw new PaymentUnavailableError('payment provider did not answer in time');
      }
      await this.scheduler.sleep(this.delayMs);
    }
    return answer();
  }

  private answerFor(request: ChargeRequest): () => Promise<ChargeResult> {
    const existing = this.records.get(request.idempotencyKey);
    if (existing) {
      const a = existing.request;
      if (a.amount !== request.amount || a.currency !== request.currency || a.paymentMethodRef !== request.paymentMethodRef) {
        return () => Promise.reject(new IdempotencyKeyReuseError(request.idempotencyKey));
      }
      return existing.firstAnswer;
    }
    const script = this.script.shift() ?? { kind: 'approve' };
    const result: ChargeResult = { chargeId: `pi_test_${this.records.size + 1}`, amount: request.amount, currency: request.currency };
    const record: Recorded = { request: { ...request }, state: 'succeeded', result, firstAnswer: () => Promise.resolve(result) };
    switch (script.kind) {
      case 'approve':
        break;
      case 'decline':
        record.state = 'declined';
        record.declineCode = script.code ?? 'card_declined';
        record.firstAnswer = () => Promise.reject(new PaymentDeclinedError(record.declineCode!));
        break;
      case 'invalid':
        // Stripe keeps no object for a request it refused outright.
        return () => Promise.reject(new PaymentRequestInvalidError('parameter_invalid', { code: 'parameter_invalid' }));
      case 'error-after-charging':
        record.firstAnswer = () => Promise.reject(new PaymentUnavailableError('provider answered 500'));
        break;
      case 'processing':
        record.state = 'processing';
        record.firstAnswer = () => Promise.reject(new PaymentUnavailableError(`payment intent ${result.chargeId} is processing`));
        this.scheduler.after(script.settlesAfterMs, () => (record.state = 'succeeded'));
        break;
    }
    this.records.set(request.idempotencyKey, record);
    return record.firstAnswer;
  }

  async lookup(lookup: ChargeLookup): Promise<ChargeStatus> {
    if (this.lookupDelayMs > 0) await this.scheduler.sleep(this.lookupDelayMs);
    const record = this.records.get(lookup.idempotencyKey);
    if (!record) return { status: 'not_found' };
    if (record.state === 'succeeded') return { status: 'succeeded', charge: record.result! };
    if (record.state === 'declined') return { status: 'declined', declineCode: record.declineCode! };
    return { status: 'processing', chargeRef: record.result?.chargeId };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const existing = this.refunds.get(request.idempotencyKey);
    if (existing) return existing;
    const charge = [...this.records.values()].find((r) => r.result?.chargeId === request.chargeId && r.state === 'succeeded');
    if (!charge?.result) throw new PaymentRequestInvalidError(`no charge ${request.chargeId} to refund`);
    const refund: RefundResult = {
      refundId: `re_test_${this.refunds.size + 1}`,
      amount: request.amount ?? charge.result.amount,
      currency: charge.result.currency,
      status: 'succeeded',
    };
    this.refunds.set(request.idempotencyKey, refund);
    return refund;
  }
}
