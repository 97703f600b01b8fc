// @vitest-environment happy-dom
// Every command of the real plugin, run in the fake Obsidian app on the example
// vault; tracking from Obsidian must write exactly what the CLI writes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readNotes } from '../../cli/notes.js';
import { trackAll } from '../../cli/track.js';
import { collectNotes } from '../../cli/vault.js';
import { commitmentTemplate } from '../../obsidian-plugin/actions.js';
import { FollowThroughView, VIEW_TYPE } from '../../obsidian-plugin/view.js';
import { MarkdownView, notices } from '../obsidian-fake/obsidian.js';
import { expectApproved, notesText } from '../support/approval.js';
import { type Started, dana, exampleVault, fileAt, marcus, openNote, practice, readVault, start, textOf, tick, vaultTexts } from './harness.js';

let started: Started | undefined;
let folder = '';

beforeEach(() => {
  notices.length = 0;
  folder = mkdtempSync(path.join(tmpdir(), 'follow-through-plugin-'));
  cpSync(exampleVault, folder, { recursive: true });
});

afterEach(() => {
  started?.plugin.unload();
  started = undefined;
  rmSync(folder, { recursive: true, force: true });
});

/** Track the copy on disk with the command line's own code, for a day. */
function cliTrack(today: string): void {
  const summary = trackAll(readNotes(collectNotes([folder], folder), () => undefined), today, false);
  expect(summary.skipped).toEqual([]);
}

/** Tick an item in both copies: the fake vault (through process, as an edit would) and the folder on disk. */
async function tickBoth(s: Started, notePath: string, blockId: string): Promise<void> {
  await s.app.vault.process(fileAt(s.app, notePath), (text) => tick(text, blockId));
  const disk = path.join(folder, notePath);
  writeFileSync(disk, tick(readFileSync(disk, 'utf8'), blockId));
}

async function run(s: Started, id: string): Promise<boolean> {
  return s.app.commands.executeCommandById(`follow-through:${id}`);
}

async function expectSameAsCli(s: Started, paths = Object.keys(readVault(folder))): Promise<void> {
  for (const notePath of paths) {
    expect(await textOf(s.app, notePath), notePath).toBe(readFileSync(path.join(folder, notePath), 'utf8'));
  }
}

describe('commands in the fake app', () => {
  it('should register every command with a stable id, sentence case and no default hotkeys', async () => {
    started = await start();
    const commands = Object.values(started.app.commands.commands);
    expect(commands.map((c) => c.id).sort()).toEqual(
      ['check-note', 'copy-weekly-message', 'insert-review', 'insert-template', 'open-view', 'repair-notion', 'sync-notion', 'track-note', 'track-vault', 'untrack-note', 'write-prompts']
        .map((id) => `follow-through:${id}`)
        .sort(),
    );
    for (const c of commands) {
      expect(c.hotkeys).toBeUndefined();
      const rest = c.name.replace(/^Follow Through: /, '').replace('Follow Through', 'follow through').replace('Notion', 'notion').slice(1);
      expect(rest, c.id).toBe(rest.toLowerCase());
    }
  });

  it('should offer the note commands only when a note is open', async () => {
    started = await start();
    expect(started.app.commands.isAvailable('follow-through:check-note')).toBe(false);
    expect(started.app.commands.isAvailable('follow-through:insert-template')).toBe(false);
    await openNote(started.app, dana);
    expect(started.app.commands.isAvailable('follow-through:check-note')).toBe(true);
    expect(started.app.commands.isAvailable('follow-through:insert-template')).toBe(true);
  });

  it('should say what the commitments in this note need, and open the view', async () => {
    started = await start({ open: dana });
    expect(await run(started, 'check-note')).toBe(true);
    await vi.waitFor(() => expect(notices).toEqual(['3 commitments · 2 strong as written · 3 ideas to make them stronger']));
    await vi.waitFor(() => expect(started?.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1));
  });

  it('should explain how to start when the note holds no commitments', async () => {
    started = await start({ open: practice });
    await run(started, 'check-note');
    await vi.waitFor(() => expect(notices[0]).toMatch(/^No commitments in this note yet\./));
  });

  it('should track this note exactly as the command line does for the same day', async () => {
    started = await start({ open: dana, today: '2026-11-25' });
    const before = started.app.vault.writes.length;
    await run(started, 'track-note');
    await vi.waitFor(() => expect(notices).toEqual(['Updated 1 note: started 3 commitments, added 3 checklists.']));
    expect(started.app.vault.writes.slice(before)).toEqual([{ method: 'process', path: dana }]);
    cliTrack('2026-11-25');
    await expectSameAsCli(started, [dana]);
  });

  it('should leave a note that is not UTF-8 byte for byte, with a notice saying why (issue 12)', async () => {
    started = await start({ open: dana, today: '2026-11-25' });
    const file = fileAt(started.app, dana);
    // Dana's note saved as Latin-1: "é" is one byte, which Obsidian decodes to U+FFFD.
    const latin1 = Buffer.from((await textOf(started.app, dana)).replace('## Commitments', '## Commitments (Renée)'), 'latin1');
    started.app.vault.setBytes(file, latin1);
    const before = started.app.vault.writes.length;
    await run(started, 'track-note');
    await vi.waitFor(() => expect(notices.join('\n')).toContain('it is not valid UTF-8'));
    expect(started.app.vault.writes.length).toBe(before);
    expect(Buffer.from(await started.app.vault.readBinary(file)).equals(latin1)).toBe(true);
  });

  it('should leave a note without commitments alone when asked to track it', async () => {
    started = await start({ open: practice });
    const before = started.app.vault.writes.length;
    await run(started, 'track-note');
    await vi.waitFor(() => expect(notices[0]).toMatch(/^No commitments in this note yet\./));
    expect(started.app.vault.writes.length).toBe(before);
  });

  it('should track the whole vault byte for byte as the command line does, week after week', async () => {
    started = await start({ today: '2026-11-25' });
    await run(started, 'track-vault');
    expect(notices).toEqual(['Updated 4 notes: started 12 commitments, added 12 checklists.']);
    // The checklists as approved (the command line's are compared below, but both read with core).
    expectApproved('plugin-vault-tracked-2026-11-25.md', notesText(await vaultTexts(started.app)));
    cliTrack('2026-11-25');
    await expectSameAsCli(started);

    // A week later, with one thing done, both write the same new checklists and prompts.
    await tickBoth(started, dana, 'ft-16bh55-20261123-1');
    started.plugin.today = '2026-12-01';
    await run(started, 'track-vault');
    expect(notices[1]).toBe('Updated 4 notes: added 10 checklists, wrote 9 reflection prompts.');
    expectApproved('plugin-vault-tracked-2026-12-01.md', notesText(await vaultTexts(started.app)));
    cliTrack('2026-12-01');
    await expectSameAsCli(started);

    // Running it again changes nothing, in either.
    await run(started, 'track-vault');
    expect(notices[2]).toBe('Everything is up to date.');
  });

  it('should write reflection prompts for closed weeks without adding checklists', async () => {
    started = await start({ today: '2026-11-25' });
    await run(started, 'track-vault');
    started.plugin.today = '2026-12-01';
    const before = await textOf(started.app, dana);
    await run(started, 'write-prompts');
    // The journal note says if-missed: none, so it gets no prompt.
    expect(notices[1]).toBe('Updated 3 notes: wrote 10 reflection prompts.');
    const after = await textOf(started.app, dana);
    expect(after).toContain('> [!question] Week of 23 Nov · a week to look at');
    expect(after).not.toContain('Week of 30 Nov');
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('should copy the week’s message for this note’s client once a week has closed', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      started = await start({ open: dana, today: '2026-11-25' });
      await run(started, 'copy-weekly-message');
      expect(notices[0]).toMatch(/^No week has closed with tracking in it yet\./);
      expect(writeText).not.toHaveBeenCalled();

      await run(started, 'track-vault');
      await started.app.vault.process(fileAt(started.app, dana), (text) => tick(text, 'ft-16bh55-20261123-1'));
      started.plugin.today = '2026-12-01';
      await vi.waitFor(() => expect(started?.plugin.index.notes.get(dana)?.text).toContain('[x] Week of 23 Nov'));
      await run(started, 'copy-weekly-message');
      expect(writeText).toHaveBeenCalledTimes(1);
      const message = writeText.mock.calls[0]?.[0] ?? '';
      expect(message).not.toMatch(/Marcus|Priya/);
      expect(notices.at(-1)).toBe(`Copied: ${message}`);
      expectApproved('plugin-weekly-message.txt', `${message}\n`);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('should insert the next-session review at the cursor, keeping the rest of the note', async () => {
    started = await start({ open: dana, today: '2026-11-25' });
    await run(started, 'track-vault');
    const view = started.app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('no editor');
    await vi.waitFor(() => expect(view.editor.getValue()).toContain('^ft-16bh55'));
    const text = view.editor.getValue();
    const line = view.editor.lineCount() - 1;
    view.editor.setCursor({ line, ch: view.editor.getLine(line).length });
    expect(await run(started, 'insert-review')).toBe(true);
    const after = view.editor.getValue();
    expect(after.startsWith(text)).toBe(true);
    const review = after.slice(text.length);
    expect(review).toContain('Dana');
    expect(review).not.toContain('Marcus');
    expectApproved('plugin-review.md', review);
  });

  it('should insert a commitment template at the cursor', async () => {
    started = await start({ open: dana });
    const view = started.app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('no editor');
    const text = view.editor.getValue();
    view.editor.setCursor({ line: 2, ch: 0 });
    await run(started, 'insert-template');
    const lines = text.split('\n');
    expect(view.editor.getValue()).toBe([...lines.slice(0, 2), commitmentTemplate, ...lines.slice(2)].join('\n'));
    expect(view.editor.getCursor()).toEqual({ line: 3, ch: 0 });
  });

  it('should open the side view once, in the right sidebar, and bring it back when asked again', async () => {
    started = await start({ open: dana });
    await run(started, 'open-view');
    await vi.waitFor(() => expect(started?.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1));
    await run(started, 'open-view');
    await vi.waitFor(() => expect(started?.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1));
    const leaf = started.app.workspace.getLeavesOfType(VIEW_TYPE)[0];
    expect(leaf?.side).toBe('right');
    expect(leaf?.view).toBeInstanceOf(FollowThroughView);
  });

  it('should open the view from the ribbon icon', async () => {
    started = await start({ open: dana });
    const icon = started.app.workspace.ribbonEl.querySelector<HTMLElement>('[aria-label="Open Follow Through"]');
    icon?.click();
    await vi.waitFor(() => expect(started?.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1));
  });

  it('should open a commitment’s note at its line when asked', async () => {
    started = await start({ open: dana });
    await started.plugin.openAt(marcus, 30);
    const view = started.app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.file?.path).toBe(marcus);
    expect(started.app.workspace.getLeaves().filter((l) => l.side === 'main')).toHaveLength(1);
    expect(view?.leaf.eState).toEqual({ line: 29 });
    expect(view?.editor.getCursor()).toEqual({ line: 29, ch: 0 });
  });
});
