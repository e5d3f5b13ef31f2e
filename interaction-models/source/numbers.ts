/** Spoken cardinals and ordinals for the quantity and ordinal slot values, per language. */
import type { OrdinalWords, QuantityWords } from './types';

const EN_UNITS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1..99 as "one" .. "ninety nine" (plus the hyphenated spelling and the digits). */
export function englishCardinals(max = 99): QuantityWords[] {
  const out: QuantityWords[] = [];
  for (let n = 1; n <= max; n++) {
    if (n < 20) out.push({ n, words: [EN_UNITS[n], String(n)] });
    else {
      const tens = EN_TENS[Math.floor(n / 10)];
      const unit = EN_UNITS[n % 10];
      out.push({ n, words: unit ? [`${tens} ${unit}`, `${tens}-${unit}`, String(n)] : [tens, String(n)] });
    }
  }
  return out;
}

const DE_UNITS = [
  '',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** 1..99 as "eins" .. "neunundneunzig"; 21 is "einundzwanzig", not "einsundzwanzig". */
export function germanCardinals(max = 99): QuantityWords[] {
  const out: QuantityWords[] = [];
  for (let n = 1; n <= max; n++) {
    if (n < 20) out.push({ n, words: [DE_UNITS[n], String(n)] });
    else {
      const tens = DE_TENS[Math.floor(n / 10)];
      const unitNumber = n % 10;
      const unit = unitNumber === 1 ? 'ein' : DE_UNITS[unitNumber];
      out.push({ n, words: unitNumber ? [`${unit}und${tens}`, String(n)] : [tens, String(n)] });
    }
  }
  return out;
}

/** Adds spoken forms ("a dozen") to the quantity they stand for. */
export function withPhrases(base: QuantityWords[], phrases: Readonly<Record<string, number>>): QuantityWords[] {
  const byNumber = new Map(base.map((q) => [q.n, [...q.words]]));
  for (const [phrase, n] of Object.entries(phrases)) {
    const words = byNumber.get(n) ?? [];
    if (!byNumber.has(n)) byNumber.set(n, [phrase, String(n)]);
    else words.push(phrase);
  }
  return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([n, words]) => ({ n, words }));
}

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const EN_SUFFIX = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th'];

export function englishOrdinals(): OrdinalWords[] {
  return [...EN_ORDINALS.map((word, i) => ({ id: String(i + 1), words: [word, `${i + 1}${EN_SUFFIX[i]}`] })), { id: 'last', words: ['last', 'final'] }];
}

const DE_ORDINAL_STEMS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt'];

/** German ordinals with their endings ("zweite", "zweiten", "zweites") and "letzte". */
export function germanOrdinals(): OrdinalWords[] {
  const endings = ['e', 'en', 'er', 'es', 'em'];
  return [
    ...DE_ORDINAL_STEMS.map((stem, i) => ({ id: String(i + 1), words: [...endings.map((e) => stem + e), `${i + 1}.`] })),
    { id: 'last', words: endings.map((e) => `letzt${e}`) },
  ];
}
