/**
 * The store an admin tool (catalog:import, reconcile, voice-pin) works on, found without asking:
 *  1. DYNAMODB_ENDPOINT set: that embedded store (fixed local credentials);
 *  2. a STAGE other than local/test: DynamoDB in AWS_REGION (or at AWS_ENDPOINT_URL_DYNAMODB),
 *     signed with exported keys or, without them, the AWS SDK's default credential chain;
 *  3. otherwise the local store: the one a running `npm start` serves (its note in the data
 *     folder says where), over HTTP; with nothing running, its files opened here. Files held by a
 *     process that left no note are refused in one line, never opened twice.
 */
import { join } from 'node:path';
import type { StoreConfig } from '../../src/config';
import { DescribeTableCommand } from '../../src/infra/dynamodb/commands';
import type { DynamoClients } from '../../src/infra/dynamodb/client';
import { DynamoServiceError } from '../../src/infra/dynamodb/errors';
import { DynamoHttpClient } from '../../src/infra/dynamodb/http-client';
import type { AwsCredentials } from '../../src/infra/dynamodb/sigv4';
import { ensureTables, tableNames, type TableNames } from '../../src/infra/dynamodb/tables';
import { EmbeddedStoreLockedError, startEmbeddedStore } from '../../src/local/embedded-store';
import { findRunningStore, STORE_FOLDER, type RunningStore } from '../../src/local/local-store';
import { credentialsFromChain } from './aws-credentials';

export const StoreKind = {
  /** the store of a running `npm start`, over HTTP */
  Running: 'running',
  /** the local store's files, opened by this tool */
  Embedded: 'embedded',
  /** DYNAMODB_ENDPOINT */
  Endpoint: 'endpoint',
  Aws: 'aws',
} as const;
export type StoreKind = (typeof StoreKind)[keyof typeof StoreKind];

export interface ToolStore {
  kind: StoreKind;
  /** which store, in words, for the tool's output */
  where: string;
  tables: TableNames;
  clients: DynamoClients;
  /** what createRuntime needs to reach this same store */
  reach: { dynamodbEndpoint?: string; awsCredentials?: AwsCredentials };
  /** the npm start whose store this is */
  running?: RunningStore;
  /** the local store had no tables before this tool (npm start never ran on it) */
  created: boolean;
  close(): Promise<void>;
}

/**
 * The local store's files are held by a process that said nothing about where it listens (an
 * older `npm start`, another tool still running). Opening them again would crash dynalite.
 */
export class LocalStoreBusyError extends Error {
  readonly path: string;
  constructor(path: string, options: { cause?: unknown } = {}) {
    super(`the local store in ${path} is in use by another process that is not a running npm start (another tool?); wait for it or stop it, then try again`, options);
    this.name = 'LocalStoreBusyError';
    this.path = path;
  }
}

export interface OpenToolStoreOptions {
  config: StoreConfig;
  /** the local data folder (.data) */
  dataDir: string;
  /** where AWS credentials come from when none are exported; the SDK's default chain unless a test says otherwise */
  credentials?: () => Promise<AwsCredentials>;
  /** milliseconds per store call; tools read whole tables, so longer than a turn's */
  requestTimeoutMs?: number;
}

const LOCAL_CREDENTIALS: AwsCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export async function openToolStore(options: OpenToolStoreOptions): Promise<ToolStore> {
  const { config, dataDir } = options;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const client = (endpoint: string | undefined, credentials: AwsCredentials) =>
    new DynamoHttpClient({ region: config.region, endpoint, credentials, requestTimeoutMs: timeoutMs, connectionTimeoutMs: 2000 });
  const done = (store: Omit<ToolStore, 'clients' | 'close' | 'created'> & { client: DynamoHttpClient; created?: boolean; stop?: () => Promise<void> }): ToolStore => ({
    kind: store.kind,
    where: store.where,
    tables: store.tables,
    reach: store.reach,
    running: store.running,
    created: store.created ?? false,
    clients: { client: store.client, doc: store.client },
    close: async () => {
      store.client.destroy();
      await store.stop?.();
    },
  });

  if (config.dynamodbEndpoint) {
    return done({
      kind: StoreKind.Endpoint,
      where: `the store at ${config.dynamodbEndpoint}`,
      tables: config.tables,
      reach: { dynamodbEndpoint: config.dynamodbEndpoint },
      client: client(config.dynamodbEndpoint, LOCAL_CREDENTIALS),
    });
  }

  if (!config.local) {
    const credentials = config.awsCredentials ?? (await (options.credentials ?? credentialsFromChain)());
    return done({
      kind: StoreKind.Aws,
      where: `DynamoDB ${config.awsEndpoint ? `at ${config.awsEndpoint}` : `in ${config.region}`} (tables ${config.tables.products.replace(/-products$/, '')}-*)`,
      tables: config.tables,
      reach: { awsCredentials: credentials },
      client: client(config.awsEndpoint, credentials),
    });
  }

  // A note whose process id now belongs to something else is passed over: the files tell whether anyone holds the store.
  const running = await findLiveRunningStore(dataDir);
  if (running) {
    const toRunning = client(running.endpoint, LOCAL_CREDENTIALS);
    const tables = tableNames(running.tablePrefix);
    await ensureTables(toRunning, tables);
    return done({
      kind: StoreKind.Running,
      where: `the store of the running npm start (pid ${running.pid}, ${running.endpoint})`,
      tables,
      reach: { dynamodbEndpoint: running.endpoint },
      running,
      client: toRunning,
    });
  }

  const path = join(dataDir, STORE_FOLDER);
  let embedded;
  try {
    embedded = await startEmbeddedStore({ path });
  } catch (err) {
    if (err instanceof EmbeddedStoreLockedError) throw new LocalStoreBusyError(path, { cause: err });
    throw err;
  }
  const toEmbedded = client(embedded.endpoint, LOCAL_CREDENTIALS);
  const created = !(await hasTable(toEmbedded, config.tables.products));
  await ensureTables(toEmbedded, config.tables);
  return done({
    kind: StoreKind.Embedded,
    where: `the local store in ${path}`,
    tables: config.tables,
    reach: { dynamodbEndpoint: embedded.endpoint },
    created,
    client: toEmbedded,
    stop: () => embedded.close(),
  });
}

/**
 * The running `npm start` the data folder's note names, if it is really there: a live pid whose
 * store answers (after a reboot the pid may belong to something else).
 */
export async function findLiveRunningStore(dataDir: string): Promise<RunningStore | undefined> {
  const running = findRunningStore(dataDir);
  if (!running) return undefined;
  const client = new DynamoHttpClient({ region: 'us-east-1', endpoint: running.endpoint, credentials: LOCAL_CREDENTIALS, requestTimeoutMs: 2000, connectionTimeoutMs: 1000 });
  try {
    return (await answers(client)) ? running : undefined;
  } finally {
    client.destroy();
  }
}

/** Whether a DynamoDB answers there at all (any DynamoDB error is an answer). */
async function answers(client: DynamoHttpClient): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: 'voice-shop-is-anyone-there' }));
    return true;
  } catch (err) {
    return err instanceof DynamoServiceError;
  }
}

async function hasTable(client: DynamoHttpClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (err) {
    if (err instanceof DynamoServiceError && err.name === 'ResourceNotFoundException') return false;
    throw err;
  }
}
