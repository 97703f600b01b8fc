// The plugin keeps its index between launches (IndexedDB, here the fake that
// test/plugin/index-store.test.ts holds to Chromium's): a second launch reads no
// note that is as it was, reads again the one that changed, and reads every note
// again when the settings change what a note means. What it shows is what a
// launch that reads every note shows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App as ObsidianApp } from 'obsidian';
import { App } from '../obsidian-fake/obsidian.js';
import { fakeIndexedDB } from '../obsidian-fake/indexeddb.js';
import { TestPlugin, dana, exampleVault, manifest, readVault } from './harness.js';

const host = window as unknown as { indexedDB: IDBFactory | undefined };
let saved: IDBFactory | undefined;
beforeEach(() => {
  saved = host.indexedDB;
  host.indexedDB = fakeIndexedDB();
});
afterEach(() => {
  host.indexedDB = saved;
});

/** Launch the plugin on these notes; count the notes it reads until its index is ready. */
async function launch(notes: Record<string, string>, data?: unknown): Promise<{ plugin: TestPlugin; reads: string[] }> {
  const app = App.withNotes(notes);
  if (data !== undefined) app.pluginData.set(manifest.id, JSON.stringify(data));
  const reads: string[] = [];
  const cachedRead = app.vault.cachedRead.bind(app.vault);
  app.vault.cachedRead = (file) => (reads.push(file.path), cachedRead(file));
  const plugin = new TestPlugin(app as unknown as ObsidianApp, manifest);
  await Promise.resolve(plugin.load() as unknown);
  app.workspace.setLayoutReady();
  await vi.waitFor(() => {
    if (!plugin.index.isReady) throw new Error('the index is not ready');
  });
  return { plugin, reads };
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
});
