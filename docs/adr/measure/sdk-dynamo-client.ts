/**
 * Stand-in for src/infra/dynamodb/client.ts built on the AWS SDK v3 (DynamoDBDocumentClient),
 * for the ADR 0001 measurement only: the stores send lib-dynamodb commands through `doc`.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

interface Options {
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export function createDynamoClients(options: Options) {
  const client = new DynamoDBClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.endpoint ? { accessKeyId: 'local', secretAccessKey: 'local' } : options.credentials,
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { client, doc };
}
