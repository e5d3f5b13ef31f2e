/**
 * The catalog is written in American English. A shopper elsewhere asks for "kitchen roll" or
 * "Küchenrolle"; search needs "paper towels". Each locale lists its own words for the catalog's.
 */
export type CatalogWords = Readonly<Record<string, string>>;

/**
 * Replaces every locale phrase found in `spoken` (whole words, longest first, any case) with the
 * catalog's words; the rest of what was said stays, so "Brightfield kitchen roll" still names
 * the brand.
 */
export function toCatalogWords(spoken: string, words: CatalogWords): string {
  const phrases = Object.keys(words).sort((a, b) => b.length - a.length);
  let text = ` ${spoken.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  for (const phrase of phrases) {
    const pattern = new RegExp(`(?<=[^\\p{L}\\p{N}])${escape(phrase.toLowerCase())}(?=[^\\p{L}\\p{N}])`, 'gu');
    text = text.replace(pattern, words[phrase]);
  }
  return text.trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
