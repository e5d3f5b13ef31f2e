import { DynamoChecksumError, DynamoNetworkError, DynamoServiceError, DynamoTimeoutError } from '../../../src/infra/dynamodb/errors';
import { isRetryable, RetryBudget } from '../../../src/infra/dynamodb/retry';

const serviceError = (name: string, statusCode: number) => new DynamoServiceError(name, name, { statusCode });
const networkError = (code: string) => new DynamoNetworkError(Object.assign(new Error(code), { code }));

describe('RetryBudget', () => {
  it('waits a jittered, capped, growing time between attempts', () => {
    const budget = new RetryBudget({ maxAttempts: 5, baseDelayMs: 25, maxDelayMs: 150, random: () => 0.999 });
    const delays = [1, 2, 3, 4].map((retry) => budget.delayBeforeRetry(retry, 0));
    expect(delays).toEqual([49, 99, 149, 149]);
  });

  it('spreads concurrent retries: full jitter from zero', () => {
    expect(new RetryBudget({ random: () => 0 }).delayBeforeRetry(1, 0)).toBe(0);
  });

  it('stops after the attempt limit', () => {
    const budget = new RetryBudget({ maxAttempts: 3 });
    expect(budget.delayBeforeRetry(1, 0)).toEqual(expect.any(Number));
    expect(budget.delayBeforeRetry(2, 0)).toEqual(expect.any(Number));
    expect(budget.delayBeforeRetry(3, 0)).toBeUndefined();
  });

  it('stops when another wait would pass the time budget', () => {
    const budget = new RetryBudget({ maxAttempts: 10, maxElapsedMs: 50, baseDelayMs: 1000, maxDelayMs: 1000, random: () => 0.5 });
    expect(budget.delayBeforeRetry(1, 0)).toBeUndefined();
    const roomy = new RetryBudget({ maxAttempts: 10, maxElapsedMs: 1200, random: () => 0.5 });
    expect(roomy.delayBeforeRetry(1, 1000)).toBe(25);
    expect(roomy.delayBeforeRetry(1, 1190)).toBeUndefined();
  });
});

describe('isRetryable', () => {
  it.each([
    ['ConditionalCheckFailedException', 400],
    ['ValidationException', 400],
    ['ResourceNotFoundException', 400],
    ['UnrecognizedClientException', 400],
  ])('never retries a client error such as %s', (name, status) => {
    expect(isRetryable(serviceError(name, status))).toBe(false);
  });

  it.each([
    ['ThrottlingException', 400],
    ['ProvisionedThroughputExceededException', 400],
    ['RequestLimitExceeded', 400],
    ['InternalServerError', 500],
    ['ServiceUnavailable', 503],
  ])('retries %s', (name, status) => {
    expect(isRetryable(serviceError(name, status))).toBe(true);
  });

  it('retries timeouts, dropped connections and garbled answers', () => {
    expect(isRetryable(new DynamoTimeoutError('response', 1000))).toBe(true);
    expect(isRetryable(new DynamoTimeoutError('connect', 500))).toBe(true);
    expect(isRetryable(new DynamoChecksumError('1', 2))).toBe(true);
    for (const code of ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']) expect(isRetryable(networkError(code))).toBe(true);
  });

  it('does not retry a name that will not resolve or an error from elsewhere', () => {
    expect(isRetryable(networkError('ENOTFOUND'))).toBe(false);
    expect(isRetryable(new Error('ThrottlingException'))).toBe(false);
  });
});
