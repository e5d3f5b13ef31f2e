/**
 * The DynamoDB client over real loopback HTTP: against dynalite for what the stores rely on, and
 * against small servers that misbehave on purpose (throttling, silence, garbage, bad checksums).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { crc32 } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand as SdkGetCommand, PutCommand as SdkPutCommand } from '@aws-sdk/lib-dynamodb';
import { SignatureV4 } from '@smithy/signature-v4';
import { CartVersionConflictError, OrderAlreadyExistsError, StoreUnavailableError } from '../../src/core/errors';
import { OrderSource, OrderState, type Order } from '../../src/core/order';
import { createDynamoClients } from '../../src/infra/dynamodb/client';
import { DescribeTableCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, UpdateCommand, type Item } from '../../src/infra/dynamodb/commands';
import { DynamoNetworkError, DynamoServiceError, DynamoTimeoutError, translateStoreError } from '../../src/infra/dynamodb/errors';
import { DynamoHttpClient, type DynamoHttpClientOptions } from '../../src/infra/dynamodb/http-client';
import { MarshallError } from '../../src/infra/dynamodb/marshall';
import { DynamoProductSource } from '../../src/infra/dynamodb/products';
import { DynamoCartStore, DynamoOrderStore } from '../../src/infra/dynamodb/stores';
import { ensureTables, ORDERS_BY_CUSTOMER_INDEX, tableNames } from '../../src/infra/dynamodb/tables';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import { NodeSha256 } from '../support/node-sha256';

const LOCAL = { accessKeyId: 'local', secretAccessKey: 'local' };
const tables = tableNames('http-client-test');
let store: EmbeddedStore;
let dynamo: DynamoHttpClient;
const opened: DynamoHttpClient[] = [];

beforeAll(async () => {
  store = await startEmbeddedStore();
  dynamo = createDynamoClients({ region: 'us-east-1', endpoint: store.endpoint }).client;
  await ensureTables(dynamo, tables);
});
afterAll(async () => {
  dynamo.destroy();
  opened.forEach((c) => c.destroy());
  await store.close();
});

/** A client for one of the test servers below; closed after the suite. */
function clientFor(endpoint: string, options: Partial<DynamoHttpClientOptions> = {}): DynamoHttpClient {
  const client = new DynamoHttpClient({ region: 'us-east-1', endpoint, credentials: LOCAL, ...options });
  opened.push(client);
  return client;
}

interface SeenRequest {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A loopback server that answers as `answer` says; remembers requests and the connections made. */
async function fakeDynamo(answer: (res: ServerResponse, index: number, request: SeenRequest) => void) {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      answer(res, requests.length - 1, seen);
    });
  });
  let connections = 0;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    get connections() {
      return connections;
    },
    /** resolves when every connection the client opened is closed; rejects after `withinMs` */
    allClosed(withinMs: number): Promise<void> {
      const open = [...sockets].filter((s) => !s.destroyed);
      const closed = Promise.all(open.map((s) => new Promise((resolve) => s.once('close', resolve)))).then(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${open.length} connection(s) still open after ${withinMs} ms`)), withinMs);
      });
      return Promise.race([closed, late]).finally(() => clearTimeout(timer));
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers as DynamoDB does: JSON, a request id and the CRC32 of the body. */
function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `req-${status}`, 'x-amz-crc32': String(crc32(text)), ...headers });
  res.end(text);
}
const dynamoError = (res: ServerResponse, status: number, type: string, message = `${type} (test)`) =>
  reply(res, status, { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });

const order = (i: number, customerId: string): Order =>
  ({
    orderId: `ord-${customerId}-${i}`,
    orderNumber: `${1000 + i}`,
    customerId,
    userKey: 'alexa:u',
    state: OrderState.Placed,
    source: OrderSource.Cart,
    lines: [{ sku: 'SKU-1', name: 'Oat milk', quantity: i + 1, unitPrice: 399 }],
    subtotal: 399 * (i + 1),
    tax: 0,
    deliveryFee: 0,
    total: 399 * (i + 1),
    currency: 'USD',
    sellerName: 'Corner Shop',
    createdAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  }) as unknown as Order;

describe('DynamoHttpClient against dynalite', () => {
  it('reads back what it writes: nested maps and lists, empty strings, nulls, numbers', async () => {
    const item = {
      userKey: 'round-trip',
      lines: [{ sku: 'SKU-1', quantity: 2, options: { size: 'L', extras: [] } }],
      note: '',
      gift: null,
      price: 12.5,
      version: 3,
      skipped: undefined,
    };
    await dynamo.send(new PutCommand({ TableName: tables.carts, Item: item }));
    const out = await dynamo.send(new GetCommand({ TableName: tables.carts, Key: { userKey: 'round-trip' }, ConsistentRead: true }));
    const { skipped: _skipped, ...stored } = item;
    expect(out.Item).toEqual(stored);
    expect(out.Item).not.toHaveProperty('skipped');
  });

  it('reads what the AWS SDK wrote, and writes what the AWS SDK reads back the same', async () => {
    const sdk = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', endpoint: store.endpoint, credentials: LOCAL }), {
      marshallOptions: { removeUndefinedValues: true },
    });
    try {
      const item = {
        userKey: 'cross-check',
        lines: [
          { sku: 'A', quantity: 1 },
          { sku: 'B', quantity: 2.5 },
        ],
        meta: { empty: '', nothing: null, yes: true, deep: [[1], { x: 'y' }] },
      };
      await sdk.send(new SdkPutCommand({ TableName: tables.carts, Item: item }));
      expect((await dynamo.send(new GetCommand({ TableName: tables.carts, Key: { userKey: 'cross-check' } }))).Item).toEqual(item);
      const ours = { ...item, userKey: 'cross-check-2', tags: new Set(['a', 'b']) };
      await dynamo.send(new PutCommand({ TableName: tables.carts, Item: ours }));
      expect((await sdk.send(new SdkGetCommand({ TableName: tables.carts, Key: { userKey: 'cross-check-2' } }))).Item).toEqual(ours);
    } finally {
      sdk.destroy();
    }
  });

  it('reports a failed condition as ConditionalCheckFailedException, once, and the stores turn it into their conflicts', async () => {
    await dynamo.send(new PutCommand({ TableName: tables.carts, Item: { userKey: 'taken' } }));
    const err = await dynamo
      .send(new PutCommand({ TableName: tables.carts, Item: { userKey: 'taken' }, ConditionExpression: 'attribute_not_exists(userKey)' }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DynamoServiceError);
    expect(err).toMatchObject({ name: 'ConditionalCheckFailedException', statusCode: 400, attempts: 1, requestId: expect.any(String) });

    const carts = new DynamoCartStore({ doc: dynamo, tableName: tables.carts });
    const saved = await carts.save({ userKey: 'racing', lines: [], version: 0, updatedAt: '' });
    await carts.save(saved);
    await expect(carts.save(saved)).rejects.toBeInstanceOf(CartVersionConflictError);

    const orders = new DynamoOrderStore({ doc: dynamo, tableName: tables.orders });
    await orders.create(order(0, 'cust-conflict'));
    await expect(orders.create(order(0, 'cust-conflict'))).rejects.toBeInstanceOf(OrderAlreadyExistsError);
  });

  it('pages through a query with LastEvaluatedKey', async () => {
    const orders = new DynamoOrderStore({ doc: dynamo, tableName: tables.orders });
    for (let i = 0; i < 5; i += 1) await orders.create(order(i, 'cust-pages'));
    const pages: Item[][] = [];
    let start: Item | undefined;
    do {
      const out = await dynamo.send(
        new QueryCommand({
          TableName: tables.orders,
          IndexName: ORDERS_BY_CUSTOMER_INDEX,
          KeyConditionExpression: 'customerId = :c',
          ExpressionAttributeValues: { ':c': 'cust-pages' },
          ScanIndexForward: false,
          Limit: 2,
          ExclusiveStartKey: start,
        }),
      );
      pages.push(out.Items ?? []);
      expect(out.Count).toBe(out.Items?.length);
      start = out.LastEvaluatedKey;
      if (start) expect(Object.keys(start).sort()).toEqual(['createdAt', 'customerId', 'orderId']);
    } while (start);
    expect(pages.map((p) => p.length).slice(0, 3)).toEqual([2, 2, 1]);
    expect(pages.flat().map((o) => o.orderId)).toEqual([4, 3, 2, 1, 0].map((i) => `ord-cust-pages-${i}`));
  });

  it('scans page by page', async () => {
    const products = new DynamoProductSource({ doc: dynamo, tableName: tables.products });
    const made = Array.from({ length: 30 }, (_, i) => ({ sku: `SKU-${i}`, name: `Thing ${i}`, price: 100 + i, inStock: i % 2 === 0 }));
    expect(await products.putAll(made as never)).toBe(30);
    let pages = 0;
    const seen: string[] = [];
    let start: Item | undefined;
    do {
      const out = await dynamo.send(new ScanCommand({ TableName: tables.products, Limit: 7, ExclusiveStartKey: start }));
      pages += 1;
      seen.push(...(out.Items ?? []).map((p) => p.sku as string));
      start = out.LastEvaluatedKey;
    } while (start);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(seen.sort()).toEqual(made.map((p) => p.sku).sort());
    expect((await products.getProducts(['SKU-3', 'SKU-29', 'missing'])).map((p) => p.sku).sort()).toEqual(['SKU-29', 'SKU-3']);
  });

  it('updates with SET, ADD and REMOVE expressions and returns the new values', async () => {
    await dynamo.send(new PutCommand({ TableName: tables.customers, Item: { customerId: 'cust-update', spentToday: 10, scratch: 'x' } }));
    const all = await dynamo.send(
      new UpdateCommand({
        TableName: tables.customers,
        Key: { customerId: 'cust-update' },
        UpdateExpression: 'SET #day = :day, #address = :address ADD #spent :amount REMOVE #scratch',
        ConditionExpression: 'attribute_exists(customerId) AND #spent <= :room',
        ExpressionAttributeNames: { '#day': 'spentDay', '#address': 'address', '#spent': 'spentToday', '#scratch': 'scratch' },
        ExpressionAttributeValues: { ':day': '2026-01-02', ':address': { city: 'Albany', lines: ['1 Ferry St', ''] }, ':amount': 5, ':room': 95 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(all.Attributes).toEqual({ customerId: 'cust-update', spentToday: 15, spentDay: '2026-01-02', address: { city: 'Albany', lines: ['1 Ferry St', ''] } });
    const changed = await dynamo.send(
      new UpdateCommand({
        TableName: tables.customers,
        Key: { customerId: 'cust-update' },
        UpdateExpression: 'SET #spent = #spent - :amount',
        ExpressionAttributeNames: { '#spent': 'spentToday' },
        ExpressionAttributeValues: { ':amount': 2.5 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    expect(changed.Attributes).toEqual({ spentToday: 12.5 });
  });

  it('names a missing table ResourceNotFoundException', async () => {
    await expect(dynamo.send(new DescribeTableCommand({ TableName: 'no-such-table' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException', statusCode: 400 });
    expect((await dynamo.send(new DescribeTableCommand({ TableName: tables.carts }))).Table?.TableName).toBe(tables.carts);
  });

  it('refuses a value DynamoDB cannot hold before sending anything', async () => {
    await expect(dynamo.send(new PutCommand({ TableName: tables.carts, Item: { userKey: 'nan', total: Number.NaN } }))).rejects.toThrow(MarshallError);
    expect((await dynamo.send(new GetCommand({ TableName: tables.carts, Key: { userKey: 'nan' } }))).Item).toBeUndefined();
  });
});

describe('DynamoHttpClient on the wire', () => {
  it('sends a JSON-protocol request signed for dynamodb that the AWS SDK signer verifies', async () => {
    const server = await fakeDynamo((res) => reply(res, 200, { Item: { userKey: { S: 'u' } } }));
    try {
      const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token-example' };
      const client = clientFor(server.endpoint, { region: 'eu-central-1', credentials });
      expect((await client.send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }))).Item).toEqual({ userKey: 'u' });

      const [{ headers, body }] = server.requests;
      expect(headers['content-type']).toBe('application/x-amz-json-1.0');
      expect(headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
      expect(headers['x-amz-security-token']).toBe('session-token-example');
      expect(JSON.parse(body)).toEqual({ TableName: 't', Key: { userKey: { S: 'u' } } });
      // re-sign what arrived with the SDK's signer, at the time the request says it was signed
      const amzDate = String(headers['x-amz-date']);
      const signingDate = new Date(
        `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
      );
      const signer = new SignatureV4({ service: 'dynamodb', region: 'eu-central-1', credentials, sha256: NodeSha256, applyChecksum: false });
      const signedHeaders = /SignedHeaders=([^,]+)/.exec(String(headers.authorization))![1].split(';');
      const signed = await signer.sign(
        {
          method: 'POST',
          protocol: 'http:',
          hostname: '127.0.0.1',
          path: '/',
          query: {},
          headers: Object.fromEntries(signedHeaders.map((h) => [h, String(headers[h])])),
          body,
        },
        { signingDate },
      );
      expect(headers.authorization).toBe(signed.headers.authorization);
    } finally {
      await server.close();
    }
  });

  it('rides out two throttled answers and returns the third', async () => {
    const server = await fakeDynamo((res, i) =>
      i < 2
        ? dynamoError(res, 400, 'ThrottlingException', 'Rate of requests exceeds the allowed throughput.')
        : reply(res, 200, { Item: { userKey: { S: 'u' }, version: { N: '7' } } }),
    );
    try {
      const out = await clientFor(server.endpoint).send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }));
      expect(out.Item).toEqual({ userKey: 'u', version: 7 });
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('gives up on throttling that persists within the budget, and the store reports itself unavailable', async () => {
    const server = await fakeDynamo((res) => dynamoError(res, 400, 'ProvisionedThroughputExceededException'));
    try {
      const client = clientFor(server.endpoint, { retry: { maxAttempts: 4, maxElapsedMs: 300 } });
      const started = performance.now();
      const err = await new DynamoCartStore({ doc: client, tableName: 't' }).get('u').catch((e: unknown) => e);
      const elapsed = performance.now() - started;
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toBe('cart get: ProvisionedThroughputExceededException');
      expect((err as Error).cause).toMatchObject({ name: 'ProvisionedThroughputExceededException', statusCode: 400 });
      expect(server.requests.length).toBeGreaterThanOrEqual(2);
      expect(server.requests.length).toBeLessThanOrEqual(4);
      expect(((err as Error).cause as DynamoServiceError).attempts).toBe(server.requests.length);
      // the budget bounds when a retry may start; the answers themselves are instant here
      expect(elapsed).toBeLessThan(300 + 300);
    } finally {
      await server.close();
    }
  });

  it('never retries a failed condition or another client error', async () => {
    const server = await fakeDynamo((res, i) =>
      i === 0
        ? dynamoError(res, 400, 'ConditionalCheckFailedException', 'The conditional request failed')
        : dynamoError(res, 400, 'ValidationException', 'One or more parameter values were invalid'),
    );
    try {
      const client = clientFor(server.endpoint);
      await expect(client.send(new PutCommand({ TableName: 't', Item: { userKey: 'u' }, ConditionExpression: 'attribute_not_exists(userKey)' }))).rejects.toMatchObject({
        name: 'ConditionalCheckFailedException',
        message: 'The conditional request failed',
        statusCode: 400,
        requestId: 'req-400',
        attempts: 1,
      });
      await expect(client.send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }))).rejects.toMatchObject({ name: 'ValidationException', attempts: 1 });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('abandons an attempt that gets no answer, retries, gives up within the budget, and leaves no connection open', async () => {
    const server = await fakeDynamo(() => undefined); // reads the request, never answers
    try {
      // two attempts at most, with a time budget a loaded machine cannot use up before the second starts
      const client = clientFor(server.endpoint, { requestTimeoutMs: 150, retry: { maxAttempts: 2, maxElapsedMs: 1000 } });
      const started = performance.now();
      const err = await client.send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } })).catch((e: unknown) => e);
      const elapsed = performance.now() - started;
      expect(err).toBeInstanceOf(DynamoTimeoutError);
      expect(err).toMatchObject({ name: 'TimeoutError', phase: 'response', attempts: 2 });
      expect(translateStoreError(err, 'cart get')).toBeInstanceOf(StoreUnavailableError);
      expect(server.requests).toHaveLength(2);
      // two attempts of 150 ms and a wait under 50 ms between them, well inside the budget
      expect(elapsed).toBeGreaterThanOrEqual(295);
      expect(elapsed).toBeLessThan(1000 + 150);
      await server.allClosed(1000);
    } finally {
      await server.close();
    }
  });

  it('reads a 500 with a body that is not JSON as a server error: retried, then unavailable, the body kept out of the message', async () => {
    const page = '<html><body>Bad Gateway: upstream said customer@example.com</body></html>';
    const server = await fakeDynamo((res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end(page);
    });
    try {
      const err = await clientFor(server.endpoint, { retry: { maxAttempts: 2 } })
        .send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }))
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'InternalServerError', statusCode: 500, attempts: 2 });
      expect((err as Error).message).toBe(`DynamoDB answered 500 with a ${page.length}-byte text/html body that is not a DynamoDB error`);
      expect(server.requests).toHaveLength(2);
      expect(translateStoreError(err, 'order get')).toBeInstanceOf(StoreUnavailableError);
    } finally {
      await server.close();
    }
  });

  it('does not retry a 4xx that is not a DynamoDB error', async () => {
    const server = await fakeDynamo((res) => {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Forbidden');
    });
    try {
      const err = await clientFor(server.endpoint)
        .send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }))
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'DynamoHttpError', statusCode: 403, attempts: 1 });
      expect(translateStoreError(err, 'cart get')).toBe(err);
    } finally {
      await server.close();
    }
  });

  it('retries an answer that fails its CRC32 check', async () => {
    const server = await fakeDynamo((res, i) => reply(res, 200, { Item: { userKey: { S: 'u' } } }, i === 0 ? { 'x-amz-crc32': '12345' } : {}));
    try {
      const out = await clientFor(server.endpoint).send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }));
      expect(out.Item).toEqual({ userKey: 'u' });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('reports a refused connection with its code, and the store as unavailable', async () => {
    const server = await fakeDynamo(() => undefined);
    const endpoint = server.endpoint;
    await server.close();
    const err = await clientFor(endpoint, { retry: { maxAttempts: 2 } })
      .send(new GetCommand({ TableName: 't', Key: { userKey: 'u' } }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DynamoNetworkError);
    expect(err).toMatchObject({ code: 'ECONNREFUSED', attempts: 2 });
    expect(translateStoreError(err, 'cart get')).toMatchObject({ name: 'StoreUnavailableError', message: 'cart get: ECONNREFUSED' });
  });

  it('keeps one connection alive across calls', async () => {
    const server = await fakeDynamo((res) => reply(res, 200, {}));
    try {
      const client = clientFor(server.endpoint);
      for (let i = 0; i < 5; i += 1) await client.send(new GetCommand({ TableName: 't', Key: { userKey: `u${i}` } }));
      expect(server.requests).toHaveLength(5);
      expect(server.connections).toBe(1);
    } finally {
      await server.close();
    }
  });
});
