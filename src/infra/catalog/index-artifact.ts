import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Product } from '../../core/product';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SpokenSearchIndex } from '../../core/search';

/**
 * The search index as a file: written once at import time, loaded once per cold start, so a
 * large catalog is never re-indexed on a shopper's turn. Relative paths are taken from the
 * working directory (the package root in Lambda).
 */
export function readIndexArtifact(path: string): SpokenSearchIndex {
  return loadSearchIndex(readFileSync(resolve(path)));
}

export interface ArtifactReport {
  products: number;
  bytes: number;
  buildMs: number;
}

export function writeIndexArtifact(path: string, products: readonly Product[]): ArtifactReport {
  const started = performance.now();
  const index = buildSearchIndex(products);
  const buildMs = performance.now() - started;
  const data = serializeSearchIndex(index);
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(resolve(path), data);
  return { products: index.size, bytes: Buffer.byteLength(data), buildMs };
}
