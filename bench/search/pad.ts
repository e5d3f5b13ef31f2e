/**
 * Latency-only padding: grows a catalogue to a target size with generated size and pack
 * variants of real products ("… 12 oz", "… Family Size"), the way real catalogues grow.
 */
import type { SearchDoc } from '../../src/ports/search';

const VARIANTS = [
  '12 oz',
  '6 Pack',
  'Family Size',
  '2 lb',
  '24 ct',
  '16 fl oz',
  'Value Pack',
  '32 oz',
  '1 gal',
  '8 ct',
  '4 Pack',
  'Party Size',
  '500 ml',
  '3 lb',
  '10 oz',
  '12 Pack',
  'Travel Size',
  '1.5 L',
  '18 ct',
  '64 oz',
];

export function padCatalog(docs: readonly SearchDoc[], size: number): SearchDoc[] {
  if (size <= docs.length) return docs.slice(0, size);
  const out = docs.slice();
  for (let i = 0; out.length < size; i++) {
    const base = docs[i % docs.length];
    const variant = VARIANTS[Math.floor(i / docs.length) % VARIANTS.length];
    out.push({ ...base, sku: `pad-${i}-${base.sku}`, name: `${base.name} ${variant}` });
  }
  return out;
}
