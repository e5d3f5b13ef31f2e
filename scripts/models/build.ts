/**
 * Source + catalog -> every generated file, in memory, plus a report of counts, limits applied
 * and catalog rows cleaned or skipped. Writing to disk is a separate step. Paths are relative to
 * the repository root:
 *   skill-package/skill.json, skill-package/interactionModels/custom/<locale>.json  (ASK CLI)
 *   interaction-models/alexa/account-linking.json                                  (SMAPI)
 *   interaction-models/dialogflow/agent/, interaction-models/dialogflow/agent.zip  (one agent)
 *   src/core/words/intent-words.json                  (the core's last reading of free words)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { modelSource } from '../../interaction-models/source';
import { storeListings, type StoreListing } from '../../interaction-models/source/skill';
import type { LocaleSource, ModelSource } from '../../interaction-models/source/types';
import { buildAlexaModel, countAlexaValues } from './alexa';
import { type CatalogIssue, cleanCatalog, type SpokenValue, spokenValues } from './catalog';
import { buildDialogflowAgent, type DialogflowLanguage } from './dialogflow';
import { buildIntentWords, INTENT_WORDS, wordsOf } from './intent-words';
import { type ModelLimits, PLATFORM_LIMITS } from './limits';
import { buildAccountLinking, buildSkillManifest, endpointsOf, type SkillEndpoints } from './skill-manifest';
import { type SkillSettings, missingForDeploy, parseSkillSettings } from './skill-settings';
import { validateSource } from './validate';
import { zip } from './zip';

export const SKILL_MANIFEST = 'skill-package/skill.json';
export const ACCOUNT_LINKING = 'interaction-models/alexa/account-linking.json';
export const DIALOGFLOW_AGENT = 'interaction-models/dialogflow/agent';
export const DIALOGFLOW_ZIP = 'interaction-models/dialogflow/agent.zip';
export const alexaModelPath = (locale: string) => `skill-package/interactionModels/custom/${locale}.json`;
/** The folders `npm run models` owns: every file under them is generated. */
const GENERATED_DIRS = ['skill-package', 'interaction-models/alexa', 'interaction-models/dialogflow', 'src/core/words'];

/** Settings as committed: nothing set, which builds and is refused at deploy. */
export const UNSET_SETTINGS: SkillSettings = parseSkillSettings({});

export interface BuildOptions {
  catalog: readonly unknown[];
  source?: ModelSource;
  limits?: ModelLimits;
  settings?: SkillSettings;
  listings?: Readonly<Record<string, StoreListing>>;
  /** the skill's endpoints once deployed; without them the manifest has no endpoint and no events */
  endpoints?: SkillEndpoints;
}

export interface LocaleReport {
  locale: string;
  alexa: { samples: number; productValues: number; productValuesAndSynonyms: number; quantityValues: number; bytes: number; productsKept: number };
  dialogflow: { trainingPhrases: number; productEntries: number; productSynonyms: number; quantityEntries: number; ordinalEntries: number; productsKept: number };
  notes: string[];
}

export interface BuildReport {
  products: number;
  /** skill-settings.json fields a deploy needs and that are still empty */
  unsetSettings: string[];
  catalogIssues: CatalogIssue[];
  locales: LocaleReport[];
}

export interface BuildResult {
  /** path relative to the repository root -> content */
  files: Map<string, Buffer>;
  report: BuildReport;
}

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/** Drops the least important products (they come last) until `fits` says yes. */
function keepMostImportant(values: readonly SpokenValue[], fits: (kept: SpokenValue[]) => boolean): SpokenValue[] {
  if (fits([...values])) return [...values];
  const fixed = values.filter((v) => v.kind !== 'product');
  const products = values.filter((v) => v.kind === 'product');
  let lo = 0;
  let hi = products.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits([...fixed, ...products.slice(0, mid)])) lo = mid;
    else hi = mid - 1;
  }
  return [...fixed, ...products.slice(0, lo)];
}

const productCount = (values: readonly SpokenValue[]) => values.filter((v) => v.kind === 'product').length;

function buildAlexaLocale(
  source: ModelSource,
  locale: LocaleSource,
  values: SpokenValue[],
  limits: ModelLimits,
  files: Map<string, Buffer>,
  notes: string[],
): LocaleReport['alexa'] {
  const total = productCount(values);
  const alexaFits = (kept: SpokenValue[]) =>
    countAlexaValues(kept) <= limits.alexaSlotTypeValuesAndSynonyms && Buffer.byteLength(JSON.stringify(buildAlexaModel(source, locale, kept), null, 2)) <= limits.alexaModelBytes;
  const alexaValues = keepMostImportant(values, alexaFits);
  if (productCount(alexaValues) < total) {
    notes.push(
      `Alexa: kept ${productCount(alexaValues)} of ${total} products (categories and brands first, then by review count) ` +
        `to stay under ${limits.alexaSlotTypeValuesAndSynonyms} slot values+synonyms and ${limits.alexaModelBytes} bytes`,
    );
  }
  const alexa = buildAlexaModel(source, locale, alexaValues);
  const alexaText = json(alexa);
  files.set(alexaModelPath(locale.locale), alexaText);
  const lm = alexa.interactionModel.languageModel;
  const quantity = (lm.types as ReadonlyArray<{ name: string; values: unknown[] }>).find((t) => t.name === 'QUANTITY');
  return {
    samples: lm.intents.reduce((n, i) => n + (i.samples?.length ?? 0), 0),
    productValues: alexaValues.length,
    productValuesAndSynonyms: countAlexaValues(alexaValues),
    quantityValues: quantity?.values.length ?? 0,
    bytes: alexaText.length,
    productsKept: productCount(alexaValues),
  };
}

function dialogflowReport(language: DialogflowLanguage, productsKept: number): LocaleReport['dialogflow'] {
  return {
    trainingPhrases: language.trainingPhrases,
    productEntries: language.entries.product.length,
    productSynonyms: language.entries.product.reduce((n, e) => n + e.synonyms.length, 0),
    quantityEntries: language.entries.quantity.length,
    ordinalEntries: language.entries.ordinal.length,
    productsKept,
  };
}

/** Validates the source (throws ModelValidationError), cleans the catalog, builds every file. */
export function buildModels(options: BuildOptions): BuildResult {
  const source = options.source ?? modelSource;
  const limits = options.limits ?? PLATFORM_LIMITS;
  const settings = options.settings ?? UNSET_SETTINGS;
  validateSource(source);
  const { products, issues } = cleanCatalog(options.catalog);
  const files = new Map<string, Buffer>();

  const perLocale = source.locales.map((locale) => {
    const { values, notes } = spokenValues(products, locale);
    const alexa = buildAlexaLocale(source, locale, values, limits, files, notes);
    const dfValues = values.length > limits.dialogflowEntriesPerEntity ? values.slice(0, limits.dialogflowEntriesPerEntity) : values;
    if (productCount(dfValues) < productCount(values)) {
      notes.push(`Dialogflow: kept ${productCount(dfValues)} of ${productCount(values)} products to stay under ${limits.dialogflowEntriesPerEntity} entries per entity`);
    }
    return { locale, values, alexa, dfValues, notes };
  });

  files.set(SKILL_MANIFEST, json(buildSkillManifest(source.locales, options.listings ?? storeListings, settings, options.endpoints)));
  files.set(ACCOUNT_LINKING, json(buildAccountLinking(settings)));

  const agent = buildDialogflowAgent(
    source,
    perLocale.map((l) => ({ locale: l.locale, products: l.dfValues })),
    limits,
  );
  const entries = [...agent.files.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [path, text] of entries) files.set(`${DIALOGFLOW_AGENT}/${path}`, Buffer.from(text));
  files.set(DIALOGFLOW_ZIP, zip(entries));
  const productWords = new Map(perLocale.map(({ locale, values }) => [locale.locale, new Set(values.flatMap((v) => [v.value, ...v.synonyms]).flatMap(wordsOf))] as const));
  files.set(INTENT_WORDS, json(buildIntentWords(source, productWords)));

  const locales = perLocale.map(({ locale, alexa, dfValues, notes }): LocaleReport => {
    const language = agent.languages.get(locale.locale)!;
    return { locale: locale.locale, alexa, dialogflow: dialogflowReport(language, productCount(dfValues)), notes: [...notes, ...language.notes.map((n) => `Dialogflow: ${n}`)] };
  });
  return { files, report: { products: products.length, catalogIssues: issues, locales, unsetSettings: missingForDeploy(settings) } };
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
  } catch {
    return [];
  }
}

/** The generated files currently under root, relative to it. */
export function generatedFilesIn(root: string): string[] {
  return GENERATED_DIRS.flatMap((sub) => listFiles(join(root, sub)))
    .map((p) => relative(root, p).split('\\').join('/'))
    .sort();
}

/** The endpoints in root's skill.json (written by `npm run skill:endpoints`), kept across rebuilds. */
export function committedEndpoints(root: string): SkillEndpoints | undefined {
  const file = join(root, SKILL_MANIFEST);
  if (!existsSync(file)) return undefined;
  try {
    return endpointsOf(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Writes the files under root and removes generated files the source no longer produces. */
export function writeModels(result: BuildResult, root: string): void {
  for (const stale of generatedFilesIn(root)) if (!result.files.has(stale)) rmSync(join(root, stale));
  for (const [path, content] of result.files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

export function formatReport(report: BuildReport, limits: ModelLimits = PLATFORM_LIMITS): string {
  const lines: string[] = [];
  lines.push(`catalog: ${report.products} products usable, ${report.catalogIssues.length} rows cleaned or skipped`);
  for (const issue of report.catalogIssues) lines.push(`  ${issue.action === 'skipped' ? 'skipped' : 'cleaned'} ${issue.sku}: ${issue.problem}`);
  lines.push(
    `limits: Alexa ${limits.alexaSlotTypeValuesAndSynonyms} values+synonyms per slot type, ${limits.alexaModelBytes} bytes per model; ` +
      `Dialogflow ${limits.dialogflowEntriesPerEntity} entries per entity, ${limits.dialogflowSynonymsPerEntry} synonyms per entry, ` +
      `${limits.dialogflowTrainingPhrasesPerIntent} training phrases per intent`,
  );
  if (report.unsetSettings.length > 0) {
    lines.push(`skill-settings.json: not set yet: ${report.unsetSettings.join(', ')} (the skill package builds; npm run skill:endpoints refuses to prepare a deploy)`);
  }
  for (const l of report.locales) {
    lines.push(
      `${l.locale}: Alexa ${l.alexa.samples} samples, PRODUCT ${l.alexa.productValues} values (${l.alexa.productValuesAndSynonyms} with synonyms, ` +
        `${l.alexa.productsKept} products), QUANTITY ${l.alexa.quantityValues} values, ${l.alexa.bytes} bytes | ` +
        `Dialogflow ${l.dialogflow.trainingPhrases} training phrases, product ${l.dialogflow.productEntries} entries ` +
        `(${l.dialogflow.productSynonyms} synonyms, ${l.dialogflow.productsKept} products), quantity ${l.dialogflow.quantityEntries}, ordinal ${l.dialogflow.ordinalEntries}`,
    );
    for (const note of l.notes) lines.push(`  ${note}`);
  }
  return lines.join('\n');
}
