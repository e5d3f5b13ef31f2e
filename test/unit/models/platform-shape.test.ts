import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelSource } from '../../../interaction-models/source';
import { featureIntents } from '../../../interaction-models/source/features';

const ROOT = join(__dirname, '../../..');
const AGENT = join(ROOT, 'interaction-models/dialogflow/agent');
const BUILT_INS = [
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.NextIntent',
  'AMAZON.MoreIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.PreviousIntent',
];
const CUSTOM = [
  'SearchIntent',
  'MoreResultsIntent',
  'ProductDetailsIntent',
  'RecommendIntent',
  'AddToCartIntent',
  'RemoveFromCartIntent',
  'ViewCartIntent',
  'ClearCartIntent',
  'CheckoutIntent',
  'ReorderIntent',
  'OrderStatusIntent',
  'TalkToHumanIntent',
  'VoicePinIntent',
  'SetQuantityIntent',
  'AddMoreIntent',
  'OrderHistoryIntent',
  'CancelOrderIntent',
  'ChangeOrderIntent',
  'ReturnItemIntent',
  'DeliveryInfoIntent',
  'ReturnPolicyIntent',
  'OpeningHoursIntent',
  'StoreLocationIntent',
  'PaymentOptionsIntent',
  'ProductQuestionIntent',
  'SelectIntent',
  'ThanksIntent',
  'AccountHelpIntent',
  'UnlinkAccountIntent',
  'MyDataIntent',
  'DeleteMyDataIntent',
  'SmallTalkIntent',
  'VoiceCodeInfoIntent',
];
const read = (...path: string[]) => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8'));
const readAgent = (...path: string[]) => read('interaction-models/dialogflow/agent', ...path);

describe.each(modelSource.locales.map((l) => [l.locale, l] as const))('generated models (%s)', (locale, source) => {
  describe('Alexa interaction model', () => {
    const model = read('skill-package/interactionModels/custom', `${locale}.json`).interactionModel;
    const intents: Array<{ name: string; slots?: Array<{ name: string; type: string }>; samples: string[] }> = model.languageModel.intents;

    it('has an invocation name, the custom intents and the built-ins', () => {
      expect(model.languageModel.invocationName).toMatch(/^[a-zäöüß]+( [a-zäöüß]+)+$/);
      // feature files' own intents come after the core's (interaction-models/source/features)
      const features = featureIntents.flatMap((d) => (d.alexa && !d.alexa.intent.startsWith('AMAZON.') ? [d.alexa.intent] : []));
      expect(intents.map((i) => i.name)).toEqual([...CUSTOM, ...features, ...BUILT_INS]);
    });

    it('types the slots: search query, catalog products, quantities, ordinals', () => {
      const add = intents.find((i) => i.name === 'AddToCartIntent');
      expect(add?.slots).toEqual([
        { name: 'quantity', type: 'QUANTITY' },
        { name: 'product', type: 'PRODUCT' },
        { name: 'ordinal', type: 'POSITION' },
      ]);
      expect(intents.find((i) => i.name === 'SearchIntent')?.slots?.[0]).toMatchObject({ name: 'query', type: 'AMAZON.SearchQuery' });
      // the voice code is said digit by digit; a bare answer's number and an order number are numbers
      expect(intents.find((i) => i.name === 'VoicePinIntent')?.slots).toEqual([{ name: 'pin', type: 'AMAZON.FOUR_DIGIT_NUMBER' }]);
      expect(intents.find((i) => i.name === 'SelectIntent')?.slots).toEqual(
        expect.arrayContaining([
          { name: 'product', type: 'PRODUCT' },
          { name: 'quantity', type: 'AMAZON.NUMBER' },
        ]),
      );
      expect(intents.find((i) => i.name === 'OrderStatusIntent')?.slots).toContainEqual({ name: 'orderNumber', type: 'AMAZON.NUMBER' });
      expect(intents.find((i) => i.name === 'ProductQuestionIntent')?.slots).toContainEqual({ name: 'attribute', type: 'ATTRIBUTE' });
      const attribute = model.languageModel.types.find((t: { name: string }) => t.name === 'ATTRIBUTE');
      expect(attribute.values.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining(['organic', 'gluten-free', 'in-stock']));
      const quantity = model.languageModel.types.find((t: { name: string }) => t.name === 'QUANTITY');
      // 1 to 99, and what the shop must be able to refuse: zero, a hundred, a million, minus numbers
      expect(quantity.values.map((v: { id: string }) => Number(v.id))).toEqual(expect.arrayContaining([0, 1, 99, 100, 1000000, -2]));
      expect(quantity.values.find((v: { id: string }) => v.id === '12').name.synonyms).toContain(source.locale === 'de-DE' ? 'ein dutzend' : 'a dozen');
      // positions are ours so that "the last one" / "das letzte" resolves
      const position = model.languageModel.types.find((t: { name: string }) => t.name === 'POSITION');
      expect(position.values.map((v: { id: string }) => v.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'last']);
      const last = position.values.find((v: { id: string }) => v.id === 'last').name;
      expect([last.value, ...(last.synonyms ?? [])]).toContain(source.locale === 'de-DE' ? 'letzte' : 'last');
    });

    it('elicits a missing search query and leaves purchase confirmation to the core', () => {
      const dialogIntents: Array<{ name: string; confirmationRequired: boolean; slots: Array<{ name: string; elicitationRequired: boolean; prompts: { elicitation?: string } }> }> =
        model.dialog.intents;
      expect(dialogIntents.map((i) => i.name)).toEqual(['SearchIntent']);
      const search = dialogIntents[0];
      expect(search.slots[0]).toMatchObject({ name: 'query', elicitationRequired: true });
      const prompt = model.prompts.find((p: { id: string }) => p.id === search.slots[0].prompts.elicitation);
      expect(prompt.variations.length).toBeGreaterThan(0);
      expect(JSON.stringify(model.dialog)).not.toMatch(/CheckoutIntent|ReorderIntent/);
    });
  });

  describe('Dialogflow agent export', () => {
    const intentFiles = readdirSync(join(AGENT, 'intents')).filter((f) => !f.includes('_usersays_'));

    it('is one v2 agent that speaks the locale language, by default or as a supported language', () => {
      const agent = readAgent('agent.json');
      expect(agent).toMatchObject({ onePlatformApiVersion: 'v2', webhook: { available: true, headers: {} } });
      expect([agent.language, ...agent.supportedLanguages]).toContain(source.dialogflowLanguage);
      for (const file of intentFiles.filter((f) => existsSync(join(AGENT, 'intents', f.replace(/\.json$/, `_usersays_${source.dialogflowLanguage}.json`))))) {
        const phrases: Array<{ lang: string }> = readAgent('intents', file.replace(/\.json$/, `_usersays_${source.dialogflowLanguage}.json`));
        expect({ file, langs: [...new Set(phrases.map((p) => p.lang))] }).toEqual({ file, langs: [source.dialogflowLanguage] });
      }
    });

    it('names every intent file after its display name, all using the webhook', () => {
      expect(intentFiles.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(modelSource.intents.map((i) => i.dialogflow.displayName).sort());
      for (const file of intentFiles) {
        const intent = readAgent('intents', file);
        expect({ file, name: intent.name, webhookUsed: intent.webhookUsed }).toEqual({ file, name: file.replace(/\.json$/, ''), webhookUsed: true });
      }
      expect(readAgent('intents', 'Default Welcome Intent.json').events).toEqual([{ name: 'WELCOME' }]);
      expect(readAgent('intents', 'Default Fallback Intent.json').fallbackIntent).toBe(true);
    });

    it('resolves products to skus, quantities to digits and ordinals to positions or "last"', () => {
      const lang = source.dialogflowLanguage;
      const product: Array<{ value: string; synonyms: string[] }> = readAgent('entities', `product_entries_${lang}.json`);
      expect(product.some((e) => /^SKU-\d+$/.test(e.value))).toBe(true);
      expect(product.some((e) => e.value === 'cat:paper-towels')).toBe(true);
      const quantity: Array<{ value: string; synonyms: string[] }> = readAgent('entities', `quantity_entries_${lang}.json`);
      expect(quantity.every((e) => /^-?\d+$/.test(e.value))).toBe(true);
      const attribute: Array<{ value: string; synonyms: string[] }> = readAgent('entities', `attribute_entries_${lang}.json`);
      expect(attribute.find((e) => e.value === 'gluten-free')?.synonyms).toContain(source.locale === 'de-DE' ? 'glutenfrei' : 'gluten free');
      const ordinal: Array<{ value: string }> = readAgent('entities', `ordinal_entries_${lang}.json`);
      expect(ordinal.map((e) => e.value)).toContain('last');
      expect(readAgent('entities', 'product.json').isOverridable).toBe(true);
    });
  });
});
