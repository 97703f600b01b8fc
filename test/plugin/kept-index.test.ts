// The plugin keeps its index between launches (IndexedDB, here the fake that
// test/plugin/index-store.test.ts holds to Chromium's): a second launch reads no
// note that is as it was, reads again the one that changed, and reads every note
// again when the settings change what a note means. What it shows is what a
// launch that reads every note shows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App as ObsidianApp } from 'obsidian';
import { App } from '../obsidian-fake/obsidian.js';
import { fakeIndexedDB } from '../obsidian-fake/indexeddb.js';
import { readKept } from '../../core/index.js';
import { indexedDbStore } from '../../obsidian-plugin/index-store.js';
import { TestPlugin, dana, exampleVault, manifest, marcus, openNote, readVault } from './harness.js';

const host = window as unknown as { indexedDB: IDBFactory | undefined };
let saved: IDBFactory | undefined;
beforeEach(() => {
  saved = host.indexedDB;
  host.indexedDB = fakeIndexedDB();
});
afterEach(() => {
  host.indexedDB = saved;
});

/** Launch the plugin on these notes; count the notes it reads until its index is ready (and after, in `reads`). */
async function launch(
  notes: Record<string, string>,
  data?: unknown,
  options: { version?: string; before?: (app: App) => void } = {},
): Promise<{ app: App; plugin: TestPlugin; reads: string[] }> {
  const app = App.withNotes(notes);
  if (data !== undefined) app.pluginData.set(manifest.id, JSON.stringify(data));
  options.before?.(app);
  const reads: string[] = [];
  const cachedRead = app.vault.cachedRead.bind(app.vault);
  app.vault.cachedRead = (file) => (reads.push(file.path), cachedRead(file));
  const plugin = new TestPlugin(app as unknown as ObsidianApp, { ...manifest, version: options.version ?? manifest.version });
  await Promise.resolve(plugin.load() as unknown);
  app.workspace.setLayoutReady();
  await vi.waitFor(() => {
    if (!plugin.index.isReady) throw new Error('the index is not ready');
  });
  return { app, plugin, reads };
}

/** The index as this device's IndexedDB keeps it (the plugin names the database after the vault). */
const keptStore = () => {
  const store = indexedDbStore(host.indexedDB, 'follow-through/index/vault');
  if (!store) throw new Error('no IndexedDB');
  return store;
};

/** What the side view shows: the whole vault, then one note (open in the editor). */
async function viewed(launched: { app: App; plugin: TestPlugin }): Promise<string[]> {
  await openNote(launched.app, dana);
  const view = await launched.plugin.openView('vault');
  if (!view) throw new Error('the view did not open');
  const vault = view.contentEl.textContent ?? '';
  view.setScope('note');
  return [vault, view.contentEl.textContent ?? ''];
}

/** What the plugin shows of every note: its readings and tracking, without the note's places (not kept). */
function shown(plugin: TestPlugin): unknown {
  return plugin.index.tracked().map((t) => ({ file: t.file, meta: t.note.meta, commitments: t.note.commitments, diagnostics: t.note.diagnostics, tracking: [...t.tracking] }));
}

/** Wait until the first launch has written its index (it does so just after it is ready). */
async function kept(plugin: TestPlugin): Promise<void> {
  plugin.unload(); // writes what waits
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("the plugin's index kept between launches", () => {
  it('should read no unchanged note on the next launch, and show the same', async () => {
    const notes = readVault(exampleVault);
    const first = await launch(notes);
    expect(first.reads.length).toBeGreaterThan(3);
    const before = shown(first.plugin);
    await kept(first.plugin);
    const second = await launch(notes);
    expect(second.reads).toEqual([]);
    expect(shown(second.plugin)).toEqual(before);
  });

  it('should read again only a note that changed between launches', async () => {
    const notes = readVault(exampleVault);
    const first = await launch(notes);
    await kept(first.plugin);
    const changed = { ...notes, [dana]: (notes[dana] ?? '').replace('two potential clients', 'three potential clients') };
    const second = await launch(changed);
    expect(second.reads).toEqual([dana]);
    expect(JSON.stringify(shown(second.plugin))).toContain('three potential clients');
    host.indexedDB = fakeIndexedDB(); // a device that kept nothing
    const unkept = await launch(changed);
    expect(shown(second.plugin)).toEqual(shown(unkept.plugin));
  });

  it('should read every note again when the settings change how notes read', async () => {
    const notes = readVault(exampleVault);
    const first = await launch(notes);
    await kept(first.plugin);
    const second = await launch(notes, { weekStart: 'sunday' });
    expect(second.reads.sort()).toEqual(first.reads.sort());
  });

  it('should show in the side view, from the kept heads and bodies read when asked for, what reading every note shows', async () => {
    const notes = readVault(exampleVault);
    const first = await launch(notes);
    await kept(first.plugin);
    const second = await launch(notes);
    expect(second.reads).toEqual([]);
    // Each note's reading, taken when first asked for, is the kept record's whole reading.
    const records = await keptStore().load();
    const withCommitments = [...records.values()].filter((r) => r.kept && readKept(r.kept).commitments.length > 0);
    expect(withCommitments.length).toBeGreaterThan(3);
    expect(new Set(second.plugin.index.notes.keys())).toEqual(new Set(withCommitments.map((r) => r.path)));
    for (const record of withCommitments) expect(second.plugin.index.notes.get(record.path)?.note).toEqual(readKept(record.kept!));
    host.indexedDB = fakeIndexedDB(); // a device that kept nothing: every note read
    const unkept = await launch(notes);
    expect(unkept.reads.length).toBeGreaterThan(3);
    expect(await viewed(second)).toEqual(await viewed(unkept));
    expect(second.reads).toEqual([]);
  });

  it('should read again a note whose size or modified time changed, and every note for another version of the plugin', async () => {
    const notes = readVault(exampleVault);
    const first = await launch(notes);
    await kept(first.plugin);
    // The same text with another time, and another size with the same time: both read again.
    const touched = await launch(notes, undefined, {
      before: (app) => {
        const d = app.vault.getFileByPath(dana);
        const m = app.vault.getFileByPath(marcus);
        if (!d || !m) throw new Error('no such note');
        d.stat = { ...d.stat, mtime: d.stat.mtime + 1 };
        m.stat = { ...m.stat, size: m.stat.size + 1 };
      },
    });
    expect(touched.reads.sort()).toEqual([dana, marcus].sort());
    await kept(touched.plugin);
    const other = await launch(notes, undefined, { version: `${manifest.version}-next` });
    expect(other.reads.sort()).toEqual(first.reads.sort());
  });

  it('should pass over a damaged record and keep the note again: a head at once, a body when the note is first asked for', async () => {
    const notes = readVault(exampleVault);
    const first = await launch(notes);
    const expected = await viewed(first);
    await kept(first.plugin);
    const records = await keptStore().load();
    const damage = (path: string, part: 'head' | 'body') => {
      const record = records.get(path);
      if (!record?.kept) throw new Error(`nothing kept for ${path}`);
      return { ...record, kept: { ...record.kept, [part]: record.kept[part].slice(0, -3) } };
    };
    await keptStore().update([damage(dana, 'body'), damage(marcus, 'head')], []);
    const second = await launch(notes);
    expect(second.reads).toEqual([marcus]); // the head is read for every note; the body only when asked for
    expect(second.plugin.index.notes.has(dana)).toBe(true);
    void second.plugin.index.notes.get(dana)?.note; // asked for: the damaged body is found, and the note read again
    await vi.waitFor(() => expect(second.reads).toEqual([marcus, dana]));
    await vi.waitFor(() => expect(JSON.stringify(shown(second.plugin))).toEqual(JSON.stringify(shown(first.plugin))));
    expect(await viewed(second)).toEqual(expected);
    await kept(second.plugin);
    const third = await launch(notes);
    expect(third.reads).toEqual([]); // both kept again
    expect(await viewed(third)).toEqual(expected);
  });
});
