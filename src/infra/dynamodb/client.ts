import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BudgetedRetryStrategy, type BudgetedRetryOptions } from './retry';

export interface DynamoClientOptions {
  region: string;
  /** set for the embedded store (dynalite); unset in AWS */
  endpoint?: string;
  /** retries for throttling and transient errors, bounded so a turn still answers in time */
  retry?: BudgetedRetryOptions;
  /** milliseconds before one attempt is abandoned (then retried within the budget) */
  requestTimeoutMs?: number;
}

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

export function createDynamoClients(options: DynamoClientOptions): DynamoClients {
  const client = new DynamoDBClient({
    region: options.region,
    endpoint: options.endpoint,
    retryStrategy: new BudgetedRetryStrategy(options.retry),
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 1000, connectionTimeout: 500 },
    // The embedded store accepts any credentials; AWS uses the function's role.
    ...(options.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}
