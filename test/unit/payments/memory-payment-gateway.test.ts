/**
 * The in-memory gateway the core's unit tests use: the sandbox's rules, its test hooks, and fake
 * time (an injected Scheduler), so a slow provider or a deadline costs no real waiting.
 */
import { PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../../../src/core/errors';
import { SandboxMethod } from '../../../src/infra/payment/sandbox-behaviour';
import { MemoryPaymentGateway } from '../../../src/infra/payment/memory';
import { SandboxFirstAnswer } from '../../../src/infra/payment/sandbox-ledger';
import type { ChargeRequest } from '../../../src/ports/payments';
import type { Scheduler } from '../../../src/ports/runtime';

/** Time that moves only when told to. */
class FakeScheduler implements Scheduler {
  private time = 0;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private ids = 0;

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    const id = (this.ids += 1);
    this.timers.push({ at: this.time + ms, fn, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Moves time on, firing what falls due in order, letting the promise chains they start run. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const next = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fn();
    }
    this.time = until;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

let seq = 0;
const request = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => {
  seq += 1;
  return {
    customerId: 'cust-1',
    paymentMethodRef: SandboxMethod.Approve,
    amount: 1200,
    currency: 'USD',
    idempotencyKey: `ord_memory_${seq}`,
    description: `Order ${seq}`,
    ...overrides,
  };
};

/** A promise's state without waiting for it. */
function watch<T>(promise: Promise<T>): { state: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown } {
  const seen: { state: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown } = { state: 'pending' };
  promise.then(
    (value) => Object.assign(seen, { state: 'fulfilled', value }),
    (reason: unknown) => Object.assign(seen, { state: 'rejected', reason }),
  );
  return seen;
}

describe('MemoryPaymentGateway', () => {
  describe('on fake time', () => {
    it("gives up at the caller's deadline, and the slow charge still lands once, found by lookup", async () => {
      const time = new FakeScheduler();
      const payments = new MemoryPaymentGateway({ scheduler: time, delayMs: 5000 });
      const charge = request();
      const answer = watch(payments.charge(charge, { timeoutMs: 1000 }));
      await time.advance(999);
      expect(answer.state).toBe('pending');
      await time.advance(1);
      expect(answer.state).toBe('rejected');
      expect(answer.reason).toBeInstanceOf(PaymentUnavailableError);
      expect(await payments.lookup({ idempotencyKey: charge.idempotencyKey })).toEqual({ status: 'processing', chargeRef: expect.any(String) });
      await time.advance(4000);
      expect(await payments.lookup({ idempotencyKey: charge.idempotencyKey })).toEqual({ status: 'succeeded', charge: expect.objectContaining({ amount: 1200 }) });
      expect(payments.succeeded).toBe(1);
    });

    it("answers a repeat during the slow charge with that charge's outcome", async () => {
      const time = new FakeScheduler();
      const payments = new MemoryPaymentGateway({ scheduler: time, delayMs: 3000 });
      const charge = request();
      const first = watch(payments.charge(charge));
      const second = watch(payments.charge(charge));
      await time.advance(3000);
      expect(first.state).toBe('fulfilled');
      expect(second.value).toEqual(first.value);
      expect(payments.succeeded).toBe(1);
    });

    it('settles a scripted processing charge when its time comes', async () => {
      const time = new FakeScheduler();
      const payments = new MemoryPaymentGateway({ scheduler: time });
      const charge = request();
      payments.script(charge.idempotencyKey, { firstAnswer: SandboxFirstAnswer.Processing, settleAfterMs: 10_000 });
      await expect(payments.charge(charge)).rejects.toThrow(/is processing$/);
      expect((await payments.lookup({ idempotencyKey: charge.idempotencyKey })).status).toBe('processing');
      await time.advance(10_000);
      expect((await payments.lookup({ idempotencyKey: charge.idempotencyKey })).status).toBe('succeeded');
      expect(payments.succeeded).toBe(1);
    });
  });

  describe('scripts, per idempotency key', () => {
    it('declines the scripted key with the scripted code and leaves other keys alone', async () => {
      const payments = new MemoryPaymentGateway();
      const declined = request();
      payments.script(declined.idempotencyKey, { declineCode: 'do_not_honor' });
      await expect(payments.charge(declined)).rejects.toEqual(expect.objectContaining({ name: 'PaymentDeclinedError', declineCode: 'do_not_honor' }));
      await expect(payments.charge(request())).resolves.toEqual(expect.objectContaining({ amount: 1200 }));
      expect(payments.succeeded).toBe(1);
    });

    it('an unreachable provider records nothing: the next call with the key makes the charge', async () => {
      const payments = new MemoryPaymentGateway();
      const charge = request();
      payments.script(charge.idempotencyKey, { unreachable: true });
      await expect(payments.charge(charge)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect(await payments.lookup({ idempotencyKey: charge.idempotencyKey })).toEqual({ status: 'not_found' });
      await expect(payments.charge(charge)).resolves.toEqual(expect.objectContaining({ amount: 1200 }));
      expect(payments.succeeded).toBe(1);
    });

    it('a refused request is an invalid request, not a decline', async () => {
      const payments = new MemoryPaymentGateway();
      const charge = request();
      payments.script(charge.idempotencyKey, { invalid: 'parameter_invalid_empty' });
      const err = await payments.charge(charge).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PaymentRequestInvalidError);
      expect(err).not.toBeInstanceOf(PaymentDeclinedError);
      expect((err as PaymentRequestInvalidError).code).toBe('parameter_invalid_empty');
    });
  });

  describe('configure', () => {
    it('declines everything while told to, and not after', async () => {
      const payments = new MemoryPaymentGateway();
      payments.configure({ declineAll: true });
      await expect(payments.charge(request())).rejects.toBeInstanceOf(PaymentDeclinedError);
      payments.configure({});
      await expect(payments.charge(request())).resolves.toEqual(expect.objectContaining({ amount: 1200 }));
    });
  });
});
