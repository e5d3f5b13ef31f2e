/**
 * `npm run catalog:import -- FILE [--strict] [--dry-run]`: loads a CSV or JSON catalog into the
 * configured store (DYNAMODB_ENDPOINT / TABLE_PREFIX / AWS credentials), or, with no endpoint in
 * local mode, into the embedded store under .data/ (stop `npm start` first: it holds that store).
 * Broken rows are skipped and listed with their line numbers; --strict imports nothing if any is.
 * --index-out PATH then writes the search index artifact for the whole products table, for
 * SEARCH_INDEX_PATH to load at cold start.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { loadConfig } from '../src/config';
import { parseCatalogFile } from '../src/infra/catalog/catalog-file';
import { writeIndexArtifact } from '../src/infra/catalog/index-artifact';
import { createDynamoClients } from '../src/infra/dynamodb/client';
import { DynamoProductSource } from '../src/infra/dynamodb/products';
import { ensureTables } from '../src/infra/dynamodb/tables';
import { startEmbeddedStore, type EmbeddedStore } from '../src/local/embedded-store';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const indexAt = args.indexOf('--index-out');
  const indexOut = indexAt >= 0 ? args[indexAt + 1] : undefined;
  if (indexAt >= 0 && (!indexOut || indexOut.startsWith('--'))) {
    process.stderr.write('--index-out needs a file path\n');
    return 1;
  }
  const file = args.find((a, i) => !a.startsWith('--') && i !== indexAt + 1);
  if (!file) {
    process.stderr.write('usage: npm run catalog:import -- FILE.csv|FILE.json [--strict] [--dry-run] [--index-out PATH]\n');
    return 1;
  }
  const format = extname(file).toLowerCase() === '.json' ? 'json' : 'csv';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const parsed = parseCatalogFile(text, format);
  for (const problem of parsed.problems) {
    process.stderr.write(`${file}:${problem.line}: ${problem.sku ? `[${problem.sku}] ` : ''}${problem.message} — skipped\n`);
  }
  const strictStop = args.includes('--strict') && parsed.problems.length > 0;
  if (args.includes('--dry-run') || strictStop) {
    process.stdout.write(`${parsed.rows} rows read, ${parsed.products.length} valid, ${parsed.problems.length} skipped; nothing imported${strictStop ? ' (--strict)' : ' (--dry-run)'}\n`);
    return parsed.problems.length > 0 ? 2 : 0;
  }
  const config = loadConfig({ ...process.env, AUTH_ISSUER: process.env.AUTH_ISSUER ?? 'import', AUTH_AUDIENCE: process.env.AUTH_AUDIENCE ?? 'import', AUTH_JWKS_URL: process.env.AUTH_JWKS_URL ?? 'https://import.invalid/jwks', REQUIRE_SKILL_ID: 'false' });
  let embedded: EmbeddedStore | undefined;
  let endpoint = config.dynamodbEndpoint;
  if (!endpoint && config.stage === 'local') {
    embedded = await startEmbeddedStore({ path: join(process.cwd(), '.data', 'dynamodb') });
    endpoint = embedded.endpoint;
  }
  const { client, doc } = createDynamoClients({ region: config.region, endpoint, credentials: config.awsCredentials });
  try {
    if (embedded) await ensureTables(client, config.tables);
    const products = new DynamoProductSource({ doc, tableName: config.tables.products });
    const written = await products.putAll(parsed.products);
    process.stdout.write(`${parsed.rows} rows read, ${written} imported into ${config.tables.products}, ${parsed.problems.length} skipped\n`);
    if (indexOut) {
      const report = writeIndexArtifact(indexOut, await products.all());
      process.stdout.write(
        `search index for ${report.products} products written to ${indexOut}: ${(report.bytes / 1024).toFixed(0)} KiB, built in ${report.buildMs.toFixed(0)} ms\n`,
      );
    }
  } finally {
    client.destroy();
    await embedded?.close();
  }
  return parsed.problems.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`catalog:import: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
