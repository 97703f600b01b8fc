// After two devices each made rows for the same keys and one of them healed
// them: the other device's state still names rows now in the trash. Its next
// changes must reach the rows kept, not fail on the trashed ones. In-process
// (the real SDK over real HTTP, a fast clock shared with the emulator, which
// shows a new page in queries only after a delay, as Notion does).

import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../notion-emulator/index.js';
import { FastClock, makeVault, noteText, run, tracked } from './support.js';

const file = 'Dana/2026-11-23 session.md';
let emulator: Emulator;
let clock: FastClock;
let laptop: ReturnType<typeof makeVault>;
let phone: ReturnType<typeof makeVault>;
let env: { baseUrl: string; token: string };

beforeEach(async () => {
  clock = new FastClock();
  emulator = await startEmulator({ clock: clock.now, queryDelayMs: 30_000 });
  env = { baseUrl: emulator.baseUrl, token: emulator.token };
  laptop = makeVault({ [file]: tracked(noteText, '2026-11-23') });
  phone = makeVault({ [file]: laptop.read(file) });
});
afterEach(async () => {
  await emulator.close();
  laptop.cleanup();
  phone.cleanup();
});

const sync = (dir: string) => run('sync', [dir, '--today', '2026-11-24'], env, clock);

function kept(dataSourceId: string) {
  return emulator.state.rows(dataSourceId).filter((p) => !p.inTrash);
}

describe('after a heal, the other device', () => {
  it('should send its next tick to the row kept, for every key, and never fail on a row in the trash', async () => {
    const made = await run('notion', ['init', '--parent', emulator.pageId, '--client', 'Dana', '--json', laptop.dir], env, clock);
    const { dataSourceId } = JSON.parse(made.out) as { dataSourceId: string };
    mkdirSync(path.join(phone.dir, '.follow-through'));
    copyFileSync(path.join(laptop.dir, '.follow-through/notion.json'), path.join(phone.dir, '.follow-through/notion.json'));
    // Each device creates every row: the other's are not in queries yet.
    expect((await sync(laptop.dir)).out).toContain('Created 5 rows.');
    expect((await sync(phone.dir)).out).toContain('Created 5 rows.');
    expect(kept(dataSourceId)).toHaveLength(10);
    clock.advance(60_000);
    const healed = await sync(laptop.dir);
    expect(healed.out).toContain("Moved 5 duplicate rows to Notion's trash");
    expect(kept(dataSourceId)).toHaveLength(5);
    // The phone syncs with nothing to change: its state moves to the rows kept (the copies it named are in the trash).
    clock.advance(60_000);
    expect((await sync(phone.dir)).out.trim()).toBe('Notion is up to date (5 rows in step).');
    // Much later (the rows kept are long out of the incremental query's reach), the phone ticks every item in its note.
    clock.advance(30 * 60_000);
    phone.write(file, phone.read(file).replace(/- \[ \] Week of/g, '- [x] Week of'));
    const dryRun = await run('sync', [phone.dir, '--today', '2026-11-24', '--dry-run'], env, clock);
    expect(dryRun.out.trim().split('\n').pop()).toBe('Dry run: would update 5 rows. Nothing was changed.');
    const ticked = await sync(phone.dir);
    expect(ticked.code).toBe(0);
    // The copies its state named are already in the trash: not moved again, nor counted as moved by this sync.
    expect(ticked.out.trim()).toBe('Updated 5 rows.');
    expect(kept(dataSourceId)).toHaveLength(5);
    expect(kept(dataSourceId).every((p) => Object.values(p.values).includes(true))).toBe(true);
    clock.advance(60_000);
    const laptopPulls = await sync(laptop.dir);
    expect(laptopPulls.code).toBe(0);
    expect(laptop.read(file)).toBe(phone.read(file));
    clock.advance(60_000);
    expect((await sync(phone.dir)).out.trim()).toMatch(/^Notion is up to date/);
    expect((await sync(laptop.dir)).out.trim()).toMatch(/^Notion is up to date/);
  });
});
