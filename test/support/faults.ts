import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoCall {
  /** the table the call goes to */
  table: string;
  input: Record<string, any>;
}

/** An error shaped as DynamoDB sends it, so the SDK's retry logic classifies it the same way. */
export function dynamoError(name: 'ThrottlingException' | 'ProvisionedThroughputExceededException' | 'InternalServerError'): Error {
  return Object.assign(new Error(`${name} (injected)`), {
    name,
    $fault: name === 'InternalServerError' ? 'server' : 'client',
    $metadata: { httpStatusCode: name === 'InternalServerError' ? 500 : 400, attempts: 1 },
  });
}

/**
 * AWS SDK middleware on the runtime's document client, inside the retry loop (finalizeRequest,
 * low priority), so every attempt — retries included — meets the fault. `decide` returns an
 * error to fail the attempt, a number of milliseconds to stall it, or undefined to let it pass.
 */
export function injectDynamoFaults(doc: DynamoDBDocumentClient) {
  let decide: ((call: DynamoCall) => Error | number | undefined) | undefined;
  const attempts: DynamoCall[] = [];
  doc.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as Record<string, any>;
      const call = { table: input.TableName ?? Object.keys(input.RequestItems ?? {}).join(','), input };
      const verdict = decide?.(call);
      if (verdict !== undefined) attempts.push(call);
      if (typeof verdict === 'number') await new Promise((resolve) => setTimeout(resolve, verdict));
      else if (verdict) throw verdict;
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: `injectFaults-${Math.random()}` },
  );
  return {
    /** calls that met a fault */
    attempts,
    set(rule: (call: DynamoCall) => Error | number | undefined): void {
      attempts.length = 0;
      decide = rule;
    },
    clear(): void {
      decide = undefined;
    },
  };
}
