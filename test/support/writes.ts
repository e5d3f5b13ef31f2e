import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const WRITES = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);

/** Counts every write sent through the runtime's document client (reads are not counted). */
export function countWrites(doc: DynamoDBDocumentClient): { readonly count: number; readonly tables: string[]; reset(): void } {
  const state = { count: 0, tables: [] as string[] };
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (WRITES.has(context.commandName ?? '')) {
        state.count += 1;
        const input = args.input as { TableName?: string; RequestItems?: Record<string, unknown> };
        state.tables.push(input.TableName ?? Object.keys(input.RequestItems ?? {}).join(','));
      }
      return next(args);
    },
    { step: 'initialize', name: `countWrites-${Math.random()}` },
  );
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
