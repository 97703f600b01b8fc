// A vault with Obsidian Tasks and its own statuses: the command line reads the
// vault's Tasks settings and counts marks as Tasks' types say.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from '../support/cli.js';
import { sessionNote, track } from '../support/tracking.js';

let tmp = '';
beforeAll(() => {
  ensureBuiltCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-statuses-'));
}, 60_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A vault whose one session note has a week of two items, marked `first` and `second`. */
function vault(name: string, first: string, second: string, tasksSettings?: unknown): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'clients'), { recursive: true });
  if (tasksSettings !== undefined) {
    mkdirSync(path.join(dir, '.obsidian', 'plugins', 'obsidian-tasks-plugin'), { recursive: true });
    writeFileSync(path.join(dir, '.obsidian', 'plugins', 'obsidian-tasks-plugin', 'data.json'), JSON.stringify(tasksSettings));
  } else mkdirSync(path.join(dir, '.obsidian'), { recursive: true });
  const tracked = track(sessionNote(['client: Ana', 'session: 2026-11-23'], ['- Walk twice a week after lunch.']), '2026-11-23');
  let n = 0;
  const marked = tracked.replace(/- \[ \]/g, (all) => (n++ === 0 ? `- [${first}]` : n === 2 ? `- [${second}]` : all));
  writeFileSync(path.join(dir, 'clients', 'ana.md'), marked);
  return dir;
}

function doneThisWeek(dir: string): unknown {
  const result = spawnSync(process.execPath, [cli, 'report', dir, '--json', '--today', '2026-11-30'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  expect(result.stderr).toBe('');
  const [message] = (JSON.parse(result.stdout) as { messages: Array<{ done: number; target: number }> }).messages;
  return message && `${message.done} of ${message.target}`;
}

describe("a vault's own Tasks statuses", () => {
  const custom = { statusSettings: { coreStatuses: [{ symbol: 'x', type: 'DONE' }], customStatuses: [{ symbol: 'v', type: 'DONE' }, { symbol: '!', type: 'TODO' }] } };

  it('should count a custom done mark as done, and a custom to-do mark as not done', () => {
    expect(doneThisWeek(vault('custom', 'v', '!', custom))).toBe('1 of 2');
  });

  it('should read marks with Tasks\' defaults where the vault has no Tasks settings', () => {
    expect(doneThisWeek(vault('plain', 'v', 'x'))).toBe('1 of 2');
    expect(doneThisWeek(vault('broken', 'v', 'x', 'not the shape Tasks writes'))).toBe('1 of 2');
  });
});
