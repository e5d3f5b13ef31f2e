/**
 * Every system under test behind one shape: build from documents, serialise, load, and
 * `search(query, k)` returning skus best first. All index the same two fields, name and
 * category (aisle / department), with name weighted above category where the library allows.
 */
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import type { Index as FlexIndex } from 'flexsearch';
import Fuse from 'fuse.js';
import { create, insertMultiple, load, save, search as oramaSearch } from '@orama/orama';
import type { SearchDoc } from '../../src/ports/search';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SpokenSearchIndex } from '../../src/core/search';

export interface Searcher {
  search(query: string, k: number): string[];
}

export interface System {
  name: string;
  /** the settings, as printed next to the results */
  settings: string;
  build(docs: SearchDoc[]): unknown;
  serialise(built: unknown): string;
  load(data: string, docs: SearchDoc[]): Searcher;
  searcher(built: unknown, docs: SearchDoc[]): Searcher;
}

interface Row {
  id: number;
  name: string;
  category: string;
}

const rows = (docs: SearchDoc[]): Row[] => docs.map((d, id) => ({ id, name: d.name, category: d.category ?? '' }));

const ours: System = {
  name: 'ours',
  settings: 'src/core/search: speech normalisation, compounds, sound-alikes, name 1 / brand 0.9 / category 0.4',
  build: (docs) => buildSearchIndex(docs),
  serialise: (built) => serializeSearchIndex(built as SpokenSearchIndex),
  load: (data) => wrapOurs(loadSearchIndex(data)),
  searcher: (built) => wrapOurs(built as SpokenSearchIndex),
};

function wrapOurs(index: SpokenSearchIndex): Searcher {
  return { search: (q, k) => index.search(q, { limit: k }).map((h) => h.sku) };
}

const MINI_OPTIONS = {
  fields: ['name', 'category'],
  idField: 'id',
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 } },
};

const minisearch: System = {
  name: 'MiniSearch',
  settings: 'minisearch@7, fields name (boost 2) + category, prefix: true, fuzzy: 0.2, OR combination',
  build: (docs) => {
    const ms = new MiniSearch<Row>(MINI_OPTIONS);
    ms.addAll(rows(docs));
    return ms;
  },
  serialise: (built) => JSON.stringify(built),
  load: (data, docs) => wrapMini(MiniSearch.loadJSON<Row>(data, MINI_OPTIONS), docs),
  searcher: (built, docs) => wrapMini(built as MiniSearch<Row>, docs),
};

function wrapMini(ms: MiniSearch<Row>, docs: SearchDoc[]): Searcher {
  return {
    search: (q, k) =>
      ms
        .search(q)
        .slice(0, k)
        .map((r) => docs[r.id as number].sku),
  };
}

const FLEX_OPTIONS = { tokenize: 'forward', encoder: 'LatinBalance', resolution: 9 } as const;

const flexsearch: System = {
  name: 'FlexSearch',
  settings: 'flexsearch@0.8 Index, tokenize: forward (prefix), encoder: LatinBalance, suggest: true, name + category as one text',
  build: (docs) => {
    const index = new FlexSearch.Index(FLEX_OPTIONS);
    docs.forEach((d, i) => index.add(i, `${d.name} ${d.category ?? ''}`));
    return index;
  },
  serialise: (built) => {
    const parts: Record<string, string> = {};
    (built as FlexIndex).export((key: string, data: string) => {
      parts[key] = data;
    });
    return JSON.stringify(parts);
  },
  load: (data, docs) => {
    const index = new FlexSearch.Index(FLEX_OPTIONS);
    for (const [key, part] of Object.entries(JSON.parse(data) as Record<string, string>)) index.import(key, part);
    return wrapFlex(index, docs);
  },
  searcher: (built, docs) => wrapFlex(built as FlexIndex, docs),
};

function wrapFlex(index: FlexIndex, docs: SearchDoc[]): Searcher {
  return {
    search: (q, k) => (index.search(q, { limit: k, suggest: true }) as number[]).map((id) => docs[id].sku),
  };
}

const ORAMA_SCHEMA = { name: 'string', category: 'string' } as const;

const orama: System = {
  name: 'Orama',
  settings: '@orama/orama@3, BM25, properties name + category, boost name 2, tolerance 1 (typo distance)',
  build: (docs) => {
    const db = create({ schema: ORAMA_SCHEMA });
    void insertMultiple(
      db,
      rows(docs).map((r) => ({ id: String(r.id), name: r.name, category: r.category })),
    );
    return db;
  },
  serialise: (built) => JSON.stringify(save(built as ReturnType<typeof create<typeof ORAMA_SCHEMA>>)),
  load: (data, docs) => {
    const db = create({ schema: ORAMA_SCHEMA });
    load(db, JSON.parse(data));
    return wrapOrama(db, docs);
  },
  searcher: (built, docs) => wrapOrama(built as ReturnType<typeof create<typeof ORAMA_SCHEMA>>, docs),
};

function wrapOrama(db: ReturnType<typeof create<typeof ORAMA_SCHEMA>>, docs: SearchDoc[]): Searcher {
  return {
    search: (q, k) => {
      const res = oramaSearch(db, { term: q, properties: ['name', 'category'], boost: { name: 2 }, tolerance: 1, limit: k });
      if (res instanceof Promise) throw new Error('Orama search went asynchronous');
      return res.hits.map((h) => docs[Number(h.id)].sku);
    },
  };
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'name', weight: 2 },
    { name: 'category', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
};

const fuse: System = {
  name: 'Fuse.js',
  settings: 'fuse.js@7, keys name (weight 2) + category, threshold: 0.4, ignoreLocation: true; artifact = Fuse index JSON (it holds the indexed field values)',
  build: (docs) => new Fuse(rows(docs), FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys, rows(docs))),
  serialise: (built) => {
    const f = built as Fuse<Row>;
    return JSON.stringify({ index: f.getIndex().toJSON() });
  },
  load: (data, docs) => {
    const parsed = JSON.parse(data) as { index: Parameters<typeof Fuse.parseIndex>[0] };
    return wrapFuse(new Fuse(rows(docs), FUSE_OPTIONS, Fuse.parseIndex(parsed.index)), docs);
  },
  searcher: (built, docs) => wrapFuse(built as Fuse<Row>, docs),
};

function wrapFuse(f: Fuse<Row>, docs: SearchDoc[]): Searcher {
  return { search: (q, k) => f.search(q, { limit: k }).map((r) => docs[r.item.id].sku) };
}

export const SYSTEMS: readonly System[] = [ours, minisearch, flexsearch, orama, fuse];
