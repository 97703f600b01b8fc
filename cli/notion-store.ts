// The command line's sync store: notes read from disk under the PATHs, written
// back by way of a temporary file and a rename (as `track` writes them), and
// the state in VAULT/.follow-through/notion.json.

import { mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { hashText } from '../core/index.js';
import { NotionSyncError, StateFileError } from '../notion-sync/errors.js';
import { type StateRead, type SyncState, serializeState, stateFile, stateFromText } from '../notion-sync/state.js';
import type { StoreNote, SyncStore } from '../notion-sync/store.js';
import type { NoteDocument } from '../core/index.js';
import { readNoteText, writeNoteSafely } from './note-file.js';
import type { NoteResult } from './notes.js';
import { writeAtomic } from './track.js';

/** The state file of a vault folder. */
export function stateFileOf(vault: string): string {
  return path.join(vault, stateFile);
}

/** The state file's text, or undefined when there is none; a `StateFileError` when it cannot be read. */
function readStateText(vault: string): string | undefined {
  const file = stateFileOf(vault);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(file, `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Read a vault's sync state: empty when there is none, a `StateFileError` when it is broken. */
export function readState(vault: string): StateRead {
  return stateFromText(readStateText(vault), stateFileOf(vault));
}

/** Write a vault's sync state whole (temporary file and rename), making its folder when needed. */
export function saveState(vault: string, state: SyncState): void {
  writeStateText(vault, serializeState(state));
}

function writeStateText(vault: string, text: string): void {
  const file = stateFileOf(vault);
  mkdirSync(path.dirname(file), { recursive: true });
  writeAtomic(file, text);
}

/** The store `sync` uses: the notes already read (those that could be), named relative to the vault. */
export function fsSyncStore(vault: string, notes: readonly NoteResult<NoteDocument>[], lock?: () => Promise<() => Promise<void>>): SyncStore {
  const byPath = new Map(notes.filter((n) => n.error === undefined).map((n) => [n.file.relative, n]));
  const listed: StoreNote[] = [...byPath.values()].map((n) => ({ path: n.file.relative, text: n.text }));
  return {
    stateLocation: stateFileOf(vault),
    vaultName: path.basename(path.resolve(vault)),
    notes: async () => listed,
    replaceNote: async (notePath, expected, next) => {
      const found = byPath.get(notePath);
      const file = found ? found.file.absolute : path.join(vault, notePath);
      // If the note changed since it was read (an editor saved it), leave it; see note-file.ts for the rest.
      if (next === expected) return readNoteText(file).text === expected;
      return writeNoteSafely(file, (current) => (current === expected ? next : undefined)).written;
    },
    readState: async () => readStateText(vault),
    writeState: async (text) => writeStateText(vault, text),
    ...(lock ? { lock } : {}),
  };
}

/** How long a sync waits for another sync of the same vault before giving up. */
export const lockWaitMs = 120_000;
/** A lock whose timestamp is older than this is stale (its sync died, or its pid was reused). */
const lockStaleMs = 60_000;

interface LockFile {
  pid: number;
  host: string;
  at: number;
}

/** The lock's file: outside the vault (in the system's temporary folder), so no sync service carries it to another device. */
export function lockFileOf(vault: string): string {
  let real = path.resolve(vault);
  try {
    real = realpathSync(real);
  } catch {
    // the folder's own name will do
  }
  return path.join(tmpdir(), `follow-through-sync-${hashText(real)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function youngerThan(file: string, ms: number): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < ms;
  } catch {
    return false;
  }
}

/** Whether a lock is held by a live sync on this machine, refreshed lately. */
function held(text: string | undefined, now: number): LockFile | undefined {
  let lock: LockFile;
  try {
    lock = JSON.parse(text ?? '') as LockFile;
  } catch {
    return undefined; // unreadable or half-written: taken as free
  }
  return lock.host === hostname() && alive(lock.pid) && now - lock.at < lockStaleMs ? lock : undefined;
}

/**
 * Take the vault's sync lock, waiting for another sync of it to finish (up to
 * `waitMs`). A crashed sync leaves no stuck lock: its pid is gone, or its
 * timestamp goes stale (it is refreshed every 20 s while held).
 */
export async function takeLock(vault: string, options: { waitMs?: number; onWait?: (pid: number) => void } = {}): Promise<() => Promise<void>> {
  const file = lockFileOf(vault);
  const started = Date.now();
  let told = false;
  for (;;) {
    const mine: LockFile = { pid: process.pid, host: hostname(), at: Date.now() };
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      // Refreshed by rename, so the lock is never seen empty.
      const timer = setInterval(() => {
        try {
          writeAtomic(file, JSON.stringify({ ...mine, at: Date.now() }));
        } catch {
          // a refresh missed: the next one, or the sync's end, comes soon
        }
      }, 20_000);
      timer.unref();
      return async () => {
        clearInterval(timer);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = readLock(file);
    // Empty and new: just made by another sync (or being refreshed), its stamp not yet written.
    const writing = text === '' && youngerThan(file, 5_000);
    const other = writing ? undefined : held(text, Date.now());
    if (!writing && !other) {
      // Only the stale lock read is removed: if another sync took it over meanwhile, its fresh lock stays.
      if (readLock(file) === text) rmSync(file, { force: true });
      continue;
    }
    if (Date.now() - started >= (options.waitMs ?? lockWaitMs)) {
      throw new NotionSyncError(other ? { code: 'busy', pid: other.pid } : { code: 'busy' });
    }
    if (!told && other) {
      options.onWait?.(other.pid);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, writing ? 50 : 200));
  }
}
