// @vitest-environment happy-dom
// The side view, the code block and the settings tab, drawn by the real plugin in happy-dom.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseNote } from '../../core/index.js';
import { parseOptions } from '../../obsidian-plugin/vault-index.js';
import type { FollowThroughView } from '../../obsidian-plugin/view.js';
import { MarkdownView, notices } from '../obsidian-fake/obsidian.js';
import { type Started, dana, fileAt, marcus, openNote, practice, start, textOf, tick } from './harness.js';

let started: Started | undefined;

beforeEach(() => {
  notices.length = 0;
});

afterEach(() => {
  vi.useRealTimers();
  started?.plugin.unload();
  started = undefined;
});

async function openView(s: Started, scope: 'note' | 'vault' = 'note'): Promise<FollowThroughView> {
  const view = await s.plugin.openView(scope);
  if (!view) throw new Error('the view did not open');
  return view;
}

const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('the side view', () => {
  it('should show this period’s progress, the strip and the findings of each commitment', async () => {
    started = await start({ open: marcus, today: '2026-11-25' });
    await started.app.commands.executeCommandById('follow-through:track-vault');
    await started.app.vault.process(fileAt(started.app, marcus), (text) => tick(text, 'ft-7oer6q-20261122-1'));
    const view = await openView(started);
    const root = view.contentEl;
    await vi.waitFor(() => expect(texts(root, '.ft-progress-text')[0]).toBe('1 of 2 · Week of 22 Nov'));

    const note = parseNote(await textOf(started.app, marcus), parseOptions(started.plugin.settings));
    expect(texts(root, '.ft-commitment-title')).toEqual(note.commitments.map((c) => c.intention ?? c.text));
    expect(texts(root, '.ft-finding-message')).toEqual(note.commitments.flatMap((c) => c.findings.map((f) => f.message)));
    expect(texts(root, '.ft-finding-suggestion')).toEqual(note.commitments.flatMap((c) => c.findings.map((f) => f.suggestion)));
    expect(root.querySelector('.ft-note-meta')?.textContent).toBe('Marcus · next session Fri 4 Dec');
    // Tracking ends the day before the next session, and the view says so.
    expect(texts(root, '.ft-until')[0]).toBe('until Thu 3 Dec');

    const cells = [...root.querySelectorAll('.ft-cell')];
    expect(cells[0]?.getAttribute('aria-label')).toBe('Week of 22 Nov: 1 of 2 so far');
    expect(cells[0]?.getAttribute('role')).toBe('listitem');
    const bar = root.querySelector('[role="progressbar"]');
    expect([bar?.getAttribute('aria-valuenow'), bar?.getAttribute('aria-valuemax')]).toEqual(['1', '2']);
  });

  it('should mark closed weeks in the strip and show a pattern badge after two missed weeks', async () => {
    started = await start({ open: marcus, today: '2026-11-25' });
    await started.app.commands.executeCommandById('follow-through:track-vault');
    started.plugin.today = '2026-12-01';
    await started.app.commands.executeCommandById('follow-through:track-vault');
    started.plugin.today = '2026-12-07';
    const view = await openView(started);
    const root = view.contentEl;
    const expected = started.plugin.index.tracked().find((t) => t.file === marcus);
    const patterns = [...(expected?.tracking.values() ?? [])].filter((t) => t.pattern).length;
    expect(patterns).toBeGreaterThan(0);
    const badges = [...root.querySelectorAll('.ft-badge-pattern')];
    expect(badges).toHaveLength(patterns);
    expect(badges[0]?.textContent).toBe('worth a chat');
    expect(root.querySelector('.ft-cell')?.getAttribute('aria-label')).toBe('Week of 22 Nov: 0 of 2, not this time');
    expect(root.querySelector('.ft-cell')?.textContent).toBe('○');
  });

  it('should group every client in the vault view', async () => {
    started = await start({ open: dana });
    const view = await openView(started, 'vault');
    expect(texts(view.contentEl, '.ft-client-name')).toEqual(['2026-11-25', 'Dana', 'Marcus', 'Priya']);
    expect(view.contentEl.querySelector('.ft-tab.is-active')?.textContent).toBe('All clients');
  });

  it('should show the empty state, whose button inserts a template into the open note', async () => {
    started = await start({ open: practice });
    const view = await openView(started);
    const empty = view.contentEl.querySelector('.ft-empty');
    expect(empty?.querySelectorAll('p')).toHaveLength(2);
    const button = empty?.querySelector('button');
    expect(button?.textContent).toBe('Insert a commitment template');
    button?.click();
    const editor = started.app.workspace.getLeavesOfType('markdown')[0]?.view;
    expect(editor).toBeInstanceOf(MarkdownView);
    expect((editor as MarkdownView).editor.getValue()).toContain('- I will (what, and how much)');
    expect(notices).toEqual([]);
  });

  it('should update after a note changes in the vault, once the edits settle', async () => {
    started = await start({ open: dana, today: '2026-11-25' });
    await started.app.commands.executeCommandById('follow-through:track-vault');
    const view = await openView(started);
    const root = view.contentEl;
    expect(texts(root, '.ft-progress-text')[0]).toBe('0 of 1 · Week of 23 Nov');

    vi.useFakeTimers();
    await started.app.vault.modify(fileAt(started.app, dana), tick(await textOf(started.app, dana), 'ft-16bh55-20261123-1'));
    await vi.advanceTimersByTimeAsync(200);
    expect(texts(root, '.ft-progress-text')[0]).toBe('0 of 1 · Week of 23 Nov'); // still settling
    await vi.advanceTimersByTimeAsync(200);
    expect(texts(root, '.ft-progress-text')[0]).toBe('1 of 1 · Week of 23 Nov');
  });

  it('should follow renames and deletions', async () => {
    started = await start({ open: dana });
    const view = await openView(started, 'vault');
    await started.app.vault.rename(fileAt(started.app, marcus), 'clients/marcus/renamed.md');
    expect(started.plugin.index.notes.has('clients/marcus/renamed.md')).toBe(true);
    await started.app.vault.delete(fileAt(started.app, 'clients/marcus/renamed.md'));
    expect(texts(view.contentEl, '.ft-client-name')).toEqual(['2026-11-25', 'Dana', 'Priya']);
  });

  it('should follow the active note', async () => {
    started = await start({ open: dana });
    const view = await openView(started);
    expect(view.contentEl.querySelector('.ft-note-meta')?.textContent).toMatch(/^Dana/);
    await openNote(started.app, marcus);
    expect(view.contentEl.querySelector('.ft-note-meta')?.textContent).toMatch(/^Marcus/);
  });
});

describe('the code block', () => {
  it('should render this note, a client or the vault, and update live', async () => {
    started = await start({ today: '2026-11-25' });
    const note = started.app.renderCodeBlock('follow-through', '', dana);
    expect(note.el.querySelectorAll('.ft-commitment')).toHaveLength(3);
    const client = started.app.renderCodeBlock('follow-through', 'client: marcus', practice);
    expect(texts(client.el, '.ft-client-name')).toEqual(['Marcus']);
    const odd = started.app.renderCodeBlock('follow-through', 'everything please', practice);
    expect(odd.el.textContent).toContain('does not understand “everything please”');

    await started.app.commands.executeCommandById('follow-through:track-vault');
    expect(texts(note.el, '.ft-progress-text')).toContain('0 of 1 · Week of 23 Nov');
    for (const block of [note, client, odd]) block.unload();
  });
});

describe('the settings tab', () => {
  it('should describe every option, save changes and read the vault again', async () => {
    started = await start();
    const tab = started.app.settingTabs[0];
    if (!tab) throw new Error('no settings tab');
    tab.display();
    const items = [...tab.containerEl.querySelectorAll('.setting-item')];
    expect(items.length).toBe(14);
    for (const item of items) expect(item.querySelector('.setting-item-description')?.textContent?.length).toBeGreaterThan(20);

    // The tag setting is the second; a new tag changes what counts as a commitment.
    const settings = (tab as unknown as { containerEl: HTMLElement }).containerEl;
    expect(settings.querySelector('input')?.getAttribute('placeholder')).toBe('commitment');
    const input = settings.querySelector('input');
    if (!input) throw new Error('no tag input');
    input.value = '#promise';
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(started?.plugin.index.notes.has('journal/2026-11-25.md')).toBe(false));
    expect(JSON.parse(started.app.pluginData.get('follow-through') ?? '{}')).toMatchObject({ tag: 'promise' });
  });

  it('should read saved settings and ignore values of the wrong type', async () => {
    started = await start({ data: { tag: 42, weekStart: 'sunday', autoUpdate: 'yes' } });
    expect(started.plugin.settings).toMatchObject({ tag: 'commitment', weekStart: 'sunday', autoUpdate: false });
  });
});

