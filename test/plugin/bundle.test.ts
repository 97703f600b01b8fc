// @vitest-environment node
// The built plugin as a user installs it: dist/follow-through/.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'dist', 'follow-through');
let bundle = '';

beforeAll(() => {
  const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'plugin'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`could not build the plugin:\n${build.stderr}`);
  bundle = readFileSync(path.join(out, 'main.js'), 'utf8');
}, 60_000);

describe('the plugin bundle', () => {
  it('should be at most 300 KB (300,000 bytes, the stricter reading)', () => {
    expect(statSync(path.join(out, 'main.js')).size).toBeLessThanOrEqual(300_000);
  });

  // iOS before 16.4 cannot read a regular expression with a lookbehind: a literal one there is a syntax error that
  // stops the whole plugin from loading. eslint-plugin-obsidianmd's rule catches only positive lookbehinds written as
  // literals, so this counts them in the built file, built with `new RegExp` too. Eight from earlier sessions are
  // still there (the texting "ill" (2), a count "x"'s unit, "starting in March", "and then", the phrase cutter's
  // "to/until", the retired heading's words (2)); this holds the line at them until the oldest iOS the plugin
  // supports is decided and they are rewritten.
  it('should hold no lookbehind beyond the eight of earlier sessions', () => {
    const found = [...bundle.matchAll(/\(\?<[=!]/g)].map((m) => bundle.slice(Math.max(0, m.index - 30), m.index + 30));
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(8);
  });

  it("should carry no zod (core's plain checks stand in for its enums; the schemas are for tests and scripts)", () => {
    expect(bundle.includes('_zod')).toBe(false);
  });

  it('should never build HTML from a string (no innerHTML, outerHTML or insertAdjacentHTML), as the community directory requires', () => {
    const found = [...bundle.matchAll(/innerHTML|outerHTML|insertAdjacentHTML/g)].map((m) => `${m[0]} at ${m.index}: ${bundle.slice(Math.max(0, m.index - 40), m.index + 40)}`);
    expect(found).toEqual([]);
  });

  it('should be CommonJS that exports the plugin', () => {
    expect(bundle).toMatch(/module\.exports\s*=|exports\.default\s*=/);
    expect(bundle).not.toMatch(/^\s*(?:import|export)\s/m);
  });

  it('should require only Obsidian, Electron, CodeMirror and Lezer, never a Node built-in', () => {
    const required = [...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '');
    expect(required.length).toBeGreaterThan(0);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(required.filter((r) => builtins.has(r) || r.startsWith('node:'))).toEqual([]);
    expect(required.filter((r) => !(r === 'obsidian' || r === 'electron' || r.startsWith('@codemirror/') || r.startsWith('@lezer/')))).toEqual([]);
  });

  it('should ship a manifest that follows the community directory’s rules, and the styles', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toEqual(JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')));
    expect(manifest.id).toBe('follow-through');
    expect(String(manifest.name)).not.toMatch(/obsidian|plugin/i);
    expect(String(manifest.description).length).toBeGreaterThan(40);
    expect(String(manifest.description)).not.toMatch(/obsidian/i);
    expect(manifest.isDesktopOnly).toBe(false);
    const [major = 0, minor = 0, patch = 0] = String(manifest.minAppVersion).split('.').map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(1 * 1e6 + 11 * 1e3 + 4);
    const versions = JSON.parse(readFileSync(path.join(root, 'versions.json'), 'utf8')) as Record<string, string>;
    expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
    expect(statSync(path.join(out, 'styles.css')).size).toBeGreaterThan(0);
  });
});
