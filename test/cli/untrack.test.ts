// The way out (issue 12): `follow-through untrack` takes Follow Through's own
// lines out of notes, shows the change first, and never removes a word the
// client wrote.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli, exampleVault, root } from '../support/cli.js';

let tmp = '';
beforeAll(() => {
  ensureBuiltCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-untrack-'));
}, 60_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8' });
  // A folder run of track ends with its summary on standard error (what it read); nothing else goes there.
  expect(result.stderr.replace(/^Read \d+ notes? of \d+: .*\n/, '')).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

function texts(dir: string, base = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const [k, v] of texts(full, base)) out.set(k, v);
    else out.set(path.relative(base, full), readFileSync(full, 'utf8'));
  }
  return out;
}

const dana = path.join('clients', 'dana', '2026-11-23 session.md');

describe('follow-through untrack', () => {
  it('should show the change first, write only with --yes, and give back the notes as they were, answers kept', () => {
    const dir = path.join(tmp, 'vault');
    cpSync(exampleVault, dir, { recursive: true });
    run(['track', dir, '--today', '2026-11-25']);
    run(['track', dir, '--today', '2026-12-02']);
    // The client ticks one item, and answers a prompt.
    const file = path.join(dir, dana);
    const tracked = readFileSync(file, 'utf8').replace('- [ ] ', '- [x] ').replace('- My answer:', '- My answer: Tuesdays are packed.');
    writeFileSync(file, tracked);
    const before = texts(dir);

    const shown = run(['untrack', dir]);
    expect(texts(dir)).toEqual(before);
    expect(shown).toMatch(/^-- I want to reach out .* \^ft-[a-z0-9]{6}$/m);
    expect(shown).toContain('Nothing was written. Run again with --yes to make these changes.');

    const done = run(['untrack', dir, '--yes']);
    expect(done).toMatch(/^Took Follow Through's lines out of 4 notes: 12 ids, \d+ checklist items, \d+ reflection prompts\. 1 answer stays as a plain list item\.$/m);
    const after = texts(dir);
    const original = texts(exampleVault);
    for (const [name, text] of original) {
      if (name === dana) continue;
      expect(after.get(name), name).toBe(text);
    }
    // Dana's note is the original with the answer kept, in the client's words, where it was written.
    const kept = (after.get(dana) ?? '').split('\n');
    expect(kept.filter((l) => !(original.get(dana) ?? '').split('\n').includes(l))).toEqual(['  - Tuesdays are packed.']);
    expect(run(['untrack', dir])).toContain('nothing to take out');
  });

  it('should keep the words of a checklist item the client wrote on, taking off only its marker', () => {
    const dir = path.join(tmp, 'wrote-on');
    cpSync(exampleVault, dir, { recursive: true });
    run(['track', dir, '--today', '2026-11-25']);
    const file = path.join(dir, dana);
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').find((l) => /- \[ \] Week of 23 Nov \^ft-/.test(l)) ?? '';
    writeFileSync(file, text.replace(line, line.replace('23 Nov', '23 Nov, sent to Sam on Monday')));
    run(['untrack', dir, '--yes']);
    expect(readFileSync(file, 'utf8')).toContain('  - [ ] Week of 23 Nov, sent to Sam on Monday\n');
  });
});
