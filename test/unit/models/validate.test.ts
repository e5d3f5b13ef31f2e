import { IntentName } from '../../../src/core/intents';
import { modelSource } from '../../../interaction-models/source';
import type { LocaleSource, ModelSource } from '../../../interaction-models/source/types';
import { buildModels } from '../../../scripts/models/build';
import { findProblems, ModelValidationError, validateSource } from '../../../scripts/models/validate';

/** The real source with one locale's samples changed. */
function withSamples(locale: string, change: (samples: LocaleSource['samples']) => LocaleSource['samples']): ModelSource {
  return {
    ...modelSource,
    locales: modelSource.locales.map((l) => (l.locale === locale ? { ...l, samples: change({ ...l.samples }) } : l)),
  };
}

function errorOf(source: ModelSource): ModelValidationError {
  try {
    buildModels({ catalog: [], source });
  } catch (error) {
    if (error instanceof ModelValidationError) return error;
    throw error;
  }
  throw new Error('the build did not fail');
}

describe('model source validation', () => {
  it('accepts the shipped source', () => {
    expect(findProblems(modelSource)).toEqual([]);
  });

  it('fails on a phrase in two intents, naming locale, intent and phrase', () => {
    const source = withSamples('en-GB', (s) => ({ ...s, [IntentName.ClearCart]: [...(s[IntentName.ClearCart] ?? []), "what's in my basket"] }));
    const error = errorOf(source);
    expect(error.problems).toEqual([
      expect.objectContaining({ locale: 'en-GB', intent: IntentName.ClearCart, phrase: "what's in my basket", message: expect.stringContaining(IntentName.ViewCart) }),
    ]);
    expect(error.message).toContain(`en-GB › ClearCartIntent › "what's in my basket": phrase in two intents: also in ViewCartIntent`);
  });

  it('treats phrases that differ only in slot names or case as the same phrase', () => {
    const source = withSamples('en-US', (s) => ({ ...s, [IntentName.Checkout]: [...(s[IntentName.Checkout] ?? []), 'Reorder {product}'] }));
    expect(findProblems(source)).toEqual([
      expect.objectContaining({
        locale: 'en-US',
        intent: IntentName.Reorder,
        phrase: 'reorder {product}',
        message: expect.stringContaining('also in CheckoutIntent as "Reorder {product}"'),
      }),
    ]);
  });

  it('fails on a slot used in a sample but not declared', () => {
    const source = withSamples('de-DE', (s) => ({ ...s, [IntentName.ViewCart]: [...(s[IntentName.ViewCart] ?? []), 'was kostet {product} im warenkorb'] }));
    expect(() => validateSource(source)).toThrow(`de-DE › ViewCartIntent › "was kostet {product} im warenkorb": slot {product} is used but not declared on the intent`);
  });

  it('fails on an empty intent', () => {
    const source = withSamples('en-US', (s) => ({ ...s, [IntentName.TalkToHuman]: [] }));
    expect(() => validateSource(source)).toThrow('en-US › TalkToHumanIntent: empty intent: no sample utterances');
  });

  it('accepts a quantity and a product side by side, as Alexa does', () => {
    const source = withSamples('en-US', (s) => ({ ...s, [IntentName.AddToCart]: [...(s[IntentName.AddToCart] ?? []), 'please buy {quantity} {product}'] }));
    expect(findProblems(source)).toEqual([]);
  });

  it('fails on two slots glued together', () => {
    const source = withSamples('en-US', (s) => ({ ...s, [IntentName.AddToCart]: [...(s[IntentName.AddToCart] ?? []), 'please buy {quantity}{product}'] }));
    expect(findProblems(source)).toEqual([expect.objectContaining({ phrase: 'please buy {quantity}{product}', message: expect.stringContaining('glued') })]);
  });

  it('fails on a search query without a carrier phrase or beside another slot', () => {
    const source = withSamples('en-US', (s) => ({ ...s, [IntentName.Search]: [...(s[IntentName.Search] ?? []), '{query}'] }));
    expect(findProblems(source)).toEqual([expect.objectContaining({ phrase: '{query}', message: expect.stringContaining('carrier phrase') })]);
  });

  it('fails on a phrase an Alexa built-in of another intent already owns', () => {
    const source = withSamples('en-US', (s) => ({ ...s, [IntentName.TalkToHuman]: [...(s[IntentName.TalkToHuman] ?? []), 'help me'] }));
    const problems = findProblems(source);
    expect(problems).toContainEqual(expect.objectContaining({ intent: IntentName.TalkToHuman, phrase: 'help me', message: expect.stringContaining('AMAZON.HelpIntent') }));
  });

  it('fails on digits and punctuation Alexa does not accept in samples', () => {
    const source = withSamples('en-GB', (s) => ({ ...s, [IntentName.ViewCart]: [...(s[IntentName.ViewCart] ?? []), 'what is in basket 2?'] }));
    expect(findProblems(source)).toEqual([expect.objectContaining({ phrase: 'what is in basket 2?', message: expect.stringContaining('spell numbers out') })]);
  });
});
