// @vitest-environment happy-dom
// The settings tab's Obsidian details: the token chosen in Obsidian's keychain,
// folders as the vault names them, and a destructive button styled as Obsidian asks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ButtonComponent as ObsidianButton } from 'obsidian';
import { ButtonComponent, SecretComponent, Setting, setApiVersion } from '../obsidian-fake/obsidian.js';
import { defaultMeta, ifMissedValues, weekStartValues } from '../../core/index.js';
import { DEFAULT_SETTINGS, defaultTokenSecret, markDestructive, readSettings, vaultFolders } from '../../obsidian-plugin/settings.js';
import { type Started, root, start } from './harness.js';

let started: Started | undefined;
afterEach(() => {
  started?.plugin.unload();
  started = undefined;
});

function settingsTab(s: Started): Map<string, Setting> {
  const tab = s.app.settingTabs[0];
  if (!tab) throw new Error('no settings tab');
  tab.display();
  const out = new Map<string, Setting>();
  for (const el of Array.from(tab.containerEl.querySelectorAll('.setting-item'))) {
    const setting = Setting.of(el);
    if (setting) out.set(setting.nameEl.getText(), setting);
  }
  return out;
}

/** Compare two versions written 1.2.3. */
function atLeast(version: string, than: string): boolean {
  const [a = [], b = []] = [version, than].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

describe('the note defaults in the settings', () => {
  it('should offer exactly core’s week starts and tones, and default to core’s note defaults', async () => {
    started = await start();
    const tab = settingsTab(started);
    const offered = (name: string) => Array.from(tab.get(name)?.controlEl.querySelectorAll('option') ?? []).map((o) => o.getAttribute('value'));
    expect(offered('First day of the week')).toEqual([...weekStartValues]);
    expect(offered('When a week slips')).toEqual([...ifMissedValues]);
    expect(DEFAULT_SETTINGS.weekStart).toBe(defaultMeta.weekStart);
    expect(DEFAULT_SETTINGS.ifMissed).toBe(defaultMeta.ifMissed);
  });

  it('should keep a saved week start and tone that core knows, and fall back for one it does not', () => {
    expect(readSettings({ weekStart: 'sunday', ifMissed: 'direct' })).toMatchObject({ weekStart: 'sunday', ifMissed: 'direct' });
    expect(readSettings({ weekStart: 'Sunday', ifMissed: 'harsh' })).toMatchObject({ weekStart: defaultMeta.weekStart, ifMissed: defaultMeta.ifMissed });
    expect(readSettings({ weekStart: 7, ifMissed: null })).toMatchObject({ weekStart: defaultMeta.weekStart, ifMissed: defaultMeta.ifMissed });
  });
});

describe('the Notion token in the settings', () => {
  it('should be chosen with Obsidian’s secret picker, whose API is no newer than the manifest’s minAppVersion', () => {
    const types = readFileSync(path.join(root, 'node_modules/obsidian/obsidian.d.ts'), 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { minAppVersion: string };
    const block = types.slice(types.indexOf('export class SecretComponent'), types.indexOf('export class SecretStorage'));
    const since = [...types.slice(types.lastIndexOf('/**', types.indexOf('export class SecretComponent')), types.indexOf('export class SecretStorage')).matchAll(/@since (\d+\.\d+\.\d+)/g)].map((m) => m[1] ?? '');
    expect(block).toMatch(/setValue\(value: string\)/);
    expect(since.length).toBeGreaterThanOrEqual(3);
    for (const version of since) expect(atLeast(manifest.minAppVersion, version), `@since ${version}`).toBe(true);
  });

  it('should keep only the secret’s name in the settings, and read the token from the keychain', async () => {
    started = await start();
    const { app, plugin } = started;
    const token = 'ntn_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
    app.secretStorage.setSecret('notion-work', token);
    const tab = settingsTab(started);
    const picker = tab.get('Notion token')?.components[0];
    expect(picker).toBeInstanceOf(SecretComponent);
    expect(picker?.getValue()).toBe(defaultTokenSecret);
    expect(tab.get('Notion token')?.descEl.getText()).toContain('No token chosen yet');
    await (picker as SecretComponent).change('notion-work');
    expect(plugin.settings.notion.tokenSecret).toBe('notion-work');
    expect(tab.get('Notion token')?.descEl.getText()).toContain('A token is chosen');
    expect(app.pluginData.get('follow-through')).toContain('"tokenSecret":"notion-work"');
    expect(app.pluginData.get('follow-through')).not.toContain(token);
    // No password field holds the token any more.
    expect(app.settingTabs[0]?.containerEl.querySelector('input[type="password"]')).toBeNull();
  });

  it('should forget the token with a destructive button, unlinking the secret and leaving the keychain entry to its owner', async () => {
    started = await start();
    const { app, plugin } = started;
    app.secretStorage.setSecret('notion-work', 'ntn_secret');
    const tab = settingsTab(started);
    await (tab.get('Notion token')?.components[0] as SecretComponent).change('notion-work');
    const forget = tab.get('Notion token')?.buttons[0];
    expect(forget?.buttonEl.getText()).toBe('Forget token');
    expect(forget?.destructive).toBe(true);
    await forget?.click();
    expect(plugin.settings.notion.tokenSecret).toBe('');
    expect(app.secretStorage.getSecret('notion-work')).toBe('ntn_secret');
    expect(settingsTab(started).get('Notion token')?.descEl.getText()).toContain('No token chosen yet');
  });

  it('should keep a token saved where earlier versions kept it', () => {
    expect(readSettings({ notion: { database: 'x', folders: ['clients/dana'] } }).notion.tokenSecret).toBe(defaultTokenSecret);
    expect(DEFAULT_SETTINGS.notion.tokenSecret).toBe(defaultTokenSecret);
    expect(readSettings({ notion: { tokenSecret: 'Not A Name!' } }).notion.tokenSecret).toBe(defaultTokenSecret);
    expect(readSettings({ notion: { tokenSecret: '' } }).notion.tokenSecret).toBe('');
  });
});

describe('setDestructive where Obsidian has it', () => {
  afterEach(() => setApiVersion('1.13.1'));

  it('should call setDestructive on Obsidian 1.13 and later, and on older Obsidian set the class setWarning set', () => {
    const modern = new ButtonComponent(document.createElement('div'));
    markDestructive(modern as unknown as ObsidianButton);
    expect(modern.destructive).toBe(true);
    expect(modern.buttonEl.classList.contains('mod-warning')).toBe(false);

    setApiVersion('1.11.4');
    const older = new ButtonComponent(document.createElement('div'));
    markDestructive(older as unknown as ObsidianButton);
    expect(older.destructive).toBe(false);
    expect(older.buttonEl.classList.contains('mod-warning')).toBe(true);
  });
});

describe('folders that sync', () => {
  it('should be stored as the vault names them, whatever slashes were typed', async () => {
    started = await start();
    const tab = settingsTab(started);
    await (tab.get('Folders that sync')?.components[0] as { change(v: string): Promise<void> }).change('clients\\dana\n/clients/marcus/\nclients//priya\n\n/\nclients/dana/');
    expect(started.plugin.settings.notion.folders).toEqual(['clients/dana', 'clients/marcus', 'clients/priya', '/']);
  });

  it('should clean folders in a hand-edited settings file too', () => {
    expect(readSettings({ notion: { folders: ['clients\\dana', ' /'] } }).notion.folders).toEqual(['clients/dana', '/']);
    expect(vaultFolders(['a\u00A0b/c\\'])).toEqual(['a b/c']);
  });
});
