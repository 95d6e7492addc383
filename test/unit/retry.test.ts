import { describe, expect, it } from 'vitest';
import { type Backoff, backoffDelay, maxTotalDelayMs, POLICIES, retry } from '../../functions/shared/retry';

const throttled = () => Object.assign(new Error('busy'), { name: 'ThrottlingException' });

describe('the one retry helper', () => {
  it('GIVEN two failures then success WHEN retried THEN the pauses follow full-jitter exponential backoff', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retry(
      async (attempt) => {
        calls += 1;
        if (attempt < 3) throw throttled();
        return 'done';
      },
      { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 },
      {
        retryOn: (e) => (e as Error).name === 'ThrottlingException',
        sleep: async (ms) => {
          delays.push(ms);
        },
        random: () => 0.999,
      },
    );
    expect(result).toBe('done');
    expect(calls).toBe(3);
    expect(delays).toStrictEqual([99, 199]);
  });

  it('GIVEN an error it is not told to retry WHEN it happens THEN it is thrown at once', async () => {
    let calls = 0;
    const failing = retry(
      async () => {
        calls += 1;
        throw new Error('validation');
      },
      POLICIES.versionConflict,
      { retryOn: () => false, sleep: async () => {} },
    );
    await expect(failing).rejects.toThrow('validation');
    expect(calls).toBe(1);
  });

  it('GIVEN an error that never goes away WHEN retried THEN it stops after the policy’s attempts and throws the last error', async () => {
    let calls = 0;
    const failing = retry(
      async () => {
        calls += 1;
        throw throttled();
      },
      POLICIES.failedPutEvents,
      { retryOn: () => true, sleep: async () => {} },
    );
    await expect(failing).rejects.toThrow('busy');
    expect(calls).toBe(POLICIES.failedPutEvents.attempts);
  });

  it('GIVEN a policy WHEN its pauses are drawn THEN each is below its cap, which doubles up to the maximum', () => {
    const policy: Backoff = { attempts: 6, baseDelayMs: 10, maxDelayMs: 50 };
    expect([1, 2, 3, 4, 5].map((r) => backoffDelay(r, policy, () => 0.999999))).toStrictEqual([
      9, 19, 39, 49, 49,
    ]);
    expect([1, 2, 3].map((r) => backoffDelay(r, policy, () => 0))).toStrictEqual([0, 0, 0]);
    expect(maxTotalDelayMs(policy)).toBe(10 + 20 + 40 + 50 + 50);
  });

  it('GIVEN the written-down policies WHEN their budgets are computed THEN they are the figures the module documents', () => {
    const budgets = Object.entries(POLICIES).map(
      ([name, p]) => `${name}: ${p.attempts} attempts, ${maxTotalDelayMs(p)} ms`,
    );
    expect(budgets).toStrictEqual([
      'versionConflict: 8 attempts, 450 ms',
      'invoiceNumber: 200 attempts, 4905 ms',
      'unprocessedItems: 8 attempts, 3550 ms',
      'failedPutEvents: 5 attempts, 3000 ms',
      'taskResume: 3 attempts, 300 ms',
    ]);
  });
});
