/** The attribute slot's values per locale, from the one list the catalog tags use (src/core/attributes.ts). */
import type { LocaleSource } from '../../interaction-models/source/types';
import { ATTRIBUTE_WORDS, SUBSTANCE_WORDS, type ProductAttribute } from '../../src/core/attributes';

export interface AttributeValue {
  /** the attribute id ("gluten-free", "in-stock") */
  id: string;
  /** spoken forms, the one the shop says back first */
  words: string[];
}

/** Each attribute with the forms a shopper of this locale's language says, each form under one id only. */
export function attributeValues(locale: LocaleSource): AttributeValue[] {
  const language = locale.locale.split('-')[0] === 'de' ? 'de' : 'en';
  const claimed = new Set<string>();
  const out: AttributeValue[] = [];
  for (const [id, forms] of Object.entries(ATTRIBUTE_WORDS[language])) {
    // a hyphen reads as a space to both recognisers; keep one spelling of each form
    // "does it have any sugar": the substance an attribute is free of names it too (answered the other way round)
    const substances = SUBSTANCE_WORDS[language][id as ProductAttribute] ?? [];
    const words = [...new Set([...forms, ...substances].map((f) => f.replace(/-/g, ' ').toLowerCase()))].filter((w) => !claimed.has(w));
    for (const w of words) claimed.add(w);
    if (words.length > 0) out.push({ id, words });
  }
  return out;
}
