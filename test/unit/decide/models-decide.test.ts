/**
 * The deciding intents in the generated models: each locale hears them, a comparison's
 * criterion is a closed list of the compare flow's own words on both platforms, and "what goes
 * with" fills the companion slot with catalog values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRITERION_WORDS } from '../../../src/core/compare-criteria';
import { IntentName } from '../../../src/core/intents';
import { modelSource } from '../../../interaction-models/source';
import { decideFeature } from '../../../interaction-models/source/features/decide';

const ROOT = join(__dirname, '../../..');
const read = (...path: string[]) => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8'));

describe.each(modelSource.locales.map((l) => [l.locale, l] as const))('deciding in the %s models', (locale, source) => {
  const language = source.dialogflowLanguage;
  const alexa = read('skill-package/interactionModels/custom', `${locale}.json`).interactionModel.languageModel;

  it('has samples for every deciding intent', () => {
    for (const def of decideFeature.intents) {
      const alexaIntent = alexa.intents.find((i: { name: string }) => i.name === def.name);
      expect({ intent: def.name, alexa: alexaIntent?.samples.length > 20 }).toEqual({ intent: def.name, alexa: true });
      const dialogflow = read('interaction-models/dialogflow/agent/intents', `${def.dialogflow.displayName}_usersays_${language}.json`);
      expect({ intent: def.name, dialogflow: dialogflow.length > 20 }).toEqual({ intent: def.name, dialogflow: true });
    }
  });

  it("types a comparison's criterion as the compare flow's own words", () => {
    const compare = alexa.intents.find((i: { name: string }) => i.name === IntentName.Compare);
    expect(compare.slots).toContainEqual({ name: 'criterion', type: 'CRITERION' });
    const words = CRITERION_WORDS[locale.startsWith('de') ? 'de' : 'en'];
    const type = alexa.types.find((t: { name: string }) => t.name === 'CRITERION');
    expect(type.values.map((v: { id: string }) => v.id).sort()).toEqual(Object.keys(words).sort());
    const entries = read('interaction-models/dialogflow/agent/entities', `criterion_entries_${language}.json`);
    expect(entries.find((e: { value: string }) => e.value === 'cheaper').synonyms).toEqual(expect.arrayContaining([...words.cheaper.slice(0, 2)]));
  });

  it('fills "what goes with" from the catalog, and a code from the words said', () => {
    const recommend = alexa.intents.find((i: { name: string }) => i.name === IntentName.Recommend);
    expect(recommend.slots).toContainEqual({ name: 'companion', type: 'PRODUCT' });
    const coupon = alexa.intents.find((i: { name: string }) => i.name === IntentName.ApplyCoupon);
    expect(coupon.slots).toEqual([{ name: 'code', type: 'AMAZON.SearchQuery' }]);
  });
});
