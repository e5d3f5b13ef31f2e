import type { StoreTap } from './store-tap';

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/** Counts every write request the runtime sends to the store (reads are not counted). */
export function countWrites(tap: StoreTap): { readonly count: number; readonly tables: string[]; reset(): void } {
  const state = { count: 0, tables: [] as string[] };
  tap.observe((call) => {
    if (WRITES.has(call.operation)) {
      state.count += 1;
      state.tables.push(call.table);
    }
    return undefined;
  });
  return {
    get count() {
      return state.count;
    },
    get tables() {
      return state.tables;
    },
    reset() {
      state.count = 0;
      state.tables = [];
    },
  };
}
