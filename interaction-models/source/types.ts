/**
 * The shape of the single interaction-model source. `npm run models` turns it into the
 * Alexa interaction models and the Dialogflow ES agent exports.
 */
import type { IntentName, SlotName } from '../../src/core/intents';

/** Platform-neutral slot types; the generator maps each onto a platform type. */
export const SlotKind = {
  /** free text after a carrier phrase: AMAZON.SearchQuery / @sys.any */
  SearchQuery: 'SearchQuery',
  /** catalog products, brands and categories: PRODUCT / @product */
  Product: 'Product',
  /** spoken quantities with digits as ids: QUANTITY / @quantity */
  Quantity: 'Quantity',
  /** a position in the last list: our POSITION type on Alexa (AMAZON.Ordinal has no "last") / @ordinal */
  Ordinal: 'Ordinal',
  /** the four-digit voice PIN said digit by digit: AMAZON.FOUR_DIGIT_NUMBER / @sys.number-sequence */
  Pin: 'Pin',
  /** an order number said digit by digit ("four eight two one …"): AMAZON.NUMBER / @sys.number-sequence */
  OrderNumber: 'OrderNumber',
  /** a product attribute ("organic", "gluten free", "in stock"): our ATTRIBUTE type / @attribute, from src/core/attributes.ts */
  Attribute: 'Attribute',
  /** a bare number answering the shop ("three", "number two"): AMAZON.NUMBER / @sys.number */
  Number: 'Number',
  /**
   * Whatever a shopper names when they answer with a name alone ("bananas", "the big one"): the
   * PRODUCT type on Alexa (its values are training data, other words are heard too) and
   * @sys.any on Dialogflow, whose closed @product entity would drop a misheard name. Alexa
   * refuses AMAZON.SearchQuery without a carrier phrase, so a bare name needs this kind.
   */
  Words: 'Words',
  // — deciding (decide) —
  /** what a comparison is about ("cheaper", "better value"): our CRITERION type / @criterion, from src/core/compare-criteria.ts */
  Criterion: 'Criterion',
} as const;
export type SlotKind = (typeof SlotKind)[keyof typeof SlotKind];

export interface SlotDef {
  name: SlotName;
  kind: SlotKind;
  /** the platform asks for it before the intent reaches us (Alexa dialog model, Dialogflow slot filling) */
  required?: boolean;
}

export const AlexaBuiltin = {
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
  Help: 'AMAZON.HelpIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  Fallback: 'AMAZON.FallbackIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  Next: 'AMAZON.NextIntent',
  More: 'AMAZON.MoreIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Repeat: 'AMAZON.RepeatIntent',
  Previous: 'AMAZON.PreviousIntent',
} as const;
export type AlexaBuiltin = (typeof AlexaBuiltin)[keyof typeof AlexaBuiltin];

export interface IntentDef {
  /** the canonical intent the core understands */
  name: IntentName;
  slots: readonly SlotDef[];
  /**
   * Where the intent lives on Alexa: its own custom intent (same name), an AMAZON built-in,
   * or nowhere (the launch request is not an intent on Alexa).
   */
  alexa: { intent: string; also?: readonly AlexaBuiltin[] } | null;
  /**
   * Dialogflow display name (and file name), event and fallback flag; `priority` (default
   * 500000, Dialogflow's "normal") breaks ties between phrases that match equally well
   */
  dialogflow: { displayName: string; event?: string; fallback?: boolean; priority?: number };
}

/** A quantity the shopper can say; `words[0]` is the Alexa value name. */
export interface QuantityWords {
  n: number;
  words: readonly string[];
}

/** An ordinal position for the Dialogflow ordinal entity; id is the digits or "last". */
export interface OrdinalWords {
  id: string;
  words: readonly string[];
}

/** Everything said in one locale: samples, prompts, spoken forms. Not a translation of another locale. */
export interface LocaleSource {
  locale: string;
  /** Dialogflow language code of this locale in the one agent ("en" is the default, "en-gb", "de") */
  dialogflowLanguage: string;
  timeZone: string;
  invocationName: string;
  /** sample utterances per canonical intent; slots as {name} */
  samples: Partial<Record<IntentName, readonly string[]>>;
  /**
   * Samples for Dialogflow only. A bare digit sequence is VoicePin's there (its @sys.number cannot
   * hold "one two three four"); on Alexa the bare answer's AMAZON.NUMBER hears it as 1234, and a
   * second bare number sample in another intent would only make the two compete.
   */
  dialogflowOnly?: Partial<Record<IntentName, readonly string[]>>;
  /** what the platform says when a required slot is missing, per intent and slot */
  prompts: Partial<Record<IntentName, Partial<Record<SlotName, readonly string[]>>>>;
  /** how a shopper answers an elicitation on Alexa ("{query}", "I want {query}") */
  slotAnswers: Partial<Record<SlotName, readonly string[]>>;
  /**
   * Phrases Alexa's built-in intents already understand in this locale. A custom sample that
   * repeats one belongs on that built-in, or the build fails.
   */
  alexaNative: Partial<Record<AlexaBuiltin, readonly string[]>>;
  quantities: readonly QuantityWords[];
  ordinals: readonly OrdinalWords[];
  /** spoken forms of catalog categories in this locale ("kitchen roll" for paper towels) */
  categorySynonyms: Readonly<Record<string, readonly string[]>>;
  /** the words that replace "&" and "%" in catalog names */
  and: string;
  percent: string;
  /** example slot fillers for training-phrase annotations and routing tests */
  examples: {
    query: readonly string[];
    quantity: readonly string[];
    ordinal: readonly string[];
    /** an ordinal's form after a given word, for inflected languages ("dem" -> "zweiten") */
    ordinalAfter?: Readonly<Record<string, string>>;
  };
}

export interface ModelSource {
  intents: readonly IntentDef[];
  locales: readonly LocaleSource[];
}
