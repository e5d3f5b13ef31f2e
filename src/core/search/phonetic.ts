/**
 * Sound-alike keys and small edit distances: how a misheard word ("humus", "bullion", "ships")
 * finds the catalogue word it stands for ("hummus", "bouillon", "chips").
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const KEY_LETTERS = 'afhjklmnprstwx0';

/**
 * A word spelled the way it sounds: English spelling rules folded (ph=f, ck=k, soft c=s, soft
 * g=j, ch/sh=x, z=s, v=f, b=p, d=t), doubled letters once, vowels kept. "rocco" and "roka" are one
 * letter apart here though three apart as written.
 */
export function soundSpelling(word: string): string {
  if (word.length === 0 || /[0-9]/.test(word)) return word;
  const w = word
    .replace(/^kn|^gn|^pn|^wr|^ps/, (m) => m[1])
    .replace(/^x/, 's')
    .replace(/x/g, 'ks')
    .replace(/^wh/, 'w')
    .replace(/ph/g, 'f')
    .replace(/tch|sch(?=[^aeiouy]|$)|ch|sh|sio|tio|tia/g, 'x')
    .replace(/sch/g, 'sk')
    .replace(/ck|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/dg(?=[eiy])/g, 'j')
    .replace(/gh(?=[^aeiouy]|$)/g, '')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/g/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'f')
    .replace(/b/g, 'p')
    .replace(/d/g, 't')
    .replace(/([^aeiou])h/g, '$1');
  let out = '';
  for (const ch of w) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/**
 * A compact Metaphone-like key: the consonant skeleton of `soundSpelling`, vowels dropped
 * except a leading one, which becomes "a".
 */
export function phoneticKey(word: string): string {
  if (word.length === 0 || /[0-9]/.test(word)) return word;
  const w = soundSpelling(word);
  const skeleton = (/^[aeiouy]/.test(w) ? 'a' : '') + w.replace(/[aeiouyhw]/g, '');
  let out = '';
  for (const ch of skeleton) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Every string one edit (delete, insert, substitute, transpose) away from `word`. */
export function singleEdits(word: string, alphabet: string = LETTERS): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 0; i <= word.length; i++) {
    for (const ch of alphabet) {
      out.push(word.slice(0, i) + ch + word.slice(i));
      if (i < word.length && ch !== word[i]) out.push(word.slice(0, i) + ch + word.slice(i + 1));
    }
  }
  return out;
}

/** Single edits of a phonetic key (its alphabet is smaller, so this is cheap). */
export function keyEdits(key: string): string[] {
  return singleEdits(key, KEY_LETTERS);
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
