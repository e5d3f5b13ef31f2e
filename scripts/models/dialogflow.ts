/**
 * One locale's Dialogflow ES v2 agent export: agent.json, intents/*.json with
 * *_usersays_<lang>.json, entities/*.json with *_entries_<lang>.json. File names are the
 * intents' display names (virtual-google-assistant and the console both read them).
 */
import { createHash } from 'node:crypto';
import type { IntentDef, LocaleSource, ModelSource, SlotKind } from '../../interaction-models/source/types';
import type { SpokenValue } from './catalog';
import type { ModelLimits } from './limits';
import { fillSample, samplesOf } from './phrases';

const DATA_TYPE: Record<SlotKind, string> = {
  SearchQuery: '@sys.any',
  Product: '@product',
  Quantity: '@quantity',
  Ordinal: '@ordinal',
  Pin: '@sys.number-sequence',
};

/** Stable ids, so regenerating an unchanged source gives byte-identical files. */
export function stableId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface DialogflowEntry {
  value: string;
  synonyms: string[];
}

export interface DialogflowAgent {
  /** path inside the agent folder -> JSON text */
  files: Map<string, string>;
  entries: { product: DialogflowEntry[]; quantity: DialogflowEntry[]; ordinal: DialogflowEntry[] };
  trainingPhrases: number;
  notes: string[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Product entries: sku (or cat:/brand: id) as value, spoken names as synonyms, each synonym in one entry only. */
export function productEntries(values: readonly SpokenValue[], limits: ModelLimits, notes: string[]): DialogflowEntry[] {
  const claimed = new Set<string>();
  const entries: DialogflowEntry[] = [];
  for (const v of values) {
    const synonyms = [v.value, ...v.synonyms].filter((s) => {
      const k = s.toLowerCase();
      if (claimed.has(k)) return false;
      claimed.add(k);
      return true;
    });
    if (synonyms.length === 0) continue;
    if (synonyms.length > limits.dialogflowSynonymsPerEntry) {
      notes.push(`${v.id}: ${synonyms.length} synonyms cut to the Dialogflow limit of ${limits.dialogflowSynonymsPerEntry}`);
    }
    entries.push({ value: v.id, synonyms: synonyms.slice(0, limits.dialogflowSynonymsPerEntry) });
  }
  return entries;
}

export function buildDialogflowAgent(
  source: ModelSource,
  locale: LocaleSource,
  products: readonly SpokenValue[],
  limits: ModelLimits,
): DialogflowAgent {
  const lang = locale.dialogflowLanguage;
  const files = new Map<string, string>();
  const notes: string[] = [];
  const entries = {
    product: productEntries(products, limits, notes),
    quantity: locale.quantities.map((q) => ({ value: String(q.n), synonyms: [...new Set(q.words)] })),
    ordinal: locale.ordinals.map((o) => ({ value: o.id, synonyms: [...new Set(o.words)] })),
  };
  // the first synonym of the best-known products, as annotation examples
  const productNames = entries.product.filter((e) => !e.value.includes(':')).slice(0, 8).map((e) => e.synonyms[0]);
  let trainingPhrases = 0;

  files.set('agent.json', json(agentJson(locale)));
  files.set('package.json', json({ version: '1.0.0' }));
  for (const def of source.intents) {
    const name = def.dialogflow.displayName;
    files.set(`intents/${name}.json`, json(intentJson(def, locale)));
    const samples = samplesOf(locale, def);
    if (samples.length === 0) continue;
    if (samples.length > limits.dialogflowTrainingPhrasesPerIntent) {
      notes.push(`${name}: ${samples.length} training phrases cut to the Dialogflow limit of ${limits.dialogflowTrainingPhrasesPerIntent}`);
    }
    const kept = samples.slice(0, limits.dialogflowTrainingPhrasesPerIntent);
    trainingPhrases += kept.length;
    files.set(
      `intents/${name}_usersays_${lang}.json`,
      json(
        kept.map((phrase, i) => ({
          id: stableId(locale.locale, name, 'phrase', phrase),
          data: fillSample(phrase, def, locale, productNames, i).parts.map((part) => {
            if (!part.slot) return { text: part.text, userDefined: false };
            const slot = def.slots.find((s) => s.name === part.slot)!;
            return { text: part.text, alias: slot.name, meta: DATA_TYPE[slot.kind], userDefined: true };
          }),
          isTemplate: false,
          count: 0,
          lang,
          updated: 0,
        })),
      ),
    );
  }
  for (const [name, list] of Object.entries(entries)) {
    files.set(`entities/${name}.json`, json(entityJson(locale, name)));
    files.set(`entities/${name}_entries_${lang}.json`, json(list));
  }
  return { files, entries, trainingPhrases, notes };
}

function agentJson(locale: LocaleSource) {
  return {
    description: `Corner shop voice shopping (${locale.locale}): search, cart, confirmed purchase, reorder, order status.`,
    language: locale.dialogflowLanguage,
    shortDescription: '',
    examples: '',
    linkToDocs: '',
    displayName: `corner-shop-${locale.locale.toLowerCase()}`,
    disableInteractionLogs: false,
    disableStackdriverLogs: true,
    defaultTimezone: locale.timeZone,
    // Dialogflow sends only the language ("en"); the header tells the webhook which locale's agent asked.
    webhook: {
      url: '',
      username: '',
      headers: { 'X-Shop-Locale': locale.locale },
      available: true,
      useForDomains: false,
      cloudFunctionsEnabled: false,
      cloudFunctionsInitialized: false,
    },
    isPrivate: true,
    mlMinConfidence: 0.3,
    supportedLanguages: [],
    enableOnePlatformApi: true,
    onePlatformApiVersion: 'v2',
    analyzeQueryTextSentiment: false,
    enabledKnowledgeBaseNames: [],
    knowledgeServiceConfidenceAdjustment: 0,
    dialogBuilderMode: false,
    baseActionPackagesUrl: '',
    enableSpellCorrection: false,
  };
}

function intentJson(def: IntentDef, locale: LocaleSource) {
  const name = def.dialogflow.displayName;
  const lang = locale.dialogflowLanguage;
  return {
    id: stableId(locale.locale, 'intent', name),
    name,
    auto: true,
    contexts: [],
    responses: [
      {
        resetContexts: false,
        action: def.name,
        affectedContexts: [],
        parameters: def.slots.map((slot) => ({
          id: stableId(locale.locale, name, 'parameter', slot.name),
          name: slot.name,
          required: slot.required === true,
          dataType: DATA_TYPE[slot.kind],
          value: `$${slot.name}`,
          defaultValue: '',
          isList: false,
          prompts: (slot.required ? locale.prompts[def.name]?.[slot.name] ?? [] : []).map((value) => ({ lang, value })),
          promptMessages: [],
          noMatchPromptMessages: [],
          noInputPromptMessages: [],
          outputDialogContexts: [],
        })),
        messages: [{ type: '0', title: '', textToSpeech: '', lang, condition: '' }],
        speech: [],
        defaultResponsePlatforms: {},
      },
    ],
    priority: 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: def.dialogflow.fallback === true,
    events: def.dialogflow.event ? [{ name: def.dialogflow.event }] : [],
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

function entityJson(locale: LocaleSource, name: string) {
  return {
    id: stableId(locale.locale, 'entity', name),
    name,
    // session entity types (a shopper's own product names) may extend it
    isOverridable: true,
    isEnum: false,
    isRegexp: false,
    automatedExpansion: false,
    allowFuzzyExtraction: false,
  };
}
