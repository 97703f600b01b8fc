// The command line's index (cli/cache.ts): a vault read again answers from what
// it remembered, and prints exactly what a fresh read prints, after edits,
// renames, deletions and a changed option; a corrupt index is ignored.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeVault } from '../../bench/vault.js';
import { cli, ensureBuiltCli, exampleVault } from '../support/cli.js';

let tmp = '';
let vault = '';
let cacheDir = '';

beforeAll(() => {
  ensureBuiltCli();
  tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-index-'));
  vault = path.join(tmp, 'vault');
  cacheDir = path.join(tmp, 'cache');
  cpSync(exampleVault, vault, { recursive: true });
  age();
}, 60_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Set every note's time a day back, as notes not written this minute are (the index leaves fresher ones out). */
function age(folder = vault): void {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) utimesSync(full, new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000 + Math.floor(Math.random() * 1000)));
    }
  };
  walk(folder);
}

function run(...args: string[]): string {
  return runIn(process.cwd(), ...args, ...(args.includes('--today') ? [] : ['--today', '2026-11-30']));
}

function runIn(cwd: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: cacheDir },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** What each reading command prints, with the index and without it. */
function both(): { cached: string[]; fresh: string[] } {
  const commands = [['list', vault, '--json'], ['lint', vault, '--json'], ['report', vault, '--json'], ['review', vault], ['list', vault]];
  return {
    cached: commands.map((c) => run(...c)),
    fresh: commands.map((c) => run(...c, '--no-cache')),
  };
}

const indexFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.startsWith('index-') && f.endsWith('.txt')) : []);

describe("the command line's index", () => {
  it('should keep its index outside the vault, and print the same as a fresh read', () => {
    const first = both();
    expect(first.cached).toEqual(first.fresh);
    expect(indexFiles()).toHaveLength(1);
    const second = both();
    expect(second.cached).toEqual(first.fresh);
    // Nothing was written into the vault.
    expect(readdirSync(vault).sort()).toEqual(readdirSync(exampleVault).sort());
  });

  it('should read again a note that was edited, renamed or deleted', () => {
    both();
    const dana = path.join(vault, 'clients', 'dana', '2026-11-23 session.md');
    writeFileSync(dana, readFileSync(dana, 'utf8').replace('reach out to two potential clients', 'reach out to three potential clients'));
    age();
    let after = both();
    expect(after.cached).toEqual(after.fresh);
    expect(after.cached[0]).toContain('three potential clients');
    renameSync(dana, path.join(vault, 'clients', 'dana', 'renamed session.md'));
    after = both();
    expect(after.cached).toEqual(after.fresh);
    expect(after.cached[0]).toContain('renamed session.md');
    rmSync(path.join(vault, 'clients', 'dana', 'renamed session.md'));
    after = both();
    expect(after.cached).toEqual(after.fresh);
    expect(after.cached[0]).not.toContain('three potential clients');
  });

  it('should read again when an option changes how notes read (the vault\'s Tasks statuses)', () => {
    both();
    const settings = path.join(vault, '.obsidian', 'plugins', 'obsidian-tasks-plugin');
    mkdirSync(settings, { recursive: true });
    writeFileSync(path.join(settings, 'data.json'), JSON.stringify({ statusSettings: { customStatuses: [{ symbol: 'x', type: 'TODO' }] } }));
    const after = both();
    expect(after.cached).toEqual(after.fresh);
    rmSync(path.join(vault, '.obsidian'), { recursive: true });
  });

  it('should ignore a corrupt index and build it again', () => {
    const [file] = indexFiles();
    if (!file) throw new Error('no index');
    const whole = readFileSync(path.join(cacheDir, file), 'utf8');
    // Cut short, a line damaged in the middle, and not an index at all.
    for (const damaged of ['{"format":5,"version":', whole.replace(/\t\d+\t/, '\t'), whole.slice(0, Math.floor(whole.length / 2)), 'hello']) {
      writeFileSync(path.join(cacheDir, file), damaged);
      const after = both();
      expect(after.cached).toEqual(after.fresh);
      // Built again: its header reads, and it answers the next run.
      const header = JSON.parse(readFileSync(path.join(cacheDir, file), 'utf8').split('\n')[0] ?? '') as { format?: number };
      expect(header.format).toBe(5);
    }
  });

  it('should print what a fresh read prints on a vault of every kind of note (meeting notes, to-dos, tracked session notes)', () => {
    // The benchmark's generator: daily notes with to-do lists, meeting notes with action items, session notes
    // tracked week by week; and a session note whose ticked to-do is done (its record is its own checkbox).
    const mixed = path.join(tmp, 'mixed');
    writeVault(mixed, 400, 7);
    writeFileSync(
      path.join(mixed, 'to-do session.md'),
      '---\nclient: Dana\nsession: 2026-11-23\n---\n\n## Action items\n\n- [x] Send Dana the contract by Friday\n- [ ] Book the room by Thursday\n',
    );
    // A later session whose only item is a to-do with no deadline (passed over): no commitment, but still the client's next session.
    writeFileSync(path.join(mixed, 'later session.md'), '---\nclient: Dana\nsession: 2026-11-25\n---\n\n## Action items\n\n- [ ] Call the venue\n');
    age(mixed);
    const commands = [['list', mixed, '--json'], ['lint', mixed, '--json'], ['report', mixed, '--json'], ['review', mixed]];
    const fresh = commands.map((c) => run(...c, '--no-cache'));
    expect(commands.map((c) => run(...c))).toEqual(fresh); // the run that fills the index
    expect(commands.map((c) => run(...c))).toEqual(fresh); // the run that answers from it
    expect(fresh[0]).toContain('"why": "done"');
    expect(fresh[0]).toContain('"why": "newer-session"');
  }, 60_000);

  it('should print afresh what depends on more than the note: the day, a newer session of the client, the horizon, the folder it is run from', () => {
    // A vault of its own: the tests before this one edit and delete notes of the shared one.
    const own = path.join(tmp, 'own');
    cpSync(exampleVault, own, { recursive: true });
    age(own);
    const list = (...extra: string[]) => {
      const cached = run('list', own, '--json', ...extra);
      expect(cached).toBe(run('list', own, '--json', '--no-cache', ...extra));
      return cached;
    };
    const monday = list();
    list(); // answered from the index
    // Another day: the same notes, other periods closed.
    const later = list('--today', '2026-12-09');
    expect(later).not.toBe(monday);
    expect(list()).toBe(monday);
    // Another horizon.
    expect(list('--horizon', '1')).not.toBe(monday);
    // A newer session note for Dana: her older notes, unchanged, now give way to it.
    const newer = path.join(own, 'clients', 'dana', '2026-11-27 session.md');
    writeFileSync(newer, '---\nclient: Dana\nsession: 2026-11-27\n---\n\n## Commitments\n\n- When I open my laptop on Monday, I will send one invoice.\n');
    age(own);
    const withNewer = list();
    expect(withNewer).not.toBe(monday);
    expect(withNewer).toContain('"why": "newer-session"');
    rmSync(newer);
    expect(list()).toBe(monday);
    // The same folder named from another folder: the paths printed are the same, and what is printed is the same as a fresh read.
    const inside = path.join(own, 'clients');
    const named = runIn(inside, 'list', '..', '--json', '--today', '2026-11-30');
    expect(named).toBe(runIn(inside, 'list', '..', '--json', '--today', '2026-11-30', '--no-cache'));
    expect(named).toBe(monday);
  });

  it('should read a note afresh when its kept reading is damaged inside the file, and leave no spill behind', () => {
    both();
    const [file] = indexFiles();
    if (!file) throw new Error('no index');
    const whole = readFileSync(path.join(cacheDir, file), 'utf8');
    // The same length, so every other line's place in the file holds: only this body no longer reads as JSON.
    const damaged = whole.replace('"marks":', '"marks"!');
    expect(damaged).not.toBe(whole);
    writeFileSync(path.join(cacheDir, file), damaged);
    const after = both();
    expect(after.cached).toEqual(after.fresh);
    expect(readdirSync(cacheDir).filter((f) => !f.endsWith('.txt'))).toEqual([]);
  });

  it('should print the same from two runs at once sharing the index, and leave an index that reads', async () => {
    const shared = path.join(tmp, 'shared');
    writeVault(shared, 300, 11);
    age(shared);
    const fresh = run('list', shared, '--json', '--no-cache');
    const together = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, [cli, 'list', shared, '--json', '--today', '2026-11-30'], {
              env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: cacheDir },
            });
            let out = '';
            child.stdout.setEncoding('utf8'); // a character split between two pieces of the pipe is decoded whole
            child.stdout.on('data', (d: string) => (out += d));
            child.on('error', reject);
            child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
          }),
      ),
    );
    for (const out of together) expect(out).toBe(fresh);
    expect(run('list', shared, '--json')).toBe(fresh);
    expect(readdirSync(cacheDir).filter((f) => !f.endsWith('.txt'))).toEqual([]);
  }, 60_000);

  it('should print what a fresh read prints, and exit 0, when the cache folder cannot be written', () => {
    // A path under a file is never a folder, whoever runs the test (root writes through read-only modes).
    const blocked = path.join(tmp, 'not-a-folder');
    writeFileSync(blocked, 'a file\n');
    const mixed = path.join(tmp, 'blocked-vault');
    writeVault(mixed, 300, 5);
    age(mixed);
    const result = spawnSync(process.execPath, [cli, 'list', mixed, '--json', '--today', '2026-11-30'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: path.join(blocked, 'cache') },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(run('list', mixed, '--json', '--no-cache'));
  }, 60_000);

  it('should wait for a slow reader of its output, and stop quietly when the reader stops early', async () => {
    const slow = path.join(tmp, 'slow-reader');
    writeVault(slow, 400, 13);
    age(slow);
    const fresh = run('list', slow, '--json', '--no-cache');
    expect(fresh.length).toBeGreaterThan(1 << 18); // more than a pipe holds: the writer has to wait
    const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: tmp, FOLLOW_THROUGH_CACHE_DIR: cacheDir };
    const args = [cli, 'list', slow, '--json', '--today', '2026-11-30'];
    // A reader that takes nothing for half a second, then all of it.
    const waited = await new Promise<{ out: string; code: number | null; err: string }>((resolve, reject) => {
      const child = spawn(process.execPath, args, { env });
      child.stdout.pause();
      let out = '';
      let err = '';
      setTimeout(() => child.stdout.resume(), 500);
      child.stdout.setEncoding('utf8'); // a character split between two pieces of the pipe is decoded whole
      child.stdout.on('data', (d: string) => (out += d));
      child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ out, code, err }));
    });
    expect(waited.code, waited.err).toBe(0);
    expect(waited.out).toBe(fresh);
    // A reader that stops after the first piece (as `| head` does).
    const stopped = await new Promise<{ code: number | null; err: string }>((resolve, reject) => {
      const child = spawn(process.execPath, args, { env });
      let err = '';
      child.stdout.once('data', () => child.stdout.destroy());
      child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, err }));
    });
    expect(stopped.err).toBe('');
    expect(stopped.code).toBe(0);
  }, 60_000);

  it('should answer from the index when nothing changed (a note edited behind its back in place, same size and time, is not seen)', () => {
    both();
    // Prove the index is used: change a note's words but keep its size and time.
    const marcus = path.join(vault, 'clients', 'marcus', '2026-11-20 session.md');
    const before = readFileSync(marcus, 'utf8');
    const stat = { atime: new Date(), mtime: new Date(Date.now() - 86_400_000) };
    utimesSync(marcus, stat.atime, stat.mtime);
    both();
    writeFileSync(marcus, before.replace('take the stairs', 'TAKE THE STAIRS'));
    utimesSync(marcus, stat.atime, stat.mtime);
    expect(run('list', vault, '--json')).not.toContain('TAKE THE STAIRS');
    expect(run('list', vault, '--json', '--no-cache')).toContain('TAKE THE STAIRS');
    writeFileSync(marcus, before);
  });
});
