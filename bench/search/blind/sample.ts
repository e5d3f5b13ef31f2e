/**
 * Draws products for a query set written blind (see README.md beside this file): eligible as in
 * the spoken-queries README, none sharing a variant group with any dev product, one per group,
 * in a seeded shuffle. Prints a TSV of product id, name, aisle, department, relevant ids, key.
 *
 *   npx tsx bench/search/blind/sample.ts --catalog PATH --dev PATH [--n 200] [--seed 2026]
 *
 * It also reports how often its variant key agrees with the dev set's own `rule` column.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsvLine, readIdNames } from '../dataset';
import { variantKey } from './variants';
import { seededRandom } from '../../../scripts/seeded-random';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

function main(): void {
  const catalogPath = arg('catalog');
  const devPath = arg('dev');
  const n = Number(arg('n', '200'));
  const seed = Number(arg('seed', '2026'));

  const aisles = readIdNames(join(dirname(catalogPath), 'aisles.csv'));
  const departments = readIdNames(join(dirname(catalogPath), 'departments.csv'));
  interface Product {
    id: string;
    name: string;
    aisle: string;
    dept: string;
    deptId: string;
    key: string;
  }
  const products: Product[] = [];
  for (const line of readFileSync(catalogPath, 'utf8').split('\n')) {
    const f = parseCsvLine(line);
    if (!f || f.length !== 4) continue;
    const dept = departments.get(f[3]) ?? '';
    products.push({ id: f[0], name: f[1], aisle: aisles.get(f[2]) ?? '', dept, deptId: f[3], key: variantKey(f[1], dept) });
  }
  const byId = new Map(products.map((p) => [p.id, p]));

  /** A product's group: same key, and for one-word keys the same department (or department 21). */
  const byKey = new Map<string, Product[]>();
  for (const p of products) if (p.key !== '') byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  function group(p: Product): Product[] {
    const same = byKey.get(p.key) ?? [p];
    if (p.key.includes(' ')) return same;
    return same.filter((q) => q.deptId === p.deptId || q.deptId === '21' || p.deptId === '21');
  }

  // the dev set's products and groups are off limits; its rule column checks our key
  const devRows = readFileSync(devPath, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
  const used = new Set<string>();
  let agree = 0;
  let knownRows = 0;
  for (const r of devRows) {
    for (const id of r[3].split(',')) used.add(id);
    if (r[1] !== 'known') continue;
    knownRows++;
    const p = byId.get(r[6]);
    if (p && `key: ${p.key}` === r[5]) agree++;
    if (p) for (const q of group(p)) used.add(q.id);
  }
  process.stderr.write(`variant key agrees with the dev rule column on ${agree} of ${knownRows} known rows\n`);

  const eligible = products
    .filter((p) => /^[\x20-\x7e]+$/.test(p.name) && p.key !== '')
    .map((p) => p.id)
    .sort((a, b) => Number(a) - Number(b));
  const random = seededRandom(seed);
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [eligible[i], eligible[j]] = [eligible[j], eligible[i]];
  }
  const out = ['product_id\tname\taisle\tdepartment\trelevant_ids\tkey'];
  for (const id of eligible) {
    if (out.length > n) break;
    if (used.has(id)) continue;
    const p = byId.get(id)!;
    const members = group(p);
    if (members.some((q) => used.has(q.id))) continue;
    for (const q of members) used.add(q.id);
    const rel = members
      .map((q) => q.id)
      .sort((a, b) => Number(a) - Number(b))
      .join(',');
    out.push([p.id, p.name, p.aisle, p.dept, rel, `key: ${p.key}`].join('\t'));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main();
} catch (err) {
  // a missing flag or an unreadable file: say which, without a stack trace
  process.stderr.write(`sample: ${(err as Error).message}\n`);
  process.exit(2);
}
