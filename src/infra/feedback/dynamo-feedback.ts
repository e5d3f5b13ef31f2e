import type { Feedback, FeedbackDue, FeedbackStore } from '../../ports/feedback';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '../dynamodb/commands';
import { isConditionFailure, translateStoreError } from '../dynamodb/errors';
import type { DynamoHttpClient } from '../dynamodb/http-client';

/**
 * The feedback table (pk, sk):
 *   customer#<id> / due#<orderId>        a delivered order still to be asked about
 *   customer#<id> / feedback#<id>        a rating and/or a comment (general feedback too)
 *   anonymous     / feedback#<id>        feedback from a shopper who is not linked
 */
export class DynamoFeedbackStore implements FeedbackStore {
  constructor(private readonly options: { doc: DynamoHttpClient; tableName: string }) {}

  async askLater(due: FeedbackDue): Promise<void> {
    await this.run('feedback due put', (doc, TableName) => doc.send(new PutCommand({ TableName, Item: { pk: `customer#${due.customerId}`, sk: `due#${due.orderId}`, ...due } })));
  }

  async nextDue(customerId: string): Promise<FeedbackDue | undefined> {
    const out = await this.run('feedback due query', (doc, TableName) =>
      doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :due)',
          ExpressionAttributeValues: { ':pk': `customer#${customerId}`, ':due': 'due#' },
          ConsistentRead: true,
        }),
      ),
    );
    const due = (out.Items ?? []).flatMap((item) =>
      typeof item.orderId === 'string' && typeof item.deliveredAt === 'string' ? [{ customerId, orderId: item.orderId, deliveredAt: item.deliveredAt }] : [],
    );
    return due.sort((a, b) => b.deliveredAt.localeCompare(a.deliveredAt))[0];
  }

  async takeDue(customerId: string, orderId: string): Promise<boolean> {
    try {
      await this.options.doc.send(
        new DeleteCommand({ TableName: this.options.tableName, Key: { pk: `customer#${customerId}`, sk: `due#${orderId}` }, ConditionExpression: 'attribute_exists(pk)' }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw translateStoreError(err, 'feedback due take');
    }
  }

  async record(feedback: Feedback): Promise<void> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = Object.entries(feedback)
      .filter(([, value]) => value !== undefined)
      .map(([key, value], i) => {
        names[`#f${i}`] = key;
        values[`:f${i}`] = value;
        return `#f${i} = :f${i}`;
      });
    await this.run('feedback record', (doc, TableName) =>
      doc.send(
        new UpdateCommand({
          TableName,
          Key: { pk: feedback.customerId ? `customer#${feedback.customerId}` : 'anonymous', sk: `feedback#${feedback.feedbackId}` },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  private async run<T>(operation: string, work: (doc: DynamoHttpClient, tableName: string) => Promise<T>): Promise<T> {
    try {
      return await work(this.options.doc, this.options.tableName);
    } catch (err) {
      throw translateStoreError(err, operation);
    }
  }
}
