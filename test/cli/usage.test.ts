// Usage mistakes a new user makes, each answered with exit 2 and a message
// that says what to do; and the small things the demo and the reports say.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeStyle, renderLint, renderList } from '../../cli/output.js';
import { type NoteResult, cliParseOptions } from '../../cli/notes.js';
import { parseNote } from '../../core/index.js';
import { cli, ensureBuiltCli, root } from '../support/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ft-usage-'));
beforeAll(() => {
  ensureBuiltCli();
}, 60_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}, cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dates outside the supported range', () => {
  it('should refuse --today past the range with exit 2, and write nothing (no "Sat 1 undefined")', () => {
    for (const date of ['9999-12-31', '9999-01-01', '0999-12-31', '0001-01-01']) {
      const result = run(['track', '--today', date, '--dry-run', 'examples/vault']);
      expect(result.code, date).toBe(2);
      expect(result.stderr).toContain(`--today ${date} is outside the dates Follow Through tracks (1000-01-01 to 9998-12-31)`);
      expect(result.stdout).toBe('');
    }
  });

  it('should track the range’s last day with every label whole', () => {
    const result = run(['track', '--today', '9998-12-31', '--dry-run', 'examples/vault']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^\+.*- \[ \]/m);
    expect(result.stdout).not.toMatch(/undefined|NaN/);
  });

  it('should say so for FOLLOW_THROUGH_TODAY too, naming the variable', () => {
    const result = run(['list', 'examples/vault'], { FOLLOW_THROUGH_TODAY: '9999-12-31' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FOLLOW_THROUGH_TODAY=9999-12-31 is outside the dates');
  });
});

describe('FOLLOW_THROUGH_TODAY that is not a date', () => {
  it('should get a message about the variable, not about --today', () => {
    const result = run(['list', 'examples/vault'], { FOLLOW_THROUGH_TODAY: 'bad' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FOLLOW_THROUGH_TODAY is "bad", which is not a date');
    expect(result.stderr).not.toContain('--today');
  });

  it('should keep the --today message for the flag', () => {
    const result = run(['list', '--today', 'bad', 'examples/vault']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"bad" is not a date: write it as YYYY-MM-DD, like --today 2026-11-23.');
  });
});

describe('sync usage mistakes exit 2, as the help says', () => {
  it('should exit 2 without a token, saying where to put one', () => {
    const result = run(['sync', 'examples/vault']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Notion token');
  });

  it('should exit 2 for a --database that is not a Notion link or id, before any request', () => {
    // A base URL nothing listens on: a request would fail with exit 1 and another message.
    const result = run(['sync', 'examples/vault', '--database', 'notalink'], { NOTION_TOKEN: 'ntn_test_token_value', NOTION_BASE_URL: 'http://127.0.0.1:9' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('“notalink” is not a Notion link or id');
    expect(result.stderr).not.toContain('ntn_test_token_value');
  });
});

describe('a note with no client', () => {
  it('should be named by the note’s name, not its path', () => {
    const folder = path.join(tmp, 'vault', 'clients', 'raj');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'raj-session.md'),
      '---\nsession: 2026-11-16\n---\n## Commitments\n- When I close my laptop at 6 pm, I will walk for 20 minutes, 3 times a week. If it rains, I will do 10 minutes of stretching.\n',
    );
    const vault = path.join(tmp, 'vault');
    expect(run(['track', '--today', '2026-11-16', vault]).code).toBe(0);
    const report = run(['report', '--json', '--today', '2026-11-24', vault]);
    expect(report.code, report.stderr).toBe(0);
    const { messages } = JSON.parse(report.stdout) as { messages: Array<{ client: string }> };
    expect(messages.map((m) => m.client)).toEqual(['raj-session']);
  });
});

describe('the demo', () => {
  it('should not say the other clients’ notes are not synced, as if it were an error', () => {
    const result = run(['demo']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/Not synced/);
    expect(result.stdout.match(/Created \d+ rows\./g)).toHaveLength(1);
    expect(result.stdout).toMatch(/brought 1 change from Notion into the notes/);
  });
});

describe('a note that cannot be read', () => {
  const unreadable: NoteResult = {
    file: { absolute: '/vault/locked.md', relative: 'locked.md' },
    text: '',
    note: parseNote('', cliParseOptions),
    error: 'Could not read this note (permission denied); it was skipped.',
    options: cliParseOptions,
  };

  it('should say so once, not "could not read Could not read"', () => {
    const style = makeStyle(false, {});
    for (const text of [renderList([unreadable], style), renderLint([unreadable], style)]) {
      expect(text).toContain('Could not read this note (permission denied); it was skipped.');
      expect(text).not.toMatch(/could not read could not read/i);
    }
  });
});
