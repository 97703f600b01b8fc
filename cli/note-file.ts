// Reading and writing notes on disk without damaging them: bytes that are not
// UTF-8 are never turned into text to be written back, a note or folder with
// no write permission is left alone (even for root, who could replace it), a
// written note keeps its mode and (where the process may set it) its owner,
// and a write another program makes while a note is being replaced is found
// and the edit applied again on top of it.

import {
  type Stats,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  accessSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { type EncodingProblem, decodeNote, encodingAdvice } from '../core/index.js';

/** Why a note was left as it was: a short code for scripts and summaries, with `skipMessage` for people. */
export type SkipReason = 'unreadable' | EncodingProblem | 'read-only' | 'folder-read-only' | 'changed' | 'write-failed';

/** Say why a note was left alone, and what to do about it. */
export function skipMessage(reason: SkipReason, detail = ''): string {
  switch (reason) {
    case 'not-utf8':
    case 'utf-16':
      return encodingAdvice(reason);
    case 'read-only':
      return 'it is read-only (its permissions let no one write it), so Follow Through left it as it was. To track it, make it writable (chmod u+w "note.md").';
    case 'folder-read-only':
      return 'its folder cannot be written, and Follow Through writes a note by way of a temporary file beside it, so it left the note as it was. To track it, make the folder writable.';
    case 'changed':
      return 'it kept changing while Follow Through was writing it (another program is saving it), so it was left as that program last wrote it. Run track again.';
    case 'write-failed':
      return `it could not be written (${detail}); nothing in it changed.`;
    case 'unreadable':
      return `it could not be read (${detail}); it was skipped.`;
  }
}

/**
 * The buffer notes are read into, used again for each (a vault's worth of
 * buffers from readFileSync would sit outside the heap until V8 next collects,
 * tens of megabytes on a large run). A note larger than `keptScratch` gets a
 * buffer of its own, which is not kept.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
const keptScratch = 4 * 1024 * 1024;

/** A note's bytes, into `scratch` (or a buffer of its own, for a large note); read to its end, whatever its size said. */
function readBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    let buffer = size < scratch.length ? scratch : Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (buffer !== scratch && buffer.length <= keptScratch) scratch = buffer;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** A note's text from disk, or why it is not read as text. */
export function readNoteText(file: string): { text: string; reason?: undefined } | { text?: undefined; reason: SkipReason; detail: string } {
  let bytes: Buffer;
  try {
    bytes = readBytes(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: 'unreadable', detail: code === 'EACCES' ? 'permission denied' : String((error as Error).message) };
  }
  const decoded = decodeNote(bytes);
  return decoded.problem ? { reason: decoded.problem, detail: '' } : { text: decoded.text };
}

function hasNoWriteBit(stat: Stats): boolean {
  return (stat.mode & 0o222) === 0;
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a note may be written, and if not, why: a note with no write bit in
 * its mode is left alone even when the process could replace it (root can),
 * and so is a note in a folder the process cannot write (a note is replaced
 * by way of a temporary file in its folder).
 */
export function writeProblem(file: string): 'read-only' | 'folder-read-only' | undefined {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    return undefined; // a new file: its folder decides
  }
  if (hasNoWriteBit(stat) || !writable(file)) return 'read-only';
  const dir = path.dirname(file);
  try {
    if (hasNoWriteBit(statSync(dir)) || !writable(dir)) return 'folder-read-only';
  } catch {
    return 'folder-read-only';
  }
  return undefined;
}

/** Everything an open file holds now, from its start. */
function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(65536);
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    position += n;
  }
  return Buffer.concat(chunks);
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** Write `bytes` to a new temporary file beside `file` with the note's mode and owner. */
function writeTemp(file: string, bytes: Buffer, stat: Stats | undefined): string {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.follow-through-${process.pid}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (stat) {
      // The umask never narrows the note's mode, and the owner stays where the process may set it.
      fchmodSync(fd, stat.mode & 0o7777);
      try {
        fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Only root (or the owner, for the group) may: the note then belongs to the one who runs track.
      }
    }
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** What `writeNoteSafely` did. */
export type WriteOutcome = { written: boolean; text: string; reason?: undefined } | { written: false; reason: SkipReason; detail: string };

/** A note renamed into place whose old file is still open, to be looked at for late writes. */
interface Pending {
  file: string;
  fd: number;
  /** What the old file held when it was replaced. */
  known: Buffer;
  /** What was written in its place. */
  written: Buffer;
  /** Whether bytes appended to the note may simply follow what was written (its last line ends with a line break). */
  appendable: boolean;
  edit: (current: string) => string | undefined;
}

function endsLine(bytes: Buffer): boolean {
  const last = bytes[bytes.length - 1];
  return last === 0x0a || last === 0x0d;
}

/** Whether `bytes` starts with `prefix`. */
function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

/**
 * Writes notes without losing what another program writes at the same time.
 *
 * `write` replaces a note with `edit(current)`, where `current` is its text at
 * the moment of writing (`edit` returns undefined, or the text unchanged, when
 * there is nothing to do). The note is written whole to a temporary file and
 * renamed over the old one, so a crash never leaves half a note. Then:
 *
 * - lines another program appends while the edit is planned or written (as
 *   editors, sync clients and logs append) are carried over after the edited
 *   text, in order, as if they had come just after the write;
 * - any other change before the last check (the note rewritten or replaced)
 *   is read, and the edit planned again on the new text;
 * - bytes written into the old file after the rename, by a program that had
 *   it open, are read back from it (it is kept open until `finish`, so a late
 *   write has time to land) and written again after the edited text.
 *
 * A note saved by a program that replaces it by rename in the microseconds
 * between the last check and the rename cannot be seen; the next run finds it.
 */
export class NoteWriter {
  private pending: Pending[] = [];
  private readonly late: Array<{ file: string; outcome: WriteOutcome }> = [];

  constructor(private readonly attempts = 50) {}

  /** Write one note (its old file is looked at for late writes by `finish`, or when many notes are waiting). */
  write(file: string, edit: (current: string) => string | undefined): WriteOutcome {
    const problem = writeProblem(file);
    if (problem) return { written: false, reason: problem, detail: '' };
    const outcome = this.plan(file, edit, undefined);
    if (this.pending.length >= 64) this.settle(this.pending.length - 16);
    return outcome;
  }

  /** Look at every written note's old file for late writes; the notes whose outcome changed, with the new outcome. */
  finish(): Array<{ file: string; outcome: WriteOutcome }> {
    while (this.pending.length > 0) {
      if (this.pending.length < 4) sleep(2); // the last notes written: give a late write a moment to land
      this.settle(this.pending.length);
    }
    return this.late.splice(0);
  }

  private settle(count: number): void {
    for (const p of this.pending.splice(0, count)) {
      let old: Buffer;
      try {
        old = readAll(p.fd);
      } finally {
        closeSync(p.fd);
      }
      if (old.equals(p.known)) continue;
      let outcome: WriteOutcome | 'replan';
      if (p.appendable && startsWith(old, p.known)) {
        // Appended to the old file after the rename: those bytes follow what was written, before anything added since.
        outcome = this.commit(p.file, p.written, Buffer.concat([p.written, old.subarray(p.known.length)]), p.appendable, p.edit);
      } else {
        // Rewritten in place: plan again on that text, with anything appended to the new file since.
        outcome = this.plan(p.file, p.edit, { user: old, ours: p.written });
      }
      if (outcome === 'replan') outcome = { written: false, reason: 'changed', detail: '' };
      if (outcome.reason) this.late.push({ file: p.file, outcome });
    }
  }

  /** Read the note, plan the edit on it (or on what a raced write left), and write it. */
  private plan(file: string, edit: (current: string) => string | undefined, raced: { user: Buffer; ours: Buffer } | undefined): WriteOutcome {
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      let onDisk: Buffer;
      try {
        onDisk = readFileSync(file);
      } catch (error) {
        return { written: false, reason: 'unreadable', detail: String((error as Error).message) };
      }
      let user = onDisk;
      if (raced) {
        if (!startsWith(onDisk, raced.ours)) return { written: false, reason: 'changed', detail: '' };
        user = Buffer.concat([raced.user, onDisk.subarray(raced.ours.length)]);
      }
      const decoded = decodeNote(user);
      if (decoded.problem) return { written: false, reason: decoded.problem, detail: '' };
      const nextText = edit(decoded.text) ?? decoded.text;
      if (!raced && nextText === decoded.text) return { written: false, text: decoded.text };
      const ours = Buffer.from(nextText, 'utf8');
      const outcome = this.commit(file, onDisk, ours, endsLine(user) && endsLine(ours), edit);
      if (outcome !== 'replan') return outcome;
    }
    return { written: false, reason: 'changed', detail: '' };
  }

  /**
   * Put `ours` in place of a note read as `known`. Bytes appended to it since are carried over after `ours`
   * (when `appendable`); any other change asks for the edit to be planned again.
   */
  private commit(file: string, known: Buffer, ours: Buffer, appendable: boolean, edit: Pending['edit']): WriteOutcome | 'replan' {
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      let fd: number;
      try {
        fd = openSync(file, 'r');
      } catch (error) {
        return { written: false, reason: 'unreadable', detail: String((error as Error).message) };
      }
      let keepOpen = false;
      try {
        const stat = fstatSync(fd);
        const current = readAll(fd);
        if (!startsWith(current, known) || (!appendable && current.length !== known.length)) return 'replan';
        const bytes = Buffer.concat([ours, current.subarray(known.length)]);
        const temp = writeTemp(file, bytes, stat);
        // The last check: the note is still the file read, unchanged since.
        let now: Stats | undefined;
        try {
          now = statSync(file);
        } catch {
          now = undefined;
        }
        if (!now || !sameFile(now, fstatSync(fd)) || !sameFile(now, stat)) {
          unlinkSync(temp);
          continue;
        }
        renameSync(temp, file);
        this.pending.push({ file, fd, known: current, written: bytes, appendable, edit });
        keepOpen = true;
        return { written: true, text: bytes.toString('utf8') };
      } catch (error) {
        return { written: false, reason: 'write-failed', detail: (error as Error).message };
      } finally {
        if (!keepOpen) closeSync(fd);
      }
    }
    return { written: false, reason: 'changed', detail: '' };
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Write one note safely (see `NoteWriter`), looking for late writes before returning. */
export function writeNoteSafely(file: string, edit: (current: string) => string | undefined): WriteOutcome {
  const writer = new NoteWriter();
  const outcome = writer.write(file, edit);
  return writer.finish()[0]?.outcome ?? outcome;
}
