/**
 * Rate limits: a per-token bucket refilled at `perSecond`, holding at most
 * `burst`; optionally a cap per minute per token and one per minute for the
 * whole workspace (every token together).
 *
 * Notion allows "an average of three requests per second" per integration, with
 * some bursts, and answers 429 `rate_limited` with `Retry-After` in whole seconds
 * (https://developers.notion.com/reference/request-limits). It also limits by
 * workspace, and answers 529 `service_overload` when busy (simulated in `faults.ts`).
 */

/** Requests per second on average, how many may come at once, and the optional per-minute caps. */
export interface RateLimit {
  perSecond: number;
  burst: number;
  /** At most this many requests per token in any 60 seconds. */
  perMinute?: number;
  /** At most this many requests from all tokens together in any 60 seconds. */
  workspacePerMinute?: number;
}

/** Notion's documented average (3 per second), with a burst of 10. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 3, burst: 10 };

const minuteMs = 60_000;

/** Request times in the last minute; the wait until one more fits under `cap`, or undefined when it fits now. */
class MinuteWindow {
  private readonly times: number[] = [];
  constructor(private readonly cap: number) {}

  /** Seconds to wait before one more request fits, or undefined (and the request is counted). */
  take(now: number): number | undefined {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - minuteMs) this.times.shift();
    if (this.times.length >= this.cap) return Math.max(1, Math.ceil(((this.times[0] ?? now) + minuteMs - now) / 1000));
    this.times.push(now);
    return undefined;
  }
}

/** Token buckets, one per API token, and the per-minute windows. */
export class RateLimiter {
  private readonly limit: RateLimit;
  private readonly clock: () => number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly minutes = new Map<string, MinuteWindow>();
  private workspace: MinuteWindow | undefined;

  constructor(limit: RateLimit, clock: () => number) {
    this.limit = limit;
    this.clock = clock;
    this.workspace = limit.workspacePerMinute === undefined ? undefined : new MinuteWindow(limit.workspacePerMinute);
  }

  /** Take one request from `token`'s allowance: undefined when allowed, else the seconds to wait (Retry-After). */
  take(token: string): number | undefined {
    const now = this.clock();
    const bucket = this.buckets.get(token) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(token, bucket);
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
    const workspaceWait = this.workspace?.take(now);
    if (workspaceWait !== undefined) return workspaceWait;
    if (this.limit.perMinute !== undefined) {
      const window = this.minutes.get(token) ?? new MinuteWindow(this.limit.perMinute);
      this.minutes.set(token, window);
      const wait = window.take(now);
      if (wait !== undefined) return wait;
    }
    bucket.tokens -= 1;
    return undefined;
  }

  /** Forget every bucket and window (full again). */
  reset(): void {
    this.buckets.clear();
    this.minutes.clear();
    if (this.limit.workspacePerMinute !== undefined) this.workspace = new MinuteWindow(this.limit.workspacePerMinute);
  }
}
