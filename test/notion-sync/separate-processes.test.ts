// Issue 13's "Done when" lines with every sync its own process, as a person runs
// it (`follow-through sync …`): the emulator runs here, on the real clock, so a
// test can hold one write while a person edits that row, and its request log
// counts the requests (independently of the sync's own counter).

import { Client, LogLevel } from '@notionhq/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, type RequestLog, startEmulator } from '../../notion-emulator/index.js';
import { buildCli, runCli } from './processes.js';
import { dailyNoteText, dailyToday, dailyWeeks, makeVault, noteText, tracked, twentyTicks } from './support.js';

const file = 'Dana/2026-11-23 session.md';
let cli: string;
let cleanupCli: () => void;
let emulator: Emulator;
let vault: ReturnType<typeof makeVault>;
let env: Record<string, string>;

beforeAll(async () => {
  ({ cli, cleanup: cleanupCli } = await buildCli());
});
afterAll(() => cleanupCli());
beforeEach(async () => {
  emulator = await startEmulator({});
  env = { NOTION_TOKEN: emulator.token, NOTION_BASE_URL: emulator.baseUrl };
});
afterEach(async () => {
  await emulator.close();
  vault.cleanup();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A person in Notion's app, paced as Notion asks (the SDK waits out a 429). */
function person(): Client {
  return new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', logLevel: LogLevel.ERROR });
}

async function init(): Promise<string> {
  const made = await runCli(cli, ['notion', 'init', '--parent', emulator.pageId, '--client', 'Dana', '--json', vault.dir], env);
  expect(made.code, made.err).toBe(0);
  return (JSON.parse(made.out) as { dataSourceId: string }).dataSourceId;
}

const sync = (today: string, ...extra: string[]) => runCli(cli, ['sync', vault.dir, '--today', today, ...extra], env);

function rowId(dataSourceId: string, key: string): string {
  const row = emulator.state.rows(dataSourceId).find((p) => !p.inTrash && JSON.stringify(p.values).includes(`"${key}"`));
  if (!row) throw new Error(`no row ${key}`);
  return row.id;
}

/** The requests the integration (the sync) sent from `from` on, as the emulator logged them. */
function sent(from: number): RequestLog[] {
  return emulator.requests.slice(from).filter((r) => r.tokenKind === 'integration');
}

describe('the Done-when lines, each sync its own process', () => {
  it('should bring a tick made in Notion while a sync writes that row into the note', { timeout: 60_000 }, async () => {
    vault = makeVault({ [file]: tracked(noteText, '2026-11-23') });
    const dataSourceId = await init();
    expect((await sync('2026-11-24')).code).toBe(0);
    // The client ticks item 2 in the note: the sync writes item 2 and the period's progress on row 1.
    vault.write(file, vault.read(file).replace('- [ ] Week of 23 Nov · 2 of 2', '- [x] Week of 23 Nov · 2 of 2'));
    const row1 = rowId(dataSourceId, 'ft-16bh55/20261123/1');
    emulator.script({ kind: 'delay', ms: 1_500, method: 'PATCH', path: `/v1/pages/${row1}` });
    const writing = sync('2026-11-24');
    while (!emulator.requests.some((r) => r.method === 'PATCH' && r.fault === 'delay')) await pause(20);
    // While that write is held, the coach ticks row 1 in Notion; the sync's write lands after, so the bot edited it last.
    await person().pages.update({ page_id: row1, properties: { Done: { checkbox: true } } });
    const wrote = await writing;
    expect(wrote.code, wrote.err).toBe(0);
    expect(emulator.state.rows(dataSourceId).find((p) => p.id === row1)?.lastEditedBy).toBe(emulator.botUserId);
    const next = await sync('2026-11-24');
    expect(next.code, next.err).toBe(0);
    expect(vault.read(file)).toContain('- [x] Week of 23 Nov · 1 of 2 ^ft-16bh55-20261123-1');
    expect((await sync('2026-11-24')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should count in the dry run what the real run then does', { timeout: 60_000 }, async () => {
    vault = makeVault({ [file]: tracked(noteText, '2026-11-23', '2026-11-30') });
    const dataSourceId = await init();
    expect((await sync('2026-12-01')).code).toBe(0);
    const client = person();
    // Ticks and an answer in Notion (a pulled tick changes its period's progress, pushed in the same run), a tick in the note.
    await client.pages.update({ page_id: rowId(dataSourceId, 'ft-16bh55/20261130/2'), properties: { Done: { checkbox: true } } });
    await client.pages.update({ page_id: rowId(dataSourceId, 'ft-16bh55/20261123/1'), properties: { Reflection: { rich_text: [{ type: 'text', text: { content: 'Mondays were packed.' } }] } } });
    vault.write(file, vault.read(file).replace('- [ ] Week of 30 Nov · 1 of 3', '- [x] Week of 30 Nov · 1 of 3'));
    const dryRun = await sync('2026-12-01', '--dry-run', '--json');
    const realRun = await sync('2026-12-01', '--json');
    expect([dryRun.code, realRun.code]).toEqual([0, 0]);
    const counts = (out: string) => (JSON.parse(out) as { summary: Record<string, number> }).summary;
    expect(counts(dryRun.out)).toMatchObject({ pulled: 2, updated: 2, failed: 0 });
    // Every count of the summary, not only some.
    expect(counts(realRun.out)).toEqual(counts(dryRun.out));
    expect(Object.keys(counts(dryRun.out)).sort()).toEqual(['conflicts', 'created', 'duplicatesRemoved', 'failed', 'found', 'leftAlone', 'pulled', 'unchanged', 'updated']);
    expect((await sync('2026-12-01')).out.trim()).toMatch(/^Notion is up to date/);
  });

  it('should pull 20 ticks in at most 43 requests, and push 20 in at most 43, as the emulator counts them', { timeout: 120_000 }, async () => {
    // Seven rows a period: a tick that rewrote its period's every row would cost 49 writes here.
    vault = makeVault({ [file]: tracked(dailyNoteText, ...dailyWeeks) });
    const dataSourceId = await init();
    expect((await sync(dailyToday)).code).toBe(0);
    const client = person();
    const all = (await client.dataSources.query({ data_source_id: dataSourceId })).results as unknown as Array<{ id: string; properties: { Key: { rich_text: Array<{ plain_text: string }> } } }>;
    expect(all).toHaveLength(49);
    const keyOf = (p: (typeof all)[number]) => p.properties.Key.rich_text.map((t) => t.plain_text).join('');
    const ticks = twentyTicks(all.map(keyOf));
    expect(ticks).toHaveLength(20);
    for (const row of all.filter((p) => ticks.includes(keyOf(p)))) await client.pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
    const beforePull = emulator.requests.length;
    const pulled = await sync(dailyToday);
    expect(pulled.code, pulled.err).toBe(0);
    expect(pulled.out).toContain('brought 20 changes from Notion into the notes');
    expect((vault.read(file).match(/- \[x\] Week of/g) ?? []).length).toBe(20);
    const pull = sent(beforePull);
    console.debug(`pull of 20 ticks, as the emulator counted: ${pull.length} requests (${pull.filter((r) => r.method === 'PATCH').length} writes)`);
    expect(pull.length).toBeLessThanOrEqual(2 * 20 + 3);

    vault.write(file, vault.read(file).replace(/- \[x\] Week of/g, '- [ ] Week of'));
    const beforePush = emulator.requests.length;
    const pushed = await sync(dailyToday);
    expect(pushed.code, pushed.err).toBe(0);
    const push = sent(beforePush);
    console.debug(`push of 20 unticks, as the emulator counted: ${push.length} requests (${push.filter((r) => r.method === 'PATCH').length} writes)`);
    expect(push.length).toBeLessThanOrEqual(2 * 20 + 3);
    expect(emulator.state.rows(dataSourceId).filter((p) => Object.values(p.values).includes(true))).toHaveLength(0);
  });

  it('should forget a client named in any letter case, and exit 2 for a client it cannot find', { timeout: 60_000 }, async () => {
    vault = makeVault({ [file]: tracked(noteText, '2026-11-23') });
    const dataSourceId = await init();
    expect((await sync('2026-11-24')).code).toBe(0);
    const unknown = await runCli(cli, ['notion', 'forget', '--client', 'Aiko', vault.dir], env);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No client “Aiko” was found');
    expect(emulator.state.rows(dataSourceId).filter((p) => !p.inTrash)).toHaveLength(5);
    const forgot = await runCli(cli, ['notion', 'forget', '--client', 'dANA', vault.dir], env);
    expect(forgot.code, forgot.err).toBe(0);
    expect(forgot.out).toContain("Moved 5 rows of dANA to Notion's trash (5 found");
    expect(emulator.state.rows(dataSourceId).filter((p) => !p.inTrash)).toHaveLength(0);
  });
});
