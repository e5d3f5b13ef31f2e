/**
 * The sandbox provider's ledger lives in DynamoDB (dynalite over HTTP here), so what one process
 * charged, another sees: after a restart, from a separate reconcile process, and after a process
 * is killed in the middle of a charge (a real child process, SIGKILL).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PaymentRequestInvalidError, PaymentUnavailableError } from '../../src/core/errors';
import { createDynamoClients, type DynamoClients } from '../../src/infra/dynamodb/client';
import { PutCommand } from '../../src/infra/dynamodb/commands';
import { ensureTables, SANDBOX_LEDGER_KEY, tableNames } from '../../src/infra/dynamodb/tables';
import { DynamoSandboxLedger } from '../../src/infra/payment/dynamo-sandbox-ledger';
import { SandboxMethod, SandboxMode, type SandboxBehaviour } from '../../src/infra/payment/sandbox-behaviour';
import { SandboxPaymentGateway } from '../../src/infra/payment/sandbox';
import { SandboxChargeState, SandboxRefundState } from '../../src/infra/payment/sandbox-ledger';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import type { ChargeRequest } from '../../src/ports/payments';

let store: EmbeddedStore;
let dynamo: DynamoClients;
let ledger: DynamoSandboxLedger;
const tables = tableNames(`sandbox-payments-${process.pid}`);
let seq = 0;

beforeAll(async () => {
  store = await startEmbeddedStore();
  dynamo = createDynamoClients({ region: 'us-east-1', endpoint: store.endpoint });
  await ensureTables(dynamo.client, tables);
  ledger = new DynamoSandboxLedger({ doc: dynamo.doc, tableName: tables.sandboxPayments });
});
afterAll(async () => {
  dynamo.client.destroy();
  await store.close();
});

/** A process of its own: a gateway with nothing in memory, on the shared table. */
const aProcess = (behaviour: SandboxBehaviour = {}, offsetMs = 0) =>
  new SandboxPaymentGateway({ doc: dynamo.doc, tableName: tables.sandboxPayments, clock: { now: () => new Date(Date.now() + offsetMs) }, ...behaviour });

const request = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => {
  seq += 1;
  return {
    customerId: 'cust-sandbox',
    paymentMethodRef: SandboxMethod.Approve,
    amount: 1850,
    currency: 'USD',
    idempotencyKey: `ord_sandbox_${seq}`,
    orderNumber: `6100${seq}`,
    description: `Order 6100${seq}`,
    ...overrides,
  };
};
const lookupOf = (r: ChargeRequest) => ({ idempotencyKey: r.idempotencyKey });

describe('SandboxPaymentGateway', () => {
  describe('across processes', () => {
    it('after a restart, knows what was charged and answers a repeat without charging again', async () => {
      const charge = request();
      const before = aProcess();
      const made = await before.charge(charge);
      const after = aProcess();
      expect(await after.lookup(lookupOf(charge))).toEqual({ status: 'succeeded', charge: made });
      expect(await after.charge(charge)).toEqual(made);
      expect(await after.recorded(charge.idempotencyKey)).toEqual(made);
      expect([before.succeeded, after.succeeded]).toEqual([1, 0]);
    });

    it('tells a second process that a charge is still being made, and it is made once', async () => {
      const charge = request();
      const slow = aProcess({ delayMs: 400 });
      const other = aProcess();
      const first = slow.charge(charge);
      while (!(await ledger.getCharge(charge.idempotencyKey))) await new Promise((resolve) => setTimeout(resolve, 10));
      await expect(other.charge(charge)).rejects.toThrow(new PaymentUnavailableError('charge already in progress'));
      expect(await other.lookup(lookupOf(charge))).toEqual({ status: 'processing', chargeRef: expect.stringMatching(/^ch_sandbox_/) });
      const made = await first;
      expect(await other.charge(charge)).toEqual(made);
      expect(slow.succeeded + other.succeeded).toBe(1);
    });

    it('settles a charge whose process was killed mid-charge, once, wherever it is asked next', async () => {
      const charge = request();
      const child = spawn(
        process.execPath,
        [
          '--require',
          'tsx/cjs',
          '-e',
          `
          const { SandboxPaymentGateway } = require('./src/infra/payment/sandbox');
          const { createDynamoClients } = require('./src/infra/dynamodb/client');
          const { doc } = createDynamoClients({ region: 'us-east-1', endpoint: process.env.ENDPOINT });
          // slow enough to be killed between writing the charge record and deciding it
          new SandboxPaymentGateway({ doc, tableName: process.env.TABLE, delayMs: 60000 }).charge(JSON.parse(process.env.CHARGE));
          `,
        ],
        { cwd: join(__dirname, '../..'), env: { ...process.env, ENDPOINT: store.endpoint, TABLE: tables.sandboxPayments, CHARGE: JSON.stringify(charge) }, stdio: 'ignore' },
      );
      const exited = new Promise((resolve) => child.once('exit', resolve));
      while (!(await ledger.getCharge(charge.idempotencyKey))) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill('SIGKILL');
      await exited;
      expect((await ledger.getCharge(charge.idempotencyKey))?.state).toBe(SandboxChargeState.Pending);

      // while the dead process's charge could still be deciding, nobody charges the key again
      const now = aProcess();
      await expect(now.charge(charge)).rejects.toThrow('charge already in progress');
      expect((await now.lookup(lookupOf(charge))).status).toBe('processing');

      // once its time is past, whoever asks decides it, once
      const later = [aProcess({}, 70_000), aProcess({}, 70_000)];
      const [a, b] = await Promise.all(later.map((p) => p.lookup(lookupOf(charge))));
      expect(a).toEqual({ status: 'succeeded', charge: expect.objectContaining({ amount: 1850 }) });
      expect(b).toEqual(a);
      expect(later[0].succeeded + later[1].succeeded).toBe(1);
      expect(await later[1].charge(charge)).toEqual((a as { charge: unknown }).charge);
    });

    it('counts a refund once even when the process that recorded it died before counting it', async () => {
      const charge = request();
      const made = await aProcess().charge(charge);
      const key = `refund:${charge.idempotencyKey}`;
      // what a process killed right after writing the refund record leaves behind
      expect(
        await ledger.insertRefund({
          idempotencyKey: key,
          refundId: 're_sandbox_left_behind',
          chargeId: made.chargeId,
          chargeKey: charge.idempotencyKey,
          amount: 1850,
          currency: 'USD',
          state: SandboxRefundState.Pending,
          createdAt: Date.now(),
        }),
      ).toBeUndefined();
      const refund = await aProcess().refund({ chargeId: made.chargeId, idempotencyKey: key });
      expect(refund).toEqual({ refundId: 're_sandbox_left_behind', amount: 1850, currency: 'USD', status: 'succeeded' });
      expect(await aProcess().refund({ chargeId: made.chargeId, idempotencyKey: key })).toEqual(refund);
      expect((await ledger.getCharge(charge.idempotencyKey))?.refunded).toBe(1850);
    });
  });

  describe('answering like Stripe (SANDBOX_PAYMENT_MODE)', () => {
    it('first-500: makes the charge, answers 500 to every call with the key, and lookup finds the charge', async () => {
      const charge = request();
      const sandbox = aProcess({ mode: SandboxMode.FirstAnswerServerError });
      await expect(sandbox.charge(charge)).rejects.toThrow(/answered 500/);
      await expect(aProcess().charge(charge)).rejects.toThrow(/answered 500/);
      expect(await aProcess().lookup(lookupOf(charge))).toEqual({ status: 'succeeded', charge: expect.objectContaining({ chargeId: expect.stringMatching(/^ch_sandbox_/) }) });
    });

    it('processing: settles after its time, or when told to', async () => {
      const byTime = request();
      const byCall = request();
      const sandbox = aProcess({ mode: SandboxMode.Processing, settleAfterMs: 60_000 });
      await expect(sandbox.charge(byTime)).rejects.toThrow(/is processing$/);
      await expect(sandbox.charge(byCall)).rejects.toThrow(/is processing$/);
      expect((await aProcess().lookup(lookupOf(byTime))).status).toBe('processing');
      expect((await aProcess({}, 61_000).lookup(lookupOf(byTime))).status).toBe('succeeded');
      expect((await sandbox.settle(byCall.idempotencyKey)).status).toBe('succeeded');
      expect((await aProcess().lookup(lookupOf(byCall))).status).toBe('succeeded');
    });

    it('keeps the test cards: pm_sandbox_decline and pm_sandbox_insufficient_funds end declined', async () => {
      const declined = request({ paymentMethodRef: SandboxMethod.Decline });
      const poor = request({ paymentMethodRef: SandboxMethod.InsufficientFunds });
      const sandbox = aProcess({ mode: SandboxMode.Processing });
      await expect(sandbox.charge(declined)).rejects.toBeInstanceOf(PaymentUnavailableError);
      await expect(sandbox.charge(poor)).rejects.toBeInstanceOf(PaymentUnavailableError);
      expect(await sandbox.lookup(lookupOf(declined))).toEqual({ status: 'declined', declineCode: 'card_declined' });
      expect(await sandbox.lookup(lookupOf(poor))).toEqual({ status: 'declined', declineCode: 'insufficient_funds' });
    });
  });

  describe('bad requests and bad records', () => {
    it('refuses a payment method it does not know as an invalid request, and records nothing', async () => {
      const charge = request({ paymentMethodRef: 'pm_card_visa' });
      const err = await aProcess()
        .charge(charge)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PaymentRequestInvalidError);
      expect((err as PaymentRequestInvalidError).code).toBe('resource_missing');
      expect(await aProcess().lookup(lookupOf(charge))).toEqual({ status: 'not_found' });
    });

    it('says it cannot tell, rather than guessing, when a stored record does not read as a charge', async () => {
      const key = `ord_sandbox_broken_${seq}`;
      await dynamo.doc.send(new PutCommand({ TableName: tables.sandboxPayments, Item: { [SANDBOX_LEDGER_KEY]: `charge#${key}`, idempotencyKey: key, state: 'half-written' } }));
      const err = await aProcess()
        .lookup({ idempotencyKey: key })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PaymentUnavailableError);
      expect(((err as Error).cause as Error).name).toBe('SandboxLedgerItemError');
    });
  });
});
