// Load the real plugin into the fake Obsidian app, on a copy of the example vault.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App as ObsidianApp, PluginManifest as ObsidianManifest } from 'obsidian';
import { vi } from 'vitest';
import FollowThroughPlugin from '../../obsidian-plugin/main.js';
import type { NotionEndpoint } from '../../obsidian-plugin/notion.js';
import { App, MarkdownView, type TFile } from '../obsidian-fake/obsidian.js';
import { readNoteTexts } from '../../cli/vault.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const exampleVault = path.join(root, 'examples', 'vault');
export const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as ObsidianManifest;

export const readVault = readNoteTexts;

/** The plugin with its clock set to a fixed day (the seam main.ts offers). */
export class TestPlugin extends FollowThroughPlugin {
  today = '2026-11-25';
  /** Where the plugin finds Notion: the local emulator, in tests that sync. */
  notionAt: NotionEndpoint = {};

  protected override notionEndpoint(): NotionEndpoint {
    return this.notionAt;
  }

  protected override now(): Date {
    const [y = 2026, m = 1, d = 1] = this.today.split('-').map(Number);
    return new Date(y, m - 1, d, 9, 30);
  }
}

export const dana = 'clients/dana/2026-11-23 session.md';
export const marcus = 'clients/marcus/2026-11-20 session.md';
export const practice = 'Coaching practice.md';

export interface Started {
  app: App;
  plugin: TestPlugin;
}

/** Open a note in the main area and make it active, as clicking it in the file explorer does. */
export async function openNote(app: App, notePath: string): Promise<MarkdownView> {
  const file = app.vault.getFileByPath(notePath);
  if (!file) throw new Error(`no note at ${notePath}`);
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file);
  if (!(leaf.view instanceof MarkdownView)) throw new Error('the leaf did not open a Markdown view');
  return leaf.view;
}

/** Load the plugin as Obsidian does: onload, then the layout becomes ready, then wait for the index. */
export async function start(
  options: { notes?: Record<string, string>; open?: string; today?: string; data?: unknown; files?: Record<string, string> } = {},
): Promise<Started> {
  const app = App.withNotes(options.notes ?? readVault(exampleVault));
  // Files Obsidian does not index (other plugins' settings under .obsidian/).
  for (const [file, text] of Object.entries(options.files ?? {})) {
    await app.vault.adapter.mkdir(file.split('/').slice(0, -1).join('/'));
    await app.vault.adapter.write(file, text);
  }
  if (options.data !== undefined) app.pluginData.set(manifest.id, JSON.stringify(options.data));
  if (options.open) await openNote(app, options.open);
  const plugin = new TestPlugin(app as unknown as ObsidianApp, manifest);
  if (options.today) plugin.today = options.today;
  await Promise.resolve(plugin.load() as unknown); // the fake's load returns Obsidian's loading promise
  app.workspace.setLayoutReady();
  await vi.waitFor(() => {
    if (!plugin.index.isReady) throw new Error('the index is not ready');
  });
  return { app, plugin };
}

/** A note's text in the fake vault. */
export async function textOf(app: App, notePath: string): Promise<string> {
  return app.vault.read(fileAt(app, notePath));
}

export function fileAt(app: App, notePath: string): TFile {
  const file = app.vault.getFileByPath(notePath);
  if (!file) throw new Error(`no note at ${notePath}`);
  return file;
}

/** Tick the checklist item with this block id. */
export function tick(text: string, blockId: string): string {
  const re = new RegExp(`- \\[ \\] (.*\\^${blockId})$`, 'm');
  if (!re.test(text)) throw new Error(`no open item ^${blockId}`);
  return text.replace(re, '- [x] $1');
}

/** Every Markdown note's text in the fake vault, by path. */
export async function vaultTexts(app: App): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const file of app.vault.getMarkdownFiles()) texts[file.path] = await app.vault.read(file);
  return texts;
}
