// Shared set-up for the Notion sync tests: a vault of tracked notes, a fast
// clock shared by the sync's pacing and the emulator, and a CLI runner.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyEdits, planTrack } from '../../core/index.js';
import { cliParseOptions } from '../../cli/notes.js';
import { type NotionIo, runNotion, runSync } from '../../cli/notion.js';
import type { Clock, NotionConnection } from '../../notion-sync/client.js';

/** A clock whose sleeps pass at once: pacing and Retry-After waits cost no real time. Shared with the emulator. */
export class FastClock implements Clock {
  t = Date.parse('2026-11-24T09:00:00.000Z');
  slept = 0;
  now = (): number => this.t;
  sleep = async (ms: number): Promise<void> => {
    this.t += ms;
    this.slept += ms;
    await Promise.resolve();
  };
  advance(ms: number): void {
    this.t += ms;
  }
}

export const noteText = `---
client: Dana
session: 2026-11-23
---

# Session with Dana

## Commitments

- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.
- Write before opening email [when:: at 9 at my lab desk] [cadence:: 3 per week]

Some notes of my own that the sync must never touch.
`;

/** Track a note's text as of each date in turn (as `track` would). */
export function tracked(text: string, ...dates: string[]): string {
  let out = text;
  for (const today of dates) out = applyEdits(out, planTrack(out, { ...cliParseOptions, today }).edits);
  return out;
}

/** A temporary vault with an `.obsidian` folder and the given notes. */
export function makeVault(notes: Record<string, string>): { dir: string; read: (file: string) => string; write: (file: string, text: string) => void; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ft-notion-'));
  mkdirSync(path.join(dir, '.obsidian'));
  for (const [file, text] of Object.entries(notes)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return {
    dir,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** What a command printed, its exit code, and the counter of its requests. */
export interface Ran {
  code: number;
  out: string;
  err: string;
  connection: NotionConnection | undefined;
}

/** Run `sync` or `notion …` in-process with the real SDK over real HTTP. */
export async function run(
  command: 'sync' | 'notion',
  argv: string[],
  env: { baseUrl: string; token: string },
  clock: Clock,
  extra: Partial<NotionIo> = {},
): Promise<Ran> {
  let out = '';
  let err = '';
  let connection: NotionConnection | undefined;
  const io: NotionIo = {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += t;
    },
    cwd: process.cwd(),
    env: { NOTION_TOKEN: env.token, NOTION_BASE_URL: env.baseUrl },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: new Date('2026-11-24T09:00:00Z'),
    clock,
    // The emulator answers at once; this only ends a request that hangs. Tests of slow answers set their own.
    timeoutMs: 20_000,
    onConnect: (c) => {
      connection = c;
    },
    ...extra,
  };
  const code = command === 'sync' ? await runSync(argv, io) : await runNotion(argv, io);
  return { code, out, err, connection };
}

/**
 * One daily commitment tracked for seven weeks: 49 rows, seven to a period, so
 * a tick that rewrote its period's every row would cost seven writes.
 */
export const dailyNoteText = `---
client: Dana
session: 2026-11-23
---

## Commitments

- Walk at lunch [when:: at noon at my desk] [cadence:: 7 per week]
`;
export const dailyWeeks = ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'] as const;
/** The day after the last week starts. */
export const dailyToday = '2027-01-05';
/** Twenty items spread over the seven periods (items 2, 4 and 6 of each, but the last week's 6): none is a period's first row. */
export function twentyTicks(keys: readonly string[]): string[] {
  return keys.filter((k) => /\/[246]$/.test(k)).slice(0, 20);
}
