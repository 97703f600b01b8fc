// The tracking commands as a user runs them: the built CLI, as a child
// process, on a copy of the example vault.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cli, ensureBuiltCli, exampleVault as vault, root } from '../support/cli.js';

let tmp = '';
beforeAll(() => {
  ensureBuiltCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-track-'));
}, 60_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI with a clean environment (no colour, the temp folder as TMPDIR). */
function run(args: string[], cwd = root): Run {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', TMPDIR: tmp };
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run and expect success with nothing on stderr but a folder run's summary ("Read 6 notes of 6: …"). */
function ok(args: string[], cwd = root): string {
  const result = run(args, cwd);
  expect(result.stderr.replace(/^Read \d+ notes? of \d+: \d+ holds? commitments\.\n$/, '')).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

let copies = 0;
/** A fresh copy of the example vault. */
function copyVault(): string {
  const dir = path.join(tmp, `vault-${++copies}`);
  cpSync(vault, dir, { recursive: true });
  return dir;
}

/** Every file under a folder, relative path → bytes. */
function snapshot(dir: string, base = dir): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const [k, v] of snapshot(full, base)) out.set(k, v);
    else out.set(path.relative(base, full), readFileSync(full));
  }
  return out;
}

function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => !before.get(n)?.equals(after.get(n) ?? Buffer.alloc(0)) || !after.has(n)).sort();
}

const dana = path.join('clients', 'dana', '2026-11-23 session.md');
const marcus = path.join('clients', 'marcus', '2026-11-20 session.md');

describe('follow-through track --dry-run', () => {
  it('should print a unified diff and write nothing', () => {
    const dir = copyVault();
    const before = snapshot(dir);
    const out = ok(['track', dir, '--dry-run', '--today', '2026-11-30']);
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
    expect(out).toContain(`--- a/${dana.split(path.sep).join('/')}\n+++ b/${dana.split(path.sep).join('/')}\n@@ -`);
    expect(out).toMatch(/^\+ {2}- \[ \] Week of 30 Nov · 1 of 2 \^ft-[a-z0-9]+-20261130-1$/m);
    expect(out).toMatch(/^-- I want to reach out .*Tuesday\.$/m);
    expect(out).toMatch(/^\+- I want to reach out .*Tuesday\. \^ft-[a-z0-9]+$/m);
    expect(out).toContain('Nothing was written. Run without --dry-run to make these changes.');
  });

  it('should show the same lines that track then writes', () => {
    const dir = copyVault();
    const diff = ok(['track', dir, '--dry-run', '--today', '2026-11-30']);
    ok(['track', dir, '--today', '2026-11-30']);
    const written = readFileSync(path.join(dir, dana), 'utf8').split('\n');
    const added = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(added.length).toBeGreaterThan(0);
    const all = [...snapshot(dir).values()].map((b) => b.toString('utf8').replace(/\r/g, '')).join('\n').split('\n');
    for (const line of added) expect(all).toContain(line.slice(1));
    expect(written.some((l) => /^ {2}- \[ \] Week of 30 Nov · 2 of 2 \^ft-/.test(l))).toBe(true);
  });
});

describe('follow-through track', () => {
  it('should write the checklists, print a summary, and change no byte on a second run with the same date', () => {
    const dir = copyVault();
    const before = snapshot(dir);
    const first = ok(['track', dir, '--today', '2026-11-30']);
    expect(first.trim()).toMatch(/^changed 4 notes of 5: started tracking \d+ commitments, added \d+ checklists\.$/);
    const after = snapshot(dir);
    expect(changedFiles(before, after)).toEqual(
      [dana, marcus, path.join('clients', 'priya', '2026-11-24 session.md'), path.join('journal', '2026-11-25.md')].sort(),
    );
    // Marcus's note is CRLF and stays CRLF; nothing else is left in the folder.
    const marcusText = after.get(marcus)?.toString('utf8') ?? '';
    expect(marcusText).toContain('^ft-');
    expect(marcusText.replace(/\r\n/g, '')).not.toContain('\n');
    expect([...after.keys()].filter((k) => k.includes('.tmp'))).toEqual([]);

    const second = ok(['track', dir, '--today', '2026-11-30']);
    expect(second.trim()).toBe('Everything is up to date in 5 notes: nothing changed.');
    expect(changedFiles(after, snapshot(dir))).toEqual([]);
  });

  it('should write prompts when a week closes with something left, and then be stable again', () => {
    const dir = copyVault();
    ok(['track', dir, '--today', '2026-11-30']);
    const out = ok(['track', dir, '--today', '2026-12-07']);
    expect(out).toMatch(/wrote \d+ reflection prompts?/);
    expect(readFileSync(path.join(dir, dana), 'utf8')).toMatch(/^ {2}> \[!question\] Week of 30 Nov · a week to look at$/m);
    const settled = snapshot(dir);
    ok(['track', dir, '--today', '2026-12-07']);
    expect(changedFiles(settled, snapshot(dir))).toEqual([]);
  });
});

interface TrackingJson {
  periods: Array<{
    label: string;
    start: string;
    end: string;
    target: number;
    done: number;
    skipped: number;
    status: string;
    items: Array<{ line: number; done: boolean }>;
    reflection: { line: number; answer: string | null } | null;
  }>;
  pattern: { code: string; periods: number; message: string } | null;
}

describe('follow-through report, review and list on a tracked vault', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyVault();
    ok(['track', dir, '--today', '2026-11-23']);
    // Dana ticks one of her two outreach items, as an editor would.
    const file = path.join(dir, dana);
    const text = readFileSync(file, 'utf8');
    const ticked = text.replace(/- \[ \] (Week of 23 Nov · 1 of 2 \^ft-)/, '- [x] $1');
    expect(ticked).not.toBe(text);
    writeFileSync(file, ticked);
    ok(['track', dir, '--today', '2026-11-30']);
    ok(['track', dir, '--today', '2026-12-07']);
  });

  it('should print one JSON object with a message per client for report --json', () => {
    const out = ok(['report', dir, '--json', '--today', '2026-11-30']);
    const parsed = JSON.parse(out) as { messages: Array<{ client: string; week: string; text: string; commitments: unknown[] }> };
    expect(Array.isArray(parsed)).toBe(false);
    const danaMessage = parsed.messages.find((m) => m.client === 'Dana');
    expect(danaMessage).toMatchObject({ client: 'Dana', week: '2026-W48' });
    expect(danaMessage?.text).toMatch(/^Week of 23 Nov: reach out[^:]* 1\/2/);
    for (const m of parsed.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['client', 'week', 'text', 'commitments']));
      expect(m.text.length).toBeLessThan(200);
    }
  });

  it('should print the review as Markdown', () => {
    const out = ok(['review', dir, '--today', '2026-12-07']);
    expect(out.startsWith('# Next-session review\n\n## ')).toBe(true);
    expect(out).toContain('\n## Dana: review for the session on Mon 7 Dec\n');
    // The journal note names no client: it is named by the note's name, not its path.
    expect(out).toContain('\n## 2026-11-25: review');
    expect(out).toContain('- Record: Week of 23 Nov: 1 of 2 · Week of 30 Nov: 0 of 2');
    expect(out).toContain('- To decide together:');
    // Only Dana's latest session note is reviewed.
    expect(out.match(/^## Dana/gm)).toHaveLength(1);
  });

  it('should give each commitment its tracking in list --json, with lines that point at the note', () => {
    const out = ok(['list', dir, '--json', '--today', '2026-12-07']);
    const { commitments } = JSON.parse(out) as { commitments: Array<{ file: string; intention: string | null; tracking: TrackingJson }> };
    const outreach = commitments.find((c) => c.intention === 'reach out to two potential clients');
    expect(outreach?.file).toBe(dana.split(path.sep).join('/'));
    const tracking = outreach?.tracking;
    expect(tracking?.periods.map((p) => [p.label, p.start, p.end, p.target, p.done, p.skipped, p.status])).toEqual([
      ['2026-W48', '2026-11-23', '2026-11-29', 2, 1, 0, 'partial'],
      ['2026-W49', '2026-11-30', '2026-12-06', 2, 0, 0, 'missed'],
    ]);
    expect(tracking?.pattern).toMatchObject({ code: 'repeated-miss', periods: 2 });
    const lines = readFileSync(path.join(dir, dana), 'utf8').split('\n');
    const first = tracking?.periods[0];
    expect(first?.items.map((i) => i.done)).toEqual([true, false]);
    for (const item of first?.items ?? []) expect(lines[item.line - 1]).toMatch(/- \[.\] Week of 23 Nov/);
    expect(first?.reflection?.answer).toBeNull();
    expect(lines[(first?.reflection?.line ?? 0) - 1]).toMatch(/^ {2}> \[!question\] Week of 23 Nov · 1 of 2$/);
    for (const c of commitments) expect(Object.keys(c.tracking ?? {}).sort()).toEqual(['ends', 'pattern', 'periods', 'record']);
  });

  it('should compute open and closed periods for the day given to list --today', () => {
    const out = ok(['list', dir, '--json', '--today', '2026-11-25']);
    const { commitments } = JSON.parse(out) as { commitments: Array<{ intention: string | null; tracking: TrackingJson }> };
    const outreach = commitments.find((c) => c.intention === 'reach out to two potential clients');
    expect(outreach?.tracking.periods.map((p) => p.status)).toEqual(['open', 'open']);
    expect(outreach?.tracking.pattern).toBeNull();
  });
});

describe('follow-through demo (npm start)', () => {
  it('should run a whole cycle, exit 0, and print a prompt and a weekly message', () => {
    const result = run(['demo']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/> \[!question\] .+/);
    expect(result.stdout).toMatch(/- My answer:/);
    expect(result.stdout).toContain('The weekly one-line messages, ready to send:');
    expect(result.stdout).toMatch(/^ {2}Dana: Week of \d+ \w{3}: .+\d+\/\d+/m);
    expect(result.stdout).toContain('# Next-session review');
    const folder = /The copy is in (\S+);/.exec(result.stdout)?.[1];
    expect(folder?.startsWith(tmp)).toBe(true);
    expect(existsSync(path.join(folder ?? '', 'clients', 'dana', '2026-11-23 session.md'))).toBe(true);
  });
});
