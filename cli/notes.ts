import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type ParseOptions, type ReadNote, defaultMeta, parseNote } from '../core/index.js';
import type { NoteFile } from './vault.js';
import type { SkipReason } from './summary.js';

/** One note read from disk and parsed, or the reason it could not be read. */
export interface NoteResult {
  file: NoteFile;
  text: string;
  note: ReadNote;
  /** Set when the file could not be read; the note is then empty. */
  error: string | undefined;
  /** Set by a check that passes a note over (not UTF-8, read-only…): the reason code and a plain message. */
  skip?: { reason: SkipReason; message: string; partly?: boolean };
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
    let text: string;
    try {
      text = readFileSync(file.absolute, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : String((error as Error).message);
      out.push({ file, text: '', note: empty, error: `Could not read this note (${reason}); it was skipped.` });
      return;
    }
    const note = parseNote(text, cliParseOptions);
    if (keep === 'all') out.push({ file, text, note, error: undefined });
    else out.push({ file, text: '', note: { ...note, scan: undefined }, error: undefined });
    if ((index + 1) % 250 === 0) progress(index + 1, files.length);
  });
  if (files.length >= 250) progress(files.length, files.length);
  return out;
}
