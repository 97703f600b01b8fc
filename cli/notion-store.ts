// The command line's sync store: notes read from disk under the PATHs, written
// back by way of a temporary file and a rename (as `track` writes them), and
// the state in VAULT/.follow-through/notion.json.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StateFileError } from '../notion-sync/errors.js';
import { type StateRead, type SyncState, serializeState, stateFile, stateFromText } from '../notion-sync/state.js';
import type { StoreNote, SyncStore } from '../notion-sync/store.js';
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
export function fsSyncStore(vault: string, notes: readonly NoteResult[]): SyncStore {
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
  };
}
