// @vitest-environment happy-dom
// Notion from inside Obsidian: the real plugin in the fake app, the real
// @notionhq/client over real HTTP (the fake's requestUrl) against the local
// emulator. Settings → test connection → sync → a tick made "in Notion" →
// sync again → the note gets the tick, byte for byte as the command line writes it.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@notionhq/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readNotes } from '../../cli/notes.js';
import { trackAll } from '../../cli/track.js';
import { collectNotes } from '../../cli/vault.js';
import { type Emulator, startEmulator } from '../../notion-emulator/index.js';
import { requestUrlFetch } from '../../obsidian-plugin/request-fetch.js';
import { tokenSecretId } from '../../obsidian-plugin/notion.js';
import { FastClock, run } from '../notion-sync/support.js';
import { Setting, notices, requests } from '../obsidian-fake/obsidian.js';
import { type Started, dana, exampleVault, start, textOf } from './harness.js';

const today = '2026-11-25';
let started: Started | undefined;
let emulator: Emulator;
let clock: FastClock;
let folder = '';

beforeEach(async () => {
  notices.length = 0;
  requests.length = 0;
  clock = new FastClock();
  emulator = await startEmulator({ port: 0, rateLimit: false, clock: clock.now });
  folder = mkdtempSync(path.join(tmpdir(), 'follow-through-plugin-notion-'));
  cpSync(exampleVault, folder, { recursive: true });
});

afterEach(async () => {
  started?.plugin.unload();
  started = undefined;
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A person in Notion's app: their edits show them as `last_edited_by`. */
function person(e: Emulator): Client {
  return new Client({ auth: e.personToken, baseUrl: e.baseUrl, notionVersion: '2026-03-11', retry: false, fetch: requestUrlFetch });
}

/** A database made under the emulator's shared page, as `notion init` makes it (into a scratch folder). */
async function makeDatabase(e: Emulator, extra: string[] = []): Promise<{ databaseId: string; dataSourceId: string }> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'follow-through-init-'));
  try {
    const ran = await run('notion', ['init', '--parent', e.pageId, '--json', ...extra, scratch], { baseUrl: e.baseUrl, token: e.token }, clock, { fetch: requestUrlFetch });
    expect(ran.err).toBe('');
    return JSON.parse(ran.out) as { databaseId: string; dataSourceId: string };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The settings tab, displayed, and its settings by name. */
function settingsTab(s: Started): Map<string, Setting> {
  const tab = s.app.settingTabs[0];
  if (!tab) throw new Error('no settings tab');
  tab.display();
  const out = new Map<string, Setting>();
  for (const el of Array.from(tab.containerEl.querySelectorAll('.setting-item'))) {
    const setting = Setting.of(el);
    if (setting) out.set(setting.nameEl.getText(), setting);
  }
  return out;
}

function control(settings: Map<string, Setting>, name: string) {
  const setting = settings.get(name);
  const component = setting?.components[0];
  if (!component) throw new Error(`no setting “${name}”`);
  return component as { change(value: string): Promise<void>; getValue(): string };
}

/** Keep a token in Obsidian's keychain and choose it in the settings' secret picker, as a person does. */
async function chooseToken(s: Started, settings: Map<string, Setting>, token: string): Promise<void> {
  s.app.secretStorage.setSecret(tokenSecretId, token);
  await control(settings, 'Notion token').change(tokenSecretId);
}

async function click(settings: Map<string, Setting>, name: string, button = 0): Promise<void> {
  const found = settings.get(name)?.buttons[button];
  if (!found) throw new Error(`no button in “${name}”`);
  await found.click();
}

async function syncCommand(s: Started): Promise<string> {
  const before = notices.length;
  expect(await s.app.commands.executeCommandById('follow-through:sync-notion')).toBe(true);
  return notices.slice(before).join('\n');
}

/** Open check items in Notion, by key. */
async function openKeys(e: Emulator, dataSourceId: string): Promise<Map<string, string>> {
  const result = (await person(e).dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Done', checkbox: { equals: false } } })) as unknown as {
    results: Array<{ id: string; properties: { Key: { rich_text: Array<{ plain_text: string }> } } }>;
  };
  return new Map(result.results.map((p) => [p.properties.Key.rich_text.map((t) => t.plain_text).join(''), p.id]));
}

/** Start the plugin on the example vault, tracked for today, pointed at an emulator. */
async function startTracked(e: Emulator): Promise<Started> {
  const s = await start({ today });
  s.plugin.notionAt = { baseUrl: e.baseUrl, clock };
  await s.app.commands.executeCommandById('follow-through:track-vault');
  return s;
}

/** A database made as `notion init` makes it, changed in Notion by each of `changes` in turn, and the plugin set up to use it. */
async function brokenDatabase(
  changes: Record<string, unknown> | Array<Record<string, unknown>>,
  folders = '',
): Promise<{ dataSourceId: string; settings: Map<string, Setting>; s: Started }> {
  const { databaseId, dataSourceId } = await makeDatabase(emulator);
  for (const change of Array.isArray(changes) ? changes : [changes]) {
    await person(emulator).dataSources.update({ data_source_id: dataSourceId, properties: change as never });
  }
  const s = await startTracked(emulator);
  started = s;
  const settings = settingsTab(s);
  await chooseToken(s, settings, emulator.token);
  await control(settings, 'Notion database').change(databaseId);
  if (folders) await control(settings, 'Folders that sync').change(folders);
  return { dataSourceId, settings, s };
}

describe('Notion in the plugin', () => {
  it('should never run two syncs at once (two interval ticks), and show the progress of a long sync in a notice', async () => {
    const { databaseId, dataSourceId } = await makeDatabase(emulator);
    started = await startTracked(emulator);
    const settings = settingsTab(started);
    await chooseToken(started, settings, emulator.token);
    await control(settings, 'Notion database').change(databaseId);
    await control(settings, 'Folders that sync').change('/');
    const before = notices.length;
    const [first, second] = await Promise.all([started.plugin.notion.syncNow(false), started.plugin.notion.syncNow(true)]);
    expect(second).toBe('A sync with Notion is already running.');
    expect(first).toMatch(/Created \d+ rows\./);
    const rows = emulator.state.rows(dataSourceId).length;
    expect(rows).toBeGreaterThanOrEqual(5);
    expect(notices.slice(before).some((n) => new RegExp(`^Syncing with Notion… \\d+ of ${rows}$`).test(n))).toBe(true);
    expect(await started.plugin.notion.syncNow(true)).toMatch(/^Notion is up to date/);
    expect(emulator.state.rows(dataSourceId)).toHaveLength(rows);
  });

  it('should say, when an item failed, to run its own sync command again to finish, and then finish', async () => {
    const { databaseId, dataSourceId } = await makeDatabase(emulator);
    started = await startTracked(emulator);
    const settings = settingsTab(started);
    await chooseToken(started, settings, emulator.token);
    await control(settings, 'Notion database').change(databaseId);
    await control(settings, 'Folders that sync').change('clients/dana');
    emulator.script({ kind: 'status', status: 400, code: 'validation_error', message: 'body.properties.Item should be defined.', method: 'POST', path: '/v1/pages', times: 1 });
    const first = await syncCommand(started);
    expect(first).toMatch(/^Created \d+ rows, 1 item failed\. Run “Sync with Notion now” again to finish: what was done is kept\. First problem: Notion rejected the request: body\.properties\.Item should be defined\./);
    expect(first).not.toMatch(/(?<![\w-])--[a-z]|\brun sync\b|follow-through/i);
    const rows = emulator.state.rows(dataSourceId).length;
    expect(await syncCommand(started)).toMatch(/^Created 1 row, \d+ unchanged\.$/);
    expect(emulator.state.rows(dataSourceId)).toHaveLength(rows + 1);
  });

  it('should set up, test, sync, and pull a tick made in Notion into the note as the command line does', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const { databaseId, dataSourceId } = await makeDatabase(emulator);
    started = await startTracked(emulator);
    const { app, plugin } = started;
    const saved = vi.spyOn(plugin, 'saveData');
    requests.length = 0;

    // Nothing is sent until it is set up.
    expect(await syncCommand(started)).toContain('paste your integration’s secret');
    expect(requests).toEqual([]);

    let settings = settingsTab(started);
    await chooseToken(started, settings, emulator.token);
    expect(plugin.settings.notion.tokenSecret).toBe(tokenSecretId);
    await control(settings, 'Notion database').change(`https://www.notion.so/acme/Follow-Through-${databaseId.replace(/-/g, '')}?v=0123456789abcdef0123456789abcdef&pvs=4`);
    expect(await syncCommand(started)).toContain('Nothing syncs yet');
    await control(settings, 'Folders that sync').change('clients/dana\n');
    await click(settings, 'Test connection');
    expect(notices.at(-1)).toMatch(/^Connected to Notion as “.+”: “Follow Through” is shared with it and has everything the sync needs\.$/);

    // The token is never shown back, and never saved with the settings.
    settings = settingsTab(started);
    expect(control(settings, 'Notion token').getValue()).toBe(tokenSecretId);
    expect(settings.get('Notion token')?.descEl.getText()).toContain('A token is chosen');

    const first = await syncCommand(started);
    expect(first).toMatch(/Created \d+ rows\./);
    const keys = await openKeys(emulator, dataSourceId);
    expect(keys.size).toBeGreaterThan(0);
    expect([...keys.keys()].every((k) => /^ft-/.test(k))).toBe(true);
    expect(await syncCommand(started)).toMatch(/^Notion is up to date \(\d+ rows in step\)\.$/);

    // A tick in Notion, by a person; the next sync brings it into the note.
    const danaBefore = await textOf(app, dana);
    const [key, pageId] = [...keys].find(([k]) => danaBefore.includes(`^${k.split('/')[0]}`)) ?? [...keys][0] ?? [];
    if (!key || !pageId) throw new Error('no open item');
    await person(emulator).pages.update({ page_id: pageId, properties: { Done: { checkbox: true } } });
    clock.advance(2 * 60_000);
    const pulled = await syncCommand(started);
    expect(pulled).toMatch(/^Updated 1 row, brought 1 change from Notion into the notes/);
    const danaAfter = await textOf(app, dana);
    const [commitment = '', period = '', n = ''] = key.split('/');
    expect(danaAfter).toMatch(new RegExp(`^\\s*- \\[x\\] .*\\^${commitment}-${period}-${n}$`, 'm'));
    expect(danaBefore).toMatch(new RegExp(`^\\s*- \\[ \\] .*\\^${commitment}-${period}-${n}$`, 'm'));
    expect(app.vault.writes.filter((w) => w.path === dana).every((w) => w.method === 'process')).toBe(true);

    // Everything so far went through requestUrl, to the emulator only (the plugin's requests, and the person's).
    const sent = [...requests];

    // The command line, on the same vault on disk, with its own emulator and the same tick, writes the same bytes.
    const other = await startEmulator({ port: 0, rateLimit: false, clock: clock.now });
    try {
      const summary = trackAll(readNotes(collectNotes([folder], folder), () => undefined), today, false);
      expect(summary.skipped).toEqual([]);
      expect(readFileSync(path.join(folder, dana), 'utf8')).toBe(danaBefore);
      const env = { baseUrl: other.baseUrl, token: other.token };
      const made = await run('notion', ['init', '--parent', other.pageId, '--folder', 'clients/dana', '--json', folder], env, clock, { fetch: requestUrlFetch });
      const cliDatabase = JSON.parse(made.out) as { dataSourceId: string };
      const cliFirst = await run('sync', [folder, '--today', today], env, clock, { fetch: requestUrlFetch });
      expect(cliFirst.err).toBe('');
      expect(cliFirst.code).toBe(0);
      const cliPage = (await openKeys(other, cliDatabase.dataSourceId)).get(key);
      if (!cliPage) throw new Error(`the command line made no row ${key}`);
      await person(other).pages.update({ page_id: cliPage, properties: { Done: { checkbox: true } } });
      clock.advance(2 * 60_000);
      expect((await run('sync', [folder, '--today', today], env, clock, { fetch: requestUrlFetch })).code).toBe(0);
      expect(danaAfter).toBe(readFileSync(path.join(folder, dana), 'utf8'));
    } finally {
      await other.close();
    }

    // The state lives where the command line keeps it, through the adapter.
    const state = JSON.parse(await app.vault.adapter.read('.follow-through/notion.json')) as { targets: unknown[] };
    expect(state.targets).toEqual([{ folder: 'clients/dana', databaseId, dataSourceId }]);

    // Only requestUrl reached the network; the token never left secret storage.
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) expect(r).toMatch(new RegExp(`^(?:GET|POST|PATCH) ${emulator.baseUrl}/v1/\\S+ 200$`));
    expect(saved).toHaveBeenCalled();
    for (const call of saved.mock.calls) expect(JSON.stringify(call)).not.toContain(emulator.token);
    expect(app.pluginData.get('follow-through') ?? '').not.toContain(emulator.token);
    expect(notices.join('\n')).not.toContain(emulator.token);
    for (const spy of consoleSpies) for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain(emulator.token);
    expect(await app.vault.adapter.read('.follow-through/notion.json')).not.toContain(emulator.token);

    // Forgetting the token unlinks it (the keychain entry is the user's to delete).
    await click(settingsTab(started), 'Notion token');
    expect(plugin.settings.notion.tokenSecret).toBe('');
    expect(await syncCommand(started)).toContain('paste your integration’s secret');
  });

  it('should say in plain words what is wrong: a bad token, a page, a database not shared, Notion down', async () => {
    const { databaseId } = await makeDatabase(emulator);
    started = await startTracked(emulator);
    const settings = settingsTab(started);
    const test = async () => {
      await click(settings, 'Test connection');
      return notices.at(-1) ?? '';
    };
    expect(await test()).toContain('Paste your Notion integration’s secret');

    await chooseToken(started, settings, 'ntn_not_the_right_secret');
    await control(settings, 'Notion database').change(databaseId);
    expect(await test()).toMatch(/^Notion did not accept the token\. .*Settings → Follow Through → Notion\.$/);

    await chooseToken(started, settings, emulator.token);
    await control(settings, 'Notion database').change(emulator.pageId);
    expect(await test()).toContain('is a page, not a database');

    await control(settings, 'Notion database').change(databaseId);
    emulator.state.setShared(databaseId, false);
    expect(await test()).toMatch(/••• → Connections, add .+/);
    emulator.state.setShared(databaseId, true);
    expect(await test()).toContain('has everything the sync needs');

    await control(settings, 'Folders that sync').change('clients');
    emulator.script({ kind: 'status', status: 503, times: 50 });
    const down = await syncCommand(started);
    expect(down).toContain('Notion did not answer in time or is having trouble. Nothing was changed in your notes; try again in a few minutes.');
    expect(notices.join('\n')).not.toContain(emulator.token);
    expect(notices.join('\n')).not.toContain('ntn_not_the_right_secret');
  });

  it('should repair a database that lacks what the sync needs, from the settings or the palette, and then sync', async () => {
    // Someone tidied the database in Notion: two properties gone, the title column renamed.
    const { dataSourceId, settings, s } = await brokenDatabase({ Done: null, Reflection: null, Item: { name: 'Task' } }, 'clients/dana\n');

    await click(settings, 'Test connection');
    expect(notices.at(-1)).toContain('is missing what the sync needs');
    expect(notices.at(-1)).toContain('“Done” is missing');
    expect(notices.at(-1)).toContain('Run “Repair the Notion database”');
    expect(notices.at(-1)).not.toContain('follow-through notion');
    expect(await syncCommand(s)).toContain('Repair the Notion database');

    await click(settings, 'Repair database');
    const repaired = notices.at(-1) ?? '';
    expect(repaired).toMatch(/^Repaired “Follow Through”: .*“Done” is missing.*it has everything the sync needs now\.$/);
    const names = (emulator.state.dataSource(dataSourceId)?.properties ?? []).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Item', 'Done', 'Reflection']));
    expect(names).not.toContain('Task');

    // Again, from the palette: nothing left to do, and it says so.
    expect(await s.app.commands.executeCommandById('follow-through:repair-notion')).toBe(true);
    expect(notices.at(-1)).toBe('“Follow Through” already has everything the sync needs. Nothing was changed.');
    expect(await syncCommand(s)).toMatch(/Created \d+ rows\./);
  });

  it('should not touch a property of the wrong type, and say what to do in Notion', async () => {
    const { dataSourceId, settings } = await brokenDatabase({ Done: { rich_text: {} } });
    await click(settings, 'Repair database');
    expect(notices.at(-1)).toMatch(/^“Follow Through” needs a change only you can make in Notion: “Done” is a Text property; .*rename it in Notion/);
    expect(notices.at(-1)).not.toMatch(/check --repair|follow-through/);
    expect(emulator.state.dataSource(dataSourceId)?.properties.find((p) => p.name === 'Done')?.type).toBe('rich_text');
  });

  it('should finish a repair in one go when renaming the title column leaves a property to add', async () => {
    // The title column is called “Key”, the name of a property the sync also needs.
    const { dataSourceId, settings } = await brokenDatabase([{ Key: null }, { Item: { name: 'Key' } }]);
    await click(settings, 'Repair database');
    expect(notices.at(-1)).toMatch(/it has everything the sync needs now\.$/);
    const schema = emulator.state.dataSource(dataSourceId)?.properties ?? [];
    expect(schema.find((p) => p.name === 'Item')?.type).toBe('title');
    expect(schema.find((p) => p.name === 'Key')?.type).toBe('rich_text');
  });

  it('should repair what it can, and name what only a person can change, without a word of the command line', async () => {
    const { dataSourceId, settings, s } = await brokenDatabase({ Done: { rich_text: {} }, Reflection: null }, 'clients/dana\n');
    await click(settings, 'Test connection');
    const tested = notices.at(-1) ?? '';
    expect(tested).toContain('rename it in Notion');
    expect(tested).toContain('Run “Repair the Notion database”');
    const synced = await syncCommand(s);
    expect(synced).toContain('Once a property of the wrong type is renamed in Notion');
    await click(settings, 'Repair database');
    const repaired = notices.at(-1) ?? '';
    expect(repaired).toMatch(/^Repaired what could be repaired in “Follow Through”\. Still to do in Notion: “Done” is a Text property/);
    for (const text of [tested, synced, repaired]) expect(text).not.toMatch(/check --repair|follow-through notion|--database/);
    expect(emulator.state.dataSource(dataSourceId)?.properties.map((p) => p.name)).toContain('Reflection');
  });

  it('should sync in the background only when turned on, and stop when unloaded', async () => {
    started = await startTracked(emulator);
    const { plugin } = started;
    const set = vi.spyOn(window, 'setInterval');
    const cleared = vi.spyOn(window, 'clearInterval');
    expect(set.mock.calls.filter(([, ms]) => ms === 15 * 60_000)).toEqual([]);

    await control(settingsTab(started), 'Sync automatically').change('15');
    const at = set.mock.calls.findIndex(([, ms]) => ms === 15 * 60_000);
    expect(at).toBeGreaterThanOrEqual(0);
    const id = set.mock.results[at]?.value as number;
    expect(JSON.parse(started.app.pluginData.get('follow-through') ?? '{}')).toMatchObject({ notion: { intervalMinutes: 15 } });

    plugin.unload();
    expect(cleared).toHaveBeenCalledWith(id);
    started = undefined;
  });

  it('should never read a token from data.json, and keep the folders and clients it names', async () => {
    started = await start({ data: { notion: { token: 'ntn_pasted_by_hand', database: 'x', folders: ['a', 7], clients: ['Dana'], intervalMinutes: 3 } } });
    const { notion } = started.plugin.settings;
    expect(notion).toEqual({ database: 'x', folders: ['a'], clients: ['Dana'], intervalMinutes: 0, tokenSecret: 'follow-through-notion-token' });
    expect(started.plugin.notion.hasToken()).toBe(false);
  });
});
