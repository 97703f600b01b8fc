// The Notion client the sync uses: the official SDK over an injected `fetch`
// that paces requests, retries what is safe to retry, times out each attempt,
// and counts what it sends. The token never appears in any error or log line.

import { Client, LogLevel, type Logger } from '@notionhq/client';
import { NetworkError, redact } from './errors.js';

/** The Notion API version the sync speaks (Notion's OpenAPI description allows only this one). */
export const notionVersion = '2026-03-11';

/** A `fetch` as the SDK calls it: Node's, or Obsidian's `requestUrl` behind an adapter. */
export type Fetch = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string | FormData; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; headers: unknown; text: () => Promise<string> }>;

/** Time, injected so tests run fast: `now` in milliseconds, `sleep` that waits. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What was sent, counted at the fetch layer (a request Notion answered with 429 is counted apart). */
export interface RequestCounter {
  /** Requests Notion answered with anything but 429 and 529, and attempts that got no answer. */
  total: number;
  reads: number;
  writes: number;
  /** Requests answered 429 or 529 (not in `total`). */
  rateLimited: number;
  /** Pages of query results read. */
  queryPages: number;
  /** Every counted request, in order: `METHOD /v1/path status`. */
  log: string[];
}

/** Settings for the Notion client. */
export interface NotionSettings {
  /** The integration's token (from NOTION_TOKEN or a token file; never a flag). */
  token: string;
  /** An origin such as `http://127.0.0.1:8787`, without `/v1`. Default: Notion's. */
  baseUrl?: string | undefined;
  /** The transport. */
  fetch: Fetch;
  /** Default: the system clock. */
  clock?: Clock;
  /** Per attempt, in milliseconds. Default: 30,000. */
  timeoutMs?: number;
  /** Average requests per second. Default: 3 (Notion's documented average). */
  perSecond?: number;
  /** Requests that may go at once before pacing starts. Default: 3. */
  burst?: number;
  /** Retries of a read after a 5xx or a network error, and of any request after a 429. Default: 5. */
  maxRetries?: number;
  /** Backoff before the first retry of a read, doubled each time. Default: 1,000 ms. */
  backoffMs?: number;
  /** Where the SDK's log lines go (redacted). Default: nowhere. */
  logger?: ((level: string, message: string) => void) | undefined;
}

/** The SDK client and the counter of what it sent. */
export interface NotionConnection {
  client: Client;
  counter: RequestCounter;
}

/** A new, zeroed counter. */
export function newCounter(): RequestCounter {
  return { total: 0, reads: 0, writes: 0, rateLimited: 0, queryPages: 0, log: [] };
}

/** Whether a request only reads: GET, and a data source query (a POST that changes nothing). */
export function isRead(method: string, url: string): boolean {
  if (method === 'GET') return true;
  return method === 'POST' && /\/v1\/(?:data_sources|databases)\/[^/]+\/query(?:\?|$)/.test(url);
}

const retriedStatuses = new Set([500, 502, 503, 504]);

/** An average-rate token bucket on an injected clock. */
export class TokenBucket {
  private tokens: number;
  private at: number;
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly clock: Clock,
  ) {
    this.tokens = burst;
    this.at = clock.now();
  }

  /** Wait until a request may go. */
  async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
      this.at = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.clock.sleep(Math.ceil(((1 - this.tokens) / this.perSecond) * 1000));
    }
  }

  /** After a 429, send nothing until `ms` has passed. */
  empty(): void {
    this.tokens = 0;
    this.at = this.clock.now();
  }
}

function retryAfterMs(headers: unknown): number | undefined {
  let value: string | null | undefined;
  if (headers && typeof (headers as { get?: unknown }).get === 'function') value = (headers as { get(name: string): string | null }).get('retry-after');
  else if (headers && typeof headers === 'object') {
    const record = headers as Record<string, unknown>;
    const found = Object.keys(record).find((k) => k.toLowerCase() === 'retry-after');
    value = found ? String(record[found]) : undefined;
  }
  if (value === null || value === undefined || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/**
 * Wrap a `fetch` with pacing (an average of `perSecond`), 429 and 529 handling (wait
 * `Retry-After`, then try again), retries of any request after a 409 (a
 * conflict: nothing was done), retries of reads on 500/502/503/504 and
 * network errors (with backoff), a timeout per attempt, and a counter.
 * Writes are never retried after a 5xx, a timeout or a dropped connection:
 * they may have been carried out, and the sync looks the key up instead.
 */
export function pacedFetch(inner: Fetch, settings: Omit<NotionSettings, 'fetch'>, counter: RequestCounter): Fetch {
  const clock = settings.clock ?? systemClock;
  const bucket = new TokenBucket(settings.perSecond ?? 3, settings.burst ?? 3, clock);
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const maxRetries = settings.maxRetries ?? 5;
  const backoffMs = settings.backoffMs ?? 1000;
  const token = settings.token;

  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const read = isRead(method, url);
    const where = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    let failures = 0;
    let limited = 0;
    for (;;) {
      await bucket.take();
      const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let response: Awaited<ReturnType<Fetch>>;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            controller?.abort();
            reject(new NetworkError(`Notion did not answer within ${Math.round(timeoutMs / 1000)} s`));
          }, timeoutMs);
        });
        response = await Promise.race([inner(url, controller ? { ...init, signal: controller.signal } : init), timeout]);
      } catch (error) {
        counter.total++;
        if (read) counter.reads++;
        else counter.writes++;
        counter.log.push(`${method} ${where} network`);
        if (read && failures < maxRetries) {
          await clock.sleep(backoffMs * 2 ** failures);
          failures++;
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new NetworkError(redact(`${method} ${where}: ${message}`, token));
      } finally {
        if (timer !== undefined) clearTimeout(timer);
      }
      // Notion: "handle HTTP 429 and 529 responses and respect the Retry-After response header".
      if (response.status === 429 || response.status === 529) {
        counter.rateLimited++;
        if (limited < maxRetries * 4) {
          limited++;
          await response.text().catch(() => '');
          const wait = retryAfterMs(response.headers) ?? 1000;
          bucket.empty();
          await clock.sleep(wait);
          continue;
        }
        return response;
      }
      counter.total++;
      if (read) counter.reads++;
      else counter.writes++;
      if (read && method === 'POST') counter.queryPages++;
      counter.log.push(`${method} ${where} ${response.status}`);
      // A 409 is a conflict that stopped the request (Notion: try again), so a write is retried too; a 5xx only on reads.
      if (((read && retriedStatuses.has(response.status)) || response.status === 409) && failures < maxRetries) {
        await response.text().catch(() => '');
        await clock.sleep(backoffMs * 2 ** failures);
        failures++;
        continue;
      }
      return response;
    }
  };
}

/** Build the SDK client for the sync: Notion-Version 2026-03-11, no SDK retries (the fetch layer retries, so counts are honest). */
export function connect(settings: NotionSettings): NotionConnection {
  const counter = newCounter();
  const fetch = pacedFetch(settings.fetch, settings, counter);
  const token = settings.token;
  const logger: Logger = (level, message, extra) => {
    if (!settings.logger) return;
    settings.logger(level, redact(`${message} ${JSON.stringify(extra)}`, token));
  };
  const client = new Client({
    auth: token,
    ...(settings.baseUrl ? { baseUrl: originOf(settings.baseUrl) } : {}),
    notionVersion,
    // Each attempt has its own timeout in the fetch layer; the SDK's covers pacing and retries too, so it is long.
    timeoutMs: 30 * 60_000,
    retry: false,
    fetch: fetch,
    logger,
    logLevel: LogLevel.WARN,
  });
  return { client, counter };
}

/** NOTION_BASE_URL as the SDK takes it: an origin, without `/v1` or a trailing slash. */
export function originOf(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '').replace(/\/v1$/, '');
}
