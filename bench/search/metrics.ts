/** Retrieval quality as the spoken-queries README defines it (MRR cut at 10). */
import type { Query } from './dataset';

export const MRR_CUTOFF = 10;

export interface Quality {
  knownCount: number;
  recall1: number;
  recall3: number;
  mrr: number;
  asrCount: number;
  asrRecall1: number;
  asrRecall3: number;
  asrMrr: number;
  categoryCount: number;
  precision3: number;
}

export interface QueryResult {
  query: Query;
  ranked: string[];
}

function rankOf(r: QueryResult): number {
  const i = r.ranked.slice(0, MRR_CUTOFF).findIndex((sku) => r.query.relevant.has(sku));
  return i < 0 ? 0 : i + 1;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function measure(results: QueryResult[]): Quality {
  const known = results.filter((r) => r.query.kind === 'known');
  const asr = known.filter((r) => r.query.asrError);
  const cats = results.filter((r) => r.query.kind === 'category');
  const r1 = (rs: QueryResult[]): number => mean(rs.map((r) => (rankOf(r) === 1 ? 1 : 0)));
  const r3 = (rs: QueryResult[]): number =>
    mean(
      rs.map((r) => {
        const k = rankOf(r);
        return k >= 1 && k <= 3 ? 1 : 0;
      }),
    );
  const mrr = (rs: QueryResult[]): number =>
    mean(
      rs.map((r) => {
        const k = rankOf(r);
        return k === 0 ? 0 : 1 / k;
      }),
    );
  return {
    knownCount: known.length,
    recall1: r1(known),
    recall3: r3(known),
    mrr: mrr(known),
    asrCount: asr.length,
    asrRecall1: r1(asr),
    asrRecall3: r3(asr),
    asrMrr: mrr(asr),
    categoryCount: cats.length,
    precision3: mean(cats.map((r) => r.ranked.slice(0, 3).filter((sku) => r.query.relevant.has(sku)).length / 3)),
  };
}
