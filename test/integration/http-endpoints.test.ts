/**
 * The HTTP faces: the Dialogflow Lambda behind API Gateway, the local server on loopback,
 * and the catalog import command, all against dynalite.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRuntime } from '../../src/app';
import { DynamoProductSource } from '../../src/infra/dynamodb/products';
import { request as httpRequest } from 'node:http';
import { createLocalServer, MAX_BODY_BYTES } from '../../src/local/server';
import { alexaIntent, alexaLaunch, dialogflowRequest, httpApiEvent } from '../support/envelopes';
import { dialogflowEnvelopes } from '../fuzz/real-envelopes';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('Dialogflow webhook (API Gateway HTTP API v2 event)', () => {
  it.each([
    ['malformed JSON', httpApiEvent('{"session": '), /not valid JSON/],
    ['an empty body', httpApiEvent(''), /body is empty/],
    ['a JSON array', httpApiEvent('[1,2]'), /JSON object/],
    ['no queryResult', httpApiEvent({ session: 'projects/p/agent/sessions/s' }), /queryResult is required/],
    ['no intent name', httpApiEvent({ session: 'projects/p/agent/sessions/s', queryResult: { intent: {} } }), /displayName/],
    [
      'parameters that are not an object',
      httpApiEvent({ session: 'projects/p/agent/sessions/s', queryResult: { intent: { displayName: 'SearchIntent' }, parameters: 'x' } }),
      /parameters must be an object/,
    ],
  ])('answers %s with 400 and the reason', async (_label, event, reason) => {
    const result = await h.dialogflow(event);
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body as string).error).toMatch(reason);
  });

  it('answers a GET with 405', async () => {
    expect((await h.dialogflow(httpApiEvent('', {}, { method: 'GET' }))).statusCode).toBe(405);
  });

  it('answers a Google Assistant request with every field Google sends', async () => {
    const [google] = dialogflowEnvelopes('not-a-valid-token');
    const result = await h.dialogflow(httpApiEvent(google as Record<string, unknown>));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body as string).fulfillmentText).toMatch(/paper towels/);
  });

  it("answers when actions-on-google's own context comes without parameters", async () => {
    const [, , cart] = dialogflowEnvelopes('t') as Array<Record<string, any>>;
    delete cart.queryResult.outputContexts[1].parameters;
    const result = await h.dialogflow(httpApiEvent(cart));
    expect(result.statusCode).toBe(200);
  });

  it.each([
    [
      'capabilities that are not a list',
      (p: Record<string, any>) => (p.surface.capabilities = 'actions.capability.SCREEN_OUTPUT'),
      'originalDetectIntentRequest.payload.surface.capabilities must be a list',
    ],
    ['a capability without a name', (p: Record<string, any>) => (p.surface.capabilities = [{}]), 'originalDetectIntentRequest.payload.surface.capabilities[0].name is required'],
    ['a user id that is a number', (p: Record<string, any>) => (p.user.userId = 12), 'originalDetectIntentRequest.payload.user.userId must be a string'],
    ['a conversation that is a string', (p: Record<string, any>) => (p.conversation = 'NEW'), 'originalDetectIntentRequest.payload.conversation must be an object'],
  ])('answers %s with 400 naming the path, never 500', async (_label, change, problem) => {
    const [google] = dialogflowEnvelopes('t') as Array<Record<string, any>>;
    change(google.originalDetectIntentRequest.payload);
    const result = await h.dialogflow(httpApiEvent(google));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body as string)).toEqual({ error: problem });
  });

  it('answers a body over 256 KB with 413', async () => {
    const big = dialogflowRequest('SearchIntent', { query: 'x'.repeat(300 * 1024) });
    expect((await h.dialogflow(httpApiEvent(big))).statusCode).toBe(413);
  });

  it('reads a base64-encoded body and ignores fields it does not know', async () => {
    const body: Record<string, unknown> = { ...dialogflowRequest('SearchIntent', { query: 'tea' }), somethingNew: { nested: true } };
    (body.queryResult as Record<string, unknown>).futureField = 42;
    const result = await h.dialogflow(httpApiEvent(body, {}, { base64: true }));
    expect(result.statusCode).toBe(200);
    const response = JSON.parse(result.body as string);
    expect(response.fulfillmentText).toMatch(/for tea/);
    expect(response.payload.google.expectUserResponse).toBe(true);
  });
});

describe('Alexa handler', () => {
  it('refuses a request for another skill and stores nothing', async () => {
    const envelope = alexaIntent('AddToCartIntent', { product: { value: 'x', id: 'SKU-10001' } }, { applicationId: 'amzn1.ask.skill.someone-else', userId: 'user-other-skill' });
    await expect(h.alexa(envelope)).rejects.toThrow(/another skill/);
    expect(await h.runtime.deps.carts.get('alexa:user-other-skill')).toBeUndefined();
  });

  it('answers a skill event it does not act on with an empty response', async () => {
    const envelope = alexaIntent('SearchIntent', {}, { userId: 'user-event' });
    (envelope as unknown as { request: Record<string, unknown> }).request = {
      type: 'Display.ElementSelected',
      requestId: 'r',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    };
    const out = await h.alexa(envelope);
    expect(out.response.outputSpeech).toBeUndefined();
  });
});

describe('local server', () => {
  it('serves both handlers on loopback and explains bad requests', async () => {
    const server = createLocalServer({ alexa: h.alexa, dialogflow: h.dialogflow });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const errorOf = async (r: Response) => ((await r.json()) as { error: string }).error;
      const post = (path: string, body: string) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const alexa = await post('/alexa', JSON.stringify(alexaIntent('SearchIntent', { query: 'paper towels' })));
      expect(alexa.status).toBe(200);
      expect(JSON.stringify(await alexa.json())).toMatch(/paper towels/);
      const dialogflow = await post('/dialogflow', JSON.stringify(dialogflowRequest('ViewCartIntent')));
      expect(dialogflow.status).toBe(200);
      expect(((await dialogflow.json()) as { fulfillmentText: string }).fulfillmentText).toMatch(/cart is empty/);
      const broken = await post('/alexa', '{nope');
      expect(broken.status).toBe(400);
      expect(await errorOf(broken)).toMatch(/not valid JSON/);
      const notEnvelope = await post('/alexa', '{"hello": 1}');
      expect(notEnvelope.status).toBe(400);
      expect(await errorOf(notEnvelope)).toMatch(/request.type is required/);
      expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  describe('refusals are answers, not failures', () => {
    let server: ReturnType<typeof createLocalServer>;
    let port: number;
    beforeAll(async () => {
      server = createLocalServer({ alexa: h.alexa, dialogflow: h.dialogflow });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => {
      server.close();
    });

    /** Posts `size` bytes in chunks, as a client streaming a large body does; resolves with what came back. */
    function postStreaming(path: string, size: number): Promise<{ status: number; body: string }> {
      return new Promise((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': size } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        const chunk = Buffer.alloc(64 * 1024, 'x');
        let sent = 0;
        const more = (): void => {
          while (sent < size) {
            const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
            sent += part.length;
            if (!req.write(part)) return void req.once('drain', more);
          }
          req.end();
        };
        more();
      });
    }

    it.each(['/alexa', '/dialogflow'])('answers a body over the cap on %s with 413 and the reason, not a reset connection', async (path) => {
      const { status, body } = await postStreaming(path, 2 * 1024 * 1024);
      expect(status).toBe(413);
      expect(JSON.parse(body)).toEqual({ error: `the body is larger than ${MAX_BODY_BYTES} bytes` });
    });

    it('answers a body far over the cap with 413 before reading it', async () => {
      const response = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/alexa', method: 'POST', headers: { 'content-length': 1024 * 1024 * 1024 } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', reject);
        req.write('{');
      });
      expect(response).toBe(413);
    });

    it('answers a request for another skill with 400 and the reason, storing nothing', async () => {
      const envelope = alexaLaunch({ applicationId: 'amzn1.ask.skill.someone-else', userId: 'user-local-other-skill' });
      const response = await fetch(`http://127.0.0.1:${port}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'the request is addressed to another skill' });
      expect(await h.runtime.deps.dialogState.get('alexa:user-local-other-skill')).toBeUndefined();
    });
  });
});

describe('npm run catalog:import', () => {
  const run = promisify(execFile);

  it('imports good rows into the configured store and names the broken ones by line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const file = join(dir, 'catalog.csv');
    writeFileSync(
      file,
      'sku,name,brand,category,size,price,currency,rating,review_count,in_stock\n' +
        'IMP-1,Imported Oat Milk,Acme,milk,64 oz,4.99,USD,4.4,120,true\n' +
        'IMP-2,,Acme,milk,,3.00,USD,4,1,true\n' +
        'IMP-3,Imported Rye Bread,Acme,bread,1 loaf,3.49,USD,4.1,33,yes\n',
    );
    // VOICE_SHOP_DATA_DIR: the catalog the import leaves for `npm run models` goes to the test's folder, not the project's .data/
    const env = {
      ...process.env,
      STAGE: 'test',
      DYNAMODB_ENDPOINT: h.store.endpoint,
      TABLE_PREFIX: h.runtime.config.tables.products.replace(/-products$/, ''),
      VOICE_SHOP_DATA_DIR: dir,
    };
    const artifact = join(dir, 'search-index.json');
    const outcome = await run(process.execPath, [require.resolve('tsx/cli'), 'scripts/catalog-import.ts', file, '--index-out', artifact], { env }).then(
      (r) => ({ code: 0, ...r }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toMatch(/3 rows read, 2 imported into .*-products, 1 skipped/);
    expect(outcome.stderr).toMatch(/catalog\.csv:3: \[IMP-2\] name is empty — skipped/);
    const stored = await h.runtime.deps.catalog.getProducts(['IMP-1', 'IMP-2', 'IMP-3']);
    expect(stored.map((p) => [p.sku, p.price]).sort()).toEqual([
      ['IMP-1', 499],
      ['IMP-3', 349],
    ]);

    // The artifact covers the whole table (demo catalog + import) and is what a cold start loads.
    expect(outcome.stdout).toMatch(/search index for 297 products written to .*search-index\.json: \d+ KiB, built in \d+ ms/);
    const [product] = stored;
    await new DynamoProductSource({ doc: h.runtime.dynamo.doc, tableName: h.runtime.config.tables.products }).putAll([
      { ...product, sku: 'IMP-9', name: 'Walnut Maple Granola', category: 'cereal' },
    ]);
    const fromArtifact = createRuntime({ ...h.runtime.config, searchIndexPath: artifact });
    const fromTable = createRuntime(h.runtime.config);
    try {
      const [hit] = await fromArtifact.deps.catalog.search('imported rye bread', { limit: 3 });
      expect(hit).toMatchObject({ sku: 'IMP-3', price: 349 });
      // Written after the artifact: only an index built from the table knows it.
      expect((await fromArtifact.deps.catalog.search('walnut maple granola', { limit: 3 })).map((p) => p.sku)).not.toContain('IMP-9');
      expect((await fromTable.deps.catalog.search('walnut maple granola', { limit: 3 }))[0].sku).toBe('IMP-9');
    } finally {
      fromArtifact.dynamo.client.destroy();
      fromTable.dynamo.client.destroy();
    }
  });
});
