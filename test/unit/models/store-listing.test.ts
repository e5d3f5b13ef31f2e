/**
 * Amazon's purchase rules and the store listing: the invocation name is the seller the replies
 * name, and every example phrase the store shows reaches the intent it promises through the
 * locale's generated model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { parse } from 'yaml';
import { modelSource } from '../../../interaction-models/source';
import { storeListings } from '../../../interaction-models/source/skill';
import { loadConfig } from '../../../src/config';
import { messagesFor } from '../../../src/core/replies';
import { buildSkillManifest, checkStoreListing, StoreListingError } from '../../../scripts/models/skill-manifest';
import { UNSET_SETTINGS } from '../../../scripts/models/build';

const ROOT = join(__dirname, '../../..');
const sellerByDefault = loadConfig({ STAGE: 'test', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1/jwks' }).policy.sellerName;
const sellerDeployed = (parse(readFileSync(join(ROOT, 'serverless.yml'), 'utf8').replace(/!(GetAtt|Join|Sub|Ref)\b/g, '')) as { params: { default: { shopName: string } } }).params
  .default.shopName;

describe.each(modelSource.locales.map((l) => [l.locale, l] as const))('%s skill listing', (locale, source) => {
  const listing = storeListings[locale];
  const model = JSON.parse(readFileSync(join(ROOT, 'skill-package/interactionModels/custom', `${locale}.json`), 'utf8'));

  it('is invoked by the name of the seller its replies name', () => {
    expect(source.invocationName).toBe(sellerByDefault.toLowerCase());
    expect(sellerDeployed).toBe(sellerByDefault);
    expect(messagesFor(locale).launch(sellerByDefault)).toContain(sellerByDefault);
    expect(listing.name).toBe(sellerByDefault);
    expect(model.interactionModel.languageModel.invocationName).toBe(source.invocationName);
  });

  it('passes the listing checks', () => {
    expect(checkStoreListing(source, listing)).toEqual([]);
  });

  it.each(listing.examplePhrases.filter((p) => p.utterance).map((p) => [p.text, p.utterance!, p.intent] as const))('"%s" reaches %s as %s', async (_text, utterance, expected) => {
    let sent: RequestEnvelope | undefined;
    const alexa = VirtualAlexa.Builder()
      .handler((async (event: RequestEnvelope) => {
        sent = event;
        return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'ok' } } };
      }) as never)
      .interactionModel(model)
      .locale(locale)
      .create();
    (alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;
    await alexa.utter(utterance);
    const request = sent?.request;
    const intent = request?.type === 'IntentRequest' ? request.intent.name : request?.type;
    expect({ utterance, intent }).toEqual({ utterance, intent: expected });
  });
});

describe('store listing checks', () => {
  const enUS = modelSource.locales.find((l) => l.locale === 'en-US')!;
  it('refuse a store name that is not the invocation name, and phrases that do not say it', () => {
    const listing = { ...storeListings['en-US'], name: 'Tante Emma Laden', examplePhrases: [{ text: 'Alexa, open the shop' }] };
    expect(() => buildSkillManifest([enUS], { 'en-US': listing }, UNSET_SETTINGS)).toThrow(StoreListingError);
    expect(checkStoreListing(enUS, listing)).toEqual([
      'en-US: the store name "Tante Emma Laden" is not the invocation name "corner shop"',
      'en-US: example phrase "Alexa, open the shop" does not say the invocation name',
    ]);
  });
});
