import { DynamoHttpClient } from './http-client';
import type { BudgetedRetryOptions } from './retry';
import type { AwsCredentials } from './sigv4';

export interface DynamoClientOptions {
  region: string;
  /** set for the embedded store (dynalite); unset in AWS */
  endpoint?: string;
  /** the function's role credentials (from config); unused with an endpoint */
  credentials?: AwsCredentials;
  /** retries for throttling and transient errors, bounded so a turn still answers in time */
  retry?: BudgetedRetryOptions;
  /** milliseconds before one attempt is abandoned (then retried within the budget) */
  requestTimeoutMs?: number;
}

/**
 * The store's client under the two names callers know it by: `doc` for items (the stores),
 * `client` for tables and for closing connections. One client serves both.
 */
export interface DynamoClients {
  client: DynamoHttpClient;
  doc: DynamoHttpClient;
}

/** The embedded store accepts any credentials. */
const LOCAL_CREDENTIALS: AwsCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function createDynamoClients(options: DynamoClientOptions): DynamoClients {
  const credentials = options.endpoint ? LOCAL_CREDENTIALS : options.credentials;
  if (!credentials) {
    throw new Error(
      'no AWS credentials for DynamoDB: Lambda sets AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; elsewhere export them ' +
        '(e.g. eval "$(aws configure export-credentials --format env)") or set DYNAMODB_ENDPOINT',
    );
  }
  const client = new DynamoHttpClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials,
    retry: options.retry,
    requestTimeoutMs: options.requestTimeoutMs ?? 1000,
    connectionTimeoutMs: 500,
  });
  return { client, doc: client };
}
