import { StoreUnavailableError } from '../../core/errors';

const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);

export function isConditionFailure(err: unknown): boolean {
  return (err as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/** Throttling or an unreachable store after the SDK's own retries: one error the core can speak about. */
export function translateStoreError(err: unknown, operation: string): unknown {
  const name = (err as { name?: string })?.name ?? '';
  const code = (err as { code?: string })?.code ?? '';
  if (UNAVAILABLE.has(name) || code === 'ECONNREFUSED' || code === 'ECONNRESET') {
    return new StoreUnavailableError(`${operation}: ${name || code}`, { cause: err });
  }
  return err;
}
