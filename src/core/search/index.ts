/** Spoken product search: build, serialise and load the index behind the ProductSearchIndex port. */
import type { SearchDoc } from '../../ports/search';
import { buildIndexData } from './build';
import { SpokenSearchIndex } from './engine';
import { parseIndexData, serialiseIndexData } from './serialise';

export { SpokenSearchIndex } from './engine';
export { SearchIndexFormatError } from './serialise';

/** Builds the index from catalogue documents; documents with no usable name are left out. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SpokenSearchIndex {
  return new SpokenSearchIndex(buildIndexData(Array.isArray(docs) ? docs : []));
}

/** The index as a JSON string, for the artifact `catalog:import` writes. */
export function serializeSearchIndex(index: SpokenSearchIndex): string {
  return serialiseIndexData(index.data);
}

/** Loads an artifact written by `serializeSearchIndex`; throws SearchIndexFormatError if it is not one. */
export function loadSearchIndex(data: string | Buffer): SpokenSearchIndex {
  return new SpokenSearchIndex(parseIndexData(data));
}
