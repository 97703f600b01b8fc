// The plugin's start-up in the test fake of Obsidian's API, in its own Node
// process with a happy-dom DOM: the BUILT bundle (dist/follow-through/main.js)
// is loaded as Obsidian loads it, as CommonJS whose `require('obsidian')` gets
// the fake. run.ts bundles this file with esbuild ('obsidian' → the fake) and
// starts it: `node plugin-onload.mjs VAULT_DIR REPS`; it prints one JSON line.
import './dom-globals.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as obsidian from 'obsidian';
import { installDomHelpers } from '../test/obsidian-fake/dom.js';
import { loadBundle } from '../test/obsidian-fake/load-bundle.js';
import { App, type Plugin, type PluginManifest, type TFile } from '../test/obsidian-fake/obsidian.js';
import { domWindow } from './dom-globals.js';
import { fakeIndexedDB } from '../test/obsidian-fake/indexeddb.js';
import { readNoteTexts } from '../cli/vault.js';

export interface OnloadResult {
  notes: number;
  megabytes: number;
  onloadMs: number[];
  /** Vault reads (read, cachedRead, process, adapter.read) while onload ran, per repetition. */
  readsDuringOnload: number[];
  /** After the layout is ready, on a device that kept nothing: until the index is ready, and the reads it made. */
  indexReadyMs: number;
  readsAfterLayoutReady: number;
  notesIndexed: number;
  /** The next launch on the same device (the index kept in its IndexedDB), median over the launches. */
  keptIndexReadyMs: number[];
  readsAfterLayoutReadyKept: number;
  notesIndexedKept: number;
}

type PluginClass = new (app: App, manifest: PluginManifest) => Plugin & { index?: { isReady: boolean; notes: Map<string, unknown> } };

const root = process.cwd();

/** Count every way the plugin could read a note's text. */
function countReads(app: App): { count: number } {
  const reads = { count: 0 };
  const vault = app.vault;
  const read = vault.read.bind(vault);
  const cachedRead = vault.cachedRead.bind(vault);
  const process = vault.process.bind(vault);
  const adapterRead = vault.adapter.read.bind(vault.adapter);
  vault.read = (file: TFile) => (reads.count++, read(file));
  vault.cachedRead = (file: TFile) => (reads.count++, cachedRead(file));
  vault.process = (file: TFile, fn: (data: string) => string) => (reads.count++, process(file, fn));
  vault.adapter.read = (p: string) => (reads.count++, adapterRead(p));
  return reads;
}

async function main(): Promise<void> {
  const [vaultDir, repsArg] = process.argv.slice(2);
  if (!vaultDir) throw new Error('usage: plugin-onload.mjs VAULT_DIR [REPS]');
  const reps = Number(repsArg ?? 15);
  installDomHelpers();
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as PluginManifest;
  const Plugin = loadBundle<PluginClass>(path.join(root, 'dist', 'follow-through', 'main.js'), obsidian, root);
  const notes = readNoteTexts(vaultDir);
  const bytes = Object.values(notes).reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  // Onload, again and again on one app: load, time it, count reads, unload.
  const app = App.withNotes(notes);
  const reads = countReads(app);
  const onloadMs: number[] = [];
  const readsDuringOnload: number[] = [];
  for (let i = 0; i < reps + 3; i++) {
    const plugin = new Plugin(app, manifest);
    reads.count = 0;
    const start = performance.now();
    await plugin.load();
    const ms = performance.now() - start;
    if (i >= 3) {
      onloadMs.push(ms); // the first three warm the JIT
      readsDuringOnload.push(reads.count);
    }
    plugin.unload();
  }

  // The layout becomes ready and the index reads what can hold commitments: first
  // on a device that kept nothing, then launch after launch on the same device,
  // whose IndexedDB (the test fake, in memory) kept what the first launch read.
  (domWindow as unknown as { indexedDB: IDBFactory }).indexedDB = fakeIndexedDB();
  const ready = App.withNotes(notes);
  ready.workspace.setLayoutReady();
  const readyReads = countReads(ready);
  const launch = async () => {
    const plugin = new Plugin(ready, manifest);
    readyReads.count = 0;
    const start = performance.now();
    await plugin.load(); // the layout is ready: the index starts at once
    while (!plugin.index?.isReady) {
      if (performance.now() - start > 120_000) throw new Error('the index was not ready within 2 minutes');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const ms = performance.now() - start;
    const read = readyReads.count;
    const indexed = plugin.index.notes.size;
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the index be written to the store
    plugin.unload();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms, read, indexed };
  };
  const first = await launch();
  const kept: Awaited<ReturnType<typeof launch>>[] = [];
  for (let i = 0; i < Math.max(3, Math.min(reps, 11)); i++) kept.push(await launch());
  const result: OnloadResult = {
    notes: Object.keys(notes).length,
    megabytes: bytes / 1e6,
    onloadMs,
    readsDuringOnload,
    indexReadyMs: first.ms,
    readsAfterLayoutReady: first.read,
    notesIndexed: first.indexed,
    keptIndexReadyMs: kept.map((k) => k.ms),
    readsAfterLayoutReadyKept: Math.max(...kept.map((k) => k.read)),
    notesIndexedKept: Math.min(...kept.map((k) => k.indexed)),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await domWindow.happyDOM.abort();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
