/** Default inputs and the tiny argument reader the benchmark scripts share. */
import { join } from 'node:path';

const DATASETS = join(__dirname, '..', '..', '..', 'shared', 'datasets');
export const DEFAULT_CATALOG = join(DATASETS, 'instacart-products', 'products.csv');
export const DEFAULT_QUERIES = join(DATASETS, 'spoken-queries', 'dev.tsv');

/** The value after `--name` (or in `--name=value`), if given. */
export function argValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}
