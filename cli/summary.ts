// What a folder run read and what it passed over: how many notes, how many
// hold commitments, and each note skipped (or read only in part) with a reason
// code people can script against. Text goes to standard error; `--json` gets
// the same object as its `summary` key.

import { statSync } from 'node:fs';
import path from 'node:path';
import type { SkipReason as NoteSkipReason } from './note-file.js';
import type { NoteResult } from './notes.js';

/** What a summary needs of each note read: a `NoteResult`, or the little a streamed run keeps of one. */
export interface SummaryInput {
  file: Pick<NoteResult['file'], 'relative'>;
  error: string | undefined;
  reason?: NoteResult['reason'];
  note: { diagnostics: NoteResult['note']['diagnostics']; commitments: { length: number } };
}

/**
 * Why a note was passed over, in whole or in part: why it could not be read
 * (`unreadable`, `not-utf8`, `utf-16`: a NoteResult's `reason`), or
 * `too-many-items` (a list so long it is a log: only its first items were read).
 */
export type SkipReason = NoteSkipReason | 'too-many-items';

/** One note passed over, and why. */
export interface PassedOver {
  file: string;
  reason: SkipReason;
  /** Whether the note was still read in part (its first items), or not at all. */
  partly: boolean;
  message: string;
}

/** A folder run's summary: the `summary` key of `list --json` and `lint --json`. */
export interface FolderSummary {
  /** Notes found under the paths given. */
  notes: number;
  /** Notes read (found, less those skipped whole). */
  read: number;
  /** Notes holding at least one commitment. */
  withCommitments: number;
  skipped: PassedOver[];
}

/**
 * Sum up what a run read and what it passed over: the notes that could not be
 * read, and, for `track`, the notes it read but left alone (`left`: read-only,
 * a folder that cannot be written, a note that kept changing).
 */
export function folderSummary(
  results: readonly SummaryInput[],
  left: ReadonlyArray<{ file: string; reason: NoteSkipReason; message: string }> = [],
  /** How many more notes were read whole and hold nothing (a streamed run does not keep them). */
  quiet = 0,
): FolderSummary {
  const skipped: PassedOver[] = [];
  const unread = new Set<string>();
  for (const r of results) {
    if (r.error) {
      skipped.push({ file: r.file.relative, reason: r.reason ?? 'unreadable', partly: false, message: r.error });
      unread.add(r.file.relative);
    }
    for (const d of r.note.diagnostics) {
      if (d.code === 'too-many-items') skipped.push({ file: r.file.relative, reason: 'too-many-items', partly: true, message: d.message });
    }
  }
  for (const l of left) {
    if (!unread.has(l.file)) skipped.push({ file: l.file, reason: l.reason, partly: false, message: l.message });
  }
  const whole = new Set(skipped.filter((s) => !s.partly).map((s) => s.file));
  return {
    notes: results.length + quiet,
    read: results.filter((r) => !whole.has(r.file.relative)).length + quiet,
    withCommitments: results.filter((r) => r.note.commitments.length > 0).length,
    skipped,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const reasonWords: Partial<Record<SkipReason, string>> = {
  unreadable: 'could not be read',
  'not-utf8': 'is not UTF-8 text',
  'utf-16': 'is UTF-16 text',
  'read-only': 'is read-only',
  'folder-read-only': 'is in a folder that cannot be written',
  changed: 'kept changing while it was written',
  'write-failed': 'could not be written',
  'too-many-items': 'read in part: too many items',
};

/** The summary in plain words, for standard error: one line, then one per note passed over. */
export function describeFolderSummary(summary: FolderSummary): string {
  const lines = [
    `Read ${count(summary.read, 'note', 'notes')} of ${summary.notes}: ${count(summary.withCommitments, 'holds', 'hold')} commitments${
      summary.skipped.length > 0 ? `, ${count(summary.skipped.length, 'was', 'were')} passed over in whole or in part` : ''
    }.`,
  ];
  for (const s of summary.skipped) {
    // A note track left alone carries its reason as a clause ("it is read-only …, so …"): said once.
    if (s.message.startsWith('it ')) lines.push(`  ${s.file} (${s.reason}): ${s.message}`);
    else lines.push(`  ${s.file}: ${reasonWords[s.reason] ?? s.reason} (${s.reason}). ${s.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether any path given is a folder: the summary is said for folder runs. */
export function isFolderRun(paths: readonly string[], cwd: string): boolean {
  return paths.some((p) => {
    try {
      return statSync(path.resolve(cwd, p)).isDirectory();
    } catch {
      return false;
    }
  });
}
