/** Measuring one system: quality on the real catalogue, cost (build, artifact, load, heap, latency) at a size. */
import type { SearchDoc } from '../../src/ports/search';
import type { Query } from './dataset';
import { measure, MRR_CUTOFF, type Quality } from './metrics';
import type { Searcher, System } from './systems';

export interface Cost {
  docs: number;
  buildMs: number;
  artifactBytes: number;
  loadMs: number;
  heapBytes: number;
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

const MIN_SAMPLES = 30;

/** A deterministic interleaving (stride through the list) so any prefix mixes known-item, asr and category queries. */
function spread(texts: readonly string[]): string[] {
  const stride = 7;
  const out: string[] = [];
  for (let start = 0; start < stride; start++) for (let i = start; i < texts.length; i += stride) out.push(texts[i]);
  return out;
}

export function runQuality(system: System, docs: SearchDoc[], queries: readonly Query[]): Quality {
  const searcher = system.searcher(system.build(docs), docs);
  return measure(queries.map((query) => ({ query, ranked: searcher.search(query.text, MRR_CUTOFF) })));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Cost at one catalogue size; latency over up to five passes of every query text (k = 3), after a
 * warm-up pass, cut at `budgetMs` (at least 30 samples) for systems that need seconds per query.
 */
export function runCost(system: System, docs: SearchDoc[], texts: readonly string[], budgetMs = 20000): Cost {
  gc();
  // typed arrays live outside the JS heap ("external"); count both
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().external;
  const heapBefore = used();
  let t = performance.now();
  let built: unknown = system.build(docs);
  const buildMs = performance.now() - t;
  let data: string | undefined = system.serialise(built);
  const artifactBytes = Buffer.byteLength(data, 'utf8');
  // eslint-disable-next-line no-useless-assignment -- dropped so gc() can free the built index before loading
  built = undefined;
  gc();
  t = performance.now();
  const searcher: Searcher = system.load(data, docs);
  const loadMs = performance.now() - t;
  // eslint-disable-next-line no-useless-assignment -- dropped so gc() can free the artifact before searching
  data = undefined;
  // warm-up (also allocates lazy scratch space): a full pass, unless the system is too slow for one
  const warmStart = performance.now();
  for (const q of texts) {
    searcher.search(q, 3);
    if (performance.now() - warmStart > budgetMs / 4) break;
  }
  gc();
  const heapBytes = used() - heapBefore;

  // timed passes over a fixed, spread-out order so a budget cut still samples every kind of query
  const order = spread(texts);
  const times: number[] = [];
  const started = performance.now();
  outer: for (let pass = 0; pass < 5; pass++) {
    for (const q of order) {
      const s = performance.now();
      searcher.search(q, 3);
      times.push(performance.now() - s);
      if (performance.now() - started > budgetMs && times.length >= MIN_SAMPLES) break outer;
    }
  }
  times.sort((a, b) => a - b);
  return {
    docs: docs.length,
    buildMs,
    artifactBytes,
    loadMs,
    heapBytes,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    samples: times.length,
  };
}
