// The command line's index: what each note held when it was last read, so a
// vault read again costs little more than looking at its files. Kept outside
// the vault (the user's cache folder), so `list` writes nothing into the vault,
// sync services and git never carry it, and a read-only vault still works.
//
// A vault's index can be larger than the memory a run should take (161 MB for
// 100,000 notes), so it is never held whole: the small parts of each line are
// read into memory, and the readings and printed output stay in the file,
// read back by their place when a note needs them. What a run reads afresh goes
// to a file of its own beside the index (the spill), and the next index is
// written from both, a line at a time.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { KeptReading } from '../core/index.js';
import { HeapKeeper } from './heap.js';

/** Bump when what is stored, or how a note is read, changes: older indexes are then ignored. */
const format = 5;

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

/** A stretch of bytes of a text kept on disk: in the index as it was opened, or in this run's spill. */
interface Stored {
  in: 'index' | 'spill';
  offset: number;
  length: number;
  /** The CRC-32 of its bytes, for a text in the index: checked when it is read back (the file may have been damaged, or rewritten in place). */
  crc?: number;
}

/** A text in memory, or where it is on disk. */
type Text = string | Stored;

/** One note as the index knows it. */
interface Entry {
  size: number;
  mtimeMs: number;
  /** The parse options the note was read with (their key). */
  options: string;
  /** The reading's head and body, or null for a note that holds no commitments and says nothing. */
  kept: { head: string; body: Text } | null;
  /**
   * What `list --json` printed for the note's commitments, and the key of what
   * that depended on besides the note (the day, when its tracking gives way,
   * the horizon, the path as printed), so an unchanged note on the same day is
   * printed again without being tracked again. The text is kept as the file
   * holds it (see `lineBreak`), and printed as bytes, never made a string.
   */
  output?: { key: string; stored: Text };
}

/** A kept reading whose body is read (from the index's file) only when asked for. */
export interface LazyKept {
  head: string;
  body: () => string;
}

/**
 * What stands for a line break in printed output kept in the file: a control
 * character, which JSON text never holds raw (JSON.stringify writes it as an
 * escape), so the output needs no escaping and is printed by swapping it back.
 */
const lineBreak = 0x01;

/*
 * The file: a first line of JSON, `{"format":5,"version":…,"options":[key, …],"entries":N}`,
 * then N lines, one per note: its path as a JSON string, its size, its
 * modification time, the index of its options in that list, its reading's
 * head and body as JSON (or `-` and `-`), and the key of what `list --json`
 * printed for it, as a JSON string, and that output, its line breaks written as
 * `lineBreak` (or `-` and `-`), then the CRC-32 (in hex) of the line's small
 * fields (the first five, tabs between them included, then the output's key)
 * and of each text (or `-`), separated by tabs: a line changed in any byte is
 * not used. JSON never holds a raw tab or
 * line break, and JSON.stringify's indented output holds a line break only
 * between values, so neither can appear inside a field.
 */
interface Header {
  format: number;
  version: string;
  options: string[];
  /** How many lines follow: a file cut short is not used. */
  entries: number;
}

/** Spills and half-written indexes older than this were left by a run that stopped before it saved: removed when an index is opened. */
const staleSpillMs = 60 * 60_000;

/** A folder named by the environment, when it is a whole path: an empty or relative one would be the folder a command is run from (perhaps the vault). */
function absolute(folder: string | undefined): string | undefined {
  return folder && path.isAbsolute(folder) ? folder : undefined;
}

/**
 * Where the index lives: FOLLOW_THROUGH_CACHE_DIR, else the platform's cache
 * folder; undefined when no whole path names one (no index is kept).
 */
export function cacheHome(env: NodeJS.ProcessEnv): string | undefined {
  if (env.FOLLOW_THROUGH_CACHE_DIR) return env.FOLLOW_THROUGH_CACHE_DIR;
  const home = absolute(env.HOME) ?? absolute(os.homedir());
  const under = (base: string | undefined, ...parts: string[]) => (base === undefined ? undefined : path.join(base, ...parts));
  if (process.platform === 'win32') return under(absolute(env.LOCALAPPDATA) ?? under(home, 'AppData', 'Local'), 'follow-through', 'cache');
  if (process.platform === 'darwin') return under(home, 'Library', 'Caches', 'follow-through');
  return under(absolute(env.XDG_CACHE_HOME) ?? under(home, '.cache'), 'follow-through');
}

/** The index for the notes under one folder. */
export class NoteIndex {
  private readonly entries: Map<string, Entry>;
  private changed = false;
  /** The index file as it was opened (its texts are read from it), and this run's spill. */
  private indexFd: number | undefined;
  private spillFd: number | undefined;
  /** How many bytes the spill holds, and the last of them, not yet written (written a megabyte at a time). */
  private spillSize = 0;
  private spillPending: Buffer[] = [];
  private spillPendingSize = 0;
  /** Set when the spill could not be written: its texts then stay in memory (`spillPending`, each where it starts). */
  private spillBroken = false;
  private spillPendingAt: number[] = [];
  /** How many notes were answered from the index, and how many were read. */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string | undefined,
    entries: Map<string, Entry>,
    indexFd: number | undefined,
  ) {
    this.entries = entries;
    this.indexFd = indexFd;
  }

  /** Open the index kept for a folder; a missing, corrupt or older index is an empty one. */
  static open(folder: string, env: NodeJS.ProcessEnv): NoteIndex {
    const name = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 24);
    const home = cacheHome(env);
    if (home === undefined) return NoteIndex.none();
    const file = path.join(home, `index-${name}.txt`);
    removeStaleSpills(path.dirname(file));
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const { entries, damaged } = readEntries(fd);
      const index = new NoteIndex(file, entries, fd);
      index.changed = damaged; // written again without the damaged lines
      return index;
    } catch {
      // No index yet, or one that cannot be read: start afresh (it is only a cache).
      if (fd !== undefined) closeSync(fd);
      return new NoteIndex(file, new Map(), undefined);
    }
  }

  /** An index that keeps nothing (`--no-cache`). */
  static none(): NoteIndex {
    return new NoteIndex(undefined, new Map(), undefined);
  }

  private entry(absolute: string, size: number, mtimeMs: number, options: string): Entry | undefined {
    if (!this.file) return undefined;
    const entry = this.entries.get(absolute);
    return entry && entry.size === size && entry.mtimeMs === mtimeMs && entry.options === options ? entry : undefined;
  }

  /** A text, read from disk when it is kept there. */
  private text(text: Text): string {
    return typeof text === 'string' ? text : this.bytes(text).toString('utf8');
  }

  /** The bytes of a text kept on disk. */
  private bytes(text: Stored): Buffer {
    if (text.in === 'spill' && text.offset >= this.spillSize - this.spillPendingSize) {
      this.flushSpill();
      if (this.spillBroken) {
        // Held in memory: a copy, as a read from disk would be (a caller may change the bytes it gets).
        const piece = this.spillPending[this.spillPendingAt.indexOf(text.offset)];
        if (!piece) throw new Error('a spilled text is missing');
        return Buffer.from(piece);
      }
    }
    const fd = text.in === 'index' ? this.indexFd : this.spillFd;
    if (fd === undefined) throw new Error('the index file is closed');
    const buffer = Buffer.allocUnsafe(text.length);
    let read = 0;
    while (read < text.length) {
      const n = readSync(fd, buffer, read, text.length - read, text.offset + read);
      if (n === 0) throw new Error('the index file is shorter than it said');
      read += n;
    }
    if (text.crc !== undefined && crc32(buffer) !== text.crc) throw new Error('the index file was changed');
    return buffer;
  }

  /** A text to write into the next index, and its CRC-32 (checked as it is read back, when it is in the index). */
  private checked(text: Text): { text: string; crc: number } {
    if (typeof text === 'string') return { text, crc: crc32(text) };
    const bytes = this.bytes(text);
    return { text: bytes.toString('utf8'), crc: text.crc ?? crc32(bytes) };
  }

  /** Put a text in this run's spill, so memory does not hold it (beyond the last megabyte, written together). */
  private spill(text: string): Text {
    if (!this.file) return text;
    const bytes = Buffer.from(text, 'utf8');
    const stored: Stored = { in: 'spill', offset: this.spillSize, length: bytes.length };
    this.spillPending.push(bytes);
    this.spillPendingAt.push(this.spillSize);
    this.spillPendingSize += bytes.length;
    this.spillSize += bytes.length;
    if (this.spillPendingSize >= 1 << 20) this.flushSpill();
    return stored;
  }

  /** Write the spill's pending bytes; if the spill cannot be written, they stay in memory (then `bytes` finds them there). */
  private flushSpill(): void {
    if (!this.file || this.spillPendingSize === 0 || this.spillBroken) return;
    try {
      if (this.spillFd === undefined) {
        mkdirSync(path.dirname(this.file), { recursive: true });
        this.spillFd = openSync(spillOf(this.file), 'w+');
      }
      const bytes = Buffer.concat(this.spillPending, this.spillPendingSize);
      const at = this.spillSize - this.spillPendingSize;
      let written = 0;
      while (written < bytes.length) written += writeSync(this.spillFd, bytes, written, bytes.length - written, at + written);
      this.spillPending = [];
      this.spillPendingAt = [];
      this.spillPendingSize = 0;
    } catch {
      this.spillBroken = true; // a full or read-only disk: this run keeps what it read in memory, as without an index
    }
  }

  /**
   * The note as read last time, kept, when the file and the options are as they
   * were (null: it holds nothing); undefined when the index does not know it so.
   * Its body is read when asked for.
   */
  getLazy(absolute: string, size: number, mtimeMs: number, options: string): LazyKept | null | undefined {
    const entry = this.entry(absolute, size, mtimeMs, options);
    if (!entry) {
      if (this.file) this.misses++;
      return undefined;
    }
    this.hits++;
    return entry.kept ? this.lazyOf(entry.kept) : null;
  }

  /** The reading kept for a note, as it is now in the index (after `set`), if it was kept there. */
  keptNow(absolute: string): LazyKept | null | undefined {
    const entry = this.file ? this.entries.get(absolute) : undefined;
    if (!entry) return undefined;
    return entry.kept ? this.lazyOf(entry.kept) : null;
  }

  private lazyOf(kept: { head: string; body: Text }): LazyKept {
    return { head: kept.head, body: () => this.text(kept.body) };
  }

  /** The note as read last time, kept (see `getLazy`), with its body read. */
  getKept(absolute: string, size: number, mtimeMs: number, options: string): KeptReading | null | undefined {
    const lazy = this.getLazy(absolute, size, mtimeMs, options);
    if (!lazy) return lazy;
    try {
      return { head: lazy.head, body: lazy.body() };
    } catch {
      this.forget(absolute); // its bytes cannot be read back: read the note afresh
      this.hits--;
      this.misses++;
      return undefined;
    }
  }

  /** What `list --json` printed for a note the index holds, as UTF-8, when it was printed under the same key. */
  getOutput(absolute: string, key: string): Uint8Array | undefined {
    if (!this.file) return undefined;
    const entry = this.entries.get(absolute);
    const output = entry?.output;
    if (!entry || !output || output.key !== key) return undefined;
    try {
      const bytes = typeof output.stored === 'string' ? Buffer.from(output.stored, 'utf8') : this.bytes(output.stored);
      for (let at = bytes.indexOf(lineBreak); at >= 0; at = bytes.indexOf(lineBreak, at + 1)) bytes[at] = 0x0a;
      return bytes;
    } catch {
      delete entry.output; // cannot be read back: printed afresh, and kept again
      this.changed = true;
      return undefined;
    }
  }

  /** Remember what `list --json` printed for a note the index holds (a note it does not hold is left out). */
  setOutput(absolute: string, key: string, text: string): void {
    const entry = this.file ? this.entries.get(absolute) : undefined;
    if (!entry || entry.output?.key === key || text.includes('\t') || text.includes('\u0001')) return;
    entry.output = { key, stored: this.spill(text.replaceAll('\n', '\u0001')) };
    this.changed = true;
  }

  /** Forget a damaged entry: the note is read afresh, and the next save leaves it out. */
  forget(absolute: string): void {
    if (this.entries.delete(absolute)) this.changed = true;
  }

  /** Remember how a note read (`kept`: see `keep`). */
  set(absolute: string, size: number, mtimeMs: number, options: string, kept: KeptReading | null, now = Date.now()): void {
    if (!this.file) return;
    if (now - mtimeMs < racyMs) {
      this.forget(absolute);
      return;
    }
    this.entries.set(absolute, { size, mtimeMs, options, kept: kept ? { head: kept.head, body: this.spill(kept.body) } : null });
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

  /**
   * Write the index, whole or not at all (a temporary file, then a rename); a
   * failure only costs the next run its speed. The index is closed after.
   */
  save(): void {
    try {
      if (this.file && this.changed) this.write(this.file);
    } finally {
      this.close();
    }
  }

  private write(file: string): void {
    const temp = `${file}.${process.pid}.tmp`;
    let fd: number | undefined;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      fd = openSync(temp, 'w');
      const out = fd;
      const options: string[] = [];
      const numbers = new Map<string, number>();
      for (const e of this.entries.values()) if (!numbers.has(e.options)) numbers.set(e.options, options.push(e.options) - 1);
      // How many lines follow is known only at the end (a line whose texts cannot be read back is left out):
      // the header is written first with room for it, and again at the end, the same length.
      const header = (entries: number) => `${JSON.stringify({ format, version: toolVersion, options }).slice(0, -1)},"entries":${String(entries).padEnd(16)}}\n`;
      let lines = 0;
      let batch: string[] = [header(0)];
      let size = 0;
      const flush = () => {
        writeAll(out, batch.join(''));
        batch = [];
        size = 0;
      };
      const heap = new HeapKeeper();
      for (const [absolute, e] of this.entries) {
        heap.tick();
        let body: { text: string; crc: number } | undefined;
        let output: { text: string; crc: number } | undefined;
        try {
          body = e.kept ? this.checked(e.kept.body) : undefined;
          output = e.output ? this.checked(e.output.stored) : undefined;
        } catch {
          continue; // its texts cannot be read back (the old index was damaged): left out, read afresh next time
        }
        const small = `${JSON.stringify(absolute)}\t${e.size}\t${e.mtimeMs}\t${numbers.get(e.options)}\t${e.kept ? e.kept.head : '-'}`;
        const outKey = e.output ? JSON.stringify(e.output.key) : '-';
        const sums = `${crc32(outKey, crc32(small)).toString(16)}\t${body ? body.crc.toString(16) : '-'}\t${output ? output.crc.toString(16) : '-'}`;
        const line = `${small}\t${body ? body.text : '-'}\t${outKey}\t${output ? output.text : '-'}\t${sums}\n`;
        lines++;
        batch.push(line);
        size += line.length;
        if (size >= 1 << 20) flush();
      }
      flush();
      // The header says how many lines follow, so it is written last, at the place kept for it.
      const last = Buffer.from(header(lines), 'utf8');
      if (writeSync(out, last, 0, last.length, 0) !== last.length) throw new Error('the header was not written');
      closeSync(out);
      fd = undefined;
      // The texts have all been read from the old index: it can go (on every platform) before the new one takes its name.
      this.closeIndex();
      renameSync(temp, file);
      this.changed = false;
    } catch {
      // A cache folder that cannot be written (read-only, or not a folder at all): nothing to tidy, and nothing to say.
      quietly(() => {
        if (fd !== undefined) closeSync(fd);
      });
      quietly(() => rmSync(temp, { force: true }));
    }
  }

  private closeIndex(): void {
    if (this.indexFd !== undefined) closeSync(this.indexFd);
    this.indexFd = undefined;
  }

  /** Close the index's files and remove this run's spill (its texts are not needed once the index is written). */
  close(): void {
    this.closeIndex();
    const spillFd = this.spillFd;
    if (spillFd !== undefined && this.file) {
      const spill = spillOf(this.file);
      quietly(() => closeSync(spillFd));
      quietly(() => rmSync(spill, { force: true }));
    }
    this.spillFd = undefined;
  }
}

function spillOf(file: string): string {
  return `${file}.${process.pid}.spill`;
}

/** Run a step whose failure changes nothing that is printed (closing or removing the cache's own files). */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // only the cache's tidiness suffers
  }
}

/** Remove what runs that stopped before they were done left in the cache folder: their spills, and indexes they did not finish writing. */
function removeStaleSpills(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no cache folder yet, or one that cannot be read: nothing to tidy
  }
  for (const name of names) {
    if (!name.startsWith('index-') || !/\.\d+\.(spill|tmp)$/.test(name)) continue;
    const full = path.join(dir, name);
    quietly(() => {
      if (Date.now() - statSync(full).mtimeMs > staleSpillMs) rmSync(full, { force: true });
    });
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/**
 * Read an index file a piece at a time, keeping each line's small fields and
 * where its texts are; throws on anything that is not this format and build
 * (the caller starts afresh).
 */
function readEntries(fd: number): { entries: Map<string, Entry>; damaged: boolean } {
  const entries = new Map<string, Entry>();
  let lines = 0;
  let damaged = false;
  const piece = Buffer.allocUnsafe(1 << 20);
  let carry: Buffer = Buffer.alloc(0);
  /** Where `carry` starts in the file. */
  let carryAt = 0;
  let position = 0;
  let header: Partial<Header> | null | undefined;
  const line = (bytes: Buffer, at: number) => {
    if (header === undefined) {
      header = JSON.parse(bytes.toString('utf8')) as Partial<Header> | null;
      if (!header || header.format !== format || header.version !== toolVersion || !Array.isArray(header.options)) throw new Error('not this index');
      return;
    }
    lines++;
    const tabs: number[] = [];
    for (let t = bytes.indexOf(9); t >= 0; t = bytes.indexOf(9, t + 1)) tabs.push(t);
    const start = (i: number) => (i === 0 ? 0 : (tabs[i - 1] ?? 0) + 1);
    const end = (i: number) => tabs[i] ?? bytes.length;
    const field = (i: number) => bytes.toString('utf8', start(i), end(i));
    // `-` (or any other damage) reads as NaN, which no text's CRC equals.
    const sum = (i: number) => Number.parseInt(field(i), 16);
    // A line changed in any byte of its small fields is left out (and the note read afresh); its texts are checked as they are read.
    if (tabs.length !== 10 || crc32(bytes.subarray(start(6), end(6)), crc32(bytes.subarray(0, end(4)))) !== sum(8)) {
      damaged = true;
      return;
    }
    const stored = (i: number, crc: number): Stored => ({ in: 'index', offset: at + start(i), length: end(i) - start(i), crc });
    try {
      const key = header?.options?.[Number(field(3))];
      if (key === undefined) throw new Error('a damaged line');
      const head = field(4);
      const entry: Entry = { size: Number(field(1)), mtimeMs: Number(field(2)), options: key, kept: head === '-' ? null : { head, body: stored(5, sum(9)) } };
      const outKey = field(6);
      if (outKey !== '-') entry.output = { key: JSON.parse(outKey) as string, stored: stored(7, sum(10)) };
      entries.set(JSON.parse(field(0)) as string, entry);
    } catch {
      damaged = true;
    }
  };
  for (;;) {
    const n = readSync(fd, piece, 0, piece.length, position);
    if (n === 0) break;
    const bytes = carry.length > 0 ? Buffer.concat([carry, piece.subarray(0, n)]) : piece.subarray(0, n);
    const bytesAt = carry.length > 0 ? carryAt : position;
    position += n;
    let start = 0;
    for (let end = bytes.indexOf(10); end >= 0; end = bytes.indexOf(10, start)) {
      line(bytes.subarray(start, end), bytesAt + start);
      start = end + 1;
    }
    // What is left is the start of a line that goes on in the next piece (copied: `piece` is read into again).
    carry = Buffer.from(bytes.subarray(start));
    carryAt = bytesAt + start;
  }
  if (carry.length > 0) throw new Error('cut short');
  if (!header || lines !== header.entries) throw new Error('cut short');
  return { entries, damaged };
}
