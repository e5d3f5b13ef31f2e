/**
 * The words of every intent's samples, weighed by how much each word says about the intent: the
 * table the core's last reading of free words uses (src/core/flows/words-guess.ts, ADR 0010). A
 * word in many intents' samples ("please", "the") weighs nothing; a word in a few samples of one
 * intent weighs little, so one rare word never decides. Per language, over all its locales' samples.
 */
import type { ModelSource } from '../../interaction-models/source/types';
import { samplesOf } from './phrases';

export const INTENT_WORDS = 'src/core/words/intent-words.json';

/** word -> intent -> weight (0..1, two decimals), per language ("en", "de"). */
export type IntentWordTable = Record<string, Record<string, Record<string, number>>>;

/** Samples a word must appear in before it can carry its full weight. */
const FULL_WEIGHT_SAMPLES = 40;
/** An intent's share of a word below this is noise and left out. */
const MIN_SHARE = 0.02;
/** Weights below this are left out of the table. */
const MIN_WEIGHT = 0.05;

export const wordsOf = (sample: string): string[] =>
  sample
    .toLowerCase()
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[^\p{L}' ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * `productWords` per locale: the words of the catalog's names, brands, categories and spoken
 * synonyms. They stay out of the table: a product's words say what is wanted, never which request,
 * and a word the table lacks is read as part of a name.
 */
export function buildIntentWords(source: ModelSource, productWords: ReadonlyMap<string, ReadonlySet<string>>): IntentWordTable {
  const table: IntentWordTable = {};
  const languages = [...new Set(source.locales.map((l) => l.locale.slice(0, 2)))].sort();
  for (const language of languages) {
    const ofProducts = new Set(source.locales.filter((l) => l.locale.startsWith(language)).flatMap((l) => [...(productWords.get(l.locale) ?? [])]));
    const samplesPer = new Map<string, number>();
    const counts = new Map<string, Map<string, number>>();
    for (const locale of source.locales.filter((l) => l.locale.startsWith(language))) {
      for (const def of source.intents) {
        const samples = samplesOf(locale, def);
        if (samples.length === 0) continue;
        samplesPer.set(def.name, (samplesPer.get(def.name) ?? 0) + samples.length);
        for (const sample of samples) {
          for (const word of new Set(wordsOf(sample).filter((w) => !ofProducts.has(w)))) {
            const perIntent = counts.get(word) ?? new Map<string, number>();
            perIntent.set(def.name, (perIntent.get(def.name) ?? 0) + 1);
            counts.set(word, perIntent);
          }
        }
      }
    }
    const intents = [...samplesPer.keys()];
    const words: Record<string, Record<string, number>> = {};
    for (const word of [...counts.keys()].sort()) {
      const perIntent = counts.get(word)!;
      // how often each intent's samples use the word, as shares of all intents' rates
      const rates = intents.map((i) => (perIntent.get(i) ?? 0) / samplesPer.get(i)!);
      const sum = rates.reduce((a, b) => a + b, 0);
      const shares = intents.map((intent, k) => ({ intent, share: rates[k] / sum })).filter((s) => s.share >= MIN_SHARE);
      const entropy = shares.reduce((h, s) => h - s.share * Math.log(s.share), 0) / Math.log(intents.length);
      const seen = [...perIntent.values()].reduce((a, b) => a + b, 0);
      const weight = (1 - entropy) * Math.min(1, Math.log(1 + seen) / Math.log(FULL_WEIGHT_SAMPLES));
      const entry: Record<string, number> = {};
      for (const { intent, share } of shares.sort((a, b) => a.intent.localeCompare(b.intent))) {
        const w = Math.round(share * weight * 100) / 100;
        if (w >= MIN_WEIGHT) entry[intent] = w;
      }
      // a word of the samples with no weight is still known: it never counts as a product's name
      words[word] = entry;
    }
    table[language] = words;
  }
  return table;
}
