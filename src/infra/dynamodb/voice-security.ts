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
    const out = await this.guard('voice security get', () =>
      doc.send(new GetCommand({ TableName: tableName, Key: { customerId }, ConsistentRead: true })),
    );
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

  async recordPinFailure(customerId: string): Promise<number> {
    const out = await this.update('pin failure', customerId, {
      UpdateExpression: 'ADD #failures :one SET #failedAt = :now',
      ConditionExpression: 'attribute_exists(customerId)',
      ExpressionAttributeNames: { '#failures': A.PinFailures, '#failedAt': A.PinFailedAt },
      ExpressionAttributeValues: { ':one': 1, ':now': new Date().toISOString() },
      ReturnValues: 'UPDATED_NEW',
    });
    return Number(out?.[A.PinFailures] ?? 1);
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

  async reserveSpend(customerId: string, day: string, amount: number, limit: number): Promise<boolean> {
    if (amount > limit) return false;
    const names = { '#day': A.SpentDay, '#spent': A.SpentToday };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      // Same day: add, if it still fits under the limit.
      const added = await this.update('spend reserve', customerId, {
        UpdateExpression: 'SET #spent = #spent + :amount',
        ConditionExpression: '#day = :day AND #spent <= :room',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':amount': amount, ':day': day, ':room': limit - amount },
      });
      if (added) return true;
      // First purchase of the day: start the count, unless another turn just did.
      const started = await this.update('spend start', customerId, {
        UpdateExpression: 'SET #day = :day, #spent = :amount',
        ConditionExpression: 'attribute_exists(customerId) AND (attribute_not_exists(#day) OR #day <> :day)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':amount': amount, ':day': day },
      });
      if (started) return true;
      const now = await this.get(customerId);
      if (now.spentDay === day && now.spentToday + amount > limit) return false;
    }
    return false;
  }

  async releaseSpend(customerId: string, day: string, amount: number): Promise<void> {
    await this.update('spend release', customerId, {
      UpdateExpression: 'SET #spent = #spent - :amount',
      ConditionExpression: '#day = :day AND #spent >= :amount',
      ExpressionAttributeNames: { '#day': A.SpentDay, '#spent': A.SpentToday },
      ExpressionAttributeValues: { ':amount': amount, ':day': day },
    });
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
