// A list item's start: its marker (a bullet, or a number and `.` or `)`), its padding, and a task's checkbox.

import { indentWidth } from '../lines.js';
import type { ScannedListItem } from '../scanned.js';
import { blankAfter, indentFrom, isSpaceOrTab, leadingChars } from './columns.js';
import type { ScanState } from './state.js';
import { thematicRe, thematicTail } from './thematic-break.js';

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

interface OpenItem {
  item: ScannedListItem;
  /** Whether a nested item has been seen under this one. */
  hasChildren: boolean;
}

/** Tracks one list (its items and nesting) inside one container. */
export class ListContext {
  stack: OpenItem[] = [];
  firstLine = -1;
  lastItem: ScannedListItem | undefined;
  markerKind = '';
  /** Whether the last line read began a new list with a different bullet or delimiter. */
  restarted = false;

  reset(): void {
    this.stack = [];
    this.firstLine = -1;
    this.lastItem = undefined;
    this.markerKind = '';
  }

  get open(): boolean {
    return this.firstLine >= 0;
  }

  /** The deepest open item whose content starts at or before `column`. */
  owner(column: number): ScannedListItem | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i];
      if (entry && entry.item.contentColumn <= column) return entry.item;
    }
    return undefined;
  }

  /**
   * Add an item, closing the deeper ones it ends. `afterBlank` says whether a
   * blank line came just before it: in a loose list Obsidian counts the line
   * after a childless item into that item when a sibling follows.
   */
  add(item: ScannedListItem, afterBlank: boolean): void {
    let sibling: OpenItem | undefined;
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top && top.item.contentColumn > item.indent) {
        sibling = top;
        this.stack.pop();
      } else break;
    }
    if (afterBlank && sibling && !sibling.hasChildren && sibling.item.endLine < item.line) {
      sibling.item.endLine++;
    }
    const top = this.stack[this.stack.length - 1];
    if (top) top.hasChildren = true;
    // A root item's parent is minus the list's first line (-1 for a list on line 0, as -0 would read as line 0).
    item.parent = top ? top.item.line : this.firstLine > 0 ? -this.firstLine : -1;
    this.stack.push({ item, hasChildren: false });
    this.lastItem = item;
  }

  /** Before the first item of a line at `column` (`topLevel`: left of the list's first content) with a marker of `kind`. */
  enter(line: number, kind: string, topLevel: boolean): void {
    if (this.open && topLevel && this.markerKind !== kind) {
      // A different bullet or delimiter starts a new list.
      this.reset();
      this.restarted = true;
    }
    if (!this.open) {
      this.firstLine = line;
      this.markerKind = kind;
    } else if (topLevel) {
      this.markerKind = kind;
    }
  }
}

/** Whether `rest` opens with a list marker that may start an item in `ctx`: not a thematic break, not code. */
function markerOf(ctx: ListContext, rest: string, indent: number, chars: number): Marker | undefined {
  const marker = readMarker(rest, chars, indent);
  if (!marker) return undefined;
  // `- - -` or `* * *` is a thematic break; it needs the marker's character again after it.
  if (!marker.ordered) {
    const again = indentFrom(rest, chars + 1).end;
    if (rest.charCodeAt(again) === rest.charCodeAt(chars) && thematicRe.test(rest)) return undefined;
  }
  // Four or more columns past any open item's content is code, not a list.
  const deepest = ctx.stack[ctx.stack.length - 1]?.item;
  if (!deepest && indent >= 4) return undefined;
  if (deepest && indent >= deepest.contentColumn + 4) return undefined;
  return marker;
}

/** Where the item's text starts past its marker at `pos` (column `column`) and a checkbox: offset, column, task. */
interface ItemStart {
  next: number;
  nextColumn: number;
  task: string | undefined;
}

/** Shared by every call (`readItems` reads one marker at a time and fills it in place): no allocation per item. */
const start: ItemStart = { next: 0, nextColumn: 0, task: undefined };

function itemStart(rest: string, marker: Marker, pos: number, column: number, out: ItemStart): void {
  const pad = leadingChars(rest, marker.padding, pos + marker.width);
  let next = pos + marker.width + pad;
  let nextColumn = column + marker.width + marker.padding;
  let task: string | undefined;
  const checkbox = readCheckbox(rest, next);
  if (checkbox) {
    task = checkbox.task;
    next += checkbox.width;
    nextColumn += checkbox.width;
    while (next < rest.length) {
      const ch = rest.charCodeAt(next);
      if (ch === 32) nextColumn++;
      else if (ch === 9) nextColumn += 4 - (nextColumn % 4);
      else break;
      next++;
    }
  }
  out.next = next;
  out.nextColumn = nextColumn;
  out.task = task;
}

/**
 * Read the list items `rest` (a line's text after any quote prefix, which is
 * `prefixLength` long) opens in `ctx`. Content that itself opens with a list
 * marker (`- - a`, or `- [ ] 1. a` since Obsidian reads the checkbox as part
 * of the marker) opens a nested item on the same line. Returns the outermost
 * item read; `ctx.restarted` says whether a different bullet or delimiter at
 * the top level began a new list.
 */
export function readItems(
  scan: ScanState,
  ctx: ListContext,
  rest: string,
  line: number,
  prefixLength: number,
  depth: number,
  afterBlank: boolean,
): ScannedListItem | undefined {
  ctx.restarted = false;
  const indent = indentWidth(rest);
  let pos = leadingChars(rest, indent);
  let marker = markerOf(ctx, rest, indent, pos);
  if (!marker) return undefined;
  const topLevel = ctx.stack.length === 0 || indent < (ctx.stack[0]?.item.contentColumn ?? 0);
  ctx.enter(line, marker.kind, topLevel);
  let tail: { from: number; lastStart: number } | undefined;
  let outer: ScannedListItem | undefined;
  let column = indent;
  while (marker) {
    itemStart(rest, marker, pos, column, start);
    const { next, nextColumn } = start;
    const item: ScannedListItem = {
      line,
      endLine: line,
      indent: column,
      contentColumn: column + marker.width + marker.padding,
      marker: marker.marker,
      task: start.task,
      parent: 0,
      textOffset: prefixLength + next,
      quoteDepth: depth,
    };
    ctx.add(item, outer ? false : afterBlank);
    scan.listItems.push(item);
    outer ??= item;
    // Only content right after the marker (and checkbox) can open a nested item.
    if (next === pos + marker.width || next >= rest.length || isSpaceOrTab(rest.charCodeAt(next))) break;
    tail ??= thematicTail(rest);
    if (next >= tail.from && next <= tail.lastStart) break; // `- * * *` holds a thematic break, not a list
    marker = readMarker(rest, next, nextColumn);
    pos = next;
    column = nextColumn;
  }
  return outer;
}
