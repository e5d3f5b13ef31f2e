/**
 * What every PaymentGateway promises the core, as one suite that runs against each implementation:
 * one charge per idempotency key, the key refused with other parameters, declines with their
 * codes, lookups that tell what became of a charge without making one (also when the first
 * answer was a 500 or `processing`, which the provider replays), and refunds once per key.
 */
import { IdempotencyKeyReuseError, PaymentDeclinedError, PaymentRequestInvalidError, PaymentUnavailableError } from '../../src/core/errors';
import type { ChargeLookup, ChargeRequest, PaymentGateway } from '../../src/ports/payments';

export interface GatewayUnderTest {
  gateway: PaymentGateway;
  /** payment methods that the provider approves, declines, and declines for insufficient funds */
  methods: { approve: string; decline: string; insufficientFunds: string };
  /** charges the provider made so far (money moved) */
  chargesMade(): Promise<number>;
  /** the next charge with this key is made, but answered with a 500 or `processing`, which the provider replays for the key */
  firstAnswerUnknown(idempotencyKey: string, answer: 'server-error' | 'processing'): void;
  /** the provider settles the processing charge made under this key */
  settle(idempotencyKey: string): Promise<void>;
  /** a charge id in the provider's format that names no charge */
  unknownChargeId: string;
}

let seq = 0;

export function describePaymentGatewayContract(name: string, setup: () => GatewayUnderTest): void {
  describe(`${name} keeps the PaymentGateway contract`, () => {
    let t: GatewayUnderTest;
    beforeAll(() => {
      t = setup();
    });

    const charge = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => {
      seq += 1;
      return {
        customerId: 'cust-contract',
        paymentCustomerRef: 'cus_contract',
        paymentMethodRef: t.methods.approve,
        amount: 2599,
        currency: 'USD',
        idempotencyKey: `ord_contract_${name.replace(/\W+/g, '_')}_${seq}`,
        orderNumber: `7000${seq}`,
        description: `Order 7000${seq}`,
        ...overrides,
      };
    };
    const lookupOf = (request: ChargeRequest, chargeRef?: string): ChargeLookup => ({
      idempotencyKey: request.idempotencyKey,
      paymentCustomerRef: request.paymentCustomerRef,
      notBefore: new Date(Date.now() - 60_000).toISOString(),
      chargeRef,
    });

    describe('charge', () => {
      it('makes one charge per idempotency key and answers a repeat with the same charge', async () => {
        const request = charge();
        const before = await t.chargesMade();
        const first = await t.gateway.charge(request);
        expect(first).toEqual({ chargeId: expect.any(String), amount: 2599, currency: 'USD' });
        expect(await t.gateway.charge(request)).toEqual(first);
        expect((await t.chargesMade()) - before).toBe(1);
      });

      it('makes one charge when the same key comes several times at once', async () => {
        const request = charge();
        const before = await t.chargesMade();
        const answers = await Promise.allSettled(Array.from({ length: 5 }, () => t.gateway.charge(request)));
        const ids = new Set(answers.filter((a) => a.status === 'fulfilled').map((a) => (a as PromiseFulfilledResult<{ chargeId: string }>).value.chargeId));
        expect(ids.size).toBeLessThanOrEqual(1);
        for (const a of answers) if (a.status === 'rejected') expect(a.reason).toBeInstanceOf(PaymentUnavailableError);
        expect((await t.chargesMade()) - before).toBe(1);
        expect(await t.gateway.lookup(lookupOf(request))).toEqual({ status: 'succeeded', charge: expect.objectContaining({ amount: 2599 }) });
      });

      it('refuses the key with another amount, and charges nothing for it', async () => {
        const request = charge();
        await t.gateway.charge(request);
        const before = await t.chargesMade();
        await expect(t.gateway.charge({ ...request, amount: 1 })).rejects.toBeInstanceOf(IdempotencyKeyReuseError);
        expect(await t.chargesMade()).toBe(before);
      });

      it('declines with the decline code, charges nothing, and lookup says declined', async () => {
        const request = charge({ paymentMethodRef: t.methods.insufficientFunds });
        const before = await t.chargesMade();
        const err = await t.gateway.charge(request).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(PaymentDeclinedError);
        expect((err as PaymentDeclinedError).declineCode).toBe('insufficient_funds');
        await expect(t.gateway.charge(charge({ paymentMethodRef: t.methods.decline }))).rejects.toBeInstanceOf(PaymentDeclinedError);
        expect(await t.chargesMade()).toBe(before);
        expect(await t.gateway.lookup(lookupOf(request))).toEqual({ status: 'declined', declineCode: 'insufficient_funds' });
      });
    });

    describe('lookup', () => {
      it('says not_found for a key never charged, and never makes a charge', async () => {
        const before = await t.chargesMade();
        expect(await t.gateway.lookup(lookupOf(charge()))).toEqual({ status: 'not_found' });
        expect(await t.chargesMade()).toBe(before);
      });

      it('finds a charge by its key, and by the charge id the order saved', async () => {
        const request = charge();
        const made = await t.gateway.charge(request);
        expect(await t.gateway.lookup(lookupOf(request))).toEqual({ status: 'succeeded', charge: made });
        expect(await t.gateway.lookup(lookupOf(request, made.chargeId))).toEqual({ status: 'succeeded', charge: made });
      });

      it('finds the charge behind a first answer of 500, which every repeat of the key gets again', async () => {
        const request = charge();
        const before = await t.chargesMade();
        t.firstAnswerUnknown(request.idempotencyKey, 'server-error');
        await expect(t.gateway.charge(request)).rejects.toBeInstanceOf(PaymentUnavailableError);
        await expect(t.gateway.charge(request)).rejects.toBeInstanceOf(PaymentUnavailableError);
        expect(await t.gateway.lookup(lookupOf(request))).toEqual({ status: 'succeeded', charge: expect.objectContaining({ amount: 2599, currency: 'USD' }) });
        expect((await t.chargesMade()) - before).toBe(1);
      });

      it('says processing behind a first answer of `processing` until the provider settles it', async () => {
        const request = charge();
        t.firstAnswerUnknown(request.idempotencyKey, 'processing');
        await expect(t.gateway.charge(request)).rejects.toBeInstanceOf(PaymentUnavailableError);
        expect(await t.gateway.lookup(lookupOf(request))).toEqual({ status: 'processing', chargeRef: expect.any(String) });
        await t.settle(request.idempotencyKey);
        const settled = await t.gateway.lookup(lookupOf(request));
        expect(settled).toEqual({ status: 'succeeded', charge: expect.objectContaining({ amount: 2599 }) });
        // the create keeps its first answer for the key
        await expect(t.gateway.charge(request)).rejects.toBeInstanceOf(PaymentUnavailableError);
      });
    });

    describe('refund', () => {
      it('refunds a charge once per refund key', async () => {
        const made = await t.gateway.charge(charge());
        const key = `refund:${made.chargeId}`;
        const refund = await t.gateway.refund({ chargeId: made.chargeId, idempotencyKey: key });
        expect(refund).toEqual({ refundId: expect.any(String), amount: 2599, currency: 'USD', status: 'succeeded' });
        expect(await t.gateway.refund({ chargeId: made.chargeId, idempotencyKey: key })).toEqual(refund);
        await expect(t.gateway.refund({ chargeId: made.chargeId, idempotencyKey: `${key}:again` })).rejects.toBeInstanceOf(PaymentRequestInvalidError);
      });

      it('refunds part, then the rest, never more than was charged', async () => {
        const made = await t.gateway.charge(charge());
        expect((await t.gateway.refund({ chargeId: made.chargeId, amount: 600, idempotencyKey: `part-a:${made.chargeId}` })).amount).toBe(600);
        await expect(t.gateway.refund({ chargeId: made.chargeId, amount: 2000, idempotencyKey: `part-b:${made.chargeId}` })).rejects.toBeInstanceOf(PaymentRequestInvalidError);
        expect((await t.gateway.refund({ chargeId: made.chargeId, idempotencyKey: `part-c:${made.chargeId}` })).amount).toBe(1999);
      });

      it('refuses to refund a charge it does not hold', async () => {
        await expect(t.gateway.refund({ chargeId: t.unknownChargeId, idempotencyKey: `refund:${t.unknownChargeId}:${seq}` })).rejects.toBeInstanceOf(PaymentRequestInvalidError);
      });
    });
  });
}
