// Two devices at once, as separate processes: the emulator started from its
// command line (new pages show in queries only after a delay, as in Notion),
// and syncs that really run at the same time.

import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client, LogLevel } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorProcess, buildCli, runCli, startEmulatorProcess } from './processes.js';
import { makeVault, noteText, tracked } from './support.js';

const file = 'Dana/2026-11-23 session.md';
let cli: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ cli, cleanup } = await buildCli());
});
afterAll(() => cleanup());

/** A read retried through the emulator's random faults (they meet the test's own reads too). */
async function patiently<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Every row not in the trash, by Key. */
async function keysIn(emulator: EmulatorProcess, dataSourceId: string): Promise<Map<string, number>> {
  const client = new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', logLevel: LogLevel.ERROR });
  const counts = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = (await patiently(() => client.dataSources.query({ data_source_id: dataSourceId, ...(cursor ? { start_cursor: cursor } : {}) }))) as unknown as {
      results: Array<{ properties: { Key: { rich_text: Array<{ plain_text: string }> } } }>;
      has_more: boolean;
      next_cursor: string | null;
    };
    for (const row of page.results) {
      const key = row.properties.Key.rich_text.map((t) => t.plain_text).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    cursor = page.has_more && page.next_cursor ? page.next_cursor : undefined;
  } while (cursor);
  return counts;
}

const delayMs = 400;
const settle = () => new Promise((resolve) => setTimeout(resolve, delayMs + 200));

async function setUp(): Promise<{ emulator: EmulatorProcess; env: Record<string, string>; laptop: ReturnType<typeof makeVault>; dataSourceId: string }> {
  const emulator = await startEmulatorProcess(cli, ['--query-delay-ms', String(delayMs)]);
  const env = { NOTION_TOKEN: emulator.token, NOTION_BASE_URL: emulator.baseUrl };
  const laptop = makeVault({ [file]: tracked(noteText, '2026-11-23', '2026-11-30') });
  const made = await runCli(cli, ['notion', 'init', '--parent', emulator.pageId, '--client', 'Dana', '--json', laptop.dir], env);
  expect(made.code).toBe(0);
  return { emulator, env, laptop, dataSourceId: (JSON.parse(made.out) as { dataSourceId: string }).dataSourceId };
}

const sync = (dir: string, env: Record<string, string>) => runCli(cli, ['sync', dir, '--today', '2026-12-01'], env);

describe('two syncs at once', () => {
  it('should leave one row per Key after two devices sync at once and one more sync', async () => {
    const { emulator, env, laptop, dataSourceId } = await setUp();
    // The phone: the same vault, carried over by a sync service (the notes and the state file).
    const phone = makeVault({ [file]: laptop.read(file) });
    mkdirSync(path.join(phone.dir, '.follow-through'));
    copyFileSync(path.join(laptop.dir, '.follow-through/notion.json'), path.join(phone.dir, '.follow-through/notion.json'));
    try {
      const [a, b] = await Promise.all([sync(laptop.dir, env), sync(phone.dir, env)]);
      expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, '', '']);
      await settle();
      const doubled = await keysIn(emulator, dataSourceId);
      expect(doubled.size).toBe(10);
      // Both created every row: the case that doubled rows for good.
      expect([...doubled.values()].some((n) => n > 1)).toBe(true);

      const dryRun = await runCli(cli, ['sync', laptop.dir, '--today', '2026-12-01', '--dry-run', '--json'], env);
      const planned = (JSON.parse(dryRun.out) as { summary: { duplicatesRemoved: number } }).summary.duplicatesRemoved;
      const healed = await sync(laptop.dir, env);
      expect(healed.code).toBe(0);
      expect(healed.out).toMatch(/Moved \d+ duplicate rows? to Notion's trash/);
      // The dry run said how many it would move, and the real run moved that many.
      expect(Number(/Moved (\d+) duplicate/.exec(healed.out)?.[1])).toBe(planned);
      expect(planned).toBeGreaterThan(0);
      await settle();
      const after = await keysIn(emulator, dataSourceId);
      expect(after.size).toBe(10);
      expect([...after.values()].every((n) => n === 1)).toBe(true);
      // The phone's next sync adopts the rows kept: nothing created, nothing trashed that the laptop kept.
      const phoneAgain = await sync(phone.dir, env);
      expect(phoneAgain.code).toBe(0);
      await settle();
      expect([...(await keysIn(emulator, dataSourceId)).values()]).toEqual(Array.from({ length: 10 }, () => 1));
      expect((await sync(laptop.dir, env)).out.trim()).toMatch(/^Notion is up to date/);
    } finally {
      phone.cleanup();
      laptop.cleanup();
      await emulator.stop();
    }
  });

  it('should run one sync of a vault at a time on one machine: two at once create each row once', async () => {
    const { emulator, env, laptop, dataSourceId } = await setUp();
    try {
      const [a, b] = await Promise.all([sync(laptop.dir, env), sync(laptop.dir, env)]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(a.err + b.err).toContain('Another sync of this vault is running');
      await settle();
      const keys = await keysIn(emulator, dataSourceId);
      expect(keys.size).toBe(10);
      expect([...keys.values()].every((n) => n === 1)).toBe(true);
      expect([a.out, b.out].filter((out) => out.includes('Created 10 rows.'))).toHaveLength(1);
    } finally {
      laptop.cleanup();
      await emulator.stop();
    }
  });

  it('should reach one row per Key through random faults, 529s and a query delay, syncing from two devices', { timeout: 120_000 }, async () => {
    const emulator = await startEmulatorProcess(cli, ['--faults', '0.12', '--busy', '0.05', '--slow-ms', '300', '--seed', '5', '--query-delay-ms', String(delayMs)]);
    const env = { NOTION_TOKEN: emulator.token, NOTION_BASE_URL: emulator.baseUrl };
    const laptop = makeVault({ [file]: tracked(noteText, '2026-11-23', '2026-11-30') });
    const phone = makeVault({ [file]: laptop.read(file) });
    try {
      let made = await runCli(cli, ['notion', 'init', '--parent', emulator.pageId, '--client', 'Dana', '--json', laptop.dir], env);
      for (let i = 0; made.code !== 0 && i < 5; i++) made = await runCli(cli, ['notion', 'init', '--parent', emulator.pageId, '--client', 'Dana', '--json', laptop.dir], env);
      expect(made.code).toBe(0);
      const { dataSourceId } = JSON.parse(made.out) as { dataSourceId: string };
      mkdirSync(path.join(phone.dir, '.follow-through'));
      copyFileSync(path.join(laptop.dir, '.follow-through/notion.json'), path.join(phone.dir, '.follow-through/notion.json'));
      const faulted: number[] = [];
      for (let round = 0; round < 4; round++) {
        const ran = await Promise.all([sync(laptop.dir, env), sync(phone.dir, env)]);
        faulted.push(...ran.map((r) => r.code));
        await settle();
      }
      // Then the faults may leave some runs failed; keep syncing one device until it finishes clean.
      let last = await sync(laptop.dir, env);
      for (let i = 0; last.code !== 0 && i < 6; i++) last = await sync(laptop.dir, env);
      await settle();
      last = await sync(laptop.dir, env);
      expect(last.code).toBe(0);
      const keys = await keysIn(emulator, dataSourceId);
      expect(keys.size).toBe(10);
      expect([...keys.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      expect(faulted.length).toBe(8);
    } finally {
      phone.cleanup();
      laptop.cleanup();
      await emulator.stop();
    }
  });
});

