import { BudgetedRetryStrategy } from '../../../src/infra/dynamodb/retry';

const throttled = { errorType: 'THROTTLING' as const };

describe('BudgetedRetryStrategy', () => {
  it('waits a jittered, capped, growing time between attempts', async () => {
    const strategy = new BudgetedRetryStrategy({ maxAttempts: 5, baseDelayMs: 25, maxDelayMs: 150, random: () => 0.999 });
    let token = await strategy.acquireInitialRetryToken('dynamodb');
    const delays: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      token = await strategy.refreshRetryTokenForRetry(token, throttled);
      delays.push(token.getRetryDelay());
    }
    expect(delays).toEqual([49, 99, 149, 149]);
  });

  it('spreads concurrent retries: full jitter from zero', async () => {
    const strategy = new BudgetedRetryStrategy({ random: () => 0 });
    const token = await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken('x'), throttled);
    expect(token.getRetryDelay()).toBe(0);
  });

  it('stops after the attempt limit', async () => {
    const strategy = new BudgetedRetryStrategy({ maxAttempts: 3 });
    let token = await strategy.acquireInitialRetryToken('x');
    token = await strategy.refreshRetryTokenForRetry(token, throttled);
    token = await strategy.refreshRetryTokenForRetry(token, throttled);
    await expect(strategy.refreshRetryTokenForRetry(token, throttled)).rejects.toThrow(/attempts exhausted/);
  });

  it('stops when another wait would pass the time budget', async () => {
    const strategy = new BudgetedRetryStrategy({ maxAttempts: 10, maxElapsedMs: 50, baseDelayMs: 1000, maxDelayMs: 1000, random: () => 0.5 });
    const token = await strategy.acquireInitialRetryToken('x');
    await expect(strategy.refreshRetryTokenForRetry(token, throttled)).rejects.toThrow(/time budget/);
  });

  it('never retries a client error such as a failed condition', async () => {
    const strategy = new BudgetedRetryStrategy();
    const token = await strategy.acquireInitialRetryToken('x');
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR' })).rejects.toThrow(/not retryable/);
  });

  it.each(['TRANSIENT', 'SERVER_ERROR'] as const)('retries %s errors', async (errorType) => {
    const strategy = new BudgetedRetryStrategy();
    const token = await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken('x'), { errorType });
    expect(token.getRetryCount()).toBe(1);
  });
});
