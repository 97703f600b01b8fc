import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  type KeptReading,
  type NoteDocument,
  type ParseOptions,
  type ReadNote,
  keepReading,
  optionsKey,
  parseNote,
  readKept,
  readSimpleYaml,
  readingOf,
  taskStatusesFrom,
  tasksSettingsPath,
} from '../core/index.js';
import type { LazyKept, NoteIndex } from './cache.js';
import { HeapKeeper } from './heap.js';
import { type SkipReason, readNoteText, skipMessage } from './note-file.js';
import type { NoteFile } from './vault.js';

/**
 * One note read from disk and parsed, or the reason it could not be read. `track` and the sync keep each
 * note's text and lines (`NoteDocument`); the commands that only read keep the reading (`ReadNote`).
 */
export interface NoteResult<N extends ReadNote = ReadNote> {
  file: NoteFile;
  text: string;
  note: N;
  /** Set when the file could not be read; the note is then empty. */
  error: string | undefined;
  /** The options the note was read with (its vault's). */
  options: ParseOptions;
  /** Why the note was not read, as a code (`not-utf8`, `utf-16`, `unreadable`), when it was not. */
  reason?: SkipReason | undefined;
}

/**
 * The CLI's parse options: core's defaults with the `yaml` package as the YAML parser, after the quick reader
 * of the simplest frontmatter (the same answers, test/core/simple-yaml.test.ts; a full parse is most of the
 * cost of a short note). The plugin has Obsidian's own parser and no need of the quick one.
 */
export const cliParseOptions: ParseOptions = {
  parseYaml: (source): unknown => readSimpleYaml(source) ?? parseYaml(source, { uniqueKeys: false }),
};

/** Parse options by vault root (or by folder, where no vault is found), so each vault's settings are read once. */
const optionsByFolder = new Map<string, ParseOptions>();

/** The vault root above each folder asked about (null: none), so folders that share parents look at each once. */
const rootByFolder = new Map<string, string | null>();

/** The vault a note belongs to: the nearest folder above it that holds `.obsidian`, if any. */
function vaultRootOf(folder: string): string | undefined {
  let root = rootByFolder.get(folder);
  if (root === undefined) {
    const parent = path.dirname(folder);
    root = existsSync(path.join(folder, '.obsidian')) ? folder : parent === folder ? null : (vaultRootOf(parent) ?? null);
    rootByFolder.set(folder, root);
  }
  return root ?? undefined;
}

/**
 * The parse options for a note or folder: the CLI's, with the vault's own Obsidian
 * Tasks statuses when the vault has Tasks with custom statuses (its settings file
 * unreadable or not Tasks' shape: Tasks' defaults).
 */
export function parseOptionsFor(absolute: string, isFolder = false): ParseOptions {
  const folder = isFolder ? absolute : path.dirname(absolute);
  const known = optionsByFolder.get(folder);
  if (known) return known;
  const root = vaultRootOf(folder);
  let options = cliParseOptions;
  if (root) {
    try {
      const statuses = taskStatusesFrom(JSON.parse(readFileSync(path.join(root, tasksSettingsPath), 'utf8')) as unknown);
      if (statuses) options = { ...cliParseOptions, taskStatuses: statuses };
    } catch {
      // No Tasks in this vault, or its settings cannot be read: Tasks' default statuses.
    }
  }
  optionsByFolder.set(folder, options);
  return options;
}

/** Where a note's reading came from: the index (kept, or "holds nothing"), a fresh read, or a read that failed. */
type NoteSource =
  | { kind: 'kept'; kept: LazyKept | null }
  | { kind: 'read'; text: string; note: NoteDocument; kept: KeptReading | null | undefined }
  | { kind: 'failed'; reason: SkipReason; error: string };

/**
 * One note's reading, from the index when the file looks as it did (only for
 * the commands that read: never for track, which edits), else from its bytes.
 */
function sourceOf(file: NoteFile, options: ParseOptions, key: string, index: NoteIndex | undefined): NoteSource {
  let stat: { size: number; mtimeMs: number } | undefined;
  if (index) {
    try {
      stat = statSync(file.absolute);
    } catch {
      stat = undefined; // reading it below says why
    }
    if (stat) {
      const kept = index.getLazy(file.absolute, stat.size, stat.mtimeMs, key);
      if (kept !== undefined) return { kind: 'kept', kept };
    }
  }
  const read = readNoteText(file.absolute);
  if (read.reason) {
    // Bytes that are not UTF-8 are never turned into text: the note is named and left byte for byte (and never kept in the index).
    const why = skipMessage(read.reason, read.detail);
    const error = read.reason === 'unreadable' ? `Could not read this note (${read.detail}); it was skipped.` : `This note was skipped: ${why}`;
    return { kind: 'failed', reason: read.reason, error };
  }
  const note = parseNote(read.text, options);
  if (!stat || !index) return { kind: 'read', text: read.text, note, kept: undefined };
  const kept = keepReading(note);
  index.set(file.absolute, stat.size, stat.mtimeMs, key, kept);
  return { kind: 'read', text: read.text, note, kept };
}

const keyOfOptions = optionKeys();

/**
 * One note's reading as the index keeps it (see `keep` in cache.ts): from the
 * index when the file looks as it did, else read from its bytes (and kept in the
 * index); or why it could not be read. The body is read when asked for: from
 * the index's files when it is kept there, so a run over a large vault does
 * not hold every note's reading in memory.
 */
export function sourceOfNote(
  file: NoteFile,
  options: ParseOptions,
  index: NoteIndex | undefined,
): { kind: 'kept'; kept: LazyKept | null } | { kind: 'failed'; reason: SkipReason; error: string } {
  const source = sourceOf(file, options, keyOfOptions(options), index);
  if (source.kind !== 'read') return source;
  const inIndex = source.kept === undefined ? undefined : index?.keptNow(file.absolute);
  if (inIndex !== undefined) return { kind: 'kept', kept: inIndex };
  const kept = source.kept === undefined ? keepReading(source.note) : source.kept;
  return { kind: 'kept', kept: kept ? { head: kept.head, body: () => kept.body } : null };
}

/** The key of each parse options object, worked out once. */
function optionKeys(): (options: ParseOptions) => string {
  const keys = new WeakMap<ParseOptions, string>();
  return (options) => {
    let key = keys.get(options);
    if (key === undefined) keys.set(options, (key = optionsKey(options)));
    return key;
  };
}

/**
 * Read and parse each note, reporting progress on stderr for long runs.
 *
 * `keep` says what a command needs after parsing. Only `track` edits notes, so
 * only it needs each note's line scan and text; the others (list, lint,
 * report, review) let them go at once, so a vault's worth of lines never
 * builds up in memory.
 */
export function readNotes(files: readonly NoteFile[], progress: (done: number, total: number) => void, keep?: 'all', index?: NoteIndex): NoteResult<NoteDocument>[];
export function readNotes(
  files: readonly NoteFile[],
  progress: (done: number, total: number) => void,
  keep: 'all' | 'readings',
  index?: NoteIndex,
): NoteResult<ReadNote>[];
export function readNotes(
  files: readonly NoteFile[],
  progress: (done: number, total: number) => void,
  keep: 'all' | 'readings' = 'all',
  index?: NoteIndex,
): NoteResult<ReadNote>[] {
  const out: NoteResult<ReadNote>[] = [];
  const keyOf = optionKeys();
  // Only the commands that read (not track, which edits) answer from the index: a note that looks as it did reads as it did.
  const used = keep === 'readings' ? index : undefined;
  const heap = new HeapKeeper();
  files.forEach((file, at) => {
    heap.tick();
    const options = parseOptionsFor(file.absolute);
    let source = sourceOf(file, options, keyOf(options), used);
    let note: ReadNote | undefined;
    if (source.kind === 'kept') {
      try {
        note = source.kept ? readKept({ head: source.kept.head, body: source.kept.body() }) : parseNote('', options);
      } catch {
        used?.forget(file.absolute); // a damaged entry: read the note afresh
        source = sourceOf(file, options, keyOf(options), undefined);
      }
    }
    if (source.kind === 'failed') out.push({ file, text: '', note: parseNote('', options), error: source.error, reason: source.reason, options });
    else if (source.kind === 'read') {
      if (keep === 'all') out.push({ file, text: source.text, note: source.note, error: undefined, options });
      else out.push({ file, text: '', note: readingOf(source.note), error: undefined, options });
    } else if (note) out.push({ file, text: '', note, error: undefined, options });
    if ((at + 1) % 250 === 0) progress(at + 1, files.length);
  });
  if (files.length >= 250) progress(files.length, files.length);
  if (index) index.keepOnly(new Set(files.map((f) => f.absolute)));
  return out;
}
