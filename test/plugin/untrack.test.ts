// @vitest-environment happy-dom
// The way out, in Obsidian (issue 12): the "Take Follow Through's lines out of
// this note" command shows the change first, writes nothing unless asked, and
// writes exactly what the command line's `untrack` writes (the same core code).
// Notes Follow Through may not write (read-only, not UTF-8) are left as they were,
// with a notice that says why.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readNotes } from '../../cli/notes.js';
import { trackAll } from '../../cli/track.js';
import { untrackAll } from '../../cli/untrack.js';
import { collectNotes } from '../../cli/vault.js';
import { Modal, notices } from '../obsidian-fake/obsidian.js';
import { type Started, dana, exampleVault, fileAt, practice, readVault, start, textOf } from './harness.js';

let started: Started | undefined;
let folder = '';

beforeEach(() => {
  notices.length = 0;
  Modal.opened.length = 0;
  folder = mkdtempSync(path.join(tmpdir(), 'follow-through-untrack-'));
  cpSync(exampleVault, folder, { recursive: true });
});

afterEach(() => {
  started?.plugin.unload();
  started = undefined;
  rmSync(folder, { recursive: true, force: true });
});

const diskNotes = () => readNotes(collectNotes([folder], folder), () => undefined);

async function run(s: Started, id: string): Promise<void> {
  expect(await s.app.commands.executeCommandById(`follow-through:${id}`)).toBe(true);
}

/** The dialog the command opened, once it is open. */
async function dialog(): Promise<Modal> {
  await vi.waitFor(() => expect(Modal.opened).toHaveLength(1));
  const modal = Modal.opened[0];
  if (!modal) throw new Error('no dialog');
  return modal;
}

/** Press a button of the dialog by its words, as a person does. */
async function press(modal: Modal, words: string): Promise<void> {
  const button = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === words);
  if (!button) throw new Error(`no button “${words}” in ${modal.contentEl.textContent ?? ''}`);
  button.click();
  await vi.waitFor(() => expect(Modal.opened).toHaveLength(0));
}

/** Track both copies for two weeks, then have the client tick one item and answer the prompt in both. */
async function trackedTwoWeeks(): Promise<Started> {
  const s = await start({ open: dana, today: '2026-11-25' });
  await run(s, 'track-vault');
  s.plugin.today = '2026-12-02';
  await run(s, 'track-vault');
  for (const today of ['2026-11-25', '2026-12-02']) expect(trackAll(diskNotes(), today, false).skipped).toEqual([]);
  const answer = (text: string) => text.replace('- [ ] ', '- [x] ').replace('- My answer:', '- My answer: Tuesdays are packed.');
  await s.app.vault.process(fileAt(s.app, dana), answer);
  const disk = path.join(folder, dana);
  writeFileSync(disk, answer(readFileSync(disk, 'utf8')));
  expect(await textOf(s.app, dana)).toBe(readFileSync(disk, 'utf8'));
  await vi.waitFor(() => expect(s.plugin.index.notes.get(dana)?.text).toContain('Tuesdays are packed.'));
  return s;
}

describe('taking Follow Through’s lines out of a note, in Obsidian', () => {
  it('should show the change first and write nothing when cancelled', async () => {
    started = await trackedTwoWeeks();
    const before = await textOf(started.app, dana);
    const writes = started.app.vault.writes.length;
    await run(started, 'untrack-note');
    const modal = await dialog();
    const shown = modal.contentEl.textContent ?? '';
    expect(modal.titleEl.textContent).toBe('Take Follow Through’s lines out of “2026-11-23 session”?');
    expect(shown).toMatch(/Takes out 3 ids, \d+ checklist items, \d+ reflection prompts?\. 1 answer stays as plain list items\./);
    // The change, as the command line shows it: the commitment loses its id, the answer stays in the client's words.
    expect(shown).toMatch(/-- I want to reach out .* \^ft-[a-z0-9]{6}\n\+- I want to reach out /);
    expect(shown).toContain('+  - Tuesdays are packed.');
    await press(modal, 'Cancel');
    expect(started.app.vault.writes.length).toBe(writes);
    expect(await textOf(started.app, dana)).toBe(before);
  });

  it('should write what the command line’s untrack writes, keeping every word the client wrote', async () => {
    started = await trackedTwoWeeks();
    await run(started, 'untrack-note');
    const writes = started.app.vault.writes.length;
    await press(await dialog(), 'Take them out');
    await vi.waitFor(() => expect(notices.at(-1)).toMatch(/^Took out 3 ids, \d+ checklist items, \d+ reflection prompts?\. 1 answer stays as plain list items\.$/));
    expect(started.app.vault.writes.slice(writes)).toEqual([{ method: 'process', path: dana }]);

    const cli = untrackAll(diskNotes().filter((n) => n.file.relative === dana), true);
    expect(cli.skipped).toEqual([]);
    expect(cli.notes).toBe(1);
    const after = await textOf(started.app, dana);
    expect(after).toBe(readFileSync(path.join(folder, dana), 'utf8'));
    // The note as it was before tracking, and the answer, where it was written.
    const original = readVault(exampleVault)[dana] ?? '';
    expect(after.split('\n').filter((l) => !original.split('\n').includes(l))).toEqual(['  - Tuesdays are packed.']);

    // Nothing is left to take out.
    await vi.waitFor(() => expect(started?.plugin.index.notes.get(dana)?.text).toBe(after));
    await run(started, 'untrack-note');
    await vi.waitFor(() => expect(notices.at(-1)).toBe('Follow Through has written nothing in this note: nothing to take out.'));
    expect(Modal.opened).toHaveLength(0);
  });

  it('should say there is nothing to take out of a note Follow Through never wrote in', async () => {
    started = await start({ open: practice });
    await run(started, 'untrack-note');
    await vi.waitFor(() => expect(notices).toEqual(['Follow Through has written nothing in this note: nothing to take out.']));
    expect(Modal.opened).toHaveLength(0);
  });

  it('should leave a note that is not UTF-8 byte for byte', async () => {
    started = await trackedTwoWeeks();
    const file = fileAt(started.app, dana);
    const latin1 = Buffer.from((await textOf(started.app, dana)).replace('## Commitments', '## Commitments (Renée)'), 'latin1');
    started.app.vault.setBytes(file, latin1);
    const writes = started.app.vault.writes.length;
    await run(started, 'untrack-note');
    await vi.waitFor(() => expect(notices.at(-1)).toContain('it is not valid UTF-8'));
    expect(Modal.opened).toHaveLength(0);
    expect(started.app.vault.writes.length).toBe(writes);
    expect(Buffer.from(await started.app.vault.readBinary(file)).equals(latin1)).toBe(true);
  });

  it('should leave a read-only note as it was and say so, when taking lines out and when tracking', async () => {
    started = await trackedTwoWeeks();
    const before = await textOf(started.app, dana);
    await run(started, 'untrack-note');
    const modal = await dialog();
    // Made read-only while the dialog is open: the write fails, and the notice says what to do.
    started.app.vault.readOnly.add(dana);
    await press(modal, 'Take them out');
    const readOnly = `Follow Through left “${dana}” as it was: it is read-only (or its folder is). Make it writable, then run this again.`;
    await vi.waitFor(() => expect(notices.at(-1)).toBe(readOnly));
    expect(await textOf(started.app, dana)).toBe(before);

    // Tracking the vault goes on past a read-only note that needs a new week, and names it. On 9 Dec Dana's
    // tracking has ended (her session was on the 7th), so her note has nothing to add: it is not written at all,
    // so not named; the journal's plan runs on, and the journal is read-only too.
    const journal = 'journal/2026-11-25.md';
    started.app.vault.readOnly.add(journal);
    const journalBefore = await textOf(started.app, journal);
    started.plugin.today = '2026-12-09';
    notices.length = 0;
    const writes = started.app.vault.writes.length;
    await run(started, 'track-vault');
    await vi.waitFor(() => expect(notices.at(-1)).toMatch(/Left 1 note as it was\.$/));
    expect(notices).toContain(readOnly.replace(dana, journal));
    expect(notices).not.toContain(readOnly);
    expect(await textOf(started.app, dana)).toBe(before);
    expect(await textOf(started.app, journal)).toBe(journalBefore);
    expect(started.app.vault.writes.length).toBe(writes);
  });

  it('should not write back a note that has nothing to add, so its modified time stays', async () => {
    started = await trackedTwoWeeks();
    const writes = started.app.vault.writes.length;
    notices.length = 0;
    await run(started, 'track-vault');
    await vi.waitFor(() => expect(notices.length).toBeGreaterThan(0));
    expect(started.app.vault.writes.length).toBe(writes);
  });

  it('should name a write that failed for another reason, with the vault’s words', async () => {
    started = await start({ open: dana, today: '2026-11-25' });
    vi.spyOn(started.app.vault, 'process').mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    await run(started, 'track-note');
    await vi.waitFor(() =>
      expect(notices).toEqual([`Follow Through could not write “${dana}”, so it is as it was: ENOSPC: no space left on device`, 'Left 1 note as it was.']),
    );
    expect(await textOf(started.app, dana)).toBe(readVault(exampleVault)[dana]);
  });
});
