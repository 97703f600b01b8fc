import { parse as parseYaml } from 'yaml';
import { type ParseOptions, type ReadNote, defaultMeta, parseNote } from '../core/index.js';
import { type SkipReason, readNoteText, skipMessage } from './note-file.js';
import type { NoteFile } from './vault.js';

/** One note read from disk and parsed, or the reason it could not be read. */
export interface NoteResult {
  file: NoteFile;
  text: string;
  note: ReadNote;
  /** Set when the file could not be read; the note is then empty. */
  error: string | undefined;
  /** Why the note was not read, as a code (`not-utf8`, `utf-16`, `unreadable`), when it was not. */
  reason?: SkipReason | undefined;
}

/** The CLI's parse options: core's defaults with the `yaml` package as the YAML parser. */
export const cliParseOptions: ParseOptions = {
  parseYaml: (source): unknown => parseYaml(source, { uniqueKeys: false }),
};

const empty: ReadNote = {
  meta: { ...defaultMeta, breaks: [] },
  commitments: [],
  diagnostics: [],
  scan: undefined,
  places: [],
  marks: { items: [], prompts: [] },
};

/**
 * Read and parse each note, reporting progress on stderr for long runs.
 *
 * `keep` says what a command needs after parsing. Only `track` edits notes, so
 * only it needs each note's line scan and text; the others (list, lint,
 * report, review) let them go at once, so a vault's worth of lines never
 * builds up in memory.
 */
export function readNotes(
  files: readonly NoteFile[],
  progress: (done: number, total: number) => void,
  keep: 'all' | 'readings' = 'all',
): NoteResult[] {
  const out: NoteResult[] = [];
  files.forEach((file, index) => {
    const read = readNoteText(file.absolute);
    if (read.reason) {
      // Bytes that are not UTF-8 are never turned into text: the note is named and left byte for byte.
      const why = skipMessage(read.reason, read.detail);
      const error = read.reason === 'unreadable' ? `Could not read this note (${read.detail}); it was skipped.` : `This note was skipped: ${why}`;
      out.push({ file, text: '', note: empty, error, reason: read.reason });
      return;
    }
    const text = read.text;
    const note = parseNote(text, cliParseOptions);
    if (keep === 'all') out.push({ file, text, note, error: undefined });
    else out.push({ file, text: '', note: { ...note, scan: undefined }, error: undefined });
    if ((index + 1) % 250 === 0) progress(index + 1, files.length);
  });
  if (files.length >= 250) progress(files.length, files.length);
  return out;
}
