import { DynamoErrorReply, type StoreCall, type StoreTap, type Verdict } from './store-tap';

export type DynamoCall = StoreCall;

/** An error as DynamoDB sends it (status and `__type`), so the client parses and classifies it as the real one. */
export function dynamoError(name: 'ThrottlingException' | 'ProvisionedThroughputExceededException' | 'InternalServerError'): DynamoErrorReply {
  return new DynamoErrorReply(name, name === 'InternalServerError' ? 500 : 400);
}

/**
 * Faults on the wire between the runtime's DynamoDB client and the store (see StoreTap), so every
 * attempt — retries included — meets the fault. `decide` returns an error to fail the attempt, a
 * number of milliseconds to stall it, or undefined to let it pass.
 */
export function injectDynamoFaults(tap: StoreTap) {
  let decide: ((call: DynamoCall) => Verdict) | undefined;
  const attempts: DynamoCall[] = [];
  tap.observe((call) => {
    const verdict = decide?.(call);
    if (verdict !== undefined) attempts.push(call);
    return verdict;
  });
  return {
    /** calls that met a fault */
    attempts,
    set(rule: (call: DynamoCall) => Verdict): void {
      attempts.length = 0;
      decide = rule;
    },
    clear(): void {
      decide = undefined;
    },
  };
}
