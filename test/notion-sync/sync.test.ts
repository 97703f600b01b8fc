// The Notion sync against the local emulator: the real @notionhq/client over
// real HTTP, a fast clock shared by the sync's pacing and the emulator, and a
// request counter at the fetch layer for the budgets.

import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@notionhq/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../notion-emulator/index.js';
import type { RequestCounter } from '../../notion-sync/client.js';
import { FastClock, makeVault, noteText, run, tracked } from './support.js';

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

/** A person editing in Notion's app: their edits show them, not the bot, as `last_edited_by`. */
function person(): Client {
  return new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false });
}

async function init(client = 'Dana'): Promise<{ databaseId: string; dataSourceId: string }> {
  const ran = await run('notion', ['init', '--parent', emulator.pageId, '--client', client, '--json', vault.dir], env, clock);
  expect(ran.code).toBe(0);
  return JSON.parse(ran.out) as { databaseId: string; dataSourceId: string };
}

function sync(...extra: string[]) {
  return run('sync', [vault.dir, '--today', '2026-11-24', ...extra], env, clock);
}

function rowsIn(dataSourceId: string) {
  return emulator.state.rows(dataSourceId).filter((p) => !p.inTrash);
}

async function pageByKey(dataSourceId: string, key: string): Promise<string> {
  const result = (await person().dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Key', rich_text: { equals: key } } })) as { results: Array<{ id: string }> };
  const id = result.results[0]?.id;
  if (!id) throw new Error(`no row ${key}`);
  return id;
}

function counter(ran: { connection: { counter: RequestCounter } | undefined }): RequestCounter {
  if (!ran.connection) throw new Error('no connection');
  return ran.connection.counter;
}

describe('notion init', () => {
  it('should create the database with every property under the shared page and record a target', async () => {
    const made = await init();
    expect(made.databaseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.dataSourceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(existsSync(path.join(vault.dir, '.follow-through', 'notion.json'))).toBe(true);
    const check = await run('notion', ['check', '--database', `https://www.notion.so/acme/Follow-Through-${made.databaseId.replace(/-/g, '')}?v=0123456789abcdef0123456789abcdef`], env, clock);
    expect(check.out).toContain('has every property the sync needs');
    expect(check.code).toBe(0);
  });

  it('should say a page is not a database, and that a page is needed under which to create one', async () => {
    const ran = await run('notion', ['check', '--database', emulator.pageId], env, clock);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('is a page, not a database');
    expect(ran.err).toContain('notion init --parent');
  });

  it('should name a bad token and never print it', async () => {
    const ran = await run('sync', [vault.dir, '--database', emulator.pageId], { ...env, token: 'ntn_wrong_secret_value' }, clock);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('Notion did not accept the token');
    expect(ran.err + ran.out).not.toContain('ntn_wrong_secret_value');
  });
});

describe('sync', () => {
  it('should sync nothing until a target is named', async () => {
    const ran = await sync();
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('Nothing syncs until you say what syncs');
  });

  it('should create every row on the first sync, then find nothing to do, within the request budget', async () => {
    const { dataSourceId } = await init();
    const first = await sync();
    expect(first.code).toBe(0);
    const n = rowsIn(dataSourceId).length;
    expect(n).toBe(5);
    expect(first.out).toContain('Created 5 rows.');
    expect(counter(first).total).toBeLessThanOrEqual(n + Math.ceil(n / 100) + 10);
    // What goes to Notion is the commitments and their checklists, never the rest of the note.
    const bodies = JSON.stringify(emulator.requests.map((r) => r.requestBody));
    expect(bodies).toContain('reach out to two potential clients');
    expect(bodies).not.toContain('Some notes of my own');
    expect(bodies).not.toContain('Session with Dana');

    const again = await sync();
    expect(again.out.trim()).toBe('Notion is up to date (5 rows in step).');
    expect(counter(again).writes).toBe(0);
    expect(counter(again).total).toBeLessThanOrEqual(Math.ceil(n / 100) + 3);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
  });

  it('should change nothing anywhere on a dry run', async () => {
    const { dataSourceId } = await init();
    const before = vault.read('.follow-through/notion.json');
    const ran = await sync('--dry-run');
    expect(ran.out).toContain('+ would create');
    expect(ran.out).toContain('Dry run: would create 5 rows. Nothing was changed.');
    expect(counter(ran).writes).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(0);
    expect(vault.read('.follow-through/notion.json')).toBe(before);
  });

  it('should bring a tick made in Notion into the note, and then be in step', async () => {
    const { dataSourceId } = await init();
    expect((await sync()).code).toBe(0);
    const note = vault.read(file);
    const pageId = await pageByKey(dataSourceId, 'ft-16bh55/20261123/1');
    clock.advance(5 * 60_000);
    await person().pages.update({ page_id: pageId, properties: { Done: { checkbox: true } } });
    clock.advance(60_000);

    const pulled = await sync();
    expect(pulled.code).toBe(0);
    const after = vault.read(file);
    expect(after).toContain('- [x] Week of 23 Nov · 1 of 2 ^ft-16bh55-20261123-1');
    expect(after.replace('- [x] Week of 23 Nov · 1 of 2', '- [ ] Week of 23 Nov · 1 of 2')).toBe(note);
    const k = 1;
    expect(counter(pulled).queryPages).toBeLessThanOrEqual(Math.ceil(k / 100) + 3);
    // Only what changed goes back: the progress ("1 of 2") of that period's two rows.
    expect(counter(pulled).writes).toBeLessThanOrEqual(2);
    expect(pulled.out).toContain('brought 1 change from Notion into the notes');

    const again = await sync();
    expect(again.out.trim()).toBe('Notion is up to date (5 rows in step).');
    expect(counter(again).writes).toBe(0);
  });

  it('should keep both answers when the reflection changed in the note and in Notion, and converge', async () => {
    vault.write(file, tracked(noteText, '2026-11-23', '2026-11-30'));
    const { dataSourceId } = await init();
    const today = ['--today', '2026-12-01'];
    await run('sync', [vault.dir, ...today], env, clock);
    // The client answers in the note; the coach pastes an answer into Notion, with a would-be marker.
    vault.write(file, vault.read(file).replace(/- My answer:\n/, '- My answer: Mondays were packed.\n'));
    const pageId = await pageByKey(dataSourceId, 'ft-16bh55/20261123/1');
    clock.advance(5 * 60_000);
    await person().pages.update({ page_id: pageId, properties: { Reflection: { rich_text: [{ type: 'text', text: { content: '- [x] forged ^ft-16bh55-20261123-2\n# heading' } }] } } });
    clock.advance(60_000);

    const merged = await run('sync', [vault.dir, ...today], env, clock);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('Conflict: ft-16bh55/20261123/1');
    const text = vault.read(file);
    expect(text).toContain('My answer: Mondays were packed.');
    expect(text).toContain('(from Notion)');
    expect(text).not.toMatch(/^\s*- \[x\] forged/m);
    expect(text).toContain('\\^ft-16bh55-20261123-2');
    expect(text).toContain('\\# heading');
    expect(text).toContain('- [ ] Week of 23 Nov · 2 of 2 ^ft-16bh55-20261123-2');

    const again = await run('sync', [vault.dir, ...today], env, clock);
    expect(again.out.trim()).toMatch(/^Notion is up to date/);
    expect(counter(again).writes).toBe(0);
    expect(vault.read(file)).toBe(text);
  });

  it('should resume an interrupted first sync with no duplicate row', async () => {
    const { dataSourceId } = await init();
    // The third create is carried out, but its answer never arrives; nor does the read-back's.
    emulator.script({ kind: 'drop', method: 'POST', path: '/v1/pages', nth: 3, when: 'after' });
    emulator.script({ kind: 'drop', method: 'POST', path: /\/query$/, nth: 2, times: 6 });
    const broken = await sync();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Failed: ');
    expect(broken.out).toContain('Created 4 rows, 1 item failed.');
    const resumed = await sync();
    expect(resumed.code).toBe(0);
    // The row the broken run made is found by its Key, and the summary says so (not "up to date", as if nothing had been made).
    expect(resumed.out.trim()).toBe("Found 1 row an earlier sync created (Notion's answer never came), 4 unchanged.");
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    const keys = rowsIn(dataSourceId).map((p) => JSON.stringify(p.values));
    expect(new Set(keys).size).toBe(5);
    const again = await sync();
    expect(again.out.trim()).toBe('Notion is up to date (5 rows in step).');
  });

  it('should not create a row twice when Notion carries out a create but answers after the timeout', async () => {
    const { dataSourceId } = await init();
    // A slow Notion: the second create is done, but its answer comes long after the sync stopped waiting.
    emulator.script({ kind: 'delay', ms: 30_000, method: 'POST', path: '/v1/pages', nth: 2, when: 'after' });
    const slow = await run('sync', [vault.dir, '--today', '2026-11-24'], env, clock, { timeoutMs: 1_500 });
    // The summary counts what was done: the create whose answer never came is read back by key, and found.
    expect(slow.code).toBe(0);
    expect(slow.out).toContain('Created 5 rows.');
    // The write was not sent a second time in that run.
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path === '/v1/pages')).toHaveLength(5);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    const resumed = await sync();
    expect(resumed.code).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    expect(new Set(rowsIn(dataSourceId).map((p) => JSON.stringify(p.values))).size).toBe(5);
    expect((await sync()).out.trim()).toBe('Notion is up to date (5 rows in step).');
  });

  it('should count an update Notion carried out but answered after the timeout as done, and one it refused as failed', async () => {
    const { dataSourceId } = await init();
    expect((await sync()).code).toBe(0);
    clock.advance(10 * 60_000);
    vault.write(file, vault.read(file).replace('- [ ] Week of 23 Nov · 1 of 2', '- [x] Week of 23 Nov · 1 of 2'));
    // The update is done, but its answer comes long after the sync stopped waiting: read back, it is counted done.
    emulator.script({ kind: 'delay', ms: 30_000, method: 'PATCH', nth: 1, when: 'after' });
    const slow = await run('sync', [vault.dir, '--today', '2026-11-24'], env, clock, { timeoutMs: 1_500 });
    expect(slow.out.trim()).toBe('Updated 1 row, 4 unchanged.');
    expect(slow.code).toBe(0);
    expect(emulator.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    clock.advance(10 * 60_000);
    expect((await sync()).out.trim()).toBe('Notion is up to date (5 rows in step).');
    // A 500 that did nothing: read back, it is still failed, and the next sync sends it.
    clock.advance(10 * 60_000);
    vault.write(file, vault.read(file).replace('- [ ] Week of 23 Nov · 2 of 2', '- [x] Week of 23 Nov · 2 of 2'));
    emulator.script({ kind: 'status', status: 500, method: 'PATCH', nth: 1 });
    const refused = await sync();
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('1 item failed');
    clock.advance(10 * 60_000);
    const resent = await sync();
    expect(resent.out.trim()).toBe('Updated 1 row, 4 unchanged.');
    expect(rowsIn(dataSourceId).filter((p) => Object.values(p.values).includes(true))).toHaveLength(2);
  });

  it('should print, with --json, counts and lists that agree when a write fails', async () => {
    await init();
    // Not carried out; its fate unknown to the sync until the read-back finds no row.
    emulator.script({ kind: 'status', status: 500, method: 'POST', path: '/v1/pages', nth: 3 });
    const ran = await sync('--json');
    expect(ran.code).toBe(1);
    const json = JSON.parse(ran.out) as {
      summary: { created: number; failed: number };
      dataSources: Array<{ creates: Array<{ key: string; failed?: boolean }> }>;
      failures: Array<{ key: string; step?: string }>;
    };
    expect(json.summary).toMatchObject({ created: 4, failed: 1 });
    const creates = json.dataSources.flatMap((d) => d.creates);
    expect(creates).toHaveLength(5);
    expect(creates.filter((c) => c.failed === true).map((c) => c.key)).toEqual([json.failures[0]?.key]);
    expect(json.failures[0]?.step).toBe('create');
  });

  it('should look a pending create up by key on an incremental sync, not create it again', async () => {
    const { dataSourceId } = await init();
    await sync();
    // A new week: new rows; the first create's answer is lost.
    vault.write(file, tracked(vault.read(file), '2026-11-30'));
    emulator.script({ kind: 'drop', method: 'POST', path: '/v1/pages', nth: 1, when: 'after' });
    emulator.script({ kind: 'drop', method: 'POST', path: /\/query$/, nth: 2, times: 6 });
    const broken = await run('sync', [vault.dir, '--today', '2026-12-01'], env, clock);
    expect(broken.code).toBe(1);
    const resumed = await run('sync', [vault.dir, '--today', '2026-12-01'], env, clock);
    expect(resumed.code).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(10);
  });

  it('should ride out a 429 storm by waiting Retry-After, and not count the 429s', async () => {
    const { dataSourceId } = await init();
    emulator.script({ kind: 'status', status: 429, retryAfter: 2, times: 8 });
    const ran = await sync();
    expect(ran.code).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    expect(counter(ran).rateLimited).toBe(8);
    expect(counter(ran).total).toBeLessThanOrEqual(5 + 1 + 10);
    expect(clock.slept).toBeGreaterThanOrEqual(16_000);
  });

  it('should retry reads on 503 and say Notion is down, changing nothing, when it stays down', async () => {
    await init();
    emulator.script({ kind: 'status', status: 503, path: /\/query$/, times: 2 });
    const ran = await sync();
    expect(ran.code).toBe(0);
    emulator.script({ kind: 'status', status: 503, path: /\/query$/, times: 50 });
    const before = vault.read(file);
    const down = await sync();
    expect(down.code).toBe(1);
    expect(down.err).toContain('Nothing was changed in your notes; try again');
    expect(vault.read(file)).toBe(before);
  });

  it('should name a schema mismatch precisely, and repair it', async () => {
    const { databaseId, dataSourceId } = await init();
    await person().dataSources.update({ data_source_id: dataSourceId, properties: { Done: null, Reflection: null } });
    const ran = await sync();
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('“Done” is missing: it should be a Checkbox property');
    expect(ran.err).toContain('“Reflection” is missing');
    expect(ran.err).toContain(`notion check --database ${databaseId} --repair`);
    const repaired = await run('notion', ['check', '--database', databaseId, '--repair'], env, clock);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain('Repaired: every property the sync needs is there now.');
    expect((await sync()).code).toBe(0);
  });

  it('should say how to share a database the integration cannot see', async () => {
    const { databaseId } = await init();
    emulator.state.setShared(databaseId, false);
    const ran = await sync();
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('••• → Connections, add');
    expect(ran.err).toMatch(/Notion request id [0-9a-f-]+/);
    const byFlag = await run('sync', [vault.dir, '--database', '0123456789abcdef0123456789abcdef'], env, clock);
    expect(byFlag.err).toContain('••• → Connections');
  });

  it('should find rows again by key when the state file is deleted, creating no duplicate', async () => {
    const { databaseId, dataSourceId } = await init();
    await sync();
    vault.write(file, vault.read(file).replace('- [ ] Week of 23 Nov · 2 of 2', '- [x] Week of 23 Nov · 2 of 2'));
    rmSync(path.join(vault.dir, '.follow-through'), { recursive: true });
    const ran = await run('sync', [vault.dir, '--today', '2026-11-24', '--database', databaseId], env, clock);
    expect(ran.code).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    expect(counter(ran).total).toBeLessThanOrEqual(5 + 1 + 10);
    const again = await run('sync', [vault.dir, '--today', '2026-11-24', '--database', databaseId], env, clock);
    expect(again.out.trim()).toBe('Notion is up to date (5 rows in step).');
  });

  it('should archive a client’s rows with notion forget, and say how many', async () => {
    const { dataSourceId } = await init();
    const synced = await sync();
    expect(synced.code, synced.err).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    const ran = await run('notion', ['forget', '--client', 'Dana', vault.dir], env, clock);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain("Moved 5 rows of Dana to Notion's trash");
    expect(rowsIn(dataSourceId)).toHaveLength(0);
  });

  it('should forget a client named in any case, find rows by the Client property and the notes, and say how many', async () => {
    const { dataSourceId } = await init();
    // The rows must be there first, or a failed sync would read as forget finding nothing (as once in CI under load).
    const synced = await sync();
    expect(synced.code, synced.err).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    const ran = await run('notion', ['forget', '--client', ' dANA ', '--json', vault.dir], env, clock);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.out)).toMatchObject({ found: 5, archived: 5, failed: 0, targetsRemoved: 1 });
    expect(rowsIn(dataSourceId)).toHaveLength(0);
  });

  it('should find a client rows by the notes when their Client property was changed in Notion', async () => {
    const { dataSourceId } = await init();
    const synced = await sync();
    expect(synced.code, synced.err).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    for (const row of rowsIn(dataSourceId).slice(0, 2)) {
      await person().pages.update({ page_id: row.id, properties: { Client: { select: { name: 'Renamed' } } } });
      clock.advance(1000);
    }
    const ran = await run('notion', ['forget', '--client', 'dana', vault.dir], env, clock);
    expect(ran.out).toContain("Moved 5 rows of dana to Notion's trash (5 found");
    expect(rowsIn(dataSourceId)).toHaveLength(0);
  });

  it('should say a client with no rows and no notes is not found, exit 2, and change nothing', async () => {
    await init();
    await sync();
    await expect(run('notion', ['forget', '--client', 'Aiko', vault.dir], env, clock)).rejects.toThrow('No client “Aiko” was found');
  });
});

describe('retries as Notion advises', () => {
  it('should wait Retry-After on 529 and retry a write after 409, and never retry 400 or 401', async () => {
    const { dataSourceId } = await init();
    emulator.script({ kind: 'status', status: 529, retryAfter: 3, times: 3 });
    emulator.script({ kind: 'status', status: 409, method: 'POST', path: '/v1/pages', nth: 2 });
    const ran = await sync();
    expect(ran.code).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    expect(clock.slept).toBeGreaterThanOrEqual(9_000);
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path === '/v1/pages' && r.status === 409)).toHaveLength(1);

    clock.advance(10 * 60_000);
    vault.write(file, vault.read(file).replace('- [ ] Week of 23 Nov · 1 of 2', '- [x] Week of 23 Nov · 1 of 2'));
    for (const status of [400, 401]) {
      emulator.requests.length = 0;
      emulator.script({ kind: 'status', status, method: 'PATCH' });
      const refused = await sync();
      expect(refused.code).toBe(1);
      expect(emulator.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    }
  });
});

describe('progress', () => {
  it('should show N of M and the time left on a terminal, and nothing when piped or with --json', async () => {
    await init();
    const onTerminal = await run('sync', [vault.dir, '--today', '2026-11-24', '--dry-run'], env, clock, { stderrIsTTY: true });
    expect(onTerminal.err).toBe('');
    const real = await run('sync', [vault.dir, '--today', '2026-11-24'], env, clock, { stderrIsTTY: true });
    expect(real.err).toContain('1 of 5, about 2 s left');
    expect(real.err).toContain('5 of 5');
    clock.advance(10 * 60_000);
    vault.write(file, tracked(vault.read(file), '2026-11-30'));
    const json = await run('sync', [vault.dir, '--today', '2026-12-01', '--json'], env, clock, { stderrIsTTY: true });
    expect(json.code).toBe(0);
    expect(json.err).toBe('');
    const piped = await run('sync', [vault.dir, '--today', '2026-12-08'], env, clock, { stderrIsTTY: false });
    expect(piped.err).toBe('');
  });
});

describe('token file and re-attaching', () => {
  it('should read the token file first line that is not blank or a comment, and say what is wrong with a file that holds none', async () => {
    const { dataSourceId } = await init();
    const tokenFile = path.join(vault.dir, 'token.txt');
    writeFileSync(tokenFile, `# my Notion integration\n\n  ${emulator.token}  \n`);
    const ran = await run('sync', [vault.dir, '--today', '2026-11-24'], env, clock, { env: { NOTION_TOKEN_FILE: tokenFile, NOTION_BASE_URL: emulator.baseUrl } });
    expect(ran.code).toBe(0);
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    writeFileSync(tokenFile, '# only a comment\n\n');
    const empty = await run('sync', [vault.dir, '--today', '2026-11-24'], env, clock, { env: { NOTION_TOKEN_FILE: tokenFile, NOTION_BASE_URL: emulator.baseUrl } });
    expect(empty.code).toBe(2); // no token to use: a set-up mistake, exit 2 as for a missing token
    expect(empty.err).toContain('holds no token (only blank lines or comments)');
    writeFileSync(tokenFile, `${emulator.token}\nsecond line\n`);
    const two = await run('sync', [vault.dir, '--today', '2026-11-24'], env, clock, { env: { NOTION_TOKEN_FILE: tokenFile, NOTION_BASE_URL: emulator.baseUrl } });
    expect(two.err).toContain('has 2 lines that are not blank or comments');
    expect(emulator.requests.filter((r) => r.tokenKind === null)).toHaveLength(0);
  });

  it('should point a vault whose state file was lost at its database again, without a second database or a duplicate', async () => {
    const { databaseId, dataSourceId } = await init();
    expect((await sync()).code).toBe(0);
    rmSync(path.join(vault.dir, '.follow-through'), { recursive: true });
    const lost = await sync();
    expect(lost.code).toBe(1);
    expect(lost.err).toContain('follow-through notion init --database <database link>');
    const attached = await run('notion', ['init', '--database', `https://www.notion.so/${databaseId.replace(/-/g, '')}`, '--client', 'Dana', vault.dir], env, clock);
    expect(attached.code).toBe(0);
    expect(attached.out).toContain('syncs with the database');
    const again = await sync();
    expect(again.code).toBe(0);
    expect(again.out.trim()).toBe('Notion is up to date (5 rows in step).');
    expect(rowsIn(dataSourceId)).toHaveLength(5);
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path === '/v1/databases')).toHaveLength(1);
  });
});

describe('every message that gives advice after a lost or broken state file', () => {
  it('should say how to point the vault at its database again', async () => {
    const { dataSourceId } = await init();
    expect((await sync()).code).toBe(0);
    const attach = 'follow-through notion init --database <database link>';
    writeFileSync(path.join(vault.dir, '.follow-through', 'notion.json'), '{ "version": 1, "targets": [');
    const broken = await sync();
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('is broken');
    expect(broken.err).toContain(attach);
    rmSync(path.join(vault.dir, '.follow-through'), { recursive: true });
    const lost = await sync();
    expect(lost.err).toContain(attach);
    // A target for another client only: Dana's note is named as not synced, with the same advice.
    const other = await run('notion', ['init', '--parent', emulator.pageId, '--client', 'Lee', vault.dir], env, clock);
    expect(other.code).toBe(0);
    const untargeted = await sync();
    expect(untargeted.out).toContain('Not synced (no target names them)');
    expect(untargeted.out).toContain('notion init --database <link>');
    expect(rowsIn(dataSourceId)).toHaveLength(5);
  });
});

describe('request budget at scale', () => {
  it('should hold the budgets over more than one page of results', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 25; i++) notes[`c${i}/s.md`] = tracked(noteText.replace('client: Dana', `client: Client ${i}`).replace('# Session', `# Session ${i}`), '2026-11-23');
    vault.cleanup();
    vault = makeVault(notes);
    const made = await run('notion', ['init', '--parent', emulator.pageId, '--json', vault.dir], env, clock);
    const { dataSourceId } = JSON.parse(made.out) as { dataSourceId: string };
    const first = await sync();
    expect(first.code).toBe(0);
    const n = rowsIn(dataSourceId).length;
    expect(n).toBe(125);
    expect(counter(first).total).toBeLessThanOrEqual(n + Math.ceil(n / 100) + 10);

    const noop = await sync();
    expect(counter(noop).writes).toBe(0);
    expect(counter(noop).total).toBeLessThanOrEqual(Math.ceil(n / 100) + 3);

    // K ticks in Notion.
    const pages = rowsIn(dataSourceId).slice(0, 30);
    clock.advance(5 * 60_000);
    for (const page of pages) {
      clock.advance(400); // the person, too, stays within Notion's rate
      await person().pages.update({ page_id: page.id, properties: { Done: { checkbox: true } } });
    }
    clock.advance(60_000);
    const pulled = await sync();
    expect(pulled.code).toBe(0);
    expect(counter(pulled).queryPages).toBeLessThanOrEqual(Math.ceil(30 / 100) + 3);
    expect(pulled.out).toContain('brought 30 changes from Notion into the notes');
    const ticks = Object.keys(notes).reduce((sum, f) => sum + (vault.read(f).match(/- \[x\]/g) ?? []).length, 0);
    expect(ticks).toBe(30);
    const after = await sync();
    expect(counter(after).writes).toBe(0);
  });
});
