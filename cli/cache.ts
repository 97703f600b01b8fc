// The command line's index: what each note held when it was last read, so a
// vault read again costs little more than looking at its files. Kept outside
// the vault (the user's cache folder), so `list` writes nothing into the vault,
// sync services and git never carry it, and a read-only vault still works.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseOptions, ReadNote } from '../core/index.js';

/** Bump when what is stored, or how a note is read, changes: older indexes are then ignored. */
const format = 1;

/**
 * Which build of the tool this is: the running file's size and time, and the
 * names of the chunks beside it (esbuild names them by their contents). An index
 * written by any other build is never reused, so an upgrade (or a rebuild while
 * developing) reads every note afresh once.
 */
function buildId(): string {
  try {
    const self = fileURLToPath(import.meta.url);
    const { size, mtimeMs } = statSync(self);
    // This code runs from dist/cli.js or from a chunk in dist/cli-chunks/.
    const chunksDir = path.basename(path.dirname(self)) === 'cli-chunks' ? path.dirname(self) : path.join(path.dirname(self), 'cli-chunks');
    let chunks: string[] = [];
    try {
      chunks = readdirSync(chunksDir).sort();
    } catch {
      // running from source: no chunks
    }
    return `${format}:${size}:${mtimeMs}:${chunks.join(',')}`;
  } catch {
    return `${format}:unknown`;
  }
}
const toolVersion = buildId();

/**
 * An entry is trusted only when its file looks exactly as it did: the same size
 * and modification time. A file written in the same instant as the index could
 * change again within the clock's resolution without its time moving, so such
 * entries (younger than this) are not kept.
 */
const racyMs = 2000;

interface Entry {
  size: number;
  mtimeMs: number;
  /** The parse options the note was read with (their key). */
  options: string;
  /** The note as read, without its line scan; null for a note that holds no commitments. */
  note: ReadNote | null;
}

interface Stored {
  format: number;
  version: string;
  entries: Record<string, Entry>;
}

/** Where the index lives: FOLLOW_THROUGH_CACHE_DIR, else the platform's cache folder. */
export function cacheHome(env: NodeJS.ProcessEnv): string {
  if (env.FOLLOW_THROUGH_CACHE_DIR) return env.FOLLOW_THROUGH_CACHE_DIR;
  const home = env.HOME ?? os.homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'follow-through', 'cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'follow-through');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'follow-through');
}

/** A key for the options that change how a note reads. */
export function optionsKey(options: ParseOptions): string {
  return JSON.stringify([
    options.headings ?? null,
    options.tag ?? null,
    options.maxCommitments ?? null,
    options.defaults ?? null,
    options.taskStatuses ? [...options.taskStatuses.entries()].sort() : null,
  ]);
}

/** The index for the notes under one folder. */
export class NoteIndex {
  private readonly entries: Record<string, Entry>;
  private changed = false;
  /** How many notes were answered from the index, and how many were read. */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | undefined,
    stored: Stored | undefined,
  ) {
    this.entries = stored?.entries ?? {};
  }

  /** Open the index kept for a folder; a missing, corrupt or older index is an empty one. */
  static open(folder: string, env: NodeJS.ProcessEnv): NoteIndex {
    const name = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 24);
    const file = path.join(cacheHome(env), `index-${name}.json`);
    let stored: Stored | undefined;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored> | null;
      if (data && data.format === format && data.version === toolVersion && data.entries && typeof data.entries === 'object') stored = data as Stored;
    } catch {
      // No index yet, or one that cannot be read: start afresh (it is only a cache).
    }
    return new NoteIndex(file, stored);
  }

  /** An index that keeps nothing (`--no-cache`). */
  static none(): NoteIndex {
    return new NoteIndex(undefined, undefined);
  }

  /** The note as read last time, when the file and the options are as they were; else undefined. */
  get(relative: string, size: number, mtimeMs: number, options: string): ReadNote | undefined {
    if (!this.file) return undefined;
    const entry = this.entries[relative];
    if (!entry || entry.size !== size || entry.mtimeMs !== mtimeMs || entry.options !== options) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    if (entry.note === null) return undefined; // the caller knows this note holds nothing: see `holdsNothing`
    return entry.note;
  }

  /** Whether the index knows, for this file as it is, that it holds no commitments. */
  holdsNothing(relative: string, size: number, mtimeMs: number, options: string): boolean {
    const entry = this.entries[relative];
    return !!this.file && !!entry && entry.note === null && entry.size === size && entry.mtimeMs === mtimeMs && entry.options === options;
  }

  /** Remember how a note read. */
  set(relative: string, size: number, mtimeMs: number, options: string, note: ReadNote, now = Date.now()): void {
    if (!this.file) return;
    if (now - mtimeMs < racyMs) {
      if (this.entries[relative]) {
        delete this.entries[relative];
        this.changed = true;
      }
      return;
    }
    // Only what the reading commands use: not the line scan, nor where each item sits (only track, which edits, needs those).
    const kept: ReadNote = {
      meta: note.meta,
      commitments: note.commitments,
      diagnostics: note.diagnostics,
      places: [],
      marks: { items: note.marks.items.map(({ item: _item, ...mark }) => mark as typeof mark & Pick<(typeof note.marks.items)[number], 'item'>), prompts: note.marks.prompts },
    };
    this.entries[relative] = { size, mtimeMs, options, note: note.commitments.length === 0 && note.diagnostics.length === 0 ? null : kept };
    this.changed = true;
  }

  /** Forget the notes that are gone (deleted or renamed away). */
  keepOnly(present: ReadonlySet<string>): void {
    for (const relative of Object.keys(this.entries)) {
      if (!present.has(relative)) {
        delete this.entries[relative];
        this.changed = true;
      }
    }
  }

  /** Write the index, whole or not at all (a temporary file, then a rename); a failure only costs the next run its speed. */
  save(): void {
    if (!this.file || !this.changed) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ format, version: toolVersion, entries: this.entries } satisfies Stored));
      renameSync(temp, this.file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}
