import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  LOCAL_RATE_LIMIT,
  parseRateLimit,
  rateLimitFromEnv,
} from '../../functions/api/middleware/rate-limit';
import { RateLimitedError } from '../../functions/shared/http';

const frozen = { now: () => new Date('2026-12-01T10:00:00.000Z') };

/** How many of `count` requests sent at the same instant by one key get through. */
const admitted = (limiter: ReturnType<typeof createRateLimiter>, count: number): number => {
  let ok = 0;
  for (let i = 0; i < count; i++) {
    try {
      limiter.take('key-1');
      ok++;
    } catch (error) {
      expect(error).toBeInstanceOf(RateLimitedError);
    }
  }
  return ok;
};

describe('the API rate limit is configuration', () => {
  it('GIVEN API_RATE_LIMIT=5 without a burst WHEN one key sends 11 requests at once THEN 10 pass (burst twice the rate) and the 11th is a 429 with Retry-After', () => {
    const options = rateLimitFromEnv({ API_RATE_LIMIT: '5' }, DEFAULT_RATE_LIMIT);
    expect(options).toMatchObject({ ratePerSecond: 5, burst: 10 });
    const limiter = createRateLimiter(options, frozen);
    expect(admitted(limiter, 10)).toBe(10);
    expect(() => limiter.take('key-1')).toThrow(
      expect.objectContaining({ statusCode: 429, retryAfterSeconds: 1 }),
    );
  });

  it('GIVEN API_RATE_LIMIT=off WHEN one key sends 50,000 requests at once THEN none is refused', () => {
    const limiter = createRateLimiter(
      rateLimitFromEnv({ API_RATE_LIMIT: 'off' }, DEFAULT_RATE_LIMIT),
      frozen,
    );
    expect(admitted(limiter, 50_000)).toBe(50_000);
  });

  it('GIVEN no setting WHEN the AWS default and the local default apply THEN AWS keeps the stage figures and locally 2,000 requests at once from one key all pass', () => {
    expect(rateLimitFromEnv({}, DEFAULT_RATE_LIMIT)).toBe(DEFAULT_RATE_LIMIT);
    expect(DEFAULT_RATE_LIMIT).toMatchObject({ ratePerSecond: 50, burst: 100 });
    const local = createRateLimiter(rateLimitFromEnv({}, LOCAL_RATE_LIMIT), frozen);
    expect(admitted(local, 2_000)).toBe(2_000);
  });

  it('GIVEN a malformed rate or burst WHEN read THEN the error names the setting and the value', () => {
    expect(() => parseRateLimit('fast', undefined)).toThrow('API_RATE_LIMIT must be a positive number');
    expect(() => parseRateLimit('-3', undefined)).toThrow('not "-3"');
    expect(() => parseRateLimit('5', '2.5')).toThrow('API_BURST_LIMIT must be a whole number');
    expect(parseRateLimit(undefined, '7')).toBeUndefined();
  });
});

describe('dynaris serve --rate-limit', () => {
  let stderr = '';
  beforeEach(() => {
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const refusal = () =>
    (JSON.parse(stderr) as { error: { code: string; details: { path: string }[] } }).error;

  it('GIVEN a rate that is not a number WHEN serve starts THEN it exits 2 before starting, naming --rate-limit', async () => {
    expect(await main(['serve', '--rate-limit', 'lots'])).toBe(2);
    expect(refusal()).toMatchObject({ code: 'UsageError', details: [{ path: '--rate-limit' }] });
  });

  it('GIVEN a burst without a rate or a burst of zero WHEN serve starts THEN it exits 2 naming --burst', async () => {
    expect(await main(['serve', '--burst', '10'])).toBe(2);
    expect(refusal()).toMatchObject({ details: [{ path: '--burst' }] });
    stderr = '';
    expect(await main(['serve', '--rate-limit', '10', '--burst', '0'])).toBe(2);
    expect(refusal()).toMatchObject({ details: [{ path: '--burst' }] });
  });
});
