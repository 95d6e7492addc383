import { RateLimitedError } from '../../shared/http';
import type { Clock } from '../../shared/ports';

/**
 * A token bucket per key (API key or user), in memory per container. On AWS each Lambda container keeps its own
 * buckets, so this only smooths bursts inside one container: the real limit is API Gateway's stage/route
 * throttling (and usage plans), configured in infra. Locally (one process) it is exact.
 */
export interface RateLimitOptions {
  /** Bucket size: requests allowed in a burst. */
  readonly burst: number;
  /** Tokens added per second. */
  readonly ratePerSecond: number;
  /** Buckets kept at most (least recently used are dropped). */
  readonly maxKeys?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 100, ratePerSecond: 50, maxKeys: 10_000 };

export interface RateLimiter {
  /** Takes one token for `key` or throws RateLimitedError (429 with Retry-After). */
  take(key: string): void;
}

export const createRateLimiter = (options: RateLimitOptions, clock: Clock): RateLimiter => {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    take(key) {
      const now = clock.now().getTime();
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: now };
      buckets.delete(key);
      const elapsed = Math.max(0, now - bucket.at) / 1000;
      bucket.tokens = Math.min(options.burst, bucket.tokens + elapsed * options.ratePerSecond);
      bucket.at = now;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens < 1) {
        throw new RateLimitedError(Math.max(1, Math.ceil((1 - bucket.tokens) / options.ratePerSecond)));
      }
      bucket.tokens -= 1;
    },
  };
};
