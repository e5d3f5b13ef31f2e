import { CreateTableCommand, DescribeTableCommand, type TableDefinition } from './commands';
import type { DynamoHttpClient } from './http-client';

/** Physical table names; the same keys are used in serverless.yml. */
export interface TableNames {
  customers: string;
  carts: string;
  orders: string;
  dialogState: string;
  products: string;
  /** platform user key → customer id, from account-linking events */
  accountLinks: string;
  /** the sandbox payment provider's ledger (charges and refunds by idempotency key) */
  sandboxPayments: string;
  // — after the order —
  /** events received from the fulfilment feed, by event id (idempotency and audit) */
  fulfilmentEvents: string;
  /** the outbox, Alexa notification audiences, stock and cart reminders (src/infra/reminders) */
  reminders: string;
  /** ratings, comments and feedback questions still to ask (src/infra/feedback) */
  feedback: string;
  // — linking where the platform has none (device code) —
  /** platform user key → the device code under way and the link (tokens) the shop holds */
  deviceLinks: string;
  // — deciding: reviews, promotions, saved for later (decide) —
  /** sku → the product's review texts (kept apart from the products scanned for the search index) */
  reviews: string;
  /** the merchant's promotions by id */
  promotions: string;
  /** saved-for-later lists by owner (`customer:<id>` or a guest's platform user key) */
  savedLists: string;
}

export const ORDERS_BY_CUSTOMER_INDEX = 'byCustomer';
/**
 * Sparse index of the orders reconciliation works through, by confirmation time: a PENDING order
 * carries `pendingQueue = PENDING`, a cancelled order whose refund is not confirmed `REFUND`, a
 * settled order whose email is still owed `NOTICE`, any other none, so reconciliation queries a
 * handful of items instead of scanning every order.
 */
export const PENDING_ORDERS_INDEX = 'pending';
export const PENDING_QUEUE_ATTRIBUTE = 'pendingQueue';
export const PENDING_QUEUE = 'PENDING';
/** The same index's second queue: settled orders whose email is owed and not yet sent. */
export const NOTICE_QUEUE = 'NOTICE';
/** And its third: cancelled orders whose refund the provider has not confirmed yet. */
export const REFUND_QUEUE = 'REFUND';
/** The sandbox payments table's key: `charge#<idempotency key>` or `refund#<idempotency key>`. */
export const SANDBOX_LEDGER_KEY = 'ledgerKey';

/** Table names for a prefix such as `voice-shop-dev`. */
export function tableNames(prefix: string): TableNames {
  return {
    customers: `${prefix}-customers`,
    carts: `${prefix}-carts`,
    orders: `${prefix}-orders`,
    dialogState: `${prefix}-dialog-state`,
    products: `${prefix}-products`,
    accountLinks: `${prefix}-account-links`,
    sandboxPayments: `${prefix}-sandbox-payments`,
    // — after the order —
    fulfilmentEvents: `${prefix}-fulfilment-events`,
    reminders: `${prefix}-reminders`,
    feedback: `${prefix}-feedback`,
    deviceLinks: `${prefix}-device-links`,
    reviews: `${prefix}-reviews`,
    promotions: `${prefix}-promotions`,
    savedLists: `${prefix}-saved-lists`,
  };
}

/** Key schemas, mirrored by serverless.yml; used to create tables on the embedded store. */
export function tableDefinitions(names: TableNames): TableDefinition[] {
  const simple = (TableName: string, key: string): TableDefinition => ({
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
  });
  return [
    simple(names.customers, 'customerId'),
    simple(names.carts, 'userKey'),
    simple(names.dialogState, 'userKey'),
    simple(names.products, 'sku'),
    simple(names.accountLinks, 'userKey'),
    simple(names.sandboxPayments, SANDBOX_LEDGER_KEY),
    simple(names.deviceLinks, 'userKey'),
    simple(names.reviews, 'sku'),
    simple(names.promotions, 'id'),
    simple(names.savedLists, 'ownerKey'),
    {
      TableName: names.orders,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'orderId', AttributeType: 'S' },
        { AttributeName: 'customerId', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'S' },
        { AttributeName: PENDING_QUEUE_ATTRIBUTE, AttributeType: 'S' },
        { AttributeName: 'confirmedAt', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: ORDERS_BY_CUSTOMER_INDEX,
          KeySchema: [
            { AttributeName: 'customerId', KeyType: 'HASH' },
            { AttributeName: 'createdAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: PENDING_ORDERS_INDEX,
          KeySchema: [
            { AttributeName: PENDING_QUEUE_ATTRIBUTE, KeyType: 'HASH' },
            { AttributeName: 'confirmedAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    },
    // — after the order —
    ...afterOrderTableDefinitions(names),
  ];
}

// — after the order: the feed's event log, the reminders table and the feedback table —

/** Sparse index of the reminders table: items waiting for something carry `queue` and `dueAt`. */
export const REMINDERS_QUEUE_INDEX = 'queue';

function afterOrderTableDefinitions(names: TableNames): TableDefinition[] {
  const keyed = (TableName: string): TableDefinition => ({
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
  });
  const reminders = keyed(names.reminders);
  return [
    {
      TableName: names.fulfilmentEvents,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'eventId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'eventId', KeyType: 'HASH' }],
    },
    {
      ...reminders,
      AttributeDefinitions: [...reminders.AttributeDefinitions, { AttributeName: 'queue', AttributeType: 'S' }, { AttributeName: 'dueAt', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: REMINDERS_QUEUE_INDEX,
          KeySchema: [
            { AttributeName: 'queue', KeyType: 'HASH' },
            { AttributeName: 'dueAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    },
    keyed(names.feedback),
  ];
}

/** Creates any missing table (embedded store and tests; production tables come from serverless.yml). */
export async function ensureTables(client: DynamoHttpClient, names: TableNames): Promise<void> {
  for (const definition of tableDefinitions(names)) {
    try {
      await client.send(new DescribeTableCommand({ TableName: definition.TableName }));
    } catch (err) {
      if ((err as Error).name !== 'ResourceNotFoundException') throw err;
      await client.send(new CreateTableCommand(definition));
    }
  }
}
