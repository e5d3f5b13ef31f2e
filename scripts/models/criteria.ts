/** The comparison criterion slot's values per locale, from the one list the compare flow reads (src/core/compare-criteria.ts). */
import type { LocaleSource } from '../../interaction-models/source/types';
import { CRITERION_WORDS } from '../../src/core/compare-criteria';

export interface CriterionValue {
  /** the criterion id ("cheaper", "better-value") */
  id: string;
  /** spoken forms, each under one id only */
  words: string[];
}

export function criterionValues(locale: LocaleSource): CriterionValue[] {
  const language = locale.locale.split('-')[0] === 'de' ? 'de' : 'en';
  const claimed = new Set<string>();
  const out: CriterionValue[] = [];
  for (const [id, forms] of Object.entries(CRITERION_WORDS[language])) {
    const words = [...new Set(forms.map((f) => f.replace(/-/g, ' ').toLowerCase()))].filter((w) => !claimed.has(w));
    for (const w of words) claimed.add(w);
    if (words.length > 0) out.push({ id, words });
  }
  return out;
}
