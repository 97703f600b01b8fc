// The plugin as a user installs it: the built main.js (minified, tree-shaken,
// the Notion SDK cut down) must do what the source does. Tree shaking drops
// code the bundler believes unused (core's schemas are marked pure for it); if
// it ever drops something used, this test sees it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App as ObsidianApp } from 'obsidian';
import * as obsidian from 'obsidian';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../obsidian-fake/load-bundle.js';
import { App, type Plugin } from '../obsidian-fake/obsidian.js';
import type { IndexedNote } from '../../obsidian-plugin/vault-index.js';
import { expectApproved, notesText } from '../support/approval.js';
import { exampleVault, manifest, readVault, root, start } from './harness.js';

interface BuiltPlugin extends Plugin {
  index: { isReady: boolean; notes: Map<string, IndexedNote> };
}
type BuiltClass = new (app: ObsidianApp, manifest: typeof import('./harness.js').manifest) => BuiltPlugin;

let out = '';
let Built: BuiltClass;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'follow-through-built-'));
  const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'plugin'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FT_PLUGIN_OUT: out },
  });
  if (build.status !== 0) throw new Error(`could not build the plugin:\n${build.stderr}`);
  Built = loadBundle<BuiltClass>(path.join(out, 'main.js'), obsidian, root);
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** What the index knows of each note, in a form two plugins can be compared by. */
function indexed(notes: Map<string, IndexedNote>): unknown {
  return [...notes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([notePath, { note }]) => ({
      notePath,
      meta: note.meta,
      diagnostics: note.diagnostics.map((d) => d.code),
      commitments: note.commitments.map((c) => ({ id: c.id, intention: c.intention, trigger: c.trigger, cadence: c.cadence, findings: c.findings.map((f) => f.code) })),
    }));
}

describe('the built plugin', () => {
  it('should leave out the quick paths only the command line needs, whose patterns the source holds', () => {
    const built = readFileSync(path.join(out, 'main.js'), 'utf8');
    const quick = [
      ['core/markdown/emphasis.ts', String.raw`(?![\s#>|=+\-\d*])`],
      ['core/simple-yaml.ts', String.raw`^([A-Za-z][\w-]*):`],
      ['core/todo-apart.ts', String.raw`|i'll|i will|i'm going)\b`],
    ];
    for (const [file, pattern] of quick) {
      expect(readFileSync(path.join(root, file ?? ''), 'utf8')).toContain(pattern);
      expect(built).not.toContain(pattern);
    }
  });

  it("should leave out micromark's blocks the core's parser turns off", () => {
    const built = readFileSync(path.join(out, 'main.js'), 'utf8');
    // Token names only those constructs make (esbuild.micromark.mjs cuts them; the reading stays, see bundle-micromark.test.ts).
    for (const token of ['atxHeadingSequence', 'thematicBreakSequence', 'blockQuoteMarker', 'setextHeadingLineSequence', 'htmlFlowData', 'codeFencedFenceSequence']) expect(built).not.toContain(token);
    // What stays: inline Markdown (emphasis, links, code spans, HTML in a line).
    for (const token of ['attentionSequence', 'labelLink', 'codeTextSequence', 'htmlTextData']) expect(built).toContain(token);
  });

  it('should index the example vault and track it exactly as the source does', async () => {
    const source = await start({ today: '2026-11-25' });

    const app = App.withNotes(readVault(exampleVault));
    // The same clock as the source plugin's tests: now() is the seam main.ts offers.
    const Fixed = class extends (Built as unknown as new (...args: unknown[]) => BuiltPlugin) {
      now(): Date {
        return new Date(2026, 10, 25, 9, 30);
      }
    };
    const built = new Fixed(app, manifest);
    await Promise.resolve(built.load() as unknown);
    app.workspace.setLayoutReady();
    await vi.waitFor(() => {
      if (!built.index.isReady) throw new Error('the index is not ready');
    });

    const seen = indexed(built.index.notes);
    expect(seen).toEqual(indexed(source.plugin.index.notes));
    // Not an empty comparison: the example vault's notes, with the frontmatter enums read (Marcus asked for direct prompts).
    expect(JSON.stringify(seen)).toContain('"ifMissed":"direct"');
    expect(built.index.notes.size).toBeGreaterThanOrEqual(3);
    // The source reads "write down **three** package prices" with core's quick reader of `*` pairs; the built plugin,
    // without it (esbuild.config.mjs), with micromark: the same words.
    expect(JSON.stringify(seen)).toContain('write down three package prices');

    expect(await app.commands.executeCommandById('follow-through:track-vault')).toBe(true);
    expect(await source.app.commands.executeCommandById('follow-through:track-vault')).toBe(true);
    const after = async (a: App): Promise<Record<string, string>> => {
      const texts: Record<string, string> = {};
      for (const file of a.vault.getMarkdownFiles()) texts[file.path] = await a.vault.read(file);
      return texts;
    };
    const builtTexts = await after(app);
    expect(builtTexts).toEqual(await after(source.app));
    expect(builtTexts).not.toEqual(readVault(exampleVault));
    // And both as approved: the same file the source plugin's command test holds its first run to.
    expectApproved('plugin-vault-tracked-2026-11-25.md', notesText(builtTexts));
    built.unload();
    source.plugin.unload();
  }, 60_000);
});
