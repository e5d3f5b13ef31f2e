const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
};

/** "one two three four" or "1 two 3 four" → "1234"; anything else → undefined. */
export function parseSpokenNumberWords(text: string): string | undefined {
  const words = text.split(/[\s,.-]+/).filter(Boolean);
  if (words.length === 0) return undefined;
  let digits = '';
  for (const word of words) {
    if (/^\d+$/.test(word)) digits += word;
    else if (DIGIT_WORDS[word] !== undefined) digits += DIGIT_WORDS[word];
    else return undefined;
  }
  return digits;
}
