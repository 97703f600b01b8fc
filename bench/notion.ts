// The Notion sync's requests for N check items, against the local emulator
// (notion-emulator/): first sync, no-op sync, and a pull after K ticks made
// in Notion, once with the emulator's rate limit off and once under its
// 3-per-second limit. Every request is counted at the HTTP layer (a wrapper
// around fetch, below the sync's own pacing and retries): a 429 is counted
// apart, never as a request. A fast clock, shared by the sync's pacing and the
// emulator, makes waits cost no real time; the modelled wall time at Notion's
// real limit is requests ÷ 3 per second plus every Retry-After the sync waited.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@notionhq/client';
import { applyEdits, planTrack } from '../core/index.js';
import { cliParseOptions } from '../cli/notes.js';
import { type NotionIo, runNotion, runSync } from '../cli/notion.js';
import { type Clock, type Fetch, isRead } from '../notion-sync/client.js';
import { DEFAULT_RATE_LIMIT, type Emulator, type RateLimit, startEmulator } from '../notion-emulator/index.js';

interface Target {
  name: string;
  value: number | null;
  limit: number;
  met: boolean | null;
}

/** A clock whose sleeps pass at once; the emulator's clock too. */
class FastClock implements Clock {
  t = Date.parse('2026-11-24T09:00:00.000Z');
  now = (): number => this.t;
  sleep = async (ms: number): Promise<void> => {
    this.t += ms;
    await Promise.resolve();
  };
  advance(ms: number): void {
    this.t += ms;
  }
}

/** What one command sent, as seen at the HTTP layer. */
interface Http {
  /** Requests answered with anything but 429 (and attempts that got no answer). */
  requests: number;
  reads: number;
  writes: number;
  queryPages: number;
  /** Answers 429, and the Retry-After seconds they asked for. */
  rateLimited: number;
  retryAfterSeconds: number;
}

const newHttp = (): Http => ({ requests: 0, reads: 0, writes: 0, queryPages: 0, rateLimited: 0, retryAfterSeconds: 0 });

function countingFetch(http: Http): Fetch {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const count = () => {
      http.requests++;
      if (isRead(method, url)) http.reads++;
      else http.writes++;
      if (method === 'POST' && /\/query(?:\?|$)/.test(url)) http.queryPages++;
    };
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      count();
      throw error;
    }
    if (response.status === 429) {
      http.rateLimited++;
      http.retryAfterSeconds += Number(response.headers.get('retry-after') ?? 0) || 0;
    } else count();
    return response;
  };
}

/** One run of `sync` or `notion …`: exit code, output, requests, real and virtual time. */
interface Ran {
  code: number;
  out: string;
  err: string;
  http: Http;
  /** The sync's own counter (from the connection), to cross-check the HTTP count. */
  counted: number | undefined;
  realMs: number;
  virtualMs: number;
}

async function run(command: 'sync' | 'notion', argv: string[], emulator: Emulator, clock: FastClock): Promise<Ran> {
  let out = '';
  let err = '';
  let counter: { total: number } | undefined;
  const http = newHttp();
  const io: NotionIo = {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += t;
    },
    cwd: process.cwd(),
    env: { NOTION_TOKEN: emulator.token, NOTION_BASE_URL: emulator.baseUrl },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: new Date(clock.now()),
    fetch: countingFetch(http),
    clock,
    timeoutMs: 15_000,
    onConnect: (connection) => {
      counter = connection.counter;
    },
  };
  const virtualStart = clock.now();
  const start = performance.now();
  const code = command === 'sync' ? await runSync(argv, io) : await runNotion(argv, io);
  const realMs = performance.now() - start;
  return { code, out, err, http, counted: counter?.total, realMs, virtualMs: clock.now() - virtualStart };
}

/** A session note of one client, tracked for the week of 23 November: two commitments, five check items. */
function sessionNote(client: number, session: number, n: number): string {
  const text = `---
client: Client ${client}
session: 2026-11-${String(session + 1).padStart(2, '0')}
---

# Session ${session + 1} with client ${client}

## Commitments

- I want to reach out to two potential clients from lead list ${n} every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.
- Write chapter ${n} before opening email [when:: at 9 at my lab desk] [cadence:: 3 per week]

Some notes of my own that the sync must never touch.
`;
  return applyEdits(text, planTrack(text, { ...cliParseOptions, today: '2026-11-23' }).edits);
}

/** A temporary vault of tracked notes holding `items` check items (five a note). */
function makeVault(items: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ft-bench-notion-'));
  mkdirSync(path.join(dir, '.obsidian'));
  const notes = Math.ceil(items / 5);
  for (let i = 0; i < notes; i++) {
    const client = i % 20;
    const folder = path.join(dir, 'clients', `client-${client}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `session-${Math.floor(i / 20) + 1}.md`), sessionNote(client, Math.floor(i / 20), i + 1));
  }
  return dir;
}

/** The emulator's rows of a data source (not in the trash), each with its Key. */
function rowsByKey(emulator: Emulator, dataSourceId: string): Array<{ id: string; key: string }> {
  const keyId = emulator.state.dataSource(dataSourceId)?.properties.find((p) => p.name === 'Key')?.id;
  if (!keyId) throw new Error('the data source has no Key property');
  return emulator.state
    .rows(dataSourceId)
    .filter((p) => !p.inTrash)
    .map((p) => {
      const value = p.values[keyId];
      return { id: p.id, key: Array.isArray(value) ? value.map((t) => t.plain_text).join('') : '' };
    });
}

interface Round {
  limit: RateLimit | false;
  rows: number;
  first: Ran;
  noop: Ran;
  pull: Ran;
  afterPull: Ran;
  ticks: number;
  /** Rows whose progress a tick changes: every row of a ticked item's commitment and period. */
  rowsSharingATickedPeriod: number;
  duplicates: number;
}

async function round(items: number, ticks: number, limit: RateLimit | false): Promise<Round> {
  const clock = new FastClock();
  const emulator = await startEmulator({ clock: clock.now, rateLimit: limit });
  const vault = makeVault(items);
  try {
    const sync = () => run('sync', [vault, '--today', '2026-11-24'], emulator, clock);
    const init = await run('notion', ['init', '--parent', emulator.pageId, '--json', vault], emulator, clock);
    if (init.code !== 0) throw new Error(`notion init failed: ${init.err}`);
    const { dataSourceId } = JSON.parse(init.out) as { dataSourceId: string };
    const first = await sync();
    const rows = rowsByKey(emulator, dataSourceId).length;
    const noop = await sync();

    // K ticks in Notion's app, by a person, at a person's pace, spread over the rows.
    const person = new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false });
    const all = rowsByKey(emulator, dataSourceId);
    const step = Math.max(1, Math.floor(all.length / ticks));
    const ticked = Array.from({ length: Math.min(ticks, all.length) }, (_, i) => all[i * step]).filter((r) => r !== undefined);
    clock.advance(5 * 60_000);
    for (const row of ticked) {
      clock.advance(1000); // a person in Notion's app, well within any limit
      await person.pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
    }
    clock.advance(60_000);
    const pull = await sync();
    const afterPull = await sync();

    // `<commitment>/<period>/<n>`: the rows of one commitment's period share its progress ("1 of 2").
    const period = (key: string) => key.slice(0, key.lastIndexOf('/'));
    const periods = new Set(ticked.map((r) => period(r.key)));
    const finalRows = rowsByKey(emulator, dataSourceId);
    const keys = new Set(finalRows.map((r) => r.key));
    return {
      limit,
      rows,
      first,
      noop,
      pull,
      afterPull,
      ticks: ticked.length,
      rowsSharingATickedPeriod: finalRows.filter((r) => periods.has(period(r.key))).length,
      duplicates: finalRows.length - keys.size,
    };
  } finally {
    await emulator.close();
    rmSync(vault, { recursive: true, force: true });
  }
}

const round2 = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** Requests, writes and time of one run, for the figures. */
function summary(ran: Ran) {
  return {
    exit: ran.code,
    requests: ran.http.requests,
    reads: ran.http.reads,
    writes: ran.http.writes,
    queryPages: ran.http.queryPages,
    rateLimited: ran.http.rateLimited,
    retryAfterSeconds: ran.http.retryAfterSeconds,
    syncCounterAgrees: ran.counted === undefined ? null : ran.counted === ran.http.requests,
    /** At Notion's average of 3 requests a second, plus every Retry-After. */
    modelledSecondsAtRealLimit: round2(ran.http.requests / 3 + ran.http.retryAfterSeconds, 1),
    virtualSeconds: round2(ran.virtualMs / 1000, 1),
    realMs: round2(ran.realMs, 0),
    said: ran.out.trim().split('\n').slice(-1)[0] ?? '',
  };
}

export async function notionBenchmark(items = 1000, ticks = 20): Promise<{ name: string; targets: Target[]; [figure: string]: unknown }> {
  const free = await round(items, ticks, false);
  // Notion's documented limit, as the emulator enforces it (3 a second, bursts of 10).
  const limited = await round(items, ticks, DEFAULT_RATE_LIMIT);
  // Half of it, as when another tool spends the same integration's budget: 429s are certain.
  const shared = await round(items, ticks, { perSecond: 1.5, burst: 3 });
  const rounds = [free, limited, shared];
  const n = free.rows;
  const noopLimit = Math.ceil(n / 100) + 3;
  const firstLimit = n + Math.ceil(n / 100) + 10;
  const pullPagesLimit = Math.ceil(ticks / 100) + 3;
  const worst = (f: (r: Round) => number) => Math.max(...rounds.map(f));
  const runs = (r: Round) => [r.first, r.noop, r.pull, r.afterPull];
  const failedRuns = rounds.flatMap(runs).filter((r) => r.code !== 0).length;
  const at = (name: string, value: number, limit: number): Target => ({ name, value, limit, met: value <= limit });
  const figures = (r: Round) => ({
    first: summary(r.first),
    noop: summary(r.noop),
    pullAfterTicks: summary(r.pull),
    noopAfterPull: summary(r.afterPull),
  });
  return {
    name: 'notion',
    checkItems: n,
    ticksInNotion: free.ticks,
    noLimit: figures(free),
    underLimit3PerSecond: figures(limited),
    underHalfTheLimit: figures(shared),
    rowsSharingATickedPeriod: free.rowsSharingATickedPeriod,
    targets: [
      at(`first sync requests ≤ N + ceil(N/100) + 10 (N = ${n})`, worst((r) => r.first.http.requests), firstLimit),
      at('no-op sync requests ≤ ceil(N/100) + 3', worst((r) => Math.max(r.noop.http.requests, r.afterPull.http.requests)), noopLimit),
      at('no-op sync writes', worst((r) => Math.max(r.noop.http.writes, r.afterPull.http.writes)), 0),
      at(`pull after K = ${ticks} ticks: query pages ≤ ceil(K/100) + 3`, worst((r) => r.pull.http.queryPages), pullPagesLimit),
      at('pull writes ≤ rows of the ticked periods (what changed)', worst((r) => r.pull.http.writes), free.rowsSharingATickedPeriod),
      at(`syncs that failed (429 left unhandled), of ${rounds.length * 4}`, failedRuns, 0),
      at('duplicate rows by Key, after every run', rounds.reduce((sum, r) => sum + r.duplicates, 0), 0),
    ],
  };
}
