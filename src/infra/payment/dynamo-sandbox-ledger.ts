import { GetCommand, PutCommand, UpdateCommand, type Item } from '../dynamodb/commands';
import { isConditionFailure } from '../dynamodb/errors';
import type { DynamoHttpClient } from '../dynamodb/http-client';
import { SANDBOX_LEDGER_KEY } from '../dynamodb/tables';
import {
  SandboxChargeState,
  SandboxFirstAnswer,
  SandboxRefundState,
  type ChargePatch,
  type RefundApplication,
  type SandboxChargeRecord,
  type SandboxLedger,
  type SandboxRefundRecord,
} from './sandbox-ledger';

export interface DynamoSandboxLedgerOptions {
  doc: DynamoHttpClient;
  tableName: string;
  /** records expire (DynamoDB TTL) this many days after they are written */
  ttlDays?: number;
}

/** Attribute DynamoDB TTL deletes by; declared in serverless.yml. */
const TTL_ATTRIBUTE = 'expiresAt';
const chargeKey = (idempotencyKey: string) => ({ [SANDBOX_LEDGER_KEY]: `charge#${idempotencyKey}` });
const refundKey = (idempotencyKey: string) => ({ [SANDBOX_LEDGER_KEY]: `refund#${idempotencyKey}` });

/**
 * The sandbox ledger in one DynamoDB table: a charge item per idempotency key (`charge#<key>`) and
 * a refund item per refund key (`refund#<key>`). Every write is a single-item conditional write
 * (dynalite has no transactions, and none is needed); every read is strongly consistent.
 */
export class DynamoSandboxLedger implements SandboxLedger {
  constructor(private readonly options: DynamoSandboxLedgerOptions) {}

  async insertCharge(record: SandboxChargeRecord): Promise<SandboxChargeRecord | undefined> {
    const inserted = await this.insert({ ...chargeKey(record.idempotencyKey), ...record });
    return inserted ? undefined : this.getCharge(record.idempotencyKey);
  }

  async getCharge(idempotencyKey: string): Promise<SandboxChargeRecord | undefined> {
    const item = await this.get(chargeKey(idempotencyKey));
    return item && chargeFromItem(item);
  }

  async moveCharge(idempotencyKey: string, from: SandboxChargeState, patch: ChargePatch): Promise<SandboxChargeRecord | undefined> {
    const item = await this.move(chargeKey(idempotencyKey), from, patch);
    return item && chargeFromItem(item);
  }

  async insertRefund(record: SandboxRefundRecord): Promise<SandboxRefundRecord | undefined> {
    const inserted = await this.insert({ ...refundKey(record.idempotencyKey), ...record });
    return inserted ? undefined : this.getRefund(record.idempotencyKey);
  }

  async getRefund(idempotencyKey: string): Promise<SandboxRefundRecord | undefined> {
    const item = await this.get(refundKey(idempotencyKey));
    return item && refundFromItem(item);
  }

  async moveRefund(idempotencyKey: string, from: SandboxRefundState, patch: Partial<Pick<SandboxRefundRecord, 'state' | 'failureCode'>>): Promise<SandboxRefundRecord | undefined> {
    const item = await this.move(refundKey(idempotencyKey), from, patch);
    return item && refundFromItem(item);
  }

  async applyRefund(charge: string, refund: string, amount: number, limit: number): Promise<RefundApplication> {
    const { doc, tableName } = this.options;
    try {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: chargeKey(charge),
          UpdateExpression: 'SET #refunded = #refunded + :amount, #refunds.#refund = :amount',
          ConditionExpression: '#state = :succeeded AND attribute_not_exists(#refunds.#refund) AND #refunded <= :limit',
          ExpressionAttributeNames: { '#refunded': 'refunded', '#refunds': 'refunds', '#refund': refund, '#state': 'state' },
          ExpressionAttributeValues: { ':amount': amount, ':limit': limit, ':succeeded': SandboxChargeState.Succeeded },
        }),
      );
      return 'applied';
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
    // Which part of the condition failed: read the charge as it is now.
    const current = await this.getCharge(charge);
    if (!current || current.state !== SandboxChargeState.Succeeded) return 'not-refundable';
    return Object.hasOwn(current.refunds, refund) ? 'already-applied' : 'exceeds';
  }

  /** Puts an item unless its key is taken; false when it is. */
  private async insert(item: Item): Promise<boolean> {
    const { doc, tableName, ttlDays = 30 } = this.options;
    const expiresAt = Math.floor(Date.now() / 1000) + ttlDays * 86_400;
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...item, [TTL_ATTRIBUTE]: expiresAt },
          ConditionExpression: 'attribute_not_exists(#key)',
          ExpressionAttributeNames: { '#key': SANDBOX_LEDGER_KEY },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  private async get(key: Item): Promise<Item | undefined> {
    const { doc, tableName } = this.options;
    return (await doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  }

  /** Sets `patch` if the item's state is still `from`; the item after the change, or undefined. */
  private async move(key: Item, from: string, patch: Record<string, unknown>): Promise<Item | undefined> {
    const { doc, tableName } = this.options;
    const names: Record<string, string> = { '#state': 'state' };
    const values: Record<string, unknown> = { ':from': from };
    const sets = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([name, value], i) => {
        names[`#p${i}`] = name;
        values[`:p${i}`] = value;
        return `#p${i} = :p${i}`;
      });
    try {
      const out = await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '#state = :from',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes;
    } catch (err) {
      if (isConditionFailure(err)) return undefined;
      throw err;
    }
  }
}

/** A stored item that does not read as a ledger record: reported loudly, never guessed at. */
export class SandboxLedgerItemError extends Error {
  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options);
    this.name = 'SandboxLedgerItemError';
  }
}

const text = (item: Item, name: string): string => {
  const value = item[name];
  if (typeof value !== 'string') throw new SandboxLedgerItemError(`sandbox ledger item ${String(item[SANDBOX_LEDGER_KEY])}: ${name} is not text`);
  return value;
};
const optionalText = (item: Item, name: string): string | undefined => (item[name] === undefined ? undefined : text(item, name));
const number = (item: Item, name: string): number => {
  const value = item[name];
  if (typeof value !== 'number') throw new SandboxLedgerItemError(`sandbox ledger item ${String(item[SANDBOX_LEDGER_KEY])}: ${name} is not a number`);
  return value;
};
const optionalNumber = (item: Item, name: string): number | undefined => (item[name] === undefined ? undefined : number(item, name));
function oneOf<T extends string>(item: Item, name: string, allowed: Record<string, T>): T {
  const value = text(item, name);
  if (!(Object.values(allowed) as string[]).includes(value))
    throw new SandboxLedgerItemError(`sandbox ledger item ${String(item[SANDBOX_LEDGER_KEY])}: ${name} "${value}" is unknown`);
  return value as T;
}

function chargeFromItem(item: Item): SandboxChargeRecord {
  const refunds: Record<string, number> = {};
  const stored = item.refunds ?? {};
  if (typeof stored !== 'object' || stored === null) throw new SandboxLedgerItemError(`sandbox ledger item ${String(item[SANDBOX_LEDGER_KEY])}: refunds is not a map`);
  for (const [key, amount] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof amount !== 'number') throw new SandboxLedgerItemError(`sandbox ledger item ${String(item[SANDBOX_LEDGER_KEY])}: refund ${key} is not a number`);
    Object.defineProperty(refunds, key, { value: amount, enumerable: true, writable: true, configurable: true });
  }
  return {
    idempotencyKey: text(item, 'idempotencyKey'),
    chargeId: text(item, 'chargeId'),
    customerId: text(item, 'customerId'),
    paymentCustomerRef: optionalText(item, 'paymentCustomerRef'),
    paymentMethodRef: text(item, 'paymentMethodRef'),
    amount: number(item, 'amount'),
    currency: text(item, 'currency'),
    orderNumber: optionalText(item, 'orderNumber'),
    description: text(item, 'description'),
    state: oneOf(item, 'state', SandboxChargeState),
    verdict: oneOf(item, 'verdict', { Succeeded: 'succeeded', Declined: 'declined' } as const),
    declineCode: optionalText(item, 'declineCode'),
    firstAnswer: oneOf(item, 'firstAnswer', SandboxFirstAnswer),
    createdAt: number(item, 'createdAt'),
    decideBy: number(item, 'decideBy'),
    settlesAt: optionalNumber(item, 'settlesAt'),
    refunded: number(item, 'refunded'),
    refunds,
  };
}

function refundFromItem(item: Item): SandboxRefundRecord {
  return {
    idempotencyKey: text(item, 'idempotencyKey'),
    refundId: text(item, 'refundId'),
    chargeId: text(item, 'chargeId'),
    chargeKey: text(item, 'chargeKey'),
    requestedAmount: optionalNumber(item, 'requestedAmount'),
    amount: number(item, 'amount'),
    currency: text(item, 'currency'),
    reason: optionalText(item, 'reason'),
    state: oneOf(item, 'state', SandboxRefundState),
    failureCode: optionalText(item, 'failureCode'),
    createdAt: number(item, 'createdAt'),
  };
}
