/** The benchmark's table: quality per system, then cost per system and catalogue size. */
import type { Quality } from './metrics';
import type { Cost } from './run';

export interface SystemResult {
  name: string;
  settings: string;
  quality: Quality;
  cost: Cost[];
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const mb = (b: number): string => (b / 1048576).toFixed(1);
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderTables(results: readonly SystemResult[]): string {
  const q = results[0]?.quality;
  const quality = table(
    [
      'system',
      `known R@1 (n=${q?.knownCount ?? 0})`,
      'known R@3',
      'known MRR@10',
      `asr R@1 (n=${q?.asrCount ?? 0})`,
      'asr R@3',
      'asr MRR@10',
      `category P@3 (n=${q?.categoryCount ?? 0})`,
    ],
    results.map((r) => [
      r.name,
      pct(r.quality.recall1),
      pct(r.quality.recall3),
      r.quality.mrr.toFixed(3),
      pct(r.quality.asrRecall1),
      pct(r.quality.asrRecall3),
      r.quality.asrMrr.toFixed(3),
      pct(r.quality.precision3),
    ]),
  );
  const cost = table(
    ['system', 'products', 'build ms', 'artifact MB', 'load ms', 'heap MB', 'p50 ms', 'p99 ms', 'samples'],
    results.flatMap((r) =>
      r.cost.map((c) => [r.name, String(c.docs), ms(c.buildMs), mb(c.artifactBytes), ms(c.loadMs), mb(c.heapBytes), ms(c.p50Ms), ms(c.p99Ms), String(c.samples)]),
    ),
  );
  const settings = results.map((r) => `- **${r.name}**: ${r.settings}`).join('\n');
  return `### Quality (real catalogue)\n\n${quality}\n\n### Cost\n\n${cost}\n\n### Settings\n\n${settings}\n`;
}

/** Our figures against the targets; latency against the fastest baseline at each size. */
export function renderTargets(results: readonly SystemResult[], ourName = 'ours'): string {
  const ours = results.find((r) => r.name === ourName);
  if (!ours) return '';
  const check = (ok: boolean): string => (ok ? 'met' : 'short');
  const rows: string[][] = [
    ['known Recall@1 ≥ 90%', pct(ours.quality.recall1), check(ours.quality.recall1 >= 0.9)],
    ['known Recall@3 ≥ 97%', pct(ours.quality.recall3), check(ours.quality.recall3 >= 0.97)],
    ['asr Recall@3 ≥ 90%', pct(ours.quality.asrRecall3), check(ours.quality.asrRecall3 >= 0.9)],
    ['category Precision@3 ≥ 90%', pct(ours.quality.precision3), check(ours.quality.precision3 >= 0.9)],
  ];
  for (const c of ours.cost) {
    const baselines = results.filter((r) => r !== ours).flatMap((r) => r.cost.filter((x) => x.docs === c.docs).map((x) => ({ name: r.name, p99: x.p99Ms })));
    if (baselines.length === 0) continue;
    const fastest = baselines.reduce((a, b) => (b.p99 < a.p99 ? b : a));
    rows.push([`p99 ≤ 2× fastest baseline p99 at ${c.docs}`, `${ms(c.p99Ms)} ms vs ${fastest.name} ${ms(fastest.p99)} ms`, check(c.p99Ms <= 2 * fastest.p99)]);
  }
  return `### Targets (issue 6)\n\n${table(['target', 'ours', ''], rows)}\n`;
}
