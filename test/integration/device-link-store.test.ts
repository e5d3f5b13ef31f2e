/**
 * The device-link store, one contract for the in-memory store and the DynamoDB table (dynalite
 * over HTTP): a record per platform user, written only at the version it was read at, so two
 * turns never both poll or both save; and in the table, the device code and the tokens sealed.
 */
import { randomBytes } from 'node:crypto';
import { TokenSealer } from '../../src/infra/auth/token-sealer';
import { createDynamoClients, type DynamoClients } from '../../src/infra/dynamodb/client';
import { GetCommand } from '../../src/infra/dynamodb/commands';
import { DynamoDeviceLinkStore } from '../../src/infra/dynamodb/device-links';
import { ensureTables, tableNames } from '../../src/infra/dynamodb/tables';
import { MemoryDeviceLinkStore } from '../../src/infra/memory/device-links';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/local/embedded-store';
import type { DeviceLinkRecord, DeviceLinkStore } from '../../src/ports/links';

let store: EmbeddedStore;
let dynamo: DynamoClients;
const tables = tableNames(`voice-shop-links-${Math.random().toString(36).slice(2, 8)}`);
const key = randomBytes(32).toString('base64');
const sealer = TokenSealer.fromBase64(key);

beforeAll(async () => {
  store = await startEmbeddedStore();
  dynamo = createDynamoClients({ region: 'us-east-1', endpoint: store.endpoint });
  await ensureTables(dynamo.client, tables);
});

afterAll(async () => {
  dynamo.client.destroy();
  await store.close();
});

const pending = (userKey: string, version = 1): DeviceLinkRecord => ({
  userKey,
  version,
  pending: {
    deviceCode: 'device-code-secret',
    userCode: '4821-5730',
    verificationUri: 'https://cornershop.example/link',
    startedAt: '2026-11-20T10:00:00.000Z',
    expiresAt: '2026-11-20T10:10:00.000Z',
    intervalSeconds: 5,
    nextPollAt: '2026-11-20T10:00:05.000Z',
  },
});

const linked = (userKey: string, version: number): DeviceLinkRecord => ({
  userKey,
  version,
  link: {
    customerId: 'cust-demo-3',
    accessToken: 'eyJhbGciOiJSUzI1NiJ9.access.token',
    accessTokenExpiresAt: '2026-11-20T11:00:00.000Z',
    refreshToken: 'refresh-token-secret',
    linkedAt: '2026-11-20T10:00:20.000Z',
    linkedInSession: 'session-1',
  },
});

describe.each<[string, () => DeviceLinkStore]>([
  ['in memory', () => new MemoryDeviceLinkStore()],
  ['in the DynamoDB table', () => new DynamoDeviceLinkStore({ doc: dynamo.doc, tableName: tables.deviceLinks, sealer: async () => sealer })],
])('the device-link store %s', (_where, make) => {
  it('writes a first record only when none is there, and reads it back whole', async () => {
    const links = make();
    const userKey = `dialogflow:first-${Math.random()}`;
    expect(await links.put(pending(userKey), 0)).toBe(true);
    expect(await links.put(pending(userKey), 0)).toBe(false);
    expect(await links.get(userKey)).toEqual(pending(userKey, 1));
  });

  it('writes over a record only at the version it was read at: one of two turns wins', async () => {
    const links = make();
    const userKey = `dialogflow:race-${Math.random()}`;
    await links.put(pending(userKey), 0);
    const [a, b] = await Promise.all([links.put(linked(userKey, 2), 1), links.put(pending(userKey, 2), 1)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect((await links.get(userKey))?.version).toBe(2);
  });

  it('forgets a record', async () => {
    const links = make();
    const userKey = `dialogflow:gone-${Math.random()}`;
    await links.put(linked(userKey, 1), 0);
    await links.remove(userKey);
    expect(await links.get(userKey)).toBeUndefined();
  });
});

describe('the device-link table at rest', () => {
  it('holds the device code and the tokens sealed, bound to the record they belong to', async () => {
    const links = new DynamoDeviceLinkStore({ doc: dynamo.doc, tableName: tables.deviceLinks, sealer: async () => sealer });
    const userKey = `dialogflow:sealed-${Math.random()}`;
    await links.put({ ...linked(userKey, 1), pending: pending(userKey).pending }, 0);
    const raw = (await dynamo.doc.send(new GetCommand({ TableName: tables.deviceLinks, Key: { userKey } }))).Item!;
    const text = JSON.stringify(raw);
    expect(text).not.toContain('refresh-token-secret');
    expect(text).not.toContain('access.token');
    expect(text).not.toContain('device-code-secret');
    expect(raw.link.refreshToken).toMatch(/^sealed\.v1\./);
    // a sealed token moved to another shopper's record does not open there
    expect(() => sealer.open(raw.link.refreshToken, 'dialogflow:someone-else')).toThrow(/does not open/);
    expect(sealer.open(raw.link.refreshToken, userKey)).toBe('refresh-token-secret');
  });

  it('drops a record sealed with a key the shop no longer has, instead of failing every turn', async () => {
    const userKey = `dialogflow:old-key-${Math.random()}`;
    await new DynamoDeviceLinkStore({ doc: dynamo.doc, tableName: tables.deviceLinks, sealer: async () => sealer }).put(linked(userKey, 1), 0);
    const rotated = new DynamoDeviceLinkStore({ doc: dynamo.doc, tableName: tables.deviceLinks, sealer: async () => TokenSealer.fromBase64(randomBytes(32).toString('base64')) });
    expect(await rotated.get(userKey)).toBeUndefined();
    expect((await dynamo.doc.send(new GetCommand({ TableName: tables.deviceLinks, Key: { userKey } }))).Item).toBeUndefined();
  });

  it('lets a record that holds only a code expire by itself a day after the code', async () => {
    const links = new DynamoDeviceLinkStore({ doc: dynamo.doc, tableName: tables.deviceLinks });
    const userKey = `dialogflow:ttl-${Math.random()}`;
    await links.put(pending(userKey), 0);
    const raw = (await dynamo.doc.send(new GetCommand({ TableName: tables.deviceLinks, Key: { userKey } }))).Item!;
    expect(raw.expiresAt).toBe(Math.floor(Date.parse('2026-11-20T10:10:00.000Z') / 1000) + 86_400);
    await links.put(linked(userKey, 2), 1);
    const kept = (await dynamo.doc.send(new GetCommand({ TableName: tables.deviceLinks, Key: { userKey } }))).Item!;
    expect(kept.expiresAt).toBeUndefined();
  });
});
