// @vitest-environment happy-dom
// The fake itself behaves as Obsidian does where the plugin relies on it.
import { describe, expect, it, vi } from 'vitest';
import { App, MarkdownView, buildCache } from '../obsidian-fake/obsidian.js';

describe('the fake Obsidian app', () => {
  it('should write nothing and fire nothing when the function given to process throws', async () => {
    const app = App.withNotes({ 'a.md': 'one\n' });
    const file = app.vault.getFileByPath('a.md');
    if (!file) throw new Error('no file');
    const modified = vi.fn();
    app.vault.on('modify', modified);
    await expect(app.vault.process(file, () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(await app.vault.read(file)).toBe('one\n');
    expect(modified).not.toHaveBeenCalled();
    expect(app.vault.writes).toEqual([]);
  });

  it('should fire modify after the write, then update the cache and fire changed', async () => {
    const app = App.withNotes({ 'a.md': 'one\n' });
    const file = app.vault.getFileByPath('a.md');
    if (!file) throw new Error('no file');
    const seen: string[] = [];
    app.vault.on('modify', () => void app.vault.read(file).then((t) => seen.push(`modify ${t.trim()} cache:${app.metadataCache.getFileCache(file)?.headings?.length ?? 0}`)));
    app.metadataCache.on('changed', (_f, data, cache) => seen.push(`changed ${data.trim()} cache:${cache.headings?.length ?? 0}`));
    await app.vault.process(file, () => '# two\n');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual(['modify # two cache:0', 'changed # two cache:1']);
  });

  it('should build caches as Obsidian does: list parents, tasks, tags outside code, frontmatter', () => {
    const cache = buildCache('---\ntags: [a]\n---\n# Plans\n\n- [ ] do it #commitment ^id1\n  - child `#notatag`\n\n```\n#nope\n```\n#42 #yes\n');
    expect(cache.frontmatter).toEqual({ tags: ['a'] });
    expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([['Plans', 1, 3]]);
    expect(cache.listItems?.map((l) => [l.position.start.line, l.parent, l.task])).toEqual([
      [5, -5, ' '],
      [6, 5, undefined],
    ]);
    expect(cache.tags?.map((t) => [t.tag, t.position.start.line])).toEqual([
      ['#commitment', 5],
      ['#yes', 11],
    ]);
    expect(Object.keys(cache.blocks ?? {})).toEqual(['id1']);
  });

  it('should reload a clean editor when its note changes on disk', async () => {
    const app = App.withNotes({ 'a.md': 'one\n' });
    const file = app.vault.getFileByPath('a.md');
    if (!file) throw new Error('no file');
    await app.workspace.getLeaf(false).openFile(file);
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    await app.vault.modify(file, 'two\n');
    await vi.waitFor(() => expect(view?.editor.getValue()).toBe('two\n'));
  });
});
