/** One locale's ASK interaction model (language model, dialog model, prompts) from the source. */
import type { v1 } from 'ask-smapi-model';
import { AlexaBuiltin, type IntentDef, type LocaleSource, type ModelSource, type SlotKind } from '../../interaction-models/source/types';
import type { SpokenValue } from './catalog';
import { attributeValues } from './attributes';
import { criterionValues } from './criteria';
import { samplesOf, slotsIn } from './phrases';

const SLOT_TYPE: Record<SlotKind, string> = {
  SearchQuery: 'AMAZON.SearchQuery',
  Product: 'PRODUCT',
  Quantity: 'QUANTITY',
  // ours, not AMAZON.Ordinal: the built-in cannot be taught "last" ("add the last one")
  Ordinal: 'POSITION',
  Pin: 'AMAZON.FOUR_DIGIT_NUMBER',
  OrderNumber: 'AMAZON.NUMBER',
  Attribute: 'ATTRIBUTE',
  Number: 'AMAZON.NUMBER',
  // the catalog's names as training data; Alexa hears other words in a custom slot too
  Words: 'PRODUCT',
  Criterion: 'CRITERION',
};

export interface AlexaIntentJson {
  name: string;
  slots?: Array<{ name: string; type: string; samples?: string[] }>;
  samples: string[];
}

type SlotTypeJson = { name: string; values: Array<{ id: string; name: { value: string; synonyms: string[] } }> };

/**
 * The ASK interaction model, typed as SMAPI publishes it (`ask-smapi-model`), so a field the
 * console would refuse (a slot value without `synonyms`) fails the build, not the import.
 */
export interface AlexaModelJson extends v1.skill.interactionModel.InteractionModelData {
  interactionModel: v1.skill.interactionModel.InteractionModelSchema & {
    languageModel: v1.skill.interactionModel.LanguageModel & { invocationName: string; intents: AlexaIntentJson[]; types: SlotTypeJson[] };
  };
}

/** Which Alexa intent a canonical sample lands on: its own, or the built-in that already owns it. */
export function alexaIntentFor(def: IntentDef, phrase: string, locale: LocaleSource): string | undefined {
  if (!def.alexa) return undefined;
  const said = phrase.toLowerCase();
  for (const builtin of def.alexa.also ?? []) {
    if (locale.alexaNative[builtin]?.some((p) => p.toLowerCase() === said)) return builtin;
  }
  return def.alexa.intent;
}

export function buildAlexaModel(source: ModelSource, locale: LocaleSource, products: readonly SpokenValue[]): AlexaModelJson {
  const custom: AlexaIntentJson[] = [];
  const builtins = new Map<string, string[]>(Object.values(AlexaBuiltin).map((name) => [name, []]));
  const dialogIntents: v1.skill.interactionModel.DialogIntents[] = [];
  const prompts: v1.skill.interactionModel.Prompt[] = [];
  const usedKinds = new Set<SlotKind>();

  for (const def of source.intents) {
    if (!def.alexa) continue;
    const isCustom = !def.alexa.intent.startsWith('AMAZON.');
    const own: string[] = [];
    for (const phrase of samplesOf(locale, def, 'alexa')) {
      const target = alexaIntentFor(def, phrase, locale);
      if (target === def.alexa.intent && isCustom) own.push(phrase);
      else if (target) builtins.get(target)?.push(phrase);
    }
    if (!isCustom) continue;
    const intent: AlexaIntentJson = { name: def.alexa.intent, samples: own };
    if (def.slots.length > 0) {
      intent.slots = def.slots.map((slot) => {
        usedKinds.add(slot.kind);
        const answers = slot.required ? locale.slotAnswers[slot.name] : undefined;
        return { name: slot.name, type: SLOT_TYPE[slot.kind], ...(answers?.length ? { samples: [...answers] } : {}) };
      });
      // keep only slots the samples or the dialog can fill
      const used = new Set(own.flatMap(slotsIn));
      intent.slots = intent.slots.filter((s) => used.has(s.name) || def.slots.find((d) => d.name === s.name)?.required);
      if (intent.slots.length === 0) delete intent.slots;
    }
    custom.push(intent);

    const required = def.slots.filter((s) => s.required);
    if (required.length > 0) {
      dialogIntents.push({
        name: def.alexa.intent,
        // the shopper's bare answer ("dish soap") only reaches us through Alexa's own elicitation
        delegationStrategy: 'ALWAYS',
        confirmationRequired: false,
        prompts: {},
        slots: (intent.slots ?? []).map((slot) => {
          const isRequired = required.some((r) => r.name === slot.name);
          const id = `Elicit.Slot.${def.alexa!.intent}.${slot.name}`;
          if (isRequired) {
            prompts.push({
              id,
              variations: (locale.prompts[def.name]?.[slot.name as keyof (typeof locale.prompts)[typeof def.name]] ?? []).map((value) => ({ type: 'PlainText' as const, value })),
            });
          }
          return {
            name: slot.name,
            type: slot.type,
            confirmationRequired: false,
            elicitationRequired: isRequired,
            prompts: isRequired ? { elicitation: id } : {},
          };
        }),
      });
    }
  }

  const types: SlotTypeJson[] = [];
  if (usedKinds.has('Product') || usedKinds.has('Words')) {
    types.push({
      name: 'PRODUCT',
      // SMAPI requires `synonyms` on every value, empty or not
      values: products.map((v) => ({ id: v.id, name: { value: v.value, synonyms: [...v.synonyms] } })),
    });
  }
  if (usedKinds.has('Quantity')) {
    types.push({
      name: 'QUANTITY',
      values: locale.quantities.map((q) => ({ id: String(q.n), name: { value: q.words[0], synonyms: q.words.slice(1) } })),
    });
  }

  if (usedKinds.has('Ordinal')) {
    types.push({
      name: 'POSITION',
      values: locale.ordinals.map((o) => {
        const words = [...new Set(o.words)];
        return { id: o.id, name: { value: words[0], synonyms: words.slice(1) } };
      }),
    });
  }

  if (usedKinds.has('Attribute')) {
    types.push({
      name: 'ATTRIBUTE',
      values: attributeValues(locale).map((a) => ({ id: a.id, name: { value: a.words[0], synonyms: a.words.slice(1) } })),
    });
  }

  if (usedKinds.has('Criterion')) {
    types.push({
      name: 'CRITERION',
      values: criterionValues(locale).map((c) => ({ id: c.id, name: { value: c.words[0], synonyms: c.words.slice(1) } })),
    });
  }

  return {
    interactionModel: {
      languageModel: {
        invocationName: locale.invocationName,
        intents: [...custom, ...[...builtins.entries()].map(([name, samples]) => ({ name, samples }))],
        types,
      },
      dialog: { delegationStrategy: 'SKILL_RESPONSE', intents: dialogIntents },
      prompts,
    },
  };
}

/** Values plus synonyms in the PRODUCT slot type, the figure Alexa limits. */
export function countAlexaValues(values: readonly SpokenValue[]): number {
  return values.reduce((n, v) => n + 1 + v.synonyms.length, 0);
}
