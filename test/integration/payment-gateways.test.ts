/**
 * One contract, three payment gateways: the in-memory one the core's unit tests use, the sandbox
 * on its DynamoDB ledger (dynalite over HTTP), and the Stripe gateway against the loopback
 * stand-in for Stripe's API (the live API cannot be reached from here; see stripe-standin.ts).
 */
import { createDynamoClients, type DynamoClients } from '../../src/infra/dynamodb/client';
import { ensureTables, tableNames } from '../../src/infra/dynamodb/tables';
import type { LedgerPaymentGateway } from '../../src/infra/payment/ledger-gateway';
import { SandboxMethod } from '../../src/infra/payment/sandbox-behaviour';
import { MemoryPaymentGateway } from '../../src/infra/payment/memory';
import { SandboxPaymentGateway } from '../../src/infra/payment/sandbox';
import { SandboxFirstAnswer } from '../../src/infra/payment/sandbox-ledger';
import { StripePaymentGateway } from '../../src/infra/payment/stripe';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import { describePaymentGatewayContract, type GatewayUnderTest } from '../support/payment-contract';
import { STANDIN_SECRET_KEY, StripeStandIn } from '../support/stripe-standin';

let store: EmbeddedStore;
let dynamo: DynamoClients;
let standIn: StripeStandIn;
const tables = tableNames(`payments-contract-${process.pid}`);

beforeAll(async () => {
  store = await startEmbeddedStore();
  dynamo = createDynamoClients({ region: 'us-east-1', endpoint: store.endpoint });
  await ensureTables(dynamo.client, tables);
  standIn = await StripeStandIn.start();
});
afterAll(async () => {
  dynamo.client.destroy();
  await store.close();
  await standIn.close();
});

/** The sandbox rules on either ledger: the test hooks are the same. */
function sandboxUnderTest(gateway: LedgerPaymentGateway): GatewayUnderTest {
  return {
    gateway,
    methods: { approve: SandboxMethod.Approve, decline: SandboxMethod.Decline, insufficientFunds: SandboxMethod.InsufficientFunds },
    chargesMade: async () => gateway.succeeded,
    firstAnswerUnknown: (key, answer) =>
      gateway.script(key, answer === 'server-error' ? { firstAnswer: SandboxFirstAnswer.ServerError, settleAfterMs: 0 } : { firstAnswer: SandboxFirstAnswer.Processing }),
    settle: async (key) => {
      await gateway.settle(key);
    },
    unknownChargeId: `ch_sandbox_${Buffer.from('ord_never_charged').toString('base64url')}`,
  };
}

describePaymentGatewayContract('MemoryPaymentGateway', () => sandboxUnderTest(new MemoryPaymentGateway()));

describePaymentGatewayContract('SandboxPaymentGateway on DynamoDB', () => sandboxUnderTest(new SandboxPaymentGateway({ doc: dynamo.doc, tableName: tables.sandboxPayments })));

describePaymentGatewayContract('StripePaymentGateway', () => ({
  gateway: new StripePaymentGateway({ secretKey: async () => STANDIN_SECRET_KEY, apiBase: standIn.url, timeoutMs: 2000 }),
  methods: { approve: 'pm_card_visa', decline: 'pm_card_chargeDeclined', insufficientFunds: 'pm_card_chargeDeclinedInsufficientFunds' },
  chargesMade: async () => standIn.chargesMade(),
  firstAnswerUnknown: (_key, answer) => standIn.fault('create', answer === 'server-error' ? { kind: 'server-error', charged: true } : { kind: 'processing' }),
  settle: async (key) => {
    for (const intent of standIn.intentsFor(key)) standIn.settle(intent.id);
  },
  unknownChargeId: 'pi_never_made',
}));
