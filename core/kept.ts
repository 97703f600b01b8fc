// A reading kept between runs, as the command line's index and the plugin's
// keep it: plain JSON text in two pieces, so a run reads the small head of every
// note and parses the rest only for the notes it gets to. Pure: the adapters
// store it where they keep things (a cache file, the browser's IndexedDB).
import type { ParseOptions, ReadNote } from './note.js';

/** The small part of a kept reading, read for every note of a run: its frontmatter, what it says, and how many commitments it holds. */
export interface KeptHead {
  meta: ReadNote['meta'];
  diagnostics: ReadNote['diagnostics'];
  commitments: number;
}

/** The rest, read only when a command gets to the note: the commitments and the lines Follow Through wrote. */
interface KeptBody {
  commitments: ReadNote['commitments'];
  marks: ReadNote['marks'];
}

/**
 * A reading as the index keeps it: two pieces of JSON text, parsed only when a
 * command asks for them. A run reads the index file once and splits it into
 * lines; an entry kept as it was is written back as the same text.
 */
export interface KeptReading {
  head: string;
  body: string;
}

/**
 * A kept reading as the reading commands take it: a `ReadNote` without the note's places (only track, which
 * edits, needs those). Give the head when it was parsed already. Throws on a piece that is not kept JSON.
 */
export function readKept(kept: KeptReading, head = JSON.parse(kept.head) as KeptHead): ReadNote {
  const body = JSON.parse(kept.body) as KeptBody;
  return { meta: head.meta, diagnostics: head.diagnostics, commitments: body.commitments, marks: body.marks, places: [] };
}

/**
 * Keep what the reading commands use of a note; null for a note that holds no
 * commitments, says nothing and names no client's session (a session note, even
 * with no commitment left, ends the tracking of the client's session before it).
 */
export function keepReading(note: ReadNote): KeptReading | null {
  if (note.commitments.length === 0 && note.diagnostics.length === 0 && note.meta.client === null && note.meta.session === null) return null;
  const head: KeptHead = { meta: note.meta, diagnostics: note.diagnostics, commitments: note.commitments.length };
  const body: KeptBody = {
    commitments: note.commitments,
    // Not where each item sits in the note's scan (only track needs it).
    marks: { items: note.marks.items.map(({ item: _item, ...mark }) => mark as typeof mark & Pick<(typeof note.marks.items)[number], 'item'>), prompts: note.marks.prompts },
  };
  return { head: JSON.stringify(head), body: JSON.stringify(body) };
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
