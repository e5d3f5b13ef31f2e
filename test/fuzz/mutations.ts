/**
 * Envelope mutation for fuzzing: real request envelopes, changed at any path (every object key
 * and list entry, however deep) to a value of the wrong type, a hostile string, or nothing, and
 * given extra keys. fast-check picks the paths and values and shrinks a failure to the fewest
 * changes that still break.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = Array<string | number>;

/** Every path in `value`, the root excluded: the places a mutation can land. */
export function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => paths.push([...prefix, i], ...pathsOf(v, [...prefix, i])));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  }
  return paths;
}

/** Characters XML 1.0 forbids, halves of surrogate pairs, and markup: what SSML must never carry. */
const HOSTILE_TEXT = ['\u0000', '\u001b[31m', 'a\ud800b', '\udc00', '\uffff', '\ufffe', '<speak>', '</speak>&', 'paper\u0007towels', 'x'.repeat(5000), '🧻🧻', 'e\u0301'];

/** A value of some other type than what is usually there, or a string no platform would send. */
export const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -0, '', ' ', 'x', [], [null], [1, 'a'], {}, { name: 1 }, { '': null }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'NaN', 'Infinity', 'true', '[]', '{}', '{"data":', 'null'),
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 10, unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

export type Mutation = { kind: 'replace'; at: number; value: Json } | { kind: 'delete'; at: number } | { kind: 'add'; at: number; key: string; value: Json };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: wrongValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'result', 'idToken', 'userStorage', 'data'), fc.string({ maxLength: 8 })),
      value: wrongValue,
    }),
  },
);

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } {
  let parent = root;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[step];
  return { parent, key: path[path.length - 1] };
}

/** `base` (untouched) with the mutations applied, each at the path its `at` picks among those left. */
export function mutate(base: Json, mutations: Mutation[]): Json {
  const root = JSON.parse(JSON.stringify(base)) as Json;
  for (const m of mutations) {
    const paths = pathsOf(root);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length];
    const { parent, key } = parentOf(root, path);
    const target = parent as Record<string | number, Json>;
    if (m.kind === 'replace') target[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete target[key];
    } else {
      const holder = target[key];
      // defineProperty, so "__proto__" becomes a key of its own as JSON.parse would make it
      if (holder && typeof holder === 'object' && !Array.isArray(holder))
        Object.defineProperty(holder, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      else target[key] = m.value;
    }
  }
  return root;
}

/** An envelope from `bases` with one to four mutations. */
export function mutatedEnvelope(bases: readonly Json[]): fc.Arbitrary<Json> {
  return fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([base, mutations]) => mutate(base, mutations));
}

/** XML 1.0 Char: what an SSML or card string may hold. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function xmlLegal(text: unknown): boolean {
  return typeof text !== 'string' || !XML_ILLEGAL.test(text);
}
