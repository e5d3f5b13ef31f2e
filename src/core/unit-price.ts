/**
 * Unit prices from a product's size as printed ("12 double rolls", "24 pack, 16.9 fl oz",
 * "half gallon"), so two products can be compared per ounce, per roll or per count. Weights are
 * counted in ounces, liquids in fluid ounces, paper towels and toilet paper in regular rolls (a
 * double roll is two, a mega roll four, as the packs themselves state), everything sold by the
 * piece in counts. A size with no amount in it, or only an approximate one, has no unit price.
 */

export const SizeUnit = {
  Ounce: 'ounce',
  FluidOunce: 'fluid-ounce',
  Roll: 'roll',
  Count: 'count',
  SquareFoot: 'square-foot',
} as const;
export type SizeUnit = (typeof SizeUnit)[keyof typeof SizeUnit];

/** How much is in a pack, in one unit. */
export interface SizeAmount {
  amount: number;
  unit: SizeUnit;
  /** rolls counted as regular rolls because the pack's were double or mega: said as "per regular roll" */
  regularRolls?: boolean;
}

/** Why a size has no unit price; a test lists every demo size that has none, with its reason. */
export const NoAmount = {
  /** "about 2 lb bunch": sold by the piece, the weight only approximate */
  Approximate: 'approximate',
  /** "12 inch": a dimension, not an amount of the product */
  Dimension: 'dimension',
  /** no number, or a unit the shop does not know */
  Unreadable: 'unreadable',
} as const;
export type NoAmount = (typeof NoAmount)[keyof typeof NoAmount];

export type SizeReading = ({ kind: 'amount' } & SizeAmount) | { kind: 'none'; reason: NoAmount };

/** Ounces or fluid ounces in one of each unit. */
const WEIGHT: Readonly<Record<string, number>> = { oz: 1, ounce: 1, ounces: 1, lb: 16, lbs: 16, pound: 16, pounds: 16, g: 0.035274, gram: 0.035274, grams: 0.035274, kg: 35.274 };
const VOLUME: Readonly<Record<string, number>> = {
  'fl oz': 1,
  'fluid ounce': 1,
  'fluid ounces': 1,
  gallon: 128,
  gallons: 128,
  quart: 32,
  quarts: 32,
  pint: 16,
  pints: 16,
  liter: 33.814,
  liters: 33.814,
  litre: 33.814,
  litres: 33.814,
  l: 33.814,
  ml: 0.033814,
};
const AREA: Readonly<Record<string, number>> = { 'sq ft': 1, 'square feet': 1, 'square foot': 1 };
/** Regular rolls in one roll of each kind, as the packs state them. */
const ROLLS: Readonly<Record<string, number>> = { '': 1, regular: 1, double: 2, triple: 3, mega: 4 };
/** Nouns for things sold by the piece. "count" and wipes say the pack's real count outright. */
const EXPLICIT_COUNT = new Set(['count', 'ct', 'wipes', 'wipe']);
const PIECES = new Set([
  'pack',
  'packs',
  'pk',
  'bags',
  'bag',
  'boxes',
  'box',
  'cans',
  'can',
  'bottles',
  'bottle',
  'bars',
  'bar',
  'tablets',
  'caplets',
  'softgels',
  'capsules',
  'slices',
  'sticks',
  'pods',
  'bulbs',
  'bulb',
  'eggs',
  'pieces',
  'sheets',
  'packets',
]);
/** Subdivisions of a weight ("1 lb, 4 sticks"): the weight is the amount. */
const SUBDIVISIONS = new Set(['sticks', 'slices']);
const DIMENSIONS = new Set(['inch', 'inches', 'in', 'cm', 'foot', 'feet']);

type Part =
  { kind: 'measure'; amount: number; unit: SizeUnit; regularRolls?: boolean } | { kind: 'count'; amount: number; noun: string } | { kind: 'dimension' } | { kind: 'unknown' };

/** "half gallon" reads as "0.5 gallon"; words are lower-cased, a trailing period dropped. */
function tidy(part: string): string {
  return part
    .toLowerCase()
    .replace(/\bhalf\s+(?=gallon|pint|quart|liter|litre)/, '0.5 ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readPart(raw: string): Part {
  const text = tidy(raw);
  const m = /^(\d+(?:\.\d+)?)\s*(.*)$/.exec(text);
  if (!m) return { kind: 'unknown' };
  const n = Number(m[1]);
  const rest = m[2];
  const words = rest.split(' ').filter(Boolean);
  const startsWith = (table: Readonly<Record<string, number>>) =>
    Object.keys(table)
      .filter((unit) => unit !== '' && (rest === unit || rest.startsWith(`${unit} `)))
      .sort((a, b) => b.length - a.length)[0];
  // liquids first: "fl oz" must not read as a weight
  const volume = startsWith(VOLUME);
  if (volume) return { kind: 'measure', amount: n * VOLUME[volume], unit: SizeUnit.FluidOunce };
  const weight = startsWith(WEIGHT);
  if (weight) return { kind: 'measure', amount: n * WEIGHT[weight], unit: SizeUnit.Ounce };
  const area = startsWith(AREA);
  if (area) return { kind: 'measure', amount: n * AREA[area], unit: SizeUnit.SquareFoot };
  const roll = /^(?:(double|triple|mega|regular)\s+)?rolls?\b/.exec(rest);
  if (roll) {
    const per = ROLLS[roll[1] ?? ''];
    return { kind: 'measure', amount: n * per, unit: SizeUnit.Roll, ...(per !== 1 ? { regularRolls: true } : {}) };
  }
  if (words.length > 0 && DIMENSIONS.has(words[0])) return { kind: 'dimension' };
  // "24 family size bags", "12 pack cans", "3 pack refill": the first noun that counts pieces
  const noun = words.find((w) => EXPLICIT_COUNT.has(w) || PIECES.has(w));
  if (noun) return { kind: 'count', amount: n, noun };
  return { kind: 'unknown' };
}

/**
 * How much a size holds. "13 gallon, 90 count" is ninety bags (the gallons are each bag's
 * size); "24 pack, 16.9 fl oz" is 24 × 16.9 fluid ounces; "1 lb, 4 sticks" is a pound.
 */
export function readSize(size: string): SizeReading {
  const text = size.trim();
  if (/^(about|approx\.?|approximately|around|ca\.?)\b/i.test(text)) return { kind: 'none', reason: NoAmount.Approximate };
  const parts = text.split(',').map(readPart);
  if (parts.some((p) => p.kind === 'dimension') && !parts.some((p) => p.kind === 'measure' || p.kind === 'count')) {
    return { kind: 'none', reason: NoAmount.Dimension };
  }
  const counts = parts.filter((p): p is Extract<Part, { kind: 'count' }> => p.kind === 'count');
  const measures = parts.filter((p): p is Extract<Part, { kind: 'measure' }> => p.kind === 'measure');
  const explicit = counts.find((c) => EXPLICIT_COUNT.has(c.noun));
  if (explicit) return { kind: 'amount', amount: explicit.amount, unit: SizeUnit.Count };
  const packs = counts.find((c) => ['pack', 'packs', 'pk'].includes(c.noun));
  if (measures.length === 1 && packs) return { ...measures[0], kind: 'amount', amount: packs.amount * measures[0].amount };
  if (measures.length === 1 && counts.every((c) => SUBDIVISIONS.has(c.noun))) return { ...measures[0], kind: 'amount' };
  if (measures.length === 0 && counts.length === 1) return { kind: 'amount', amount: counts[0].amount, unit: SizeUnit.Count };
  return { kind: 'none', reason: NoAmount.Unreadable };
}

/** Price per unit in minor units (fractions kept), or undefined when the size has no amount. */
export interface UnitPrice {
  perUnit: number;
  unit: SizeUnit;
  regularRolls?: boolean;
}

export function unitPriceOf(product: { price: number; size: string }): UnitPrice | undefined {
  const size = readSize(product.size);
  if (size.kind !== 'amount' || size.amount <= 0) return undefined;
  return { perUnit: product.price / size.amount, unit: size.unit, ...(size.regularRolls ? { regularRolls: true } : {}) };
}

/** Two unit prices that can be compared: the same unit. */
export function comparableUnitPrices(a: UnitPrice | undefined, b: UnitPrice | undefined): a is UnitPrice {
  return a !== undefined && b !== undefined && a.unit === b.unit;
}

/** The amount of a size in its unit, for "which is bigger"; undefined when it has none. */
export function amountOf(size: string): SizeAmount | undefined {
  const reading = readSize(size);
  return reading.kind === 'amount' ? { amount: reading.amount, unit: reading.unit, ...(reading.regularRolls ? { regularRolls: true } : {}) } : undefined;
}
