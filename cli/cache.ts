// The command line's index: what each note held when it was last read, so a
// vault read again costs little more than looking at its files. Kept outside
// the vault (the user's cache folder), so `list` writes nothing into the vault,
// sync services and git never carry it, and a read-only vault still works.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type KeptReading, type ReadNote, readKept } from '../core/index.js';

/** Bump when what is stored, or how a note is read, changes: older indexes are then ignored. */
const format = 3;

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

/** One note as the index knows it. */
interface Entry {
  size: number;
  mtimeMs: number;
  /** The parse options the note was read with (their key). */
  options: string;
  /** The reading, or null for a note that holds no commitments and says nothing. */
  kept: KeptReading | null;
  /**
   * What `list --json` printed for the note's commitments, and the key of what
   * that depended on besides the note (the day, when its tracking gives way,
   * the horizon, the path as printed), so an unchanged note on the same day is
   * printed again without being tracked again. The text is kept as a JSON
   * string, as the file holds it, and decoded only when it is printed.
   */
  output?: { key: string; textJson: string };
}

/*
 * The file: a first line of JSON, `{"format":3,"version":…,"options":[key, …],"entries":N}`,
 * then N lines, one per note: its path as a JSON string, its size, its
 * modification time, the index of its options in that list, its reading's
 * head and body as JSON (or `-` and `-`), and what `list --json` printed for it
 * with that output's key, both as JSON strings (or `-` and `-`), separated by
 * tabs. JSON never holds a raw tab or line break, so neither can appear inside
 * a field.
 */
interface Header {
  format: number;
  version: string;
  options: string[];
  /** How many lines follow: a file cut short is not used. */
  entries: number;
}

/** Where the index lives: FOLLOW_THROUGH_CACHE_DIR, else the platform's cache folder. */
export function cacheHome(env: NodeJS.ProcessEnv): string {
  if (env.FOLLOW_THROUGH_CACHE_DIR) return env.FOLLOW_THROUGH_CACHE_DIR;
  const home = env.HOME ?? os.homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'follow-through', 'cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'follow-through');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'follow-through');
}

/** The index for the notes under one folder. */
export class NoteIndex {
  private readonly entries: Map<string, Entry>;
  private changed = false;
  /** How many notes were answered from the index, and how many were read. */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | undefined,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
  }

  /** Open the index kept for a folder; a missing, corrupt or older index is an empty one. */
  static open(folder: string, env: NodeJS.ProcessEnv): NoteIndex {
    const name = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 24);
    const file = path.join(cacheHome(env), `index-${name}.txt`);
    let entries = new Map<string, Entry>();
    try {
      entries = readEntries(readFileSync(file, 'utf8'));
    } catch {
      // No index yet, or one that cannot be read: start afresh (it is only a cache).
    }
    return new NoteIndex(file, entries);
  }

  /** An index that keeps nothing (`--no-cache`). */
  static none(): NoteIndex {
    return new NoteIndex(undefined, new Map());
  }

  private entry(absolute: string, size: number, mtimeMs: number, options: string): Entry | undefined {
    if (!this.file) return undefined;
    const entry = this.entries.get(absolute);
    return entry && entry.size === size && entry.mtimeMs === mtimeMs && entry.options === options ? entry : undefined;
  }

  /**
   * The note as read last time, kept, when the file and the options are as they
   * were (null: it holds nothing); undefined when the index does not know it so.
   */
  getKept(absolute: string, size: number, mtimeMs: number, options: string): KeptReading | null | undefined {
    const entry = this.entry(absolute, size, mtimeMs, options);
    if (!entry) {
      if (this.file) this.misses++;
      return undefined;
    }
    this.hits++;
    return entry.kept;
  }

  /** The note as read last time, when the file and the options are as they were; else undefined. */
  get(absolute: string, size: number, mtimeMs: number, options: string): ReadNote | undefined {
    const kept = this.getKept(absolute, size, mtimeMs, options);
    if (!kept) return undefined;
    try {
      return readKept(kept);
    } catch {
      this.forget(absolute);
      return undefined;
    }
  }

  /** What `list --json` printed for a note the index holds, when it was printed under the same key. */
  getOutput(absolute: string, key: string): string | undefined {
    if (!this.file) return undefined;
    const output = this.entries.get(absolute)?.output;
    if (!output || output.key !== key) return undefined;
    try {
      return JSON.parse(output.textJson) as string;
    } catch {
      delete this.entries.get(absolute)?.output; // damaged: printed afresh, and kept again
      return undefined;
    }
  }

  /** Remember what `list --json` printed for a note the index holds (a note it does not hold is left out). */
  setOutput(absolute: string, key: string, text: string): void {
    const entry = this.file ? this.entries.get(absolute) : undefined;
    if (!entry) return;
    const textJson = JSON.stringify(text);
    if (entry.output?.key === key && entry.output.textJson === textJson) return;
    entry.output = { key, textJson };
    this.changed = true;
  }

  /** Forget a damaged entry: the note is read afresh, and the next save leaves it out. */
  forget(absolute: string): void {
    if (this.entries.delete(absolute)) this.changed = true;
  }

  /** Whether the index knows, for this file as it is, that it holds no commitments. */
  holdsNothing(absolute: string, size: number, mtimeMs: number, options: string): boolean {
    return this.entry(absolute, size, mtimeMs, options)?.kept === null;
  }

  /** Remember how a note read (`kept`: see `keep`). */
  set(absolute: string, size: number, mtimeMs: number, options: string, kept: KeptReading | null, now = Date.now()): void {
    if (!this.file) return;
    if (now - mtimeMs < racyMs) {
      this.forget(absolute);
      return;
    }
    this.entries.set(absolute, { size, mtimeMs, options, kept });
    this.changed = true;
  }

  /** Forget the notes that are gone (deleted or renamed away). */
  keepOnly(present: ReadonlySet<string>): void {
    for (const absolute of this.entries.keys()) {
      if (!present.has(absolute)) {
        this.entries.delete(absolute);
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
      writeFileSync(temp, writeEntries(this.entries));
      renameSync(temp, this.file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}

/** Read an index file; throws on anything that is not this format and build (the caller starts afresh). */
function readEntries(text: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let end = text.indexOf('\n');
  const header = JSON.parse(end < 0 ? text : text.slice(0, end)) as Partial<Header> | null;
  if (!header || header.format !== format || header.version !== toolVersion || !Array.isArray(header.options) || !text.endsWith('\n')) throw new Error('not this index');
  const options = header.options;
  while (end >= 0 && end < text.length - 1) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    const line = end < 0 ? text.slice(start) : text.slice(start, end);
    const fields = line.split('\t');
    const [name, size, mtime, option, head, body, outKey, outText] = fields;
    const key = options[Number(option)];
    if (fields.length !== 8 || name === undefined || head === undefined || body === undefined || key === undefined || outKey === undefined || outText === undefined) {
      throw new Error('a damaged line');
    }
    const kept = head === '-' ? null : { head, body };
    const entry: Entry = { size: Number(size), mtimeMs: Number(mtime), options: key, kept };
    if (outKey !== '-') entry.output = { key: JSON.parse(outKey) as string, textJson: outText };
    entries.set(JSON.parse(name) as string, entry);
  }
  if (entries.size !== header.entries) throw new Error('cut short');
  return entries;
}

function writeEntries(entries: ReadonlyMap<string, Entry>): string {
  const options: string[] = [];
  const numbers = new Map<string, number>();
  const lines: string[] = [];
  for (const [absolute, e] of entries) {
    let n = numbers.get(e.options);
    if (n === undefined) {
      n = options.push(e.options) - 1;
      numbers.set(e.options, n);
    }
    const output = e.output ? `${JSON.stringify(e.output.key)}\t${e.output.textJson}` : '-\t-';
    lines.push(`${JSON.stringify(absolute)}\t${e.size}\t${e.mtimeMs}\t${n}\t${e.kept ? `${e.kept.head}\t${e.kept.body}` : '-\t-'}\t${output}\n`);
  }
  const header: Header = { format, version: toolVersion, options, entries: lines.length };
  return `${JSON.stringify(header)}\n${lines.join('')}`;
}
