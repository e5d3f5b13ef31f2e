/**
 * `npm run models`: regenerates the Alexa skill package (skill-package/: manifest and one
 * interaction model per locale), the account-linking request and the one multilingual
 * Dialogflow agent (folder and zip) from interaction-models/source, skill-settings.json and the
 * catalog (which one: scripts/models/catalog-input.ts). Endpoints already in
 * skill-package/skill.json (from `npm run skill:endpoints`) stay. The Alexa files are
 * type-checked against ask-smapi-model before anything is written.
 *
 *   tsx scripts/build-models.ts [--catalog FILE|demo] [--settings FILE] [--out DIR]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModels, committedEndpoints, formatReport, writeModels } from './models/build';
import { chooseModelCatalog, DEMO_CATALOG, ModelCatalogError, readModelCatalog } from './models/catalog-input';
import { localDataDir } from '../src/local/local-store';
import { StoreListingError } from './models/skill-manifest';
import { parseSkillSettings, type SkillSettings, SkillSettingsError } from './models/skill-settings';
import { formatTypeProblem, smapiTypeOf, typeCheckJson } from './models/typecheck';
import { formatProblem, ModelValidationError } from './models/validate';

const ROOT = resolve(__dirname, '..');
export const DEFAULT_CATALOG = DEMO_CATALOG;
export const DEFAULT_OUT = ROOT;
export const DEFAULT_SETTINGS = join(ROOT, 'skill-settings.json');

/** Reads skill-settings.json; throws SkillSettingsError with a one-line reason. */
export function readSkillSettings(file: string): SkillSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SkillSettingsError(file, [`cannot be read: ${(error as Error).message}`], { cause: error });
  }
  return parseSkillSettings(raw, file);
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const outDir = resolve(argument('--out') ?? DEFAULT_OUT);
  let catalog: unknown[];
  try {
    const input = readModelCatalog(chooseModelCatalog(argument('--catalog'), localDataDir()));
    for (const line of input.skipped) console.error(`models: ${line} — skipped`);
    console.log(`models: catalog: ${input.source}`);
    catalog = input.rows;
  } catch (error) {
    if (!(error instanceof ModelCatalogError)) throw error;
    console.error(`models: ${error.message}`);
    return 1;
  }
  try {
    const settings = readSkillSettings(resolve(argument('--settings') ?? DEFAULT_SETTINGS));
    const result = buildModels({ catalog, settings, endpoints: committedEndpoints(outDir) });
    // what ask deploy would refuse is refused here, before anything is written
    const typeProblems = typeCheckJson(
      [...result.files].flatMap(([path, content]) => {
        const type = smapiTypeOf(path);
        return type ? [{ path, json: content.toString('utf8'), type }] : [];
      }),
    );
    if (typeProblems.length > 0) {
      console.error(`models: ${typeProblems.length} problem(s) against Amazon's SMAPI types (ask-smapi-model); nothing was written`);
      for (const p of typeProblems) console.error(formatTypeProblem(p));
      return 1;
    }
    writeModels(result, outDir);
    console.log(formatReport(result.report));
    console.log(`models: wrote ${result.files.size} files under ${outDir}`);
    return 0;
  } catch (error) {
    if (error instanceof ModelValidationError) {
      console.error(`models: the source has ${error.problems.length} problem(s); nothing was written`);
      for (const p of error.problems) console.error(formatProblem(p));
      return 1;
    }
    if (error instanceof SkillSettingsError || error instanceof StoreListingError) {
      console.error(`models: ${error.message}; nothing was written`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main();
