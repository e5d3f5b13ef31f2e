/**
 * Per-shopper slot values through the exported Lambda handlers: the seeded demo shopper has
 * bought Harbor Mills Breakfast Blend Ground Coffee before, so in a linked session "my usual
 * coffee" means that coffee on Alexa (dynamic entities) and on Dialogflow (session entity types).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { OrderState } from '../../src/core';
import { DEMO_CUSTOMERS } from '../../src/infra/demo/seed';
import { startHarness, type Harness } from '../support/harness';
import { Speaker, type Heard, type PlatformName } from '../support/speaker';

let h: Harness;
const demo = DEMO_CUSTOMERS[0];
const USUAL_COFFEE = { sku: 'SKU-10041', name: 'Harbor Mills Breakfast Blend Ground Coffee' };

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

interface SentValue {
  id: string;
  name: string;
  synonyms: string[];
}

/** The shopper's values as the platform received them, or undefined when none were sent. */
function sentValues(platform: PlatformName, heard: Heard): SentValue[] | undefined {
  if (platform === 'alexa') {
    const directives: Array<Record<string, any>> = heard.raw.response?.directives ?? [];
    const update = directives.filter((d) => d.type === 'Dialog.UpdateDynamicEntities');
    if (update.length === 0) return undefined;
    expect(update).toHaveLength(1);
    expect(update[0].updateBehavior).toBe('REPLACE');
    expect(update[0].types.map((t: { name: string }) => t.name)).toEqual(['PRODUCT']);
    return update[0].types[0].values.map((v: any) => ({ id: v.id, name: v.name.value, synonyms: v.name.synonyms ?? [] }));
  }
  const types: Array<Record<string, any>> | undefined = heard.raw.sessionEntityTypes;
  if (!types) return undefined;
  expect(types).toHaveLength(1);
  expect(types[0].entityOverrideMode).toBe('ENTITY_OVERRIDE_MODE_SUPPLEMENT');
  expect(types[0].name).toMatch(/^projects\/voice-shop\/agent\/sessions\/[^/]+\/entityTypes\/product$/);
  return types[0].entities.map((e: any) => ({ id: e.value, name: e.synonyms[0], synonyms: e.synonyms.slice(1) }));
}

async function demoShopper(platform: PlatformName, name: string, locale = 'en-US'): Promise<Speaker> {
  return new Speaker(h, platform, `${name}-${platform}`, await h.idp.token(demo.customerId), locale);
}

describe.each<PlatformName>(['alexa', 'dialogflow'])("The shopper's own product names on %s", (platform) => {
  it('go out once per linked session, with the first reply, and again in the next session', async () => {
    const s = await demoShopper(platform, 'dyn-once');
    const launch = await s.launch();
    const values = sentValues(platform, launch);
    expect(values).toEqual(
      expect.arrayContaining([{ id: USUAL_COFFEE.sku, name: USUAL_COFFEE.name, synonyms: ['Breakfast Blend Ground Coffee', 'usual coffee', 'my usual coffee'] }]),
    );
    if (platform === 'dialogflow') {
      expect(launch.raw.sessionEntityTypes[0].name).toBe('projects/voice-shop/agent/sessions/dyn-once-dialogflow-1/entityTypes/product');
    }

    expect(sentValues(platform, await s.say('SearchIntent', { query: 'tea' }))).toBeUndefined();
    expect(sentValues(platform, await s.say('ViewCartIntent'))).toBeUndefined();

    s.newSession();
    // a session opened with a request rather than a launch gets them on that first reply
    expect(sentValues(platform, await s.say('SearchIntent', { query: 'milk' }))).toBeDefined();
  });

  it('are never sent to a guest', async () => {
    const guest = new Speaker(h, platform, `dyn-guest-${platform}`);
    expect(sentValues(platform, await guest.launch())).toBeUndefined();
    expect(sentValues(platform, await guest.say('SearchIntent', { query: 'coffee' }))).toBeUndefined();
  });

  it('let "reorder my usual coffee" resolve to the coffee this shopper buys, and order it after a yes', async () => {
    const s = await demoShopper(platform, 'dyn-reorder');
    const values = sentValues(platform, await s.launch())!;
    // The platform matches what was said against the values we sent and hands back that id.
    const usual = values.find((v) => v.synonyms.includes('my usual coffee'))!;
    expect(usual.id).toBe(USUAL_COFFEE.sku);

    const question = await s.say('ReorderIntent', { product: { value: 'my usual coffee', id: usual.id, dynamic: true } });
    expect(question.speech).toMatch(new RegExp(`^From Corner Shop: 1 ${USUAL_COFFEE.name}\\. Subtotal`));

    const placed = await s.say('YesIntent');
    expect(placed.speech).toMatch(/^Done\. Order [\d ]+ is placed/);
    const [order] = await h.runtime.deps.orders.listByCustomer(demo.customerId, 1);
    expect(order).toMatchObject({ state: OrderState.Placed, lines: [expect.objectContaining({ sku: USUAL_COFFEE.sku, quantity: 1 })] });
  });

  it('are worded for a German shopper', async () => {
    const s = await demoShopper(platform, 'dyn-de', 'de-DE');
    const values = sentValues(platform, await s.launch())!;
    expect(values.find((v) => v.id === USUAL_COFFEE.sku)?.synonyms).toEqual(expect.arrayContaining(['meinen üblichen Kaffee', 'Kaffee wie immer']));
  });
});

describe.each<PlatformName>(['alexa', 'dialogflow'])('Category and brand ids on %s', (platform) => {
  it('"add paper towels" reads out the category instead of adding one product', async () => {
    const s = new Speaker(h, platform, `ids-cat-${platform}`);
    const reply = await s.say('AddToCartIntent', { product: { value: 'paper towels', id: 'cat:paper-towels' } });
    expect(reply.speech).toMatch(/^I found 7 for paper towels\. Here are the top 3: /);
    expect(reply.speech).not.toContain('cat:');
    const added = await s.say('AddToCartIntent', { ordinal: 'first' });
    expect(added.speech).toMatch(/^Added 1 .*Paper Towels/);
  });

  it('"tell me about Golden Valley" reads out the brand', async () => {
    const s = new Speaker(h, platform, `ids-brand-${platform}`);
    const reply = await s.say('ProductDetailsIntent', { product: { value: 'golden valley', id: 'brand:golden-valley' } });
    expect(reply.speech).toMatch(/^I found 29 for golden valley\. Here are the top 3: Golden Valley /);
  });

  it('"reorder coffee" with the category id reorders the coffee this shopper bought', async () => {
    const s = await demoShopper(platform, 'ids-reorder');
    const reply = await s.say('ReorderIntent', { product: { value: 'coffee', id: 'cat:coffee' } });
    expect(reply.speech).toMatch(new RegExp(`^From Corner Shop: 1 ${USUAL_COFFEE.name}\\.`));
  });
});

describe.each([
  ['en-US', 'reorder my usual coffee'],
  ['en-GB', 'get my usual coffee'],
  ['de-DE', 'meinen üblichen kaffee nachbestellen'],
])('"%s": the usual product of a category, through the generated Alexa model', (locale, utterance) => {
  it(`"${utterance}" asks to reorder the coffee this shopper buys`, async () => {
    // Given the locale's generated model in virtual-alexa and a linked demo shopper
    const model = JSON.parse(readFileSync(join(__dirname, '../../skill-package/interactionModels/custom', `${locale}.json`), 'utf8'));
    const alexa = VirtualAlexa.Builder()
      .handler(h.alexa as never)
      .interactionModel(model)
      .locale(locale)
      .applicationID('amzn1.ask.skill.test')
      .create();
    (alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;
    alexa.context().setAccessToken(await h.idp.token(demo.customerId));
    let slot: Record<string, any> | undefined;
    alexa.filter((request: any) => {
      slot = request.request.intent?.slots?.product;
    });

    // When the shopper says it
    const reply = (await alexa.utter(utterance)) as ResponseEnvelope;

    // Then the model resolved the category, and the shop asked about their usual coffee
    const ids = (slot?.resolutions?.resolutionsPerAuthority ?? []).flatMap((a: any) => a.values ?? []).map((v: any) => v.value.id);
    expect(ids).toContain('cat:coffee');
    const speech = (reply.response.outputSpeech as { ssml: string }).ssml;
    expect(speech).toContain(USUAL_COFFEE.name);
  });
});
