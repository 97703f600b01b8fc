/**
 * Per-token rate limit: a token bucket refilled at `perSecond`, holding at most `burst`.
 *
 * Notion allows "an average of three requests per second" per integration, with
 * some bursts, and answers 429 `rate_limited` with `Retry-After` in whole seconds
 * (https://developers.notion.com/reference/request-limits).
 */

/** Requests per second on average, and how many may come at once. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** Notion's documented average (3 per second), with a burst of 10. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 3, burst: 10 };

/** Token buckets, one per API token. */
export class RateLimiter {
  private readonly limit: RateLimit;
  private readonly clock: () => number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(limit: RateLimit, clock: () => number) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Take one request from `token`'s bucket: undefined when allowed, else the seconds to wait (Retry-After). */
  take(token: string): number | undefined {
    const now = this.clock();
    const bucket = this.buckets.get(token) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(token, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }

  /** Forget every bucket (full again). */
  reset(): void {
    this.buckets.clear();
  }
}
