import { ENV } from '../../shared/config';
import { RateLimitedError } from '../../shared/http';
import type { Clock } from '../../shared/ports';

/**
 * A token bucket per key (API key or user), in memory per container. On AWS each Lambda container keeps its own
 * buckets, so this only smooths bursts inside one container: the real limit is API Gateway's stage/route
 * throttling (and usage plans), configured in infra, which hands the same figures to the function
 * (API_RATE_LIMIT, API_BURST_LIMIT). Locally (one process) it is exact, and its default is far above what one
 * process serves: set API_RATE_LIMIT (or `dynaris serve --rate-limit`) to try a real limit.
 */
export interface RateLimitOptions {
  /** Bucket size: requests allowed in a burst. */
  readonly burst: number;
  /** Tokens added per second. */
  readonly ratePerSecond: number;
  /** Buckets kept at most (least recently used are dropped). */
  readonly maxKeys?: number;
}

/** AWS: API Gateway's default-route throttling as infra sets it (apiRateLimit / apiBurstLimit). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 100, ratePerSecond: 50, maxKeys: 10_000 };
/** The local runtime: never the bottleneck of one process (the API bench serves well under this). */
export const LOCAL_RATE_LIMIT: RateLimitOptions = { burst: 20_000, ratePerSecond: 10_000, maxKeys: 10_000 };
/** No limit at all (`API_RATE_LIMIT=off`). */
export const NO_RATE_LIMIT: RateLimitOptions = {
  burst: Number.POSITIVE_INFINITY,
  ratePerSecond: Number.POSITIVE_INFINITY,
};

/**
 * Reads a rate (requests per second, or `off`) and an optional burst (default twice the rate); undefined when the
 * rate is not set. A malformed value throws, naming the setting (a Lambda then fails its cold start).
 */
export const parseRateLimit = (
  rate: string | undefined,
  burst: string | undefined,
  names: { rate: string; burst: string } = { rate: ENV.apiRateLimit, burst: ENV.apiBurstLimit },
): RateLimitOptions | undefined => {
  if (rate === undefined || rate.trim() === '') return undefined;
  if (rate.trim().toLowerCase() === 'off') return NO_RATE_LIMIT;
  const ratePerSecond = Number(rate);
  if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0) {
    throw new Error(`${names.rate} must be a positive number of requests per second or "off", not "${rate}"`);
  }
  const size = burst === undefined || burst.trim() === '' ? Math.ceil(2 * ratePerSecond) : Number(burst);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`${names.burst} must be a whole number of requests of at least 1, not "${burst}"`);
  }
  return { burst: size, ratePerSecond, maxKeys: 10_000 };
};

/** The limit from API_RATE_LIMIT / API_BURST_LIMIT, else `fallback`. */
export const rateLimitFromEnv = (env: NodeJS.ProcessEnv, fallback: RateLimitOptions): RateLimitOptions =>
  parseRateLimit(env[ENV.apiRateLimit], env[ENV.apiBurstLimit]) ?? fallback;

export interface RateLimiter {
  /** Takes one token for `key` or throws RateLimitedError (429 with Retry-After). */
  take(key: string): void;
}

export const createRateLimiter = (options: RateLimitOptions, clock: Clock): RateLimiter => {
  if (options.ratePerSecond === Number.POSITIVE_INFINITY) return { take() {} };
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
