// A folder run says what it read and what it passed over; list --json shows when tracking ends.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cli, ensureBuiltCli, root } from '../support/cli.js';

let dir = '';
beforeAll(() => {
  ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-scope-'));
  mkdirSync(path.join(dir, 'clients'));
  writeFileSync(
    path.join(dir, 'clients', 'sam.md'),
    "---\nclient: Sam\nsession: 2026-11-23\n---\n\n## Commitments\n\n- When I pour my first coffee on Monday, I'll plan the week. If I oversleep, then I'll plan it at lunch.\n",
  );
  writeFileSync(path.join(dir, 'log.md'), `## Commitments\n\n${Array.from({ length: 100 }, (_, i) => `- ran ${i} km`).join('\n')}\n`);
  writeFileSync(path.join(dir, 'plain.md'), '# Nothing here\n');
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('what a folder run passed over', () => {
  it('should give list --json a summary key, and tracking.ends for each commitment', () => {
    const result = run(['list', dir, '--json', '--today', '2026-11-23']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      summary: { notes: number; read: number; withCommitments: number; skipped: Array<{ file: string; reason: string }> };
      commitments: Array<{ file: string; tracking: { ends: { date: string; why: string } } }>;
    };
    expect(json.summary).toMatchObject({ notes: 3, read: 3, withCommitments: 2 });
    expect(json.summary.skipped).toEqual([expect.objectContaining({ file: 'log.md', reason: 'too-many-items' })]);
    const sam = json.commitments.find((c) => c.file === 'clients/sam.md');
    expect(sam?.tracking.ends).toEqual({ date: '2027-01-17', why: 'horizon' });
  });

  it('should say the summary on stderr in text mode, for list, lint and track', () => {
    for (const command of [['list'], ['lint'], ['track', '--dry-run']]) {
      const result = run([...command, dir, '--today', '2026-11-23']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('Read 3 notes of 3: 2 hold commitments, 1 was passed over in whole or in part.');
      expect(result.stderr).toContain('log.md: read in part: too many items (too-many-items).');
    }
  });

  it('should follow --horizon, and refuse one past 8 weeks', () => {
    const json = JSON.parse(run(['list', dir, '--json', '--horizon', '2', '--today', '2026-11-23']).stdout) as { commitments: Array<{ file: string; tracking: { ends: unknown } }> };
    expect(json.commitments.find((c) => c.file === 'clients/sam.md')?.tracking.ends).toEqual({ date: '2026-12-06', why: 'horizon' });
    expect(run(['list', dir, '--horizon', '12']).code).toBe(2);
  });

  it('should ask in lint, kindly, when a commitment whose tracking ended will be looked at', () => {
    const result = run(['lint', dir, '--today', '2027-02-01']);
    expect(result.stdout).toContain('Tracking of this one stopped after Sun 17 Jan, as no next session was set. When would you like to look at it together?');
  });
});
