/**
 * `npm run models`: regenerates the Alexa interaction models and the Dialogflow agent exports
 * (folders and zips) from interaction-models/source and the catalog.
 *
 *   tsx scripts/build-models.ts [--catalog FILE] [--out DIR]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModels, formatReport, writeModels } from './models/build';
import { formatProblem, ModelValidationError } from './models/validate';

const ROOT = resolve(__dirname, '..');
export const DEFAULT_CATALOG = join(ROOT, 'src/infra/demo/demo-catalog.json');
export const DEFAULT_OUT = join(ROOT, 'interaction-models');

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const catalogFile = resolve(argument('--catalog') ?? DEFAULT_CATALOG);
  const outDir = resolve(argument('--out') ?? DEFAULT_OUT);
  let catalog: unknown;
  try {
    catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
  } catch (error) {
    console.error(`models: cannot read the catalog ${catalogFile}: ${(error as Error).message}`);
    return 1;
  }
  if (!Array.isArray(catalog)) {
    console.error(`models: ${catalogFile} is not a JSON array of products`);
    return 1;
  }
  try {
    const result = buildModels({ catalog });
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
    throw error;
  }
}

if (require.main === module) process.exitCode = main();
