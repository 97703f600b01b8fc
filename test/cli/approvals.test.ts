// What the command line writes and prints for the example vault over three
// weeks, held against files a person has read and approved. The plugin's tests
// compare the plugin with the command line; these pin the command line itself,
// so a change in what either writes shows up as a diff to read.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { marcusAnswer, playWeek, trackDays } from '../../examples/simulate.js';
import { readNoteTexts } from '../../cli/vault.js';
import { expectApproved } from '../support/approval.js';
import { cli, ensureBuiltCli, exampleVault } from '../support/cli.js';

let tmp = '';
let vault = '';
const printed: Record<string, string> = {};

function run(...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TMPDIR: tmp } });
  if (result.status !== 0) throw new Error(`follow-through ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout.split(vault).join('<vault>');
}

/** Write back the notes a simulated week of ticking changed. */
function play(mondayStart: string, sundayStart: string, answer?: string): void {
  const notes = readNoteTexts(vault);
  const played = playWeek(notes, mondayStart, sundayStart, answer ? { answer } : {});
  for (const [file, text] of Object.entries(played)) if (text !== notes[file]) writeFileSync(path.join(vault, file), text);
}

beforeAll(() => {
  ensureBuiltCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-approvals-'));
  vault = path.join(tmp, 'vault');
  cpSync(exampleVault, vault, { recursive: true });
  printed.track1 = run('track', vault, '--today', trackDays[0]);
  play('2026-11-23', '2026-11-22');
  printed.track2 = run('track', vault, '--today', trackDays[1]);
  play('2026-11-30', '2026-11-29', marcusAnswer);
  printed.track3 = run('track', vault, '--today', trackDays[2]);
  printed.report = run('report', vault, '--today', trackDays[2]);
  printed.review = run('review', vault, '--today', trackDays[2]);
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the command line on the example vault, as approved', () => {
  it('should write the approved checklists and prompts into the notes', () => {
    const notes = readNoteTexts(vault);
    const text = Object.keys(notes)
      .sort()
      .map((file) => `<!-- ${file} -->\n${notes[file] ?? ''}`)
      .join('\n');
    expectApproved('cli-vault-after-three-weeks.md', text);
  });

  it('should say what each track run did, as approved', () => {
    expectApproved('cli-track-summaries.txt', [printed.track1, printed.track2, printed.track3].join('\n---\n'));
  });

  it('should print the approved weekly messages', () => {
    expectApproved('cli-report.txt', printed.report ?? '');
  });

  it('should print the approved review', () => {
    expectApproved('cli-review.md', printed.review ?? '');
  });
});
