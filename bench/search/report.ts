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
    ['system', `known R@1 (n=${q?.knownCount ?? 0})`, 'known R@3', 'known MRR@10', `asr R@1 (n=${q?.asrCount ?? 0})`, 'asr R@3', 'asr MRR@10', `category P@3 (n=${q?.categoryCount ?? 0})`],
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
