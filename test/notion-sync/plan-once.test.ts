// Issue 13's cases against the emulator, in-process (the real SDK over real
// HTTP, a fast clock shared with the emulator): a tick made while a sync
// writes, the dry run agreeing with the real run, writes in proportion to what
// changed, text that round-trips, answers on any row, answers too long for Notion.

import { readFileSync, writeFileSync } from 'node:fs';
import { Client } from '@notionhq/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../notion-emulator/index.js';
import type { RequestCounter } from '../../notion-sync/client.js';
import { FastClock, dailyNoteText, dailyToday, dailyWeeks, makeVault, noteText, run, tracked, twentyTicks } from './support.js';

const file = 'Dana/2026-11-23 session.md';
let emulator: Emulator;
let clock: FastClock;
let vault: ReturnType<typeof makeVault>;
let env: { baseUrl: string; token: string };

beforeEach(async () => {
  clock = new FastClock();
  emulator = await startEmulator({ clock: clock.now });
  env = { baseUrl: emulator.baseUrl, token: emulator.token };
  vault = makeVault({ [file]: tracked(noteText, '2026-11-23') });
});
afterEach(async () => {
  await emulator.close();
  vault.cleanup();
});

function person(): Client {
  return new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false });
}

async function init(): Promise<{ dataSourceId: string }> {
  const ran = await run('notion', ['init', '--parent', emulator.pageId, '--client', 'Dana', '--json', vault.dir], env, clock);
  expect(ran.code).toBe(0);
  return JSON.parse(ran.out) as { dataSourceId: string };
}

function sync(today: string, ...extra: string[]) {
  return run('sync', [vault.dir, '--today', today, ...extra], env, clock);
}

function counter(ran: { connection: { counter: RequestCounter } | undefined }): RequestCounter {
  if (!ran.connection) throw new Error('no connection');
  return ran.connection.counter;
}

async function pageByKey(dataSourceId: string, key: string): Promise<string> {
  const result = (await person().dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Key', rich_text: { equals: key } } })) as { results: Array<{ id: string }> };
  const id = result.results[0]?.id;
  if (!id) throw new Error(`no row ${key}`);
  return id;
}

async function personSets(dataSourceId: string, key: string, properties: Record<string, unknown>): Promise<void> {
  await person().pages.update({ page_id: await pageByKey(dataSourceId, key), properties: properties as never });
}

const text = (content: string) => ({ rich_text: [{ type: 'text', text: { content } }] });

describe('sync, planned once', () => {
  it('should bring a tick made in Notion while the sync writes that row into the note', async () => {
    const { dataSourceId } = await init();
    // (Once, in a clean clone's full run, this first sync ended 1 and could not be made to again: what it said is kept.)
    const first = await sync('2026-11-24');
    expect(first.code, `${first.err}${first.out}`).toBe(0);
    clock.advance(10 * 60_000);
    // The client ticks item 2 in the note: the sync pushes its Done and the period's progress on row 1.
    vault.write(file, vault.read(file).replace('- [ ] Week of 23 Nov · 2 of 2', '- [x] Week of 23 Nov · 2 of 2'));
    const row1 = await pageByKey(dataSourceId, 'ft-16bh55/20261123/1');
    // Row 1's update is held; meanwhile the coach ticks row 1 in Notion. The sync's write then lands: the bot edited it last.
    emulator.script({ kind: 'delay', ms: 400, method: 'PATCH', path: `/v1/pages/${row1}` });
    const writing = sync('2026-11-24');
    while (!emulator.requests.some((r) => r.method === 'PATCH' && r.fault === 'delay')) await new Promise((resolve) => setTimeout(resolve, 10));
    await person().pages.update({ page_id: row1, properties: { Done: { checkbox: true } } });
    expect((await writing).code).toBe(0);
    expect(emulator.state.rows(dataSourceId).find((p) => p.id === row1)?.lastEditedBy).toBe(emulator.botUserId);
    clock.advance(60_000);
    const next = await sync('2026-11-24');
    expect(next.code).toBe(0);
    expect(vault.read(file)).toContain('- [x] Week of 23 Nov · 1 of 2 ^ft-16bh55-20261123-1');
    expect((await sync('2026-11-24')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should count in the dry run what the real run then does, pulls and pushes together', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30'));
    const { dataSourceId } = await init();
    expect((await sync('2026-12-01')).code).toBe(0);
    clock.advance(10 * 60_000);
    // Ticks in Notion (each changes its period's progress, pushed in the same run) and in the note.
    await personSets(dataSourceId, 'ft-16bh55/20261130/2', { Done: { checkbox: true } });
    await personSets(dataSourceId, 'ft-16bh55/20261123/1', { Reflection: text('Mondays were packed.') });
    vault.write(file, vault.read(file).replace('- [ ] Week of 30 Nov · 1 of 3', '- [x] Week of 30 Nov · 1 of 3'));
    clock.advance(60_000);
    const dry = JSON.parse((await sync('2026-12-01', '--dry-run', '--json')).out) as { summary: Record<string, number> };
    const real = JSON.parse((await sync('2026-12-01', '--json')).out) as { summary: Record<string, number> };
    expect(dry.summary.pulled).toBe(2);
    // The note's tick (Done and progress on one row) and the progress a pulled tick changes: planned before the pull.
    expect(dry.summary.updated).toBe(2);
    expect({ created: real.summary.created, updated: real.summary.updated, pulled: real.summary.pulled }).toEqual({ created: dry.summary.created, updated: dry.summary.updated, pulled: dry.summary.pulled });
    clock.advance(60_000);
    expect((await sync('2026-12-01')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should pull 20 ticks in at most 43 requests, and push 20 ticks in at most 43', async () => {
    // Seven rows a period: a tick that rewrote its period's every row would cost 49 writes here.
    vault.write(file, tracked(dailyNoteText, ...dailyWeeks));
    const { dataSourceId } = await init();
    expect((await sync(dailyToday)).code).toBe(0);
    const all = (await person().dataSources.query({ data_source_id: dataSourceId })).results as unknown as Array<{ id: string; properties: { Key: { rich_text: Array<{ plain_text: string }> } } }>;
    expect(all).toHaveLength(49);
    const keyOf = (p: (typeof all)[number]) => p.properties.Key.rich_text.map((t) => t.plain_text).join('');
    const ticks = twentyTicks(all.map(keyOf));
    expect(ticks).toHaveLength(20);
    clock.advance(10 * 60_000);
    for (const row of all.filter((p) => ticks.includes(keyOf(p)))) {
      await person().pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
      clock.advance(1000);
    }
    clock.advance(60_000);
    const pulled = await sync(dailyToday);
    expect(pulled.code).toBe(0);
    expect(pulled.out).toContain('brought 20 changes from Notion into the notes');
    expect((vault.read(file).match(/- \[x\] Week of/g) ?? []).length).toBe(20);
    console.debug(`pull of 20 ticks: ${counter(pulled).total} requests (${counter(pulled).writes} writes)`);
    expect(counter(pulled).total).toBeLessThanOrEqual(2 * 20 + 3);

    clock.advance(10 * 60_000);
    vault.write(file, vault.read(file).replace(/- \[x\] Week of/g, '- [ ] Week of'));
    const pushed = await sync(dailyToday);
    expect(pushed.code).toBe(0);
    console.debug(`push of 20 unticks: ${counter(pushed).total} requests (${counter(pushed).writes} writes)`);
    expect(counter(pushed).total).toBeLessThanOrEqual(2 * 20 + 3);
    expect(emulator.state.rows(dataSourceId).filter((p) => Object.values(p.values).includes(true))).toHaveLength(0);
    clock.advance(10 * 60_000);
    expect((await sync(dailyToday)).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should pull K ticks of a long period in at most 2K + 3 requests (one row carries the period figures)', async () => {
    vault.write(file, tracked(noteText.replace('## Commitments\n\n', '## Commitments\n\n- Walk at lunch [when:: at noon at my desk] [cadence:: 7 per week]\n'), '2026-11-23'));
    const { dataSourceId } = await init();
    expect((await sync('2026-11-24')).code).toBe(0);
    const all = (await person().dataSources.query({ data_source_id: dataSourceId })).results as unknown as Array<{ id: string; properties: { Key: { rich_text: Array<{ plain_text: string }> } } }>;
    const byCommitment = new Map<string, typeof all>();
    for (const p of all) {
      const id = (p.properties.Key.rich_text[0]?.plain_text ?? '').split('/')[0] ?? '';
      byCommitment.set(id, [...(byCommitment.get(id) ?? []), p]);
    }
    const walks = [...byCommitment.values()].find((rows) => rows.length === 7) ?? [];
    expect(walks).toHaveLength(7);
    clock.advance(10 * 60_000);
    for (const row of walks.slice(2, 4)) {
      await person().pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
      clock.advance(1000);
    }
    clock.advance(60_000);
    const pulled = await sync('2026-11-24');
    expect(pulled.out).toContain('brought 2 changes from Notion into the notes');
    expect(counter(pulled).total).toBeLessThanOrEqual(2 * 2 + 3);
  });

  it('should bring a database synced with the figures on every row to the new shape: cleared on the other rows, once', async () => {
    const { dataSourceId } = await init();
    expect((await sync('2026-11-24')).code).toBe(0);
    // The old layout: Status and Progress on every row of a period, and the state's hashes of those rows.
    const others: string[] = [];
    const stateFile = `${vault.dir}/.follow-through/notion.json`;
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { dataSources: Record<string, { rows: Record<string, { contentHash: string }> }> };
    const keyed = state.dataSources[dataSourceId]?.rows ?? {};
    for (const key of Object.keys(keyed)) if (!key.endsWith('/1')) others.push(key);
    expect(others).toHaveLength(3);
    for (const key of others) {
      await personSets(dataSourceId, key, { Status: { select: { name: 'open' } }, Progress: text('0 of 2') });
      const row = keyed[key];
      if (row) row.contentHash = `old layout ${key}`;
    }
    writeFileSync(stateFile, JSON.stringify(state));
    clock.advance(10 * 60_000);
    const upgraded = await sync('2026-11-24');
    expect(upgraded.code).toBe(0);
    const figures = async (key: string) => {
      const page = (await person().pages.retrieve({ page_id: await pageByKey(dataSourceId, key) })) as unknown as { properties: { Status: { select: { name: string } | null }; Progress: { rich_text: Array<{ plain_text: string }> } } };
      return [page.properties.Status.select?.name ?? null, page.properties.Progress.rich_text.map((t) => t.plain_text).join('')];
    };
    expect(await figures('ft-16bh55/20261123/1')).toEqual(['open', '0 of 2']);
    for (const key of others) expect(await figures(key)).toEqual([null, '']);
    expect(counter(upgraded).writes).toBe(others.length);
    clock.advance(10 * 60_000);
    expect((await sync('2026-11-24')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should heal a row another device made for the same Key: one kept, Done if any copy is done, both answers kept, in Notion and the note', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30').replace(/- My answer:\n/, '- My answer: Laptop answer\n'));
    const { dataSourceId } = await init();
    expect((await sync('2026-12-01')).code).toBe(0);
    const key = 'ft-16bh55/20261123/1';
    // The phone's sync made its own row for the key (its answer from the phone), and the coach ticked it there.
    clock.advance(5 * 60_000);
    await person().pages.create({
      parent: { type: 'data_source_id', data_source_id: dataSourceId },
      properties: { Item: { title: [{ type: 'text', text: { content: 'reach out' } }] }, Key: text(key), Done: { checkbox: true }, Reflection: text('Phone answer') } as never,
    });
    clock.advance(60_000);
    const healed = await sync('2026-12-01');
    expect(healed.code).toBe(0);
    expect(healed.out).toContain("moved 1 duplicate row to Notion's trash");
    const copies = emulator.state.rows(dataSourceId).filter((p) => !p.inTrash && JSON.stringify(p.values).includes(`"${key}"`));
    expect(copies).toHaveLength(1);
    const kept = (await person().pages.retrieve({ page_id: copies[0]!.id })) as unknown as { properties: { Done: { checkbox: boolean }; Reflection: { rich_text: Array<{ plain_text: string }> } } };
    expect(kept.properties.Done.checkbox).toBe(true);
    // The kept row is the same on every device (the smallest page id), so which answer comes first depends on it.
    expect(kept.properties.Reflection.rich_text.map((t) => t.plain_text).join('').split('\n\n').sort()).toEqual(['Laptop answer', 'Phone answer']);
    const note = vault.read(file);
    expect(note).toContain('- [x] Week of 23 Nov · 1 of 2 ^ft-16bh55-20261123-1');
    expect(note).toContain('Laptop answer');
    expect(note).toContain('Phone answer');
    clock.advance(10 * 60_000);
    expect((await sync('2026-12-01')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should let a coach find this week\'s open items and each period\'s progress with Notion\'s filters, as the README says', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30').replace('- [ ] Week of 30 Nov · 1 of 2', '- [x] Week of 30 Nov · 1 of 2'));
    const { dataSourceId } = await init();
    expect((await sync('2026-12-01')).code).toBe(0);
    type Row = { properties: { Key: { rich_text: Array<{ plain_text: string }> }; Progress: { rich_text: Array<{ plain_text: string }> }; Status: { select: { name: string } | null } } };
    const query = async (filter: unknown) => ((await person().dataSources.query({ data_source_id: dataSourceId, filter: filter as never })).results as unknown as Row[]);
    const key = (r: Row) => r.properties.Key.rich_text.map((t) => t.plain_text).join('');
    // This week's open items: Period start is this week, Done unchecked.
    const open = await query({ and: [{ property: 'Period start', date: { equals: '2026-11-30' } }, { property: 'Done', checkbox: { equals: false } }] });
    expect(open).toHaveLength(4); // reach out: 1 of the 2 left; write: all 3
    expect(open.every((r) => key(r).includes('/20261130/'))).toBe(true);
    expect(open.map(key)).not.toContain('ft-16bh55/20261130/1');
    // Each period's progress: one row a period, Status not empty.
    const periods = await query({ property: 'Status', select: { is_not_empty: true } });
    expect(periods).toHaveLength(4);
    const progress = Object.fromEntries(periods.map((r) => [key(r), `${r.properties.Status.select?.name ?? ''} ${r.properties.Progress.rich_text.map((t) => t.plain_text).join('')}`]));
    expect(progress['ft-16bh55/20261130/1']).toBe('open 1 of 2');
    expect(progress['ft-16bh55/20261123/1']).toBe('missed 0 of 2');
  });

  it('should send back what the person wrote: Notion → note → Notion changes nothing', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30'));
    const { dataSourceId } = await init();
    expect((await sync('2026-12-01')).code).toBe(0);
    clock.advance(10 * 60_000);
    const typed = '1. x\n\n- [x] done ^id\n%% hidden %%';
    await personSets(dataSourceId, 'ft-16bh55/20261123/1', { Reflection: text(typed) });
    clock.advance(60_000);
    expect((await sync('2026-12-01')).code).toBe(0);
    expect(vault.read(file)).toContain('\\1. x');
    expect(vault.read(file)).toContain('\\- [x] done \\^id');
    clock.advance(10 * 60_000);
    const again = await sync('2026-12-01');
    expect(again.out.trim()).toMatch(/^Notion is up to date/);
    const page = (await person().pages.retrieve({ page_id: await pageByKey(dataSourceId, 'ft-16bh55/20261123/1') })) as unknown as { properties: { Reflection: { rich_text: Array<{ plain_text: string }> } } };
    expect(page.properties.Reflection.rich_text.map((t) => t.plain_text).join('')).toBe(typed);
  });

  it('should read an answer typed on any row of a period, and keep it on the first row', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30'));
    const { dataSourceId } = await init();
    expect((await sync('2026-12-01')).code).toBe(0);
    clock.advance(10 * 60_000);
    await personSets(dataSourceId, 'ft-16bh55/20261123/2', { Reflection: text('Typed on the second row.') });
    clock.advance(60_000);
    const ran = await sync('2026-12-01');
    expect(ran.code).toBe(0);
    expect(vault.read(file)).toMatch(/My answer: Typed on the second row\./);
    const reflection = async (key: string) =>
      ((await person().pages.retrieve({ page_id: await pageByKey(dataSourceId, key) })) as unknown as { properties: { Reflection: { rich_text: Array<{ plain_text: string }> } } }).properties.Reflection.rich_text.map((t) => t.plain_text).join('');
    expect(await reflection('ft-16bh55/20261123/1')).toBe('Typed on the second row.');
    expect(await reflection('ft-16bh55/20261123/2')).toBe('');
    clock.advance(10 * 60_000);
    expect((await sync('2026-12-01')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should never cut an answer too long for Notion in the note, and say what it could not send', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30'));
    const long = `${'word '.repeat(41_000)}end`;
    vault.write(file, vault.read(file).replace(/- My answer:\n/, `- My answer: ${long}\n`));
    const { dataSourceId } = await init();
    const first = await sync('2026-12-01');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Not sent whole: ft-16bh55\/20261123\/1 .*Notion holds the first 200,000/);
    const before = vault.read(file);
    clock.advance(10 * 60_000);
    const again = await sync('2026-12-01');
    expect(vault.read(file)).toBe(before);
    expect(vault.read(file)).toContain(`${long}`);
    expect(again.out).toMatch(/Notion is up to date/);
    // The coach ticks that very row in Notion, so the next sync reads it, with its cut answer: the tick comes in, the note's answer stays whole.
    clock.advance(10 * 60_000);
    await personSets(dataSourceId, 'ft-16bh55/20261123/1', { Done: { checkbox: true } });
    clock.advance(60_000);
    const read = await sync('2026-12-01');
    expect(read.code).toBe(0);
    expect(read.out).toContain('brought 1 change from Notion into the notes');
    expect(vault.read(file)).toBe(before.replace('- [ ] Week of 23 Nov · 1 of 2', '- [x] Week of 23 Nov · 1 of 2'));
    expect(vault.read(file)).not.toContain('(from Notion)');
    clock.advance(10 * 60_000);
    expect((await sync('2026-12-01')).out).toMatch(/Notion is up to date/);
  });
});
