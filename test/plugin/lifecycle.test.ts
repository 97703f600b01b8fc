// @vitest-environment happy-dom
// Loading registers only; unloading removes every handler, timer, interval, DOM listener and registration.
import { describe, expect, it, vi } from 'vitest';
import { reachableListeners } from '../obsidian-fake/dom.js';
import type { App } from '../obsidian-fake/obsidian.js';
import type { App as ObsidianApp } from 'obsidian';
import { type Component, App as FakeApp } from '../obsidian-fake/obsidian.js';
import { TestPlugin, dana, exampleVault, fileAt, manifest, openNote, readVault, textOf } from './harness.js';

function census(app: App) {
  return {
    vaultHandlers: app.vault.handlerCount(),
    cacheHandlers: app.metadataCache.handlerCount(),
    workspaceHandlers: app.workspace.handlerCount(),
    commands: Object.keys(app.commands.commands).length,
    viewTypes: app.workspace.viewTypeCount,
    editorExtensions: app.workspace.editorExtensions.length,
    codeBlocks: app.codeBlockProcessors.size,
    settingTabs: app.settingTabs.length,
    ribbonIcons: app.workspace.ribbonEl.childElementCount,
    domListeners: reachableListeners().length,
  };
}

describe('the plugin’s lifecycle', () => {
  it('should only register in onload, and index when the layout is ready', async () => {
    const app = FakeApp.withNotes(readVault(exampleVault));
    const plugin = new TestPlugin(app as unknown as ObsidianApp, manifest);
    await Promise.resolve(plugin.load() as unknown); // the fake's load returns Obsidian's loading promise
    expect(app.vault.handlerCount() + app.metadataCache.handlerCount()).toBe(0);
    expect(plugin.index.isReady).toBe(false);
    expect(Object.keys(app.commands.commands)).toHaveLength(11);
    app.workspace.setLayoutReady();
    await vi.waitFor(() => expect(plugin.index.isReady).toBe(true));
    expect([...plugin.index.notes.keys()].sort()).toEqual([
      'clients/dana/2026-11-16 session.md',
      'clients/dana/2026-11-23 session.md',
      'clients/marcus/2026-11-20 session.md',
      'clients/priya/2026-11-24 session.md',
      'journal/2026-11-25.md',
    ]);
    plugin.unload();
  });

  it('should leave no listener, interval, timer or registration behind after unload', async () => {
    vi.useFakeTimers();
    try {
      const app = FakeApp.withNotes(readVault(exampleVault));
      await openNote(app, dana);
      const before = census(app);
      const timersBefore = vi.getTimerCount();

      const plugin = new TestPlugin(app as unknown as ObsidianApp, manifest);
      await Promise.resolve(plugin.load() as unknown); // the fake's load returns Obsidian's loading promise
      app.workspace.setLayoutReady();
      await vi.waitFor(() => expect(plugin.index.isReady).toBe(true));

      // Use everything: the view, a code block, the editor extension's host, a pending re-read.
      await plugin.openView('note');
      const block = app.renderCodeBlock('follow-through', 'vault', dana);
      await app.vault.process(fileAt(app, dana), (text) => `${text}\n`);
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBeGreaterThan(timersBefore); // the hourly interval and a pending re-read
      const loaded = census(app);
      expect(loaded.commands).toBe(11);
      expect(loaded.vaultHandlers).toBeGreaterThan(before.vaultHandlers);
      expect(loaded.cacheHandlers).toBe(1);
      expect(loaded.domListeners).toBeGreaterThan(before.domListeners);

      block.unload();
      plugin.unload();
      await vi.advanceTimersByTimeAsync(0); // views close asynchronously (onClose is async)
      expect(census(app)).toEqual(before);
      expect(vi.getTimerCount()).toBe(timersBefore);
      expect((plugin as unknown as Component).pendingCleanups).toBe(0);
      expect(app.workspace.getLeavesOfType('follow-through-view')).toHaveLength(0);

      // Nothing runs after unload: a change to a note starts no timer.
      await app.vault.modify(fileAt(app, dana), `${await textOf(app, dana)}\n`);
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBe(timersBefore);
    } finally {
      vi.useRealTimers();
    }
  });
});
