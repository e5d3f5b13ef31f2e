/**
 * Deciding across the boundaries: the stores behind reviews, promotions, saved lists and
 * co-purchases hold one contract in memory and in DynamoDB (dynalite over HTTP); a review text
 * with markup reaches a shopper as text through both exported handlers; and a coupon applied
 * through them is charged by the sandbox at exactly the total the purchase question said.
 */
import { SavedListConflictError, emptySavedList, withSaved } from '../../src/core/saved-list';
import type { Promotion } from '../../src/core/promotions';
import type { Review } from '../../src/core/product';
import { PutCommand } from '../../src/infra/dynamodb/commands';
import { DynamoCoPurchases } from '../../src/infra/dynamodb/co-purchases';
import { DynamoPromotionStore } from '../../src/infra/dynamodb/promotions';
import { DynamoReviewStore } from '../../src/infra/dynamodb/reviews';
import { DynamoSavedListStore } from '../../src/infra/dynamodb/saved-lists';
import { MemoryPromotionStore, MemoryReviewStore, MemorySavedListStore } from '../../src/infra/memory/deciding-stores';
import type { PromotionStore } from '../../src/ports/promotions';
import type { ReviewStore } from '../../src/ports/reviews';
import type { SavedListStore } from '../../src/ports/saved-lists';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type PlatformName } from '../support/speaker';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const dynamo = () => ({ doc: h.runtime.dynamo.doc, tables: h.runtime.config.tables });
const valid = { startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2031-01-01T00:00:00.000Z' };

describe.each<[string, () => ReviewStore]>([
  ['memory', () => new MemoryReviewStore()],
  ['DynamoDB', () => new DynamoReviewStore({ doc: dynamo().doc, tableName: dynamo().tables.reviews })],
])('ReviewStore (%s)', (_name, make) => {
  it("keeps each product's reviews newest first, replaces them on import, and removes them with an empty list", async () => {
    const store = make();
    const older: Review = { rating: 2, date: '2026-01-02', text: 'Tears & <rips>.' };
    const newer: Review = { rating: 5, date: '2026-02-03', text: 'Great.' };
    expect(
      await store.putAll(
        new Map([
          ['R-1', [older, newer]],
          ['R-2', [newer]],
        ]),
      ),
    ).toBe(2);
    expect(await store.reviewsOf('R-1')).toEqual([newer, older]);
    await store.putAll(new Map([['R-1', [older]]]));
    expect(await store.reviewsOf('R-1')).toEqual([older]);
    await store.putAll(new Map([['R-2', []]]));
    expect(await store.reviewsOf('R-2')).toEqual([]);
    expect(await store.reviewsOf('NOPE')).toEqual([]);
  });
});

describe.each<[string, () => PromotionStore]>([
  ['memory', () => new MemoryPromotionStore()],
  ['DynamoDB', () => new DynamoPromotionStore({ doc: dynamo().doc, tableName: dynamo().tables.promotions })],
])('PromotionStore (%s)', (_name, make) => {
  it('writes promotions whole by id, reads them back exactly, and removes by id', async () => {
    const store = make();
    const a: Promotion = { id: 'c-a', kind: 'percent-off', target: { kind: 'category', category: 'coffee' }, percent: 10, ...valid };
    const b: Promotion = { id: 'c-b', kind: 'amount-off', target: { kind: 'cart' }, amount: 500, code: 'WELCOME5', minSpend: 2000, perCustomerLimit: 1, ...valid };
    await store.putAll([a, b]);
    await store.putAll([{ ...a, percent: 15 }]);
    const all = (await store.all()).filter((p) => p.id.startsWith('c-'));
    expect(all).toEqual([{ ...a, percent: 15 }, b]);
    expect(await store.removeAll(['c-a'])).toBe(1);
    expect((await store.all()).filter((p) => p.id.startsWith('c-')).map((p) => p.id)).toEqual(['c-b']);
    await store.removeAll(['c-b']);
  });
});

describe('DynamoPromotionStore', () => {
  it('leaves out an item of another shape instead of reading it half', async () => {
    const { doc, tables } = dynamo();
    await doc.send(new PutCommand({ TableName: tables.promotions, Item: { id: 'odd', kind: 'half-price', target: { kind: 'cart' }, ...valid } }));
    const store = new DynamoPromotionStore({ doc, tableName: tables.promotions });
    expect((await store.all()).map((p) => p.id)).not.toContain('odd');
    await store.removeAll(['odd']);
  });
});

describe.each<[string, () => SavedListStore]>([
  ['memory', () => new MemorySavedListStore()],
  ['DynamoDB', () => new DynamoSavedListStore({ doc: dynamo().doc, tableName: dynamo().tables.savedLists })],
])('SavedListStore (%s)', (_name, make) => {
  it('saves only from the version read, so a late writer never overwrites a newer list', async () => {
    const store = make();
    const owner = `customer:contract-${Math.random().toString(36).slice(2)}`;
    const first = await store.save(withSaved(emptySavedList(owner), 'SKU-1', '2026-03-03T15:00:00.000Z'));
    expect(first).toEqual({ ownerKey: owner, items: [{ sku: 'SKU-1', savedAt: '2026-03-03T15:00:00.000Z' }], version: 1 });
    await expect(store.save(withSaved(emptySavedList(owner), 'SKU-2', '2026-03-03T15:01:00.000Z'))).rejects.toBeInstanceOf(SavedListConflictError);
    const second = await store.save(withSaved(first, 'SKU-2', '2026-03-03T15:01:00.000Z'));
    expect((await store.get(owner))?.items.map((i) => i.sku)).toEqual(['SKU-2', 'SKU-1']);
    await expect(store.save(first)).rejects.toBeInstanceOf(SavedListConflictError);
    expect(second.version).toBe(2);
    await store.delete(owner);
    expect(await store.get(owner)).toBeUndefined();
  });
});

describe('DynamoCoPurchases', () => {
  it('counts what the seeded placed orders bought together, and reads them again after its refresh', async () => {
    const { doc, tables } = dynamo();
    let now = Date.now();
    const co = new DynamoCoPurchases({ doc, tableName: tables.orders, clock: { now: () => new Date(now) }, refreshMs: 60_000 });
    // penne was bought with marinara in two seeded orders, with parmesan in one
    const withPenne = await co.boughtWith(['SKU-10126']);
    expect(withPenne.slice(0, 1)).toEqual([{ sku: 'SKU-10129', orders: 2 }]);
    expect(withPenne).toContainEqual({ sku: 'SKU-10097', orders: 1 });
    expect(withPenne.map((c) => c.sku)).not.toContain('SKU-10126');
    now += 61_000;
    expect((await co.boughtWith(['SKU-10126']))[0]).toEqual({ sku: 'SKU-10129', orders: 2 });
  });
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('Deciding through the %s handler', (platform) => {
  it('speaks a review holding markup as text: escaped in SSML, never read as markup', async () => {
    await h.runtime.deps.reviews!.putAll(new Map([['SKU-10004', [{ rating: 5, date: '2026-10-01', text: 'Great <break time="10s"/> towels & "more".' }]]]));
    const s = new Speaker(h, platform, `ssml-review-${platform}`);
    const reply = await s.say('ReviewsIntent', { product: { value: 'cozy home paper towels', id: 'SKU-10004' } });
    expect(reply.speech).toContain('"Great <break time="10s"/> towels & "more"."');
    if (platform === 'alexa') {
      const ssml = (reply.raw as { response: { outputSpeech: { ssml: string } } }).response.outputSpeech.ssml;
      expect(ssml).toContain('Great &lt;break time=&quot;10s&quot;/&gt; towels &amp;');
      expect(ssml).not.toContain('<break');
    }
  });

  it('charges a coupon order at exactly the total the purchase question said', async () => {
    await h.runtime.deps.promotions!.putAll([
      { id: `it-save-${platform}`, kind: 'percent-off', target: { kind: 'cart' }, percent: 10, code: `SAVE${platform === 'alexa' ? 11 : 12}`, ...valid },
    ]);
    const s = new Speaker(h, platform, `coupon-${platform}`, await h.idp.token('cust-demo-3'));
    await s.say('AddToCartIntent', { product: { value: 'cozy home paper towels', id: 'SKU-10005' } });
    expect((await s.say('ApplyCouponIntent', { code: platform === 'alexa' ? 'save eleven' : 'save twelve' })).speech).toMatch(
      /^Done: code SAVE1[12] gives you 10% off your order\./,
    );
    const question = await s.say('CheckoutIntent');
    const total = /, total \$(\d+\.\d\d), delivered/.exec(question.speech)?.[1];
    expect(question.speech).toMatch(/Subtotal \$16\.49, less \$1\.65 with code SAVE1[12], tax \$1\.22, delivery \$4\.99, total \$21\.05/);
    const placed = await s.say('YesIntent');
    expect(placed.speech).toContain(`total $${total}`);
    const [order] = await h.runtime.deps.orders.listByCustomer('cust-demo-3', 1);
    expect(await h.payments.recorded(order.orderId)).toMatchObject({ amount: Math.round(Number(total) * 100) });
    await h.runtime.deps.promotions!.removeAll([`it-save-${platform}`]);
  });
});
