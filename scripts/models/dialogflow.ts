/**
 * The one multilingual Dialogflow ES v2 agent export: agent.json (the first locale's language
 * as default, the others as supportedLanguages), intents/*.json with *_usersays_<lang>.json
 * per language, entities/*.json with *_entries_<lang>.json per language. File names are the
 * intents' display names (virtual-google-assistant and the console both read them). One agent
 * means one Google Cloud project; the request's languageCode tells the webhook the locale.
 */
import { createHash } from 'node:crypto';
import type { IntentDef, LocaleSource, ModelSource, SlotKind } from '../../interaction-models/source/types';
import type { SpokenValue } from './catalog';
import type { ModelLimits } from './limits';
import { attributeValues } from './attributes';
import { criterionValues } from './criteria';
import { fillSample, samplesOf } from './phrases';

const DATA_TYPE: Record<SlotKind, string> = {
  SearchQuery: '@sys.any',
  Product: '@product',
  Quantity: '@quantity',
  Ordinal: '@ordinal',
  Pin: '@sys.number-sequence',
  OrderNumber: '@sys.number-sequence',
  Attribute: '@attribute',
  Number: '@sys.number',
  // a bare name, heard as said: the closed @product entity would refuse a misheard one
  Words: '@sys.any',
  Criterion: '@criterion',
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

export interface DialogflowEntries {
  product: DialogflowEntry[];
  quantity: DialogflowEntry[];
  ordinal: DialogflowEntry[];
  attribute: DialogflowEntry[];
  criterion: DialogflowEntry[];
}

/** What one locale adds to the agent: its language's phrases and entries. */
export interface DialogflowLanguage {
  entries: DialogflowEntries;
  trainingPhrases: number;
  notes: string[];
}

export interface DialogflowAgent {
  /** path inside the agent folder -> JSON text */
  files: Map<string, string>;
  /** by locale ("en-GB") */
  languages: Map<string, DialogflowLanguage>;
}

/** The locales' products, in the same order as the source's locales. */
export type LocaleValues = ReadonlyArray<{ locale: LocaleSource; products: readonly SpokenValue[] }>;

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

export function buildDialogflowAgent(source: ModelSource, locales: LocaleValues, limits: ModelLimits): DialogflowAgent {
  if (locales.length === 0) throw new Error('a Dialogflow agent needs at least one locale');
  const files = new Map<string, string>();
  const languages = new Map<string, DialogflowLanguage>();
  const [first, ...others] = locales.map((l) => l.locale);
  files.set('agent.json', json(agentJson(first, others)));
  files.set('package.json', json({ version: '1.0.0' }));
  for (const def of source.intents)
    files.set(
      `intents/${def.dialogflow.displayName}.json`,
      json(
        intentJson(
          def,
          locales.map((l) => l.locale),
        ),
      ),
    );
  for (const name of ['product', 'quantity', 'ordinal', 'attribute', 'criterion']) files.set(`entities/${name}.json`, json(entityJson(name)));
  for (const { locale, products } of locales) languages.set(locale.locale, addLanguage(source, locale, products, limits, files));
  return { files, languages };
}

/** One locale's training phrases and entity entries, in files suffixed with its language code. */
function addLanguage(source: ModelSource, locale: LocaleSource, products: readonly SpokenValue[], limits: ModelLimits, files: Map<string, string>): DialogflowLanguage {
  const lang = locale.dialogflowLanguage;
  const notes: string[] = [];
  const entries: DialogflowEntries = {
    product: productEntries(products, limits, notes),
    quantity: locale.quantities.map((q) => ({ value: String(q.n), synonyms: [...new Set(q.words)] })),
    ordinal: locale.ordinals.map((o) => ({ value: o.id, synonyms: [...new Set(o.words)] })),
    attribute: attributeValues(locale).map((a) => ({ value: a.id, synonyms: a.words })),
    criterion: criterionValues(locale).map((c) => ({ value: c.id, synonyms: c.words })),
  };
  // the first synonym of the best-known products, as annotation examples
  const productNames = entries.product
    .filter((e) => !e.value.includes(':'))
    .slice(0, 8)
    .map((e) => e.synonyms[0]);
  let trainingPhrases = 0;
  for (const def of source.intents) {
    const name = def.dialogflow.displayName;
    const samples = samplesOf(locale, def, 'dialogflow');
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
  for (const [name, list] of Object.entries(entries)) files.set(`entities/${name}_entries_${lang}.json`, json(list));
  return { entries, trainingPhrases, notes };
}

function agentJson(first: LocaleSource, others: readonly LocaleSource[]) {
  return {
    description: 'Corner shop voice shopping: search, cart, confirmed purchase, reorder, order status.',
    language: first.dialogflowLanguage,
    shortDescription: '',
    examples: '',
    linkToDocs: '',
    displayName: 'corner-shop',
    disableInteractionLogs: false,
    disableStackdriverLogs: true,
    defaultTimezone: first.timeZone,
    // No locale header: the request's queryResult.languageCode ("en", "en-gb", "de") says which
    // language matched, and the webhook maps it onto the shop's locale.
    webhook: {
      url: '',
      username: '',
      headers: {},
      available: true,
      useForDomains: false,
      cloudFunctionsEnabled: false,
      cloudFunctionsInitialized: false,
    },
    isPrivate: true,
    mlMinConfidence: 0.3,
    supportedLanguages: others.map((l) => l.dialogflowLanguage),
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

function intentJson(def: IntentDef, locales: readonly LocaleSource[]) {
  const name = def.dialogflow.displayName;
  return {
    id: stableId('agent', 'intent', name),
    name,
    auto: true,
    contexts: [],
    responses: [
      {
        resetContexts: false,
        action: def.name,
        affectedContexts: [],
        parameters: def.slots.map((slot) => ({
          id: stableId('agent', name, 'parameter', slot.name),
          name: slot.name,
          required: slot.required === true,
          dataType: DATA_TYPE[slot.kind],
          value: `$${slot.name}`,
          defaultValue: '',
          isList: false,
          prompts: slot.required ? locales.flatMap((l) => (l.prompts[def.name]?.[slot.name] ?? []).map((value) => ({ lang: l.dialogflowLanguage, value }))) : [],
          promptMessages: [],
          noMatchPromptMessages: [],
          noInputPromptMessages: [],
          outputDialogContexts: [],
        })),
        messages: locales.map((l) => ({ type: '0', title: '', textToSpeech: '', lang: l.dialogflowLanguage, condition: '' })),
        speech: [],
        defaultResponsePlatforms: {},
      },
    ],
    priority: def.dialogflow.priority ?? 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: def.dialogflow.fallback === true,
    events: def.dialogflow.event ? [{ name: def.dialogflow.event }] : [],
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

function entityJson(name: string) {
  return {
    id: stableId('agent', 'entity', name),
    name,
    // session entity types (a shopper's own product names) may extend it
    isOverridable: true,
    isEnum: false,
    isRegexp: false,
    automatedExpansion: false,
    allowFuzzyExtraction: false,
  };
}

/** The files of one language's view of the agent: shared definitions plus that language's phrases and entries. */
export function languageView(files: ReadonlyMap<string, string | Buffer>, language: string): Array<[string, string | Buffer]> {
  const suffix = /_(usersays|entries)_([a-z-]+)\.json$/;
  return [...files.entries()].filter(([path]) => {
    const m = suffix.exec(path);
    return !m || m[2] === language;
  });
}
