// `list --json`, streamed: the same bytes as building the whole object and
// printing it (`JSON.stringify(…, null, 2)`), written a note at a time. A run
// keeps, per note, only what the output needs: for most notes nothing but the
// file; for a note with commitments its frontmatter and the JSON text of its
// reading, turned into objects only while its commitments are written. So the
// memory a run takes grows with the number of notes, not with everything they
// say, and the index's kept readings are used as they are stored.
import { type KeptHead, type ParseOptions, type ReadNote, parseNote, readKept, readTracking } from '../core/index.js';
import type { LazyKept, NoteIndex } from './cache.js';
import { HeapKeeper } from './heap.js';
import { type NoteResult, parseOptionsFor, sourceOfNote } from './notes.js';
import { commitmentJson, diagnosticsJson, noTracking, noteJson } from './output.js';
import { type FolderSummary, folderSummary } from './summary.js';
import { endsOf, optionsFor } from './track.js';
import type { NoteFile } from './vault.js';

/** What a streamed run keeps of one note. */
interface Kept {
  file: NoteFile;
  options: ParseOptions;
  error: string | undefined;
  reason?: NoteResult['reason'];
  /** The note's frontmatter, diagnostics and number of commitments (a shared empty head for a note that could not be read). */
  head: KeptHead;
  /** The rest of its reading, as JSON, for a note with commitments: read (from the index's files) when it is printed. */
  kept: LazyKept | null;
}

/** Writes text in pieces of about 64 KB, so the output is never held whole; bytes (UTF-8, from the index) go out as they are. */
class Chunks {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string | Uint8Array) => void) {}

  push(text: string | Uint8Array): void {
    if (typeof text !== 'string') {
      this.flush();
      this.write(text);
      return;
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 65_536) this.flush();
  }

  flush(): void {
    if (this.parts.length > 0) this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/**
 * A value as `JSON.stringify(…, null, 2)` prints it as an item of an array in
 * the top-level object (two levels in), or as a member of it (one level in):
 * printed inside the same wrappers by JSON.stringify itself, which are then cut
 * off (cheaper than indenting the text again).
 */
function nested(value: unknown, depth: 1 | 2): string {
  if (depth === 1) {
    const text = JSON.stringify({ a: value }, null, 2);
    return text.slice('{\n  "a": '.length, text.length - '\n}'.length);
  }
  const text = JSON.stringify({ a: [value] }, null, 2);
  return text.slice('{\n  "a": [\n    '.length, text.length - '\n  ]\n}'.length);
}

/** Items as `nested(item, 2)` prints them, one after another inside their array. */
function itemsText(items: Iterable<unknown>): string {
  const texts: string[] = [];
  for (const item of items) texts.push(nested(item, 2));
  return texts.join(',\n    ');
}

/** Write one array member of the top-level object: `"name": [ … ]`, its items given one by one. */
function arrayOf(out: Chunks, name: string, items: Iterable<unknown>, last = false): void {
  arrayOfTexts(out, name, (function* () {
    for (const item of items) yield nested(item, 2);
  })(), last);
}

/** The same, with the items already printed (several may come as one text, as `itemsText` joins them). */
function arrayOfTexts(out: Chunks, name: string, texts: Iterable<string | Uint8Array>, last = false): void {
  let first = true;
  out.push(`  ${JSON.stringify(name)}: [`);
  for (const text of texts) {
    if (text.length === 0) continue;
    out.push(`${first ? '\n' : ',\n'}    `);
    out.push(text);
    first = false;
  }
  out.push(first ? ']' : '\n  ]');
  out.push(last ? '\n' : ',\n');
}

/**
 * Read every note, keeping what the output needs (see `Kept`): nothing at all
 * for a note read whole that holds nothing and says nothing (most of a vault),
 * only how many there were (`quiet`).
 */
function readAll(files: readonly NoteFile[], progress: (done: number, total: number) => void, index: NoteIndex | undefined): { notes: Kept[]; quiet: number } {
  const empty = new WeakMap<ParseOptions, KeptHead>();
  const emptyHead = (options: ParseOptions): KeptHead => {
    let head = empty.get(options);
    if (!head) empty.set(options, (head = { meta: parseNote('', options).meta, diagnostics: [], commitments: 0 }));
    return head;
  };
  // Two passes on purpose: this first one reads only each note's head (its
  // meta and counts), which every note's tracking ends need (endsOf looks
  // across notes); the body is parsed in the second pass, one note at a time
  // and only for notes with commitments, so memory holds heads, not bodies.
  const out: Kept[] = [];
  let quiet = 0;
  const heap = new HeapKeeper();
  files.forEach((file, at) => {
    heap.tick();
    const options = parseOptionsFor(file.absolute);
    let source = sourceOfNote(file, options, index);
    let head: KeptHead | undefined;
    if (source.kind === 'kept' && source.kept) {
      try {
        head = JSON.parse(source.kept.head) as KeptHead;
      } catch {
        index?.forget(file.absolute); // a damaged entry: read the note afresh
        source = sourceOfNote(file, options, undefined);
        head = source.kind === 'kept' && source.kept ? (JSON.parse(source.kept.head) as KeptHead) : undefined;
      }
    }
    if (source.kind === 'failed') out.push({ file, options, error: source.error, reason: source.reason, head: emptyHead(options), kept: null });
    else if (head) out.push({ file, options, error: undefined, head, kept: source.kept });
    else quiet++;
    if ((at + 1) % 250 === 0) progress(at + 1, files.length);
  });
  if (files.length >= 250) progress(files.length, files.length);
  if (index) index.keepOnly(new Set(files.map((f) => f.absolute)));
  return { notes: out, quiet };
}

/**
 * The commitments of every note, with their tracking, printed a note at a
 * time. A note the index holds, printed before under the same key (the same
 * day, the same end, the same horizon and path), is printed as it was then.
 */
function* commitmentsOf(notes: readonly Kept[], today: string, horizonWeeks: number | undefined, index: NoteIndex | undefined): Generator<string | Uint8Array> {
  const ends = endsOf(notes.map((n) => ({ file: n.file, note: { meta: n.head.meta } })));
  const heap = new HeapKeeper();
  for (const n of notes) {
    heap.tick();
    if (!n.kept || n.head.commitments === 0) continue;
    const key = JSON.stringify([today, ends.get(n.file.absolute) ?? null, horizonWeeks ?? null, n.file.relative]);
    const printed = index?.getOutput(n.file.absolute, key);
    if (printed !== undefined) {
      yield printed;
      continue;
    }
    let note: ReadNote;
    try {
      note = readKept({ head: n.kept.head, body: n.kept.body() });
    } catch {
      // A damaged entry in the index: this note is read afresh.
      index?.forget(n.file.absolute);
      const fresh = sourceOfNote(n.file, n.options, undefined);
      if (fresh.kind !== 'kept' || !fresh.kept) continue;
      note = readKept({ head: fresh.kept.head, body: fresh.kept.body() });
    }
    const tracking = readTracking(note, optionsFor(n, today, ends, horizonWeeks));
    const text = itemsText(note.commitments.map((c) => commitmentJson(n.file.relative, c, tracking.get(c.id) ?? noTracking)));
    index?.setOutput(n.file.absolute, key, text);
    yield text;
  }
}

/**
 * Print `list --json` for the notes, a note at a time, and return the summary it
 * printed. `write` takes the text in pieces, the last one ending in a line break.
 */
export function writeListJson(
  files: readonly NoteFile[],
  write: (text: string | Uint8Array) => void,
  options: { today: string; horizonWeeks: number | undefined; index: NoteIndex | undefined; progress: (done: number, total: number) => void },
): FolderSummary {
  const { notes, quiet } = readAll(files, options.progress, options.index);
  const summary = folderSummary(
    notes.map((n) => ({ file: n.file, error: n.error, reason: n.reason, note: { diagnostics: n.head.diagnostics, commitments: { length: n.head.commitments } } })),
    [],
    quiet,
  );
  const out = new Chunks(write);
  out.push('{\n');
  arrayOfTexts(out, 'commitments', commitmentsOf(notes, options.today, options.horizonWeeks, options.index));
  arrayOf(
    out,
    'diagnostics',
    notes.flatMap((n) => (n.error || n.head.diagnostics.length > 0 ? diagnosticsJson(n.file.relative, n.error, n.head.diagnostics) : [])),
  );
  arrayOf(
    out,
    'notes',
    notes.filter((n) => n.head.commitments > 0).map((n) => noteJson(n.file.relative, n.head.meta)),
  );
  out.push(`  "summary": ${nested(summary, 1)}\n}\n`);
  out.flush();
  options.index?.save();
  return summary;
}
