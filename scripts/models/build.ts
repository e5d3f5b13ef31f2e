/**
 * Source + catalog -> every generated model file, in memory, plus a report of counts, limits
 * applied and catalog rows cleaned or skipped. Writing to disk is a separate step.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { modelSource } from '../../interaction-models/source';
import type { LocaleSource, ModelSource } from '../../interaction-models/source/types';
import { buildAlexaModel, countAlexaValues } from './alexa';
import { type CatalogIssue, cleanCatalog, type SpokenValue, spokenValues } from './catalog';
import { buildDialogflowAgent } from './dialogflow';
import { type ModelLimits, PLATFORM_LIMITS } from './limits';
import { validateSource } from './validate';
import { zip } from './zip';

export interface BuildOptions {
  catalog: readonly unknown[];
  source?: ModelSource;
  limits?: ModelLimits;
}

export interface LocaleReport {
  locale: string;
  alexa: { samples: number; productValues: number; productValuesAndSynonyms: number; quantityValues: number; bytes: number; productsKept: number };
  dialogflow: { trainingPhrases: number; productEntries: number; productSynonyms: number; quantityEntries: number; ordinalEntries: number; productsKept: number };
  notes: string[];
}

export interface BuildReport {
  products: number;
  catalogIssues: CatalogIssue[];
  locales: LocaleReport[];
}

export interface BuildResult {
  /** path relative to interaction-models/ -> content */
  files: Map<string, Buffer>;
  report: BuildReport;
}

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

function buildLocale(source: ModelSource, locale: LocaleSource, values: SpokenValue[], limits: ModelLimits, files: Map<string, Buffer>): LocaleReport {
  const notes: string[] = [];
  const total = productCount(values);

  const alexaFits = (kept: SpokenValue[]) =>
    countAlexaValues(kept) <= limits.alexaSlotTypeValuesAndSynonyms &&
    Buffer.byteLength(JSON.stringify(buildAlexaModel(source, locale, kept), null, 2)) <= limits.alexaModelBytes;
  const alexaValues = keepMostImportant(values, alexaFits);
  if (productCount(alexaValues) < total) {
    notes.push(
      `Alexa: kept ${productCount(alexaValues)} of ${total} products (categories and brands first, then by review count) ` +
        `to stay under ${limits.alexaSlotTypeValuesAndSynonyms} slot values+synonyms and ${limits.alexaModelBytes} bytes`,
    );
  }
  const alexa = buildAlexaModel(source, locale, alexaValues);
  const alexaText = `${JSON.stringify(alexa, null, 2)}\n`;
  files.set(`alexa/${locale.locale}.json`, Buffer.from(alexaText));

  const dfValues = values.length > limits.dialogflowEntriesPerEntity ? values.slice(0, limits.dialogflowEntriesPerEntity) : values;
  if (productCount(dfValues) < total) {
    notes.push(`Dialogflow: kept ${productCount(dfValues)} of ${total} products to stay under ${limits.dialogflowEntriesPerEntity} entries per entity`);
  }
  const agent = buildDialogflowAgent(source, locale, dfValues, limits);
  notes.push(...agent.notes.map((n) => `Dialogflow: ${n}`));
  const entries = [...agent.files.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [path, text] of entries) files.set(`dialogflow/${locale.locale}/${path}`, Buffer.from(text));
  files.set(`dialogflow/${locale.locale}.zip`, zip(entries));

  const lm = alexa.interactionModel.languageModel;
  return {
    locale: locale.locale,
    alexa: {
      samples: lm.intents.reduce((n, i) => n + i.samples.length, 0),
      productValues: alexaValues.length,
      productValuesAndSynonyms: countAlexaValues(alexaValues),
      quantityValues: lm.types.find((t) => t.name === 'QUANTITY')?.values.length ?? 0,
      bytes: Buffer.byteLength(alexaText),
      productsKept: productCount(alexaValues),
    },
    dialogflow: {
      trainingPhrases: agent.trainingPhrases,
      productEntries: agent.entries.product.length,
      productSynonyms: agent.entries.product.reduce((n, e) => n + e.synonyms.length, 0),
      quantityEntries: agent.entries.quantity.length,
      ordinalEntries: agent.entries.ordinal.length,
      productsKept: productCount(dfValues),
    },
    notes,
  };
}

/** Validates the source (throws ModelValidationError), cleans the catalog, builds every file. */
export function buildModels(options: BuildOptions): BuildResult {
  const source = options.source ?? modelSource;
  const limits = options.limits ?? PLATFORM_LIMITS;
  validateSource(source);
  const { products, issues } = cleanCatalog(options.catalog);
  const files = new Map<string, Buffer>();
  const locales = source.locales.map((locale) => {
    const { values, notes } = spokenValues(products, locale);
    const report = buildLocale(source, locale, values, limits, files);
    report.notes.unshift(...notes);
    return report;
  });
  return { files, report: { products: products.length, catalogIssues: issues, locales } };
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

/** The generated files currently under outDir (alexa/ and dialogflow/), relative to it. */
export function generatedFilesIn(outDir: string): string[] {
  return ['alexa', 'dialogflow'].flatMap((sub) => listFiles(join(outDir, sub))).map((p) => relative(outDir, p).split('\\').join('/')).sort();
}

/** Writes the files under outDir and removes generated files the source no longer produces. */
export function writeModels(result: BuildResult, outDir: string): void {
  for (const stale of generatedFilesIn(outDir)) if (!result.files.has(stale)) rmSync(join(outDir, stale));
  for (const [path, content] of result.files) {
    const target = join(outDir, path);
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
