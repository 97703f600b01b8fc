import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cli, ensureBuiltCli, exampleVault as vault, root } from '../support/cli.js';

beforeAll(() => {
  ensureBuiltCli();
}, 60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would, from `cwd`, with a clean environment plus `env`. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env };
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonCommitment {
  id: string;
  file: string;
  line: number;
  text: string;
  intention: string | null;
  trigger: string | null;
  coping: Array<{ obstacle: string; response: string }>;
  cadence: { count: number; per: string } | null;
  kind: string;
  findings: Array<{ code: string; severity: string; message: string; suggestion: string }>;
}
interface JsonOutput {
  commitments: JsonCommitment[];
  diagnostics: Array<{ file: string; line: number; code: string; message: string }>;
}

/** Run with `--json` and parse stdout, which must be exactly one JSON object. */
function json(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): JsonOutput {
  const result = run([...args, '--json'], options);
  expect(result.code, result.stderr).toBe(0);
  const parsed: unknown = JSON.parse(result.stdout);
  expect(parsed).toBeTypeOf('object');
  expect(Array.isArray(parsed)).toBe(false);
  return parsed as JsonOutput;
}

/** A usage mistake: exit 2, nothing on stdout, one line on stderr saying what to do. */
function expectUsageError(result: Run, quoted: string): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toContain(quoted);
}

const strong = "When I pour my first coffee, I'll write for ten minutes. If I oversleep, then I'll write at lunch.";
const strongToo =
  "After I park at the office, I'll take the stairs to the 4th floor every weekday. If my knee is sore, then I'll walk one lap of the car park instead.";

let tmp = '';
/** Write files (path → text) into a new folder under the test's temp folder, and return the folder. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('follow-through --help', () => {
  it('should print the usage and exit 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('follow-through list PATH');
    expect(result.stdout).toContain('follow-through lint PATH');
    expect(result.stderr).toBe('');
  });

  it("should print a command's own usage for list --help and lint --help, and exit 0", () => {
    const list = run(['list', '--help']);
    expect(list.code).toBe(0);
    expect(list.stdout.startsWith('follow-through list')).toBe(true);
    expect(list.stdout).toContain('--json');
    const lint = run(['lint', '--help']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('--strict');
  });

  it('should print the usage with no arguments at all', () => {
    const result = run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage');
  });
});

describe('follow-through list --json on the example vault', () => {
  let cached: JsonOutput | undefined;
  const output = (): JsonOutput => (cached ??= json(['list', 'examples/vault']));

  it('should give each commitment the fields of the JSON contract', () => {
    const { commitments } = output();
    expect(commitments.length).toBeGreaterThan(5);
    for (const c of commitments) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['id', 'file', 'line', 'text', 'intention', 'trigger', 'coping', 'cadence', 'kind', 'findings']),
      );
      expect(c.id).toMatch(/^ft-[0-9a-z-]+$/);
      expect(Array.isArray(c.coping)).toBe(true);
      for (const f of c.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'message', 'suggestion']));
    }
  });

  it('should read the seed example into the contract, word for word', () => {
    const seed = output().commitments.find((c) => c.file === 'clients/dana/2026-11-23 session.md' && c.line === 29);
    expect(seed).toMatchObject({
      text: "I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.",
      intention: 'reach out to two potential clients',
      trigger: 'when I sit down with my coffee on Monday',
      coping: [{ obstacle: 'Monday gets swallowed by meetings', response: 'do it first thing Tuesday' }],
      cadence: { count: 2, per: 'week' },
      kind: 'process',
      findings: [],
    });
    const linkedIn = output().commitments.find((c) => c.file === 'clients/dana/2026-11-23 session.md' && c.line === 30);
    expect(linkedIn).toMatchObject({ intention: 'work on my LinkedIn presence', trigger: null, coping: [], kind: 'process' });
    expect(linkedIn?.findings.map((f) => f.code)).toEqual(['vague-intention', 'missing-trigger', 'missing-coping-plan']);
  });

  it('should name each file relative to the folder given, with /', () => {
    const files = new Set(output().commitments.map((c) => c.file));
    expect([...files].sort()).toEqual([
      'clients/dana/2026-11-16 session.md',
      'clients/dana/2026-11-23 session.md',
      'clients/marcus/2026-11-20 session.md',
      'clients/priya/2026-11-24 session.md',
      'journal/2026-11-25.md',
    ]);
  });

  it("should give each commitment the 1-based line of its list item in the note", () => {
    const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const c of output().commitments) {
      const lines = readFileSync(path.join(vault, c.file), 'utf8').split('\n');
      const line = lines[c.line - 1] ?? '';
      expect(line, `${c.file}:${c.line}`).toMatch(/^\s*(?:[-*+]|\d+[.)])\s/);
      expect(letters(line), `${c.file}:${c.line}`).toContain(letters(c.text).slice(0, 20));
    }
  });

  it('should report a bad frontmatter value as a diagnostic with its file and line', () => {
    expect(output().diagnostics).toContainEqual(
      expect.objectContaining({ file: 'clients/priya/2026-11-24 session.md', line: 6, code: 'invalid-frontmatter' }),
    );
  });

  it('should print the same JSON from any working folder', () => {
    expect(json(['list', vault], { cwd: tmp })).toEqual(output());
  });
});

describe('follow-through list on a folder of notes', () => {
  it('should skip .obsidian, .trash and other dot-folders', () => {
    const item = `## Commitments\n- ${strong}\n`;
    const dir = folder('dot-folders', {
      'note.md': item,
      '.obsidian/snippet.md': item,
      '.trash/old.md': item,
      '.hidden/secret.md': item,
      'inbox/.drafts/draft.md': item,
    });
    expect(json(['list', dir]).commitments.map((c) => c.file)).toEqual(['note.md']);
  });

  it('should read notes in nested folders and name them relative to the folder given', () => {
    const dir = folder('nested', {
      'clients/ana/2026-11-24 session.md': `---\nclient: Ana\n---\n\n# Ana\n\n## If-then plans\n\n- ${strong}\n- ${strongToo}\n`,
      'clients/ana/notes.txt': `## Commitments\n- ${strong}\n`,
    });
    const { commitments } = json(['list', dir]);
    expect(commitments.map((c) => [c.file, c.line])).toEqual([
      ['clients/ana/2026-11-24 session.md', 9],
      ['clients/ana/2026-11-24 session.md', 10],
    ]);
    const fromInside = json(['list', 'clients'], { cwd: dir });
    expect(fromInside.commitments.map((c) => c.file)).toEqual(['ana/2026-11-24 session.md', 'ana/2026-11-24 session.md']);
  });

  it('should name a single note given as PATH by its file name', () => {
    const dir = folder('single', { 'clients/ana/session.md': `## Commitments\n\n- ${strong}\n` });
    const { commitments } = json(['list', path.join(dir, 'clients', 'ana', 'session.md')]);
    expect(commitments.map((c) => [c.file, c.line])).toEqual([['session.md', 3]]);
  });

  it('should count lines the same way in a note with CRLF line endings', () => {
    const dir = folder('crlf', { 'note.md': `---\r\nclient: Ana\r\n---\r\n## Commitments\r\n- ${strong}\r\n- ${strongToo}\r\n` });
    const { commitments } = json(['list', dir]);
    expect(commitments.map((c) => c.line)).toEqual([5, 6]);
    expect(commitments[0]?.text).toBe(strong);
  });

  it('should print an empty result, not an error, for a folder without commitments', () => {
    const dir = folder('empty', { 'daily.md': '# Today\n\n- [ ] Buy milk\n' });
    expect(json(['list', dir])).toMatchObject({ commitments: [], diagnostics: [] });
  });

  it('should print the human list grouped by note', () => {
    const result = run(['list', 'examples/vault']);
    expect(result.code).toBe(0);
    const dana = result.stdout.indexOf('clients/dana/2026-11-23 session.md');
    const marcus = result.stdout.indexOf('clients/marcus/2026-11-20 session.md');
    expect(dana).toBeGreaterThanOrEqual(0);
    expect(marcus).toBeGreaterThan(dana);
    expect(result.stdout.slice(dana, marcus)).toContain('reach out to two potential clients');
  });
});

describe('usage mistakes', () => {
  it('should exit 2 with a one-line message when a path is missing', () => {
    expectUsageError(run(['list', 'no/such/vault']), 'no/such/vault');
    expectUsageError(run(['lint', 'examples/vault', 'nope.md']), 'nope.md');
  });

  it('should exit 2 with a one-line message when no path is given', () => {
    expectUsageError(run(['list']), 'follow-through list');
  });

  it('should exit 2 with a one-line message on an unknown command', () => {
    expectUsageError(run(['lsit', 'examples/vault']), 'lsit');
  });

  it('should exit 2 with a one-line message on an unknown flag', () => {
    expectUsageError(run(['list', 'examples/vault', '--strict']), '--strict');
  });

  it('should exit 2 on a --today that is not a date', () => {
    expectUsageError(run(['list', 'examples/vault', '--today', '2026-02-30']), '2026-02-30');
    expectUsageError(run(['list', 'examples/vault', '--today=tomorrow']), 'tomorrow');
    expectUsageError(run(['list', 'examples/vault', '--today']), '--today');
  });

  it('should read FOLLOW_THROUGH_TODAY when --today is absent', () => {
    expectUsageError(run(['list', 'examples/vault'], { env: { FOLLOW_THROUGH_TODAY: '24/11/2026' } }), '24/11/2026');
    expect(run(['list', 'examples/vault'], { env: { FOLLOW_THROUGH_TODAY: '2026-11-24' } }).code).toBe(0);
  });

  it('should prefer --today over FOLLOW_THROUGH_TODAY', () => {
    expect(run(['list', 'examples/vault', '--today', '2026-11-24'], { env: { FOLLOW_THROUGH_TODAY: 'soon' } }).code).toBe(0);
  });
});

describe('follow-through lint', () => {
  it('should exit 0 when it finds warnings without --strict, with each finding and its suggestion', () => {
    const result = run(['lint', 'examples/vault']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('vague-intention');
    expect(result.stdout).toContain('→');
  });

  it('should exit 1 with --strict when warnings exist', () => {
    expect(run(['lint', '--strict', 'examples/vault']).code).toBe(1);
  });

  it('should exit 1 with --strict when the only warning is about the note itself', () => {
    const dir = folder('bad-frontmatter', { 'note.md': `---\nif-missed: sometimes\n---\n## Commitments\n- ${strong}\n` });
    expect(run(['lint', '--strict', dir]).code).toBe(1);
  });

  it('should exit 0 with --strict when the findings are only ideas (info), not warnings', () => {
    const dir = folder('info-only', { 'note.md': "## Commitments\n- When I pour my first coffee, I'll write for ten minutes.\n" });
    expect(json(['lint', dir]).commitments.flatMap((c) => c.findings.map((f) => [f.code, f.severity]))).toEqual([['missing-coping-plan', 'info']]);
    expect(run(['lint', '--strict', dir]).code).toBe(0);
  });

  it('should exit 0 with --strict on a vault of only strong commitments', () => {
    const dir = folder('strong', {
      'a.md': `---\nclient: Ana\nif-missed: gentle\n---\n## Commitments\n- ${strong}\n`,
      'b/c.md': `# Journal\n\n- ${strongToo} #commitment\n- Buy milk\n`,
    });
    expect(json(['lint', dir]).commitments.flatMap((c) => c.findings)).toEqual([]);
    expect(run(['lint', '--strict', dir]).code).toBe(0);
  });

  it('should print the contract fields for lint --json as list --json does', () => {
    // Commands may add fields of their own; the contract's fields must agree.
    const contract = (o: JsonOutput) => ({
      commitments: o.commitments.map(({ id, file, line, text, intention, trigger, coping, cadence, kind, findings }) => ({
        id,
        file,
        line,
        text,
        intention,
        trigger,
        coping,
        cadence,
        kind,
        findings,
      })),
      diagnostics: o.diagnostics,
    });
    expect(contract(json(['lint', 'examples/vault']))).toEqual(contract(json(['list', 'examples/vault'])));
  });
});
