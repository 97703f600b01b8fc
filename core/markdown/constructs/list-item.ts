// A list item's start: its marker (a bullet, or a number and `.` or `)`), its padding, and a task's checkbox.

import { blankAfter, indentFrom, isSpaceOrTab } from './columns.js';

export interface Marker {
  marker: string;
  /** Width of the marker itself. */
  width: number;
  /** Columns of spaces after the marker that belong to it (1 to 4). */
  padding: number;
  ordered: boolean;
  start: number;
  /** Which list the marker belongs to: the bullet, or the delimiter of a number. */
  kind: string;
}

/** The bullet a character code is, if it is one: `-`, `+` or `*`. */
function bulletOf(c: number): string | undefined {
  return c === 45 ? '-' : c === 43 ? '+' : c === 42 ? '*' : undefined;
}

/** Whether the character at `at` ends a marker: a space, a tab, or the end of the line. */
export function endsMarker(text: string, at: number): boolean {
  return at >= text.length || isSpaceOrTab(text.charCodeAt(at));
}

/**
 * Read a list marker at `at` in `text` (indentation already skipped), without copying the line.
 * `column` is the marker's column: a tab after the marker reaches the next tab stop from there.
 */
export function readMarker(text: string, at = 0, column = 0): Marker | undefined {
  let marker: string;
  let kind: string;
  let ordered = false;
  let start = 1;
  const c = text.charCodeAt(at);
  const bullet = bulletOf(c);
  if (bullet !== undefined) {
    if (!endsMarker(text, at + 1)) return undefined;
    marker = bullet;
    kind = c === 45 ? 'b-' : c === 43 ? 'b+' : 'b*';
  } else {
    let d = at;
    while (d < text.length && d - at < 10) {
      const ch = text.charCodeAt(d);
      if (ch < 48 || ch > 57) break;
      d++;
    }
    const digits = d - at;
    if (digits < 1 || digits > 9) return undefined;
    const delimiter = text.charCodeAt(d);
    if ((delimiter !== 46 && delimiter !== 41) || !endsMarker(text, d + 1)) return undefined;
    marker = text.slice(at, d + 1);
    kind = delimiter === 46 ? 'o.' : 'o)';
    ordered = true;
    start = Number(text.slice(at, d));
  }
  const { columns, end } = indentFrom(text, at + marker.length, column + marker.length);
  let padding = columns;
  if (padding === 0 || padding > 4 || blankAfter(text, end)) padding = 1;
  return { marker, width: marker.length, padding, ordered, start, kind };
}

/** A task's checkbox at `at`: `[c]` followed by a space, a tab or the line's end; its character and width. */
export function readCheckbox(text: string, at: number): { task: string; width: number } | undefined {
  if (text.charCodeAt(at) !== 91 /* [ */) return undefined;
  const c = text.charCodeAt(at + 1);
  // One code point, but not a line break (as `.` in a regular expression).
  if (Number.isNaN(c) || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return undefined;
  let size = 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(at + 2);
    if (low >= 0xdc00 && low <= 0xdfff) size = 2;
  }
  if (text.charCodeAt(at + 1 + size) !== 93 /* ] */ || !endsMarker(text, at + 2 + size)) return undefined;
  return { task: text.slice(at + 1, at + 1 + size), width: size + 2 };
}
