// The command line's index (cli/cache.ts) under attack: notes whose names and
// words are not ASCII, a line longer than the piece the index is read in, CRLF
// notes, an index damaged in place (same length or not), a cache folder that
// cannot be written, and what a killed run leaves behind. Whatever the index
// holds, every command prints what `--no-cache` prints.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeVault } from '../../bench/vault.js';
import { cli, ensureBuiltCli, exampleVault } from '../support/cli.js';

let tmp = '';

beforeAll(() => {
  ensureBuiltCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-index-adv-'));
}, 60_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Set every note's time a day back (the index leaves notes written this minute out). */
function age(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const day = new Date(Date.now() - 86_400_000 + Math.floor(Math.random() * 1000));
    utimesSync(path.join(entry.parentPath, entry.name), day, day);
  }
}

function run(cacheDir: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-30'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: cacheDir },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const commands = (vault: string) => [['list', vault, '--json'], ['lint', vault, '--json'], ['report', vault, '--json'], ['review', vault], ['list', vault]];

/** Every reading command, with the index (twice: the run that fills it, the run that answers from it) and without. */
function expectSameAsFresh(vault: string, cacheDir: string): string[] {
  const fresh = commands(vault).map((c) => run(cacheDir, ...c, '--no-cache'));
  expect(commands(vault).map((c) => run(cacheDir, ...c))).toEqual(fresh);
  expect(commands(vault).map((c) => run(cacheDir, ...c))).toEqual(fresh);
  return fresh;
}

/**
 * Prove every command answered from the index (its texts read back by their
 * place): change a note's words behind its back, the same size and time, and
 * the runs with the index still print what they printed before.
 */
function expectAnsweredFromIndex(vault: string, cacheDir: string, note: string, from: string, to: string, before: string[]): void {
  const text = readFileSync(note, 'utf8');
  const { atime, mtime } = statSync(note);
  expect(Buffer.byteLength(to)).toBe(Buffer.byteLength(from));
  writeFileSync(note, text.replaceAll(from, to));
  utimesSync(note, atime, mtime);
  expect(commands(vault).map((c) => run(cacheDir, ...c))).toEqual(before);
  expect(run(cacheDir, 'list', vault, '--json', '--no-cache')).toContain(to);
  writeFileSync(note, text);
  utimesSync(note, atime, mtime);
}

function indexOf(cacheDir: string): string {
  const [file] = readdirSync(cacheDir).filter((f) => f.startsWith('index-') && f.endsWith('.txt'));
  if (!file) throw new Error('no index');
  return path.join(cacheDir, file);
}

/** A vault of the example notes and some that are not ASCII: names and words with emoji, curly quotes and CJK, and a CRLF note. */
function unicodeVault(name: string): string {
  const vault = path.join(tmp, name);
  cpSync(exampleVault, vault, { recursive: true });
  mkdirSync(path.join(vault, 'clients', 'zoë 日本'), { recursive: true });
  writeFileSync(
    path.join(vault, 'clients', 'zoë 日本', '2026-11-24 “session” 🎉.md'),
    '---\nclient: Zoë 佐藤 🎉\nsession: 2026-11-24\n---\n\n## Commitments\n\n- When I open my laptop on Monday, I’ll write to 田中さん about the “launch” 🚀.\n- I’ll walk 🐕 every evening after dinner.\n',
  );
  writeFileSync(
    path.join(vault, 'clients', 'zoë 日本', '2026-11-17 crlf.md'),
    '---\r\nclient: Zoë 佐藤 🎉\r\nsession: 2026-11-17\r\n---\r\n\r\n## Commitments\r\n\r\n- When I finish lunch on Tuesday, I will call the bank.\r\n- [ ] Send the “draft” 📄 by Friday\r\n',
  );
  // A name with a tab, words with a tab, \x01 (what the index writes for a line break), U+2028 and a byte order mark.
  writeFileSync(
    path.join(vault, 'clients', 'zoë 日本', '2026-11-03 tab\there.md'),
    '\uFEFF---\nclient: Zoë 佐藤 🎉\nsession: 2026-11-03\n---\n\n## Commitments\n\n- When I sit\tdown on Monday, I’ll write \u0001 one page\u2028 of the plan.\n',
  );
  age(vault);
  return vault;
}

describe("the command line's index, attacked", () => {
  it('should print what a fresh read prints for notes whose names and words are not ASCII, and CRLF notes', () => {
    const vault = unicodeVault('unicode');
    const cacheDir = path.join(tmp, 'cache-unicode');
    const fresh = expectSameAsFresh(vault, cacheDir);
    expect(fresh[0]).toContain('田中さん');
    expect(fresh[0]).toContain('call the bank');
    expect(fresh[0]).toContain('tab\\there.md');
    expect(fresh[0]).toContain('write \\u0001 one page');
    expectAnsweredFromIndex(vault, cacheDir, path.join(vault, 'clients', 'zoë 日本', '2026-11-17 crlf.md'), 'call the bank', 'call the BANK', fresh);
    expectAnsweredFromIndex(vault, cacheDir, path.join(vault, 'clients', 'zoë 日本', '2026-11-24 “session” 🎉.md'), '田中さん', '田中様ん', fresh);
    expectAnsweredFromIndex(vault, cacheDir, path.join(vault, 'clients', 'zoë 日本', '2026-11-03 tab\there.md'), 'one page', 'ONE PAGE', fresh);
  });

  it('should print what a fresh read prints when a note\'s line in the index is longer than the piece it is read in', () => {
    const vault = unicodeVault('huge');
    // A note holds at most 40 commitments: long ones make its line in the index megabytes long, multi-byte characters across every piece's end.
    const lines = Array.from({ length: 40 }, (_, i) => `- When I open my laptop on day ${i}, I’ll send ${'佐藤🎉 '.repeat(3000 + i)} invoice №${i}.`);
    writeFileSync(path.join(vault, 'clients', 'zoë 日本', '2026-11-10 huge.md'), `---\nclient: Zoë 佐藤 🎉\nsession: 2026-11-10\n---\n\n## Commitments\n\n${lines.join('\n')}\n`);
    age(vault);
    const cacheDir = path.join(tmp, 'cache-huge');
    const fresh = expectSameAsFresh(vault, cacheDir);
    expectAnsweredFromIndex(vault, cacheDir, path.join(vault, 'clients', 'zoë 日本', '2026-11-10 huge.md'), 'invoice №39.', 'INVOICE №39.', fresh);
    expect(statSync(indexOf(cacheDir)).size).toBeGreaterThan(2 << 20);
  }, 120_000);

  it('should print what a fresh read prints when the index is changed in place, keeping its length or not', () => {
    const vault = unicodeVault('damaged');
    const cacheDir = path.join(tmp, 'cache-damaged');
    const fresh = expectSameAsFresh(vault, cacheDir);
    const file = indexOf(cacheDir);
    const whole = readFileSync(file, 'utf8');
    const damages: Array<[string, string]> = [
      ['田中さん', '田中様ん'], // printed output, same length in bytes
      ['call the bank', 'call the BANK'], // the printed output or the reading, same length
      ['Zoë 佐藤', 'Zoe 佐藤 '], // the head (the client's name), other bytes
      ['two potential clients', 'twenty potential clients'], // longer
      ['"Dana"', '"Dona"'], // a head
    ];
    for (const [from, to] of damages) {
      expect(whole).toContain(from);
      writeFileSync(file, whole.replaceAll(from, to));
      expect(commands(vault).map((c) => run(cacheDir, ...c)), `${from} -> ${to}`).toEqual(fresh);
      expect(commands(vault).map((c) => run(cacheDir, ...c)), `${from} -> ${to}, again`).toEqual(fresh);
      // Written again without the damage.
      expect(readFileSync(file, 'utf8')).not.toContain(to);
    }
  }, 120_000);

  it('should print what a fresh read prints from runs at once, some saving a new index while others read theirs by place', async () => {
    const vault = path.join(tmp, 'together');
    writeVault(vault, 400, 5);
    cpSync(unicodeVault('together-unicode'), path.join(vault, 'unicode'), { recursive: true });
    age(vault);
    const cacheDir = path.join(tmp, 'cache-together');
    // The first round fills the index from runs at once (each spills what it read, and saves); the next ones answer from it, and one
    // of another day prints new output (it saves again while the others read the index by place).
    const day = ['--today', '2026-11-30'];
    const runs = [['list', vault, '--json', ...day], ['list', vault, '--json', ...day], ['lint', vault, '--json', ...day], ['review', vault, ...day], ['list', vault, '--json', '--today', '2026-12-02']];
    const fresh = runs.map((args) => spawnSync(process.execPath, [cli, ...args, '--no-cache'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp } }).stdout);
    for (let round = 0; round < 3; round++) {
      const together = await Promise.all(
        runs.map(
          (args) =>
            new Promise<string>((resolve, reject) => {
              const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: cacheDir } });
              let out = '';
              child.stdout.setEncoding('utf8'); // a character split between two pieces of the pipe is decoded whole
              child.stdout.on('data', (d: string) => (out += d));
              child.on('error', reject);
              child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
            }),
        ),
      );
      expect(together).toEqual(fresh);
      // The index the runs left reads, and holds what they printed.
      const header = JSON.parse(readFileSync(indexOf(cacheDir), 'utf8').split('\n')[0] ?? '') as { entries?: number };
      expect(header.entries).toBeGreaterThan(400);
    }
    expect(readdirSync(cacheDir).filter((f) => !f.endsWith('.txt'))).toEqual([]);
  }, 120_000);

  it('should print right, and not fail, when the cache folder cannot be made', () => {
    const vault = unicodeVault('nocache');
    const blocker = path.join(tmp, 'a-file');
    writeFileSync(blocker, 'not a folder');
    expectSameAsFresh(vault, path.join(blocker, 'cache'));
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it.runIf(process.platform === 'linux')('should never write into the folder it is run from when the cache folder is named by an empty or relative XDG_CACHE_HOME or HOME', () => {
    const vault = unicodeVault('empty-home');
    const before = readdirSync(vault, { recursive: true }).map(String).sort();
    for (const env of [{ HOME: tmp, XDG_CACHE_HOME: '' }, { HOME: tmp, XDG_CACHE_HOME: 'cache' }, { HOME: '' }, { HOME: 'home' }]) {
      const inVault = (...args: string[]) => {
        const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-30'], { cwd: vault, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
        expect(result.status, result.stderr).toBe(0);
        return result.stdout;
      };
      const fresh = inVault('list', '.', '--json', '--no-cache');
      expect(inVault('list', '.', '--json'), JSON.stringify(env)).toBe(fresh);
      expect(inVault('list', '.', '--json'), JSON.stringify(env)).toBe(fresh);
      expect(readdirSync(vault, { recursive: true }).map(String).sort(), JSON.stringify(env)).toEqual(before);
    }
  });

  it('should make a cache folder that is missing', () => {
    const vault = unicodeVault('missing');
    const cacheDir = path.join(tmp, 'not', 'yet', 'there');
    expectSameAsFresh(vault, cacheDir);
    expect(indexOf(cacheDir)).toBeTruthy();
  });

  it('should print what a fresh read prints after runs killed at any moment (reading, spilling, saving)', async () => {
    const vault = path.join(tmp, 'killed-at');
    writeVault(vault, 400, 9);
    age(vault);
    const cacheDir = path.join(tmp, 'cache-killed-at');
    const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: cacheDir };
    const fresh = run(cacheDir, 'list', vault, '--json', '--no-cache');
    for (const [i, delay] of [50, 150, 250, 350, 450, 550, 700, 900].entries()) {
      // A new horizon each time: what the run prints is new to the index, so it spills and saves.
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [cli, 'list', vault, '--json', '--today', '2026-11-30', '--horizon', String((i % 7) + 1)], { env, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        child.on('error', reject);
        child.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      expect(run(cacheDir, 'list', vault, '--json'), `killed after ${delay} ms`).toBe(fresh);
      expect(run(cacheDir, 'list', vault, '--json'), `killed after ${delay} ms, again`).toBe(fresh);
    }
  }, 120_000);

  it('should remove what a killed run left (its spill and its half-written index) once it is old', () => {
    const vault = unicodeVault('killed');
    const cacheDir = path.join(tmp, 'cache-killed');
    expectSameAsFresh(vault, cacheDir);
    const file = indexOf(cacheDir);
    const left = [`${file}.99999999.spill`, `${file}.99999999.tmp`];
    const old = new Date(Date.now() - 2 * 3_600_000);
    for (const f of left) {
      writeFileSync(f, 'x'.repeat(1000));
      utimesSync(f, old, old);
    }
    expectSameAsFresh(vault, cacheDir);
    for (const f of left) expect(existsSync(f), f).toBe(false);
  });
});
