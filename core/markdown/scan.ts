import { type Line, indentWidth, isBlank, splitLines } from './lines.js';

/** A list item, as Obsidian's metadata cache records it (lines are 0-based). */
export interface ScannedListItem {
  /** Line of the item's marker. */
  line: number;
  /** Last line of the item's own text (continuations, not children). */
  endLine: number;
  /** Column of the marker, tabs expanded to 4 (inside a quote: after the `>`). */
  indent: number;
  /** Column where the item's text starts. */
  contentColumn: number;
  /** The marker: `-`, `*`, `+`, `1.`, `1)`. */
  marker: string;
  /** The character between the brackets for a task (`' '`, `'x'`, …), else undefined. */
  task: string | undefined;
  /** Obsidian's convention: the parent item's line, or minus the first line of the list for a root item. */
  parent: number;
  /** Offset in the line where the item's text starts (after marker and checkbox). */
  textOffset: number;
  /** Depth of blockquote around it (0 outside quotes and callouts). */
  quoteDepth: number;
}

/** A heading. */
export interface ScannedHeading {
  line: number;
  level: number;
  /** Heading text, trimmed, without closing hashes. */
  text: string;
}

/** A top-level block, named as Obsidian names its `sections`. */
export interface ScannedSection {
  type:
    | 'yaml'
    | 'heading'
    | 'paragraph'
    | 'list'
    | 'code'
    | 'blockquote'
    | 'callout'
    | 'comment'
    | 'html'
    | 'math'
    | 'table'
    | 'thematicBreak'
    | 'footnoteDefinition';
  startLine: number;
  endLine: number;
}

/** A block id (`^id`) at the end of a paragraph or list item. */
export interface ScannedBlock {
  id: string;
  line: number;
}

/** What a single pass over a note's lines finds. */
export interface ScannedNote {
  lines: Line[];
  /** Frontmatter lines, fences included, when the note opens with `---`. */
  frontmatter: { startLine: number; endLine: number; source: string; closed: boolean } | undefined;
  headings: ScannedHeading[];
  listItems: ScannedListItem[];
  sections: ScannedSection[];
  blocks: ScannedBlock[];
}

const bulletRe = /^([-+*])(?:[ \t]|$)/;
const orderedRe = /^(\d{1,9})([.)])(?:[ \t]|$)/;
const taskRe = /^\[(.)\](?=[ \t]|$)/u;
const atxRe = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const fenceRe = /^(`{3,}|~{3,})/;
const thematicRe = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const setextRe = /^ {0,3}(?:=+|-+)[ \t]*$/;
const tableDelimiterRe = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const htmlRe = /^ {0,3}<(?:[a-zA-Z][a-zA-Z0-9-]*(?:[\s/>]|$)|\/[a-zA-Z]|!--)/;
const blockIdRe = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;
const footnoteRe = /^ {0,3}\[\^[^\]]+\]:/;

interface Marker {
  marker: string;
  /** Width of the marker itself. */
  width: number;
  /** Columns of spaces after the marker that belong to it (1 to 4). */
  padding: number;
  ordered: boolean;
  start: number;
}

/** Read a list marker at the start of `rest` (already stripped of indentation). */
function readMarker(rest: string): Marker | undefined {
  let marker: string;
  let ordered = false;
  let start = 1;
  const bullet = bulletRe.exec(rest);
  if (bullet) {
    marker = bullet[1] ?? '-';
  } else {
    const ordinal = orderedRe.exec(rest);
    if (!ordinal) return undefined;
    marker = (ordinal[1] ?? '') + (ordinal[2] ?? '.');
    ordered = true;
    start = Number(ordinal[1]);
  }
  const after = rest.slice(marker.length);
  let padding = indentWidth(after);
  if (padding === 0 || after.trim() === '') padding = 1;
  else if (padding > 4) padding = 1;
  return { marker, width: marker.length, padding, ordered, start };
}

/** Strip blockquote markers: returns the depth and the text inside. */
function readQuote(text: string): { depth: number; rest: string } {
  let depth = 0;
  let rest = text;
  for (;;) {
    const m = /^ {0,3}>[ ]?/.exec(rest);
    if (!m) break;
    depth++;
    rest = rest.slice(m[0].length);
  }
  return { depth, rest };
}

function leadingChars(text: string, columns: number): number {
  let column = 0;
  let i = 0;
  while (i < text.length && column < columns) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
    i++;
  }
  return i;
}

interface OpenItem {
  item: ScannedListItem;
}

/** Tracks one list (its items and nesting) inside one container. */
class ListContext {
  stack: OpenItem[] = [];
  firstLine = -1;
  lastItem: ScannedListItem | undefined;
  markerKind = '';

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

  add(item: ScannedListItem): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top && top.item.contentColumn > item.indent) this.stack.pop();
      else break;
    }
    const top = this.stack[this.stack.length - 1];
    item.parent = top ? top.item.line : -this.firstLine;
    this.stack.push({ item });
    this.lastItem = item;
  }
}

function markerKind(marker: Marker): string {
  return marker.ordered ? `o${marker.marker.slice(-1)}` : `b${marker.marker}`;
}

/**
 * Scan a note once, line by line, for the structure Obsidian's metadata cache
 * records: frontmatter, headings, sections, list items with their tasks and
 * parents, and block ids.
 */
export function scanNote(text: string): ScannedNote {
  const lines = splitLines(text);
  const headings: ScannedHeading[] = [];
  const listItems: ScannedListItem[] = [];
  const sections: ScannedSection[] = [];
  const blocks: ScannedBlock[] = [];

  let first = 0;
  let frontmatter: ScannedNote['frontmatter'];
  const firstText = lines[0]?.text ?? '';
  if (/^---[ \t]*$/.test(firstText.replace(/^\uFEFF/, ''))) {
    let close = -1;
    for (let i = 1; i < lines.length; i++) {
      const t = lines[i]?.text ?? '';
      if (/^(?:---|\.\.\.)[ \t]*$/.test(t)) {
        close = i;
        break;
      }
    }
    if (close > 0) {
      frontmatter = {
        startLine: 0,
        endLine: close,
        source: lines
          .slice(1, close)
          .map((l) => l.text)
          .join('\n'),
        closed: true,
      };
      sections.push({ type: 'yaml', startLine: 0, endLine: close });
      first = close + 1;
    }
  }

  let section: ScannedSection | undefined;
  const list = new ListContext();
  const quoteList = new ListContext();
  let blankBefore = true;
  /** Open code fence: its character run, indent, and the quote depth it lives in. */
  let fence: { run: string; indent: number; depth: number; owner: ScannedListItem | undefined } | undefined;
  let commentOpen = false;
  let mathOpen = false;
  let indentedCode = false;
  let quoteLazy = false;

  const close = (): void => {
    if (section) sections.push(section);
    section = undefined;
    list.reset();
    quoteList.reset();
    indentedCode = false;
  };
  const open = (type: ScannedSection['type'], line: number): void => {
    close();
    section = { type, startLine: line, endLine: line };
  };
  const extend = (line: number): void => {
    if (section) section.endLine = line;
  };
  const noteBlockId = (lineText: string, line: number): void => {
    const m = blockIdRe.exec(lineText);
    if (m && m[1]) blocks.push({ id: m[1], line });
  };

  /** Try to read a list item in `rest` (text after any quote prefix). */
  const tryItem = (
    ctx: ListContext,
    rest: string,
    line: number,
    prefixLength: number,
    depth: number,
  ): ScannedListItem | undefined => {
    const indent = indentWidth(rest);
    const chars = leadingChars(rest, indent);
    const body = rest.slice(chars);
    if (thematicRe.test(rest)) return undefined;
    const marker = readMarker(body);
    if (!marker) return undefined;
    // Four or more columns past any open item's content is code, not a list.
    const deepest = ctx.stack[ctx.stack.length - 1]?.item;
    if (!deepest && indent >= 4) return undefined;
    if (deepest && indent >= deepest.contentColumn + 4) return undefined;
    const afterMarker = body.slice(marker.width);
    const pad = leadingChars(afterMarker, marker.padding);
    const content = afterMarker.slice(pad);
    let task: string | undefined;
    let textStart = prefixLength + chars + marker.width + pad;
    const taskMatch = taskRe.exec(content);
    if (taskMatch) {
      task = taskMatch[1];
      textStart += taskMatch[0].length;
      const spaces = /^[ \t]*/.exec(content.slice(taskMatch[0].length));
      textStart += spaces ? spaces[0].length : 0;
    }
    const kind = markerKind(marker);
    const topLevel = !deepest || indent < (ctx.stack[0]?.item.contentColumn ?? 0);
    if (ctx.open && topLevel && ctx.markerKind !== kind) {
      // A different bullet or delimiter starts a new list.
      ctx.reset();
    }
    if (!ctx.open) {
      ctx.firstLine = line;
      ctx.markerKind = kind;
    } else if (topLevel) {
      ctx.markerKind = kind;
    }
    const item: ScannedListItem = {
      line,
      endLine: line,
      indent,
      contentColumn: indent + marker.width + marker.padding,
      marker: marker.marker,
      task,
      parent: 0,
      textOffset: textStart,
      quoteDepth: depth,
    };
    ctx.add(item);
    listItems.push(item);
    return item;
  };

  for (let i = first; i < lines.length; i++) {
    const lineText = lines[i]?.text ?? '';

    if (fence) {
      const q = fence.depth > 0 ? readQuote(lineText) : { depth: 0, rest: lineText };
      const inner = q.rest;
      if (fence.depth > 0 && q.depth < fence.depth) {
        fence = undefined; // the quote ended, so does the fence
      } else {
        extend(i);
        if (fence.owner) fence.owner.endLine = i;
        const trimmed = inner.trimStart();
        const closing = trimmed.startsWith(fence.run) && new RegExp(`^\\${fence.run[0]}+[ \\t]*$`).test(trimmed);
        if (closing) fence = undefined;
        blankBefore = false;
        continue;
      }
    }
    if (commentOpen) {
      extend(i);
      if (lineText.includes('%%')) commentOpen = false;
      continue;
    }
    if (mathOpen) {
      extend(i);
      if (lineText.trimEnd().endsWith('$$')) mathOpen = false;
      continue;
    }

    const quote = readQuote(lineText);
    if (quote.depth > 0) {
      const inQuote = section && (section.type === 'blockquote' || section.type === 'callout');
      if (!inQuote) {
        open(/^\[!/.test(quote.rest.trimStart()) ? 'callout' : 'blockquote', i);
      }
      extend(i);
      const inner = quote.rest;
      if (isBlank(inner)) {
        quoteLazy = false;
        blankBefore = true;
        continue;
      }
      noteBlockId(lineText, i);
      const innerFence = fenceRe.exec(inner.trimStart());
      if (innerFence && innerFence[1]) {
        fence = { run: innerFence[1], indent: indentWidth(inner), depth: quote.depth, owner: undefined };
        quoteLazy = false;
        continue;
      }
      const item = tryItem(quoteList, inner, i, lineText.length - inner.length, quote.depth);
      if (!item && quoteList.open) {
        const owner = quoteList.owner(indentWidth(inner)) ?? (blankBefore ? undefined : quoteList.lastItem);
        if (owner) owner.endLine = i;
        else quoteList.reset();
      }
      quoteLazy = true;
      blankBefore = false;
      continue;
    }

    if (isBlank(lineText)) {
      if (section && section.type !== 'list' && section.type !== 'code') close();
      blankBefore = true;
      quoteLazy = false;
      continue;
    }

    if (section && (section.type === 'blockquote' || section.type === 'callout')) {
      if (quoteLazy && !blankBefore && !atxRe.test(lineText) && !fenceRe.test(lineText.trimStart())) {
        // Lazy continuation of the quote's paragraph.
        extend(i);
        const last = quoteList.lastItem;
        if (last && last.endLine === i - 1) last.endLine = i;
        continue;
      }
      close();
    }

    const indent = indentWidth(lineText);

    if (section?.type === 'code' && indentedCode) {
      if (indent >= 4) {
        extend(i);
        blankBefore = false;
        continue;
      }
      close();
    }

    if (section?.type === 'list') {
      const item = tryItem(list, lineText, i, 0, 0);
      if (item) {
        extend(i);
        noteBlockId(lineText, i);
        blankBefore = false;
        continue;
      }
      const owner = list.owner(indent);
      const trimmed = lineText.trimStart();
      const startsBlock = atxRe.test(lineText) || fenceRe.test(trimmed) || thematicRe.test(lineText);
      if (owner && (indent >= owner.contentColumn)) {
        extend(i);
        owner.endLine = i;
        const innerFence = fenceRe.exec(trimmed);
        if (innerFence && innerFence[1]) {
          fence = { run: innerFence[1], indent, depth: 0, owner };
        } else {
          noteBlockId(lineText, i);
        }
        blankBefore = false;
        continue;
      }
      if (!blankBefore && !startsBlock && list.lastItem) {
        // Lazy continuation of the last item's paragraph.
        extend(i);
        list.lastItem.endLine = i;
        noteBlockId(lineText, i);
        continue;
      }
      close();
    }

    // A new top-level block, or the continuation of a paragraph-like one.
    const trimmed = lineText.trimStart();
    const heading = indent < 4 ? atxRe.exec(lineText) : null;
    if (heading) {
      open('heading', i);
      headings.push({ line: i, level: (heading[1] ?? '#').length, text: (heading[2] ?? '').trim() });
      close();
      blankBefore = true;
      continue;
    }
    if (section?.type === 'paragraph' && setextRe.test(lineText) && !blankBefore) {
      const level = lineText.trim().startsWith('=') ? 1 : 2;
      const start = section.startLine;
      section.type = 'heading';
      section.endLine = i;
      headings.push({
        line: start,
        level,
        text: lines
          .slice(start, i)
          .map((l) => l.text.trim())
          .join(' '),
      });
      close();
      blankBefore = true;
      continue;
    }
    if (indent < 4) {
      const fenceMatch = fenceRe.exec(trimmed);
      if (fenceMatch && fenceMatch[1] && !(fenceMatch[1][0] === '`' && trimmed.slice(fenceMatch[1].length).includes('`'))) {
        open('code', i);
        fence = { run: fenceMatch[1], indent, depth: 0, owner: undefined };
        blankBefore = false;
        continue;
      }
      if (trimmed.startsWith('%%')) {
        open('comment', i);
        if (trimmed.indexOf('%%', 2) < 0) commentOpen = true;
        blankBefore = false;
        continue;
      }
      if (trimmed.startsWith('$$') && section?.type !== 'paragraph') {
        open('math', i);
        if (trimmed.length < 4 || !trimmed.trimEnd().endsWith('$$') || trimmed.trim() === '$$') {
          mathOpen = trimmed.trim() === '$$' || !trimmed.slice(2).includes('$$');
        }
        blankBefore = false;
        continue;
      }
      if (thematicRe.test(lineText)) {
        open('thematicBreak', i);
        close();
        blankBefore = true;
        continue;
      }
    }
    const canStartList = section?.type !== 'paragraph' || blankBefore || !/^\d/.test(trimmed) || /^1[.)]/.test(trimmed);
    if (canStartList) {
      const item = tryItem(list, lineText, i, 0, 0);
      if (item) {
        if (section?.type !== 'list') {
          const ctxFirst = list.firstLine;
          const ctxKind = list.markerKind;
          const saved = list.stack;
          const last = list.lastItem;
          open('list', i);
          list.firstLine = ctxFirst;
          list.markerKind = ctxKind;
          list.stack = saved;
          list.lastItem = last;
        }
        noteBlockId(lineText, i);
        blankBefore = false;
        continue;
      }
    }
    if (section?.type === 'paragraph' || section?.type === 'html' || section?.type === 'table' || section?.type === 'footnoteDefinition') {
      extend(i);
      noteBlockId(lineText, i);
      blankBefore = false;
      continue;
    }
    if (indent >= 4) {
      open('code', i);
      indentedCode = true;
      blankBefore = false;
      continue;
    }
    if (htmlRe.test(lineText)) {
      open('html', i);
    } else if (footnoteRe.test(lineText)) {
      open('footnoteDefinition', i);
    } else if (trimmed.includes('|') && tableDelimiterRe.test(lines[i + 1]?.text ?? '') && (lines[i + 1]?.text ?? '').includes('-')) {
      open('table', i);
    } else {
      open('paragraph', i);
    }
    noteBlockId(lineText, i);
    blankBefore = false;
  }
  close();

  return { lines, frontmatter, headings, listItems, sections, blocks };
}
