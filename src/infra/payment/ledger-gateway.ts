import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../../core/errors';
import type { ChargeLookup, ChargeOptions, ChargeRequest, ChargeResult, ChargeStatus, PaymentGateway, RefundRequest, RefundResult } from '../../ports/payments';
import type { Scheduler } from '../../ports/runtime';
import { SandboxChargeState, SandboxFirstAnswer, SandboxRefundState, type SandboxChargeRecord, type SandboxLedger, type SandboxRefundRecord } from './sandbox-ledger';
import { SandboxMethod, SandboxMode, type SandboxBehaviour, type ScriptedCharge } from './sandbox-behaviour';
import { sleep, systemScheduler, within } from './system-scheduler';

export interface LedgerGatewayOptions extends SandboxBehaviour {
  /** delays and timeouts */
  scheduler?: Scheduler;
  /** the ledger's time in milliseconds: what every process sharing the ledger agrees on */
  now: () => number;
}

/** How long past its own delay a pending charge waits for its worker before anyone may decide it (the worker died). */
const DECIDE_GRACE_MS = 2000;
/** Final records this process remembers (they never change); the oldest go first past this many. */
const REMEMBERED = 10_000;

const encode = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
/** The charge id names its key, so a refund finds its charge with one strongly consistent read. */
export const sandboxChargeId = (idempotencyKey: string) => `ch_sandbox_${encode(idempotencyKey)}`;
const chargeKeyOf = (chargeId: string): string | undefined =>
  chargeId.startsWith('ch_sandbox_') ? Buffer.from(chargeId.slice('ch_sandbox_'.length), 'base64url').toString('utf8') : undefined;

const isFinal = (r: SandboxChargeRecord) => r.state === SandboxChargeState.Succeeded || r.state === SandboxChargeState.Declined;
const verdictState = (r: SandboxChargeRecord) => (r.verdict === 'succeeded' ? SandboxChargeState.Succeeded : SandboxChargeState.Declined);
const resultOf = (r: SandboxChargeRecord): ChargeResult => ({ chargeId: r.chargeId, amount: r.amount, currency: r.currency });

/** Stripe refuses a key reused with other parameters; these are the ones that make a charge another charge. */
function sameCharge(a: Pick<ChargeRequest, 'amount' | 'currency' | 'customerId' | 'paymentMethodRef' | 'paymentCustomerRef'>, b: ChargeRequest): boolean {
  return (
    a.amount === b.amount &&
    a.currency.toUpperCase() === b.currency.toUpperCase() &&
    a.customerId === b.customerId &&
    a.paymentMethodRef === b.paymentMethodRef &&
    (a.paymentCustomerRef ?? '') === (b.paymentCustomerRef ?? '')
  );
}

/** What the provider refuses before doing anything: Stripe's 400 invalid_request_error. */
function invalidRequest(request: ChargeRequest): string | undefined {
  if (!Number.isInteger(request.amount) || request.amount <= 0) return 'amount_invalid';
  if (!/^[A-Za-z]{3}$/.test(request.currency)) return 'currency_invalid';
  if (!request.paymentMethodRef.startsWith('pm_sandbox_')) return 'resource_missing';
  return undefined;
}

/**
 * A payment provider kept in a ledger, with Stripe's rules: one charge per idempotency key, the
 * key recorded before its outcome is decided (so a concurrent call, another process, or the one
 * after a crash finds it), the same key with other parameters refused, the first answer for a key
 * replayed to every later call with it, and `lookup` telling what really became of the charge.
 * SandboxPaymentGateway keeps the ledger in DynamoDB, MemoryPaymentGateway in memory.
 */
export class LedgerPaymentGateway implements PaymentGateway {
  /** charges this instance saw through to success (replays, and charges another process settled, are not counted) */
  succeeded = 0;
  private behaviour: SandboxBehaviour;
  private readonly scheduler: Scheduler;
  private readonly now: () => number;
  private readonly inFlight = new Map<string, { request: ChargeRequest; answer: Promise<ChargeResult> }>();
  private readonly remembered = new Map<string, SandboxChargeRecord>();
  private readonly scripts = new Map<string, ScriptedCharge[]>();

  constructor(
    private readonly ledger: SandboxLedger,
    options: LedgerGatewayOptions,
  ) {
    const { scheduler, now, ...behaviour } = options;
    this.behaviour = behaviour;
    this.scheduler = scheduler ?? systemScheduler;
    this.now = now;
  }

  /** Replaces how the sandbox behaves from the next charge on. */
  configure(behaviour: SandboxBehaviour): void {
    this.behaviour = { ...behaviour };
  }

  /** Scripts the next calls with this key, one entry per call. */
  script(idempotencyKey: string, ...calls: ScriptedCharge[]): void {
    this.scripts.set(idempotencyKey, [...(this.scripts.get(idempotencyKey) ?? []), ...calls]);
  }

  charge(request: ChargeRequest, options: ChargeOptions = {}): Promise<ChargeResult> {
    const limits = [this.behaviour.timeoutMs, options.timeoutMs].filter((t): t is number => t !== undefined);
    const timeoutMs = limits.length > 0 ? Math.min(...limits) : undefined;
    return within(this.scheduler, timeoutMs, this.chargeOnce(request), () => new PaymentUnavailableError('payment provider did not answer in time'));
  }

  async lookup(lookup: ChargeLookup): Promise<ChargeStatus> {
    const record = this.remembered.get(lookup.idempotencyKey) ?? (await this.read(lookup.idempotencyKey));
    return record ? statusOf(await this.settleIfDue(record)) : { status: 'not_found' };
  }

  /** Settles a pending or processing charge now, as a provider eventually does. */
  async settle(idempotencyKey: string): Promise<ChargeStatus> {
    let record = await this.read(idempotencyKey);
    if (!record) return { status: 'not_found' };
    if (record.state === SandboxChargeState.Pending) record = await this.decide(record);
    if (record.state === SandboxChargeState.Processing) record = await this.finish(record);
    return statusOf(record);
  }

  /** The succeeded charge held for a key (a charge still under way here is waited for). */
  async recorded(idempotencyKey: string): Promise<ChargeResult | undefined> {
    const running = this.inFlight.get(idempotencyKey);
    if (running) await running.answer.catch(() => undefined);
    const record = this.remembered.get(idempotencyKey) ?? (await this.read(idempotencyKey));
    return record?.state === SandboxChargeState.Succeeded ? resultOf(record) : undefined;
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const existing = await this.ledgerCall('refund read', () => this.ledger.getRefund(request.idempotencyKey));
    if (existing) return this.resumeRefund(existing, request);
    const chargeKey = chargeKeyOf(request.chargeId);
    const charge = chargeKey === undefined ? undefined : await this.read(chargeKey).then((r) => r && this.settleIfDue(r));
    if (!charge || chargeKey === undefined) throw new PaymentRequestInvalidError(`no sandbox charge ${request.chargeId}`, { code: 'resource_missing' });
    if (charge.state !== SandboxChargeState.Succeeded)
      throw new PaymentRequestInvalidError(`charge ${request.chargeId} is ${charge.state}, not refundable`, { code: 'charge_not_refundable' });
    const left = charge.amount - charge.refunded;
    const amount = request.amount ?? left;
    if (left <= 0) throw new PaymentRequestInvalidError(`charge ${request.chargeId} is refunded already`, { code: 'charge_already_refunded' });
    if (!Number.isInteger(amount) || amount <= 0 || amount > left)
      throw new PaymentRequestInvalidError(`refund of ${amount} exceeds the ${left} left on the charge`, { code: 'amount_too_large' });
    const record: SandboxRefundRecord = {
      idempotencyKey: request.idempotencyKey,
      refundId: `re_sandbox_${encode(request.idempotencyKey)}`,
      chargeId: request.chargeId,
      chargeKey,
      requestedAmount: request.amount,
      amount,
      currency: charge.currency,
      reason: request.reason,
      state: SandboxRefundState.Pending,
      createdAt: this.now(),
    };
    const held = await this.ledgerCall('refund record', () => this.ledger.insertRefund(record));
    return this.resumeRefund(held ?? record, request);
  }

  private chargeOnce(request: ChargeRequest): Promise<ChargeResult> {
    const key = request.idempotencyKey;
    const running = this.inFlight.get(key);
    if (running) return sameCharge(running.request, request) ? running.answer : Promise.reject(new IdempotencyKeyReuseError(key));
    const entry = { request: { ...request }, answer: this.chargeAnswer(request) };
    this.inFlight.set(key, entry);
    // a caller that stopped waiting (its timeout) must not leave the late answer unhandled
    entry.answer
      .catch(() => undefined)
      .finally(() => {
        if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
      });
    return entry.answer;
  }

  private async chargeAnswer(request: ChargeRequest): Promise<ChargeResult> {
    const key = request.idempotencyKey;
    const scripted = this.scripts.get(key)?.shift();
    const invalid = invalidRequest(request) ?? scripted?.invalid;
    if (invalid) throw new PaymentRequestInvalidError(`the sandbox refused the charge request (${invalid})`, { code: invalid });
    if (scripted?.unreachable) throw new PaymentUnavailableError('the sandbox could not be reached');
    const known = this.remembered.get(key);
    if (known) return this.replay(known, request);
    const record = this.newRecord(request, scripted);
    const held = await this.ledgerCall('charge record', () => this.ledger.insertCharge(record));
    if (held) return this.replay(held, request);
    const delayMs = scripted?.delayMs ?? this.behaviour.delayMs ?? 0;
    if (delayMs > 0) await sleep(this.scheduler, delayMs);
    return answerFor(await this.decide(record));
  }

  private newRecord(request: ChargeRequest, scripted: ScriptedCharge | undefined): SandboxChargeRecord {
    const now = this.now();
    const mode = this.behaviour.mode ?? SandboxMode.Immediate;
    const firstAnswer =
      scripted?.firstAnswer ??
      (mode === SandboxMode.FirstAnswerServerError ? SandboxFirstAnswer.ServerError : mode === SandboxMode.Processing ? SandboxFirstAnswer.Processing : SandboxFirstAnswer.Outcome);
    const declineCode =
      scripted?.declineCode ??
      (this.behaviour.declineAll || request.paymentMethodRef === SandboxMethod.Decline
        ? 'card_declined'
        : request.paymentMethodRef === SandboxMethod.InsufficientFunds
          ? 'insufficient_funds'
          : undefined);
    const delayMs = scripted?.delayMs ?? this.behaviour.delayMs ?? 0;
    const settleAfterMs = scripted ? scripted.settleAfterMs : (this.behaviour.settleAfterMs ?? 0);
    return {
      idempotencyKey: request.idempotencyKey,
      chargeId: sandboxChargeId(request.idempotencyKey),
      customerId: request.customerId,
      paymentCustomerRef: request.paymentCustomerRef,
      paymentMethodRef: request.paymentMethodRef,
      amount: request.amount,
      currency: request.currency,
      orderNumber: request.orderNumber,
      description: request.description,
      state: SandboxChargeState.Pending,
      verdict: declineCode ? 'declined' : 'succeeded',
      declineCode,
      firstAnswer,
      createdAt: now,
      decideBy: now + delayMs + DECIDE_GRACE_MS,
      settlesAt: settleAfterMs === undefined ? undefined : now + delayMs + settleAfterMs,
      refunded: 0,
      refunds: {},
    };
  }

  /** A later call with a key already recorded gets what the first one got. */
  private async replay(record: SandboxChargeRecord, request: ChargeRequest): Promise<ChargeResult> {
    if (!sameCharge(record, request)) throw new IdempotencyKeyReuseError(request.idempotencyKey);
    return answerFor(await this.settleIfDue(record));
  }

  /** Pending → its outcome (or processing, when it settles later). Whoever moves it first decides; the others read. */
  private async decide(record: SandboxChargeRecord): Promise<SandboxChargeRecord> {
    const settled = record.firstAnswer === SandboxFirstAnswer.Outcome || (record.settlesAt !== undefined && record.settlesAt <= this.now());
    const state = settled ? verdictState(record) : SandboxChargeState.Processing;
    return this.move(record, SandboxChargeState.Pending, state);
  }

  /** Processing → final. */
  private finish(record: SandboxChargeRecord): Promise<SandboxChargeRecord> {
    return this.move(record, SandboxChargeState.Processing, verdictState(record));
  }

  private async move(record: SandboxChargeRecord, from: SandboxChargeState, to: SandboxChargeState): Promise<SandboxChargeRecord> {
    const moved = await this.ledgerCall('charge update', () => this.ledger.moveCharge(record.idempotencyKey, from, { state: to }));
    if (moved) {
      if (moved.state === SandboxChargeState.Succeeded) this.succeeded += 1;
      return this.remember(moved);
    }
    const current = await this.read(record.idempotencyKey);
    if (!current) throw new PaymentUnavailableError('the sandbox lost a charge record');
    return current;
  }

  /** A charge whose worker is gone, or whose settling time has come, is moved on by whoever looks. */
  private async settleIfDue(record: SandboxChargeRecord): Promise<SandboxChargeRecord> {
    const now = this.now();
    if (record.state === SandboxChargeState.Pending && now >= record.decideBy) record = await this.decide(record);
    if (record.state === SandboxChargeState.Processing && record.settlesAt !== undefined && now >= record.settlesAt) record = await this.finish(record);
    return record;
  }

  private async read(idempotencyKey: string): Promise<SandboxChargeRecord | undefined> {
    const record = await this.ledgerCall('charge read', () => this.ledger.getCharge(idempotencyKey));
    return record && this.remember(record);
  }

  private remember(record: SandboxChargeRecord): SandboxChargeRecord {
    if (!isFinal(record)) return record;
    this.remembered.set(record.idempotencyKey, record);
    if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string);
    return record;
  }

  /** Counts a recorded refund against its charge (again, after a crash: it counts once) and settles it. */
  private async resumeRefund(refund: SandboxRefundRecord, request: RefundRequest): Promise<RefundResult> {
    if (refund.chargeId !== request.chargeId || refund.requestedAmount !== request.amount) throw new IdempotencyKeyReuseError(request.idempotencyKey);
    if (refund.state === SandboxRefundState.Pending) {
      const charge = await this.read(refund.chargeKey);
      const limit = (charge?.amount ?? 0) - refund.amount;
      const applied = await this.ledgerCall('refund', () => this.ledger.applyRefund(refund.chargeKey, refund.idempotencyKey, refund.amount, limit));
      const outcome =
        applied === 'applied' || applied === 'already-applied'
          ? { state: SandboxRefundState.Succeeded }
          : { state: SandboxRefundState.Failed, failureCode: applied === 'exceeds' ? 'amount_too_large' : 'charge_not_refundable' };
      const moved = await this.ledgerCall('refund update', () => this.ledger.moveRefund(refund.idempotencyKey, SandboxRefundState.Pending, outcome));
      refund = moved ?? (await this.ledgerCall('refund read', () => this.ledger.getRefund(refund.idempotencyKey))) ?? refund;
    }
    if (refund.state === SandboxRefundState.Failed) {
      throw new PaymentRequestInvalidError(`the sandbox refused refund ${refund.refundId} (${refund.failureCode})`, { code: refund.failureCode });
    }
    if (refund.state !== SandboxRefundState.Succeeded) throw new PaymentUnavailableError(`refund ${refund.refundId} is still being made`);
    return { refundId: refund.refundId, amount: refund.amount, currency: refund.currency, status: 'succeeded' };
  }

  /** The ledger is the provider: when it cannot be read or written, the outcome is unknown. */
  private async ledgerCall<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      throw new PaymentUnavailableError(`the sandbox ledger failed (${what})`, { cause: err });
    }
  }
}

/** The replay rule: what any charge call with this record's key answers. */
function answerFor(record: SandboxChargeRecord): ChargeResult {
  if (record.firstAnswer === SandboxFirstAnswer.ServerError) throw new PaymentUnavailableError('the sandbox answered 500 for this charge (replayed for its key)');
  if (record.firstAnswer === SandboxFirstAnswer.Processing) throw new PaymentUnavailableError(`charge ${record.chargeId} is processing`);
  if (record.state === SandboxChargeState.Succeeded) return resultOf(record);
  if (record.state === SandboxChargeState.Declined) throw new PaymentDeclinedError(record.declineCode ?? 'card_declined');
  // another process is still working on it: Stripe answers 409 idempotency_key_in_use here
  throw new PaymentUnavailableError('charge already in progress');
}

function statusOf(record: SandboxChargeRecord): ChargeStatus {
  if (record.state === SandboxChargeState.Succeeded) return { status: 'succeeded', charge: resultOf(record) };
  if (record.state === SandboxChargeState.Declined) return { status: 'declined', declineCode: record.declineCode ?? 'card_declined' };
  return { status: 'processing', chargeRef: record.chargeId };
}
