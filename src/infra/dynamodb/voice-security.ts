import { GetCommand, UpdateCommand } from './commands';
import type { DynamoHttpClient } from './http-client';
import type { VoicePinHash } from '../../core/voice-pin';
import type { VoiceSecurity, VoiceSecurityStore } from '../../ports/safeguards';
import { isConditionFailure, translateStoreError } from './errors';

/** Attribute names on the customer item; the PIN hash sits next to the customer it protects. */
export const VoiceSecurityAttribute = {
  Pin: 'voicePin',
  PinAlways: 'voicePinAlways',
  PinFailures: 'pinFailures',
  PinFailedAt: 'pinFailedAt',
  DailyLimit: 'dailyLimit',
  SpentDay: 'spentDay',
  SpentToday: 'spentToday',
  /** order id → amount reserved today: a reservation repeated after a lost answer is found, not added again */
  SpentOrders: 'spentOrders',
  /** the last wrong-PIN attempt counted, so a write repeated after a lost answer counts it once */
  PinAttempt: 'pinAttempt',
} as const;
const A = VoiceSecurityAttribute;

export interface VoiceSecurityOptions {
  doc: DynamoHttpClient;
  /** the customers table */
  tableName: string;
}

/**
 * Voice PIN, lock and daily spending on the customer item. Every change is one conditional
 * UpdateItem (no transactions: the embedded store has none), so two turns racing on the same
 * customer cannot both slip past a limit or a lock.
 */
export class DynamoVoiceSecurityStore implements VoiceSecurityStore {
  constructor(private readonly options: VoiceSecurityOptions) {}

  async get(customerId: string): Promise<VoiceSecurity> {
    const { doc, tableName } = this.options;
    const out = await this.guard('voice security get', () => doc.send(new GetCommand({ TableName: tableName, Key: { customerId }, ConsistentRead: true })));
    const item = (out.Item ?? {}) as Record<string, unknown>;
    return {
      pin: item[A.Pin] as VoicePinHash | undefined,
      pinAlways: item[A.PinAlways] === true,
      pinFailures: Number(item[A.PinFailures] ?? 0),
      dailyLimit: typeof item[A.DailyLimit] === 'number' ? (item[A.DailyLimit] as number) : undefined,
      spentDay: item[A.SpentDay] as string | undefined,
      spentToday: Number(item[A.SpentToday] ?? 0),
    };
  }

  async recordPinFailure(customerId: string, attemptId: string): Promise<number> {
    const names = { '#failures': A.PinFailures, '#failedAt': A.PinFailedAt, '#attempt': A.PinAttempt };
    const out = await this.update('pin failure', customerId, {
      UpdateExpression: 'ADD #failures :one SET #failedAt = :now, #attempt = :attempt',
      ConditionExpression: 'attribute_exists(customerId) AND (attribute_not_exists(#attempt) OR #attempt <> :attempt)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':one': 1, ':now': new Date().toISOString(), ':attempt': attemptId },
      ReturnValues: 'UPDATED_NEW',
    });
    if (out) return Number(out[A.PinFailures] ?? 1);
    // This attempt was counted already (its first write applied, the answer was lost).
    return (await this.get(customerId)).pinFailures;
  }

  async clearPinFailures(customerId: string, maxAttempts: number): Promise<boolean> {
    const out = await this.update('pin clear', customerId, {
      UpdateExpression: 'SET #failures = :zero',
      // a right PIN must not lift a lock that a wrong one reached in the meantime
      ConditionExpression: 'attribute_exists(customerId) AND (attribute_not_exists(#failures) OR #failures < :max)',
      ExpressionAttributeNames: { '#failures': A.PinFailures },
      ExpressionAttributeValues: { ':zero': 0, ':max': maxAttempts },
    });
    return out !== undefined;
  }

  async reserveSpend(customerId: string, day: string, amount: number, limit: number, orderId: string): Promise<boolean> {
    if (amount > limit) return false;
    const names = { '#day': A.SpentDay, '#spent': A.SpentToday, '#orders': A.SpentOrders, '#order': orderId };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      // Same day: add, if it still fits under the limit and this order is not counted yet.
      const added = await this.update('spend reserve', customerId, {
        UpdateExpression: 'SET #spent = #spent + :amount, #orders.#order = :amount',
        ConditionExpression: '#day = :day AND #spent <= :room AND attribute_exists(#orders) AND attribute_not_exists(#orders.#order)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':amount': amount, ':day': day, ':room': limit - amount },
      });
      if (added) return true;
      // First purchase of the day: start the count, unless another turn just did.
      const started = await this.update('spend start', customerId, {
        UpdateExpression: 'SET #day = :day, #spent = :amount, #orders = :orders',
        ConditionExpression: 'attribute_exists(customerId) AND (attribute_not_exists(#day) OR #day <> :day OR attribute_not_exists(#orders))',
        ExpressionAttributeNames: { '#day': A.SpentDay, '#spent': A.SpentToday, '#orders': A.SpentOrders },
        ExpressionAttributeValues: { ':amount': amount, ':day': day, ':orders': { [orderId]: amount } },
      });
      if (started) return true;
      const now = await this.reservations(customerId);
      if (now.day === day && now.orders[orderId] !== undefined) return true;
      if (now.day === day && now.spent + amount > limit) return false;
    }
    return false;
  }

  async releaseSpend(customerId: string, day: string, orderId: string): Promise<void> {
    const { orders } = await this.reservations(customerId);
    const amount = orders[orderId];
    if (amount === undefined) return;
    // Conditional on the reservation still being there: a second release gives back nothing.
    await this.update('spend release', customerId, {
      UpdateExpression: 'SET #spent = #spent - :amount REMOVE #orders.#order',
      ConditionExpression: '#day = :day AND attribute_exists(#orders.#order)',
      ExpressionAttributeNames: { '#day': A.SpentDay, '#spent': A.SpentToday, '#orders': A.SpentOrders, '#order': orderId },
      ExpressionAttributeValues: { ':amount': amount, ':day': day },
    });
  }

  private async reservations(customerId: string): Promise<{ day?: string; spent: number; orders: Record<string, number> }> {
    const { doc, tableName } = this.options;
    const out = await this.guard('voice security get', () => doc.send(new GetCommand({ TableName: tableName, Key: { customerId }, ConsistentRead: true })));
    const item = (out.Item ?? {}) as Record<string, unknown>;
    const orders = item[A.SpentOrders];
    return {
      day: item[A.SpentDay] as string | undefined,
      spent: Number(item[A.SpentToday] ?? 0),
      orders: orders && typeof orders === 'object' ? (orders as Record<string, number>) : {},
    };
  }

  async setPin(customerId: string, pin: VoicePinHash, always = false): Promise<void> {
    await this.update('pin set', customerId, {
      UpdateExpression: 'SET #pin = :pin, #always = :always, #failures = :zero',
      ConditionExpression: 'attribute_exists(customerId)',
      ExpressionAttributeNames: { '#pin': A.Pin, '#always': A.PinAlways, '#failures': A.PinFailures },
      ExpressionAttributeValues: { ':pin': pin, ':always': always, ':zero': 0 },
    });
  }

  async resetLock(customerId: string): Promise<void> {
    await this.update('pin reset', customerId, {
      UpdateExpression: 'SET #failures = :zero',
      ConditionExpression: 'attribute_exists(customerId)',
      ExpressionAttributeNames: { '#failures': A.PinFailures },
      ExpressionAttributeValues: { ':zero': 0 },
    });
  }

  /** One conditional update; undefined when the condition did not hold. */
  private async update(
    operation: string,
    customerId: string,
    input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
  ): Promise<Record<string, unknown> | undefined> {
    const { doc, tableName } = this.options;
    try {
      const out = await doc.send(new UpdateCommand({ TableName: tableName, Key: { customerId }, ReturnValues: 'ALL_NEW', ...input }));
      return out.Attributes ?? {};
    } catch (err) {
      if (isConditionFailure(err)) return undefined;
      throw translateStoreError(err, operation);
    }
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw translateStoreError(err, operation);
    }
  }
}
