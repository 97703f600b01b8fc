// One sync per vault at a time on one machine: the lock a crashed run leaves is
// not stuck, and the lock lives outside the vault, so no sync service carries
// it to another device.

import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFileOf, takeLock } from '../../cli/notion-store.js';
import { makeVault } from './support.js';

let vault: ReturnType<typeof makeVault>;
afterEach(() => vault.cleanup());

/** The pid of a process that has already ended. */
function deadPid(): number {
  const ran = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(ran.stdout);
}

describe('the sync lock', () => {
  it('should live in the system temporary folder, outside the vault', () => {
    vault = makeVault({});
    const file = lockFileOf(vault.dir);
    expect(path.dirname(file)).toBe(tmpdir());
    expect(file.startsWith(vault.dir)).toBe(false);
  });

  it('should make a second sync wait, and say it cannot start while the first holds the lock', async () => {
    vault = makeVault({});
    const release = await takeLock(vault.dir);
    const waited: number[] = [];
    await expect(takeLock(vault.dir, { waitMs: 300, onWait: (pid) => waited.push(pid) })).rejects.toThrow('Another sync of this vault is still running');
    expect(waited).toEqual([process.pid]);
    await release();
    expect(existsSync(lockFileOf(vault.dir))).toBe(false);
    const again = await takeLock(vault.dir, { waitMs: 0 });
    await again();
  });

  it('should take over a lock left by a sync that crashed (its process is gone)', async () => {
    vault = makeVault({});
    writeFileSync(lockFileOf(vault.dir), JSON.stringify({ pid: deadPid(), host: hostname(), at: Date.now() }));
    const release = await takeLock(vault.dir, { waitMs: 0 });
    await release();
  });

  it('should take over a lock whose timestamp went stale (its pid reused by another process)', async () => {
    vault = makeVault({});
    writeFileSync(lockFileOf(vault.dir), JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() - 5 * 60_000 }));
    const release = await takeLock(vault.dir, { waitMs: 0 });
    await release();
  });

  it('should wait for a lock just made whose stamp is not written yet, and take over an empty one left long ago', async () => {
    vault = makeVault({});
    const file = lockFileOf(vault.dir);
    writeFileSync(file, '');
    await expect(takeLock(vault.dir, { waitMs: 200 })).rejects.toThrow('Another sync of this vault is still running');
    utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const release = await takeLock(vault.dir, { waitMs: 0 });
    await release();
  });

  it('should take over a lock another machine wrote (a temporary folder shared or copied over)', async () => {
    vault = makeVault({});
    writeFileSync(lockFileOf(vault.dir), JSON.stringify({ pid: process.pid, host: `${hostname()}-phone`, at: Date.now() }));
    const release = await takeLock(vault.dir, { waitMs: 0 });
    await release();
  });
});
