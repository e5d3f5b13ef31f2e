/**
 * The size/pack variant key of the spoken-queries README ("Relevant ids for known-item
 * queries"), re-implemented from its written rules so that our own query sets get relevant sets
 * made the same way as the dev set's. It follows the rules as written; it is not byte-identical
 * to the dataset's own tool (which is not distributed).
 */

const KEEP_UNITS = /^(mg|mcg|iu)$/;
const KEEP_AFTER = new Set(['grain', 'bean', 'cheese', 'blade', 'ply', 'layer', 'year', 'hour', 'proof', 'calorie']);
const KEEP_BEFORE = new Set(['size', 'stage', 'step', 'no', 'spf']);
const UNIT_WORDS = new Set([
  'oz',
  'fl',
  'lb',
  'lbs',
  'pound',
  'pounds',
  'ct',
  'count',
  'pk',
  'pack',
  'packs',
  'ml',
  'liter',
  'liters',
  'litre',
  'gram',
  'grams',
  'kg',
  'gallon',
  'gallons',
  'quart',
  'quarts',
  'pint',
  'pints',
  'dozen',
]);
const GLUED_UNITS = new Set([...UNIT_WORDS, 'g', 'l', 'z', 'floz']);
const SIZE_BEFORE = new Set([
  'family',
  'party',
  'snack',
  'fun',
  'king',
  'travel',
  'value',
  'club',
  'economy',
  'bonus',
  'mega',
  'trial',
  'sharing',
  'big',
  'jumbo',
  'giant',
  'individual',
  'single',
]);
const PACKAGING = new Set(['bottle', 'can', 'jar', 'box', 'bag', 'carton', 'tub', 'pouch', 'canister', 'container', 'packet', 'case']);
const KEEP_PACKAGING_DEPTS = new Set(['pets', 'personal care', 'household', 'babies']);
const STOP = new Set(['of', 'the', 'and', 'with', 'a', 'an', 'per', 'each', 'x', 'scent', 'scented', 'flavor', 'flavored', 'style']);
const SPELLINGS: Record<string, string> = {
  lite: 'light',
  xtra: 'extra',
  nite: 'night',
  lowfat: 'low fat',
  nonfat: 'non fat',
  multigrain: 'multi grain',
  doughnut: 'donut',
  doughnuts: 'donuts',
  bbq: 'barbecue',
  barbeque: 'barbecue',
  yoghurt: 'yogurt',
};

function singular(word: string): string {
  if (word.length <= 3 || /ss$|us$|is$/.test(word)) return word;
  if (/ies$/.test(word)) return word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/oes$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The variant key of a product name in a department; '' when nothing is left. */
export function variantKey(name: string, department: string): string {
  let s = name
    .toLowerCase()
    .replace(/["`\\]/g, '')
    .replace(/'/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' ');
  s = s.replace(/(\d+)\s*%/g, ' $1pct ');
  s = s.replace(/\b(\d{1,2})\/(\d{1,2})\b/g, (m, a: string, b: string) => (Number(a) + Number(b) === 100 ? ` ${a}x${b}lean ` : ' '));
  s = s.replace(/#\s*(\d+)/g, ' no$1 ');
  s = s.replace(/\b(\d+)\s*in\s*1\b/g, ' $1in1 ');
  s = s.replace(/half gallon|multi-pack|multipack|value pack/g, ' ');
  const keepPackaging = KEEP_PACKAGING_DEPTS.has(department.toLowerCase());
  const raw = s
    .replace(/\.(?!\d)|(?<!\d)\./g, ' ')
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    const next = raw[i + 1] ?? '';
    const prev = raw[i - 1] ?? '';
    if (/^\d+(\.\d+)?$/.test(w)) {
      // numbers that describe the item stay
      if (KEEP_UNITS.test(next) || KEEP_AFTER.has(next)) {
        out.push(`${w}${next}`);
        i++;
      } else if (KEEP_BEFORE.has(prev)) {
        out.pop();
        out.push(`${prev}${w}`);
      }
      continue;
    }
    if (/^\d+pct$|^\d+x\d+lean$|^no\d+$|^\d+in1$/.test(w)) {
      out.push(w);
      continue;
    }
    // a number glued to a unit (12oz, 1.5l, 6pk) goes; digits inside a word (v8, 7up, d3) stay
    if (/^\d+(\.\d+)?[a-z]+$/.test(w) && GLUED_UNITS.has(w.replace(/^[\d.]+/, ''))) continue;
    if (/^\d+(\.\d+)?(mg|mcg|iu)$/.test(w)) {
      out.push(w);
      continue;
    }
    if (UNIT_WORDS.has(w) || w === 'sq' || w === 'ft') continue;
    if (w === 'size') {
      if (SIZE_BEFORE.has(prev)) out.pop();
      continue;
    }
    if (!keepPackaging && (PACKAGING.has(w) || PACKAGING.has(singular(w)))) continue;
    if (STOP.has(w)) continue;
    for (const part of (SPELLINGS[w] ?? w).split(' ')) out.push(singular(part));
  }
  return [...new Set(out.filter((w) => w !== '' && !/^[.\d]+$/.test(w)))].sort().join(' ');
}
