import { type Line, indentWidth, isBlank, splitLines } from './lines.js';
import { blockIdAtEnd } from './constructs/block-id.js';
import { indentFrom, isSpaceOrTab, leadingChars } from './constructs/columns.js';
import { opensComment } from './constructs/comment.js';
import { closesFence, fenceOpen } from './constructs/fence.js';
import { readAtx, setextRe } from './constructs/heading.js';
import { type HtmlBlock, endsHtml, htmlBlockStart } from './constructs/html.js';
import { type Marker, readCheckbox, readMarker } from './constructs/list-item.js';
import { closesMath, leavesMathOpen, startsMath } from './constructs/math.js';
import { footnoteRe, interruptsParagraph } from './constructs/paragraph.js';
import { indentedQuote, readQuote } from './constructs/quote.js';
import { isTableDelimiter } from './constructs/table.js';
import { thematicRe, thematicTail } from './constructs/thematic-break.js';

// The constructs, one a file under ./constructs/ (how each starts, goes on and
// ends); this file is the driver that reads a note line by line with them.
export { blockIdAtEnd } from './constructs/block-id.js';
export { leadingChars } from './constructs/columns.js';
export { closesFence, fenceOpen, fenceRe } from './constructs/fence.js';
export { readAtx, setextRe } from './constructs/heading.js';
export { type HtmlBlock, endsHtml, htmlBlockStart } from './constructs/html.js';
export { interruptsParagraph } from './constructs/paragraph.js';
export { readQuote } from './constructs/quote.js';
export { isTableDelimiter } from './constructs/table.js';
export { thematicRe } from './constructs/thematic-break.js';


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

interface OpenItem {
  item: ScannedListItem;
  /** Whether a nested item has been seen under this one. */
  hasChildren: boolean;
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

  const bom = first === 0 && firstText.charCodeAt(0) === 0xfeff;
  let section: ScannedSection | undefined;
  const list = new ListContext();
  const quoteList = new ListContext();
  let blankBefore = true;
  /** Open code fence: its character run, indent, and the quote depth it lives in. */
  let fence: { run: string; indent: number; depth: number; owner: ScannedListItem | undefined } | undefined;
  let commentOpen = false;
  /** The list item an open comment or HTML block sits in (it holds the lines up to the comment's end). */
  let hiddenOwner: ScannedListItem | undefined;
  /** Open HTML block inside a list item: it ends without ending the list. */
  let itemHtml: HtmlBlock | undefined;
  /** Whether the line before was paragraph text, which a lazy line may continue. */
  let textBefore = false;
  /** Open HTML block, until its end condition. */
  let html: HtmlBlock | undefined;
  let mathOpen = false;
  let indentedCode = false;
  let quoteLazy = false;

  const close = (): void => {
    if (section) sections.push(section);
    section = undefined;
    html = undefined;
    itemHtml = undefined;
    list.reset();
    quoteList.reset();
    indentedCode = false;
  };
  const open = (type: ScannedSection['type'], line: number): void => {
    close();
    section = { type, startLine: line, endLine: line };
  };
  /** Start a list section after its first item was read, keeping the list's state. */
  const beginList = (line: number): void => {
    if (section) sections.push(section);
    section = { type: 'list', startLine: line, endLine: line };
    html = undefined;
    indentedCode = false;
  };
  const extend = (line: number): void => {
    if (section) section.endLine = line;
  };
  const noteBlockId = (lineText: string, line: number): void => {
    const id = blockIdAtEnd(lineText);
    if (id !== undefined) blocks.push({ id, line });
  };

  /**
   * Try to read a list item in `rest` (text after any quote prefix). Content
   * that itself opens with a list marker (`- - a`, or `- [ ] 1. a` since
   * Obsidian reads the checkbox as part of the marker) opens a nested item on
   * the same line. Returns the outermost item read; `restarted` is set when a
   * different bullet or delimiter at the top level began a new list.
   */
  const tryItem = (
    ctx: ListContext,
    rest: string,
    line: number,
    prefixLength: number,
    depth: number,
    afterBlank: boolean,
  ): { item: ScannedListItem; restarted: boolean } | undefined => {
    const indent = indentWidth(rest);
    const chars = leadingChars(rest, indent);
    const firstMarker = readMarker(rest, chars, indent);
    if (!firstMarker) return undefined;
    // `- - -` or `* * *` is a thematic break; it needs the marker's character again after it.
    if (!firstMarker.ordered) {
      const again = indentFrom(rest, chars + 1).end;
      if (rest.charCodeAt(again) === rest.charCodeAt(chars) && thematicRe.test(rest)) return undefined;
    }
    // Four or more columns past any open item's content is code, not a list.
    const deepest = ctx.stack[ctx.stack.length - 1]?.item;
    if (!deepest && indent >= 4) return undefined;
    if (deepest && indent >= deepest.contentColumn + 4) return undefined;

    let restarted = false;
    let tail: { from: number; lastStart: number } | undefined;
    let outer: ScannedListItem | undefined;
    let marker: Marker | undefined = firstMarker;
    let pos = chars;
    let column = indent;
    while (marker) {
      const pad = leadingChars(rest, marker.padding, pos + marker.width);
      let next = pos + marker.width + pad;
      let nextColumn = column + marker.width + marker.padding;
      const contentColumn = nextColumn;
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
      const kind = marker.kind;
      if (!outer) {
        const topLevel = !deepest || column < (ctx.stack[0]?.item.contentColumn ?? 0);
        if (ctx.open && topLevel && ctx.markerKind !== kind) {
          // A different bullet or delimiter starts a new list.
          ctx.reset();
          restarted = true;
        }
        if (!ctx.open) {
          ctx.firstLine = line;
          ctx.markerKind = kind;
        } else if (topLevel) {
          ctx.markerKind = kind;
        }
      }
      const item: ScannedListItem = {
        line,
        endLine: line,
        indent: column,
        contentColumn,
        marker: marker.marker,
        task,
        parent: 0,
        textOffset: prefixLength + next,
        quoteDepth: depth,
      };
      ctx.add(item, outer ? false : afterBlank);
      listItems.push(item);
      if (!outer) outer = item;
      // Only content right after the marker (and checkbox) can open a nested item.
      if (next === pos + marker.width || next >= rest.length || isSpaceOrTab(rest.charCodeAt(next))) break;
      tail ??= thematicTail(rest);
      if (next >= tail.from && next <= tail.lastStart) break; // `- * * *` holds a thematic break, not a list
      marker = readMarker(rest, next, nextColumn);
      pos = next;
      column = nextColumn;
    }
    return outer ? { item: outer, restarted } : undefined;
  };

  for (let i = first; i < lines.length; i++) {
    // A byte-order mark opens the text, not its first line's Markdown (Obsidian reads `\uFEFF## a` as a heading).
    const lineText = i === 0 && bom ? (lines[0]?.text ?? '').slice(1) : (lines[i]?.text ?? '');

    if (fence) {
      const q = fence.depth > 0 ? readQuote(lineText) : { depth: 0, rest: lineText };
      const inner = q.rest;
      if (fence.depth > 0 && q.depth < fence.depth) {
        fence = undefined; // the quote ended, so does the fence
      } else if (fence.owner && !isBlank(inner) && indentWidth(inner) < fence.owner.contentColumn) {
        // A line indented less than the item's content ends the item, and the fence in it: code has no lazy lines.
        fence = undefined;
      } else {
        extend(i);
        if (fence.owner) fence.owner.endLine = i;
        // The closing fence is measured from the content's column of the item the fence sits in.
        const content = fence.owner ? inner.slice(leadingChars(inner, fence.owner.contentColumn)) : inner;
        if (closesFence(fence.run, content)) fence = undefined;
        blankBefore = false;
        continue;
      }
    }
    const wasText: boolean = textBefore;
    textBefore = false;
    if (commentOpen) {
      // Nothing inside a comment is read: not an item, not a heading, not a block id.
      extend(i);
      if (hiddenOwner) hiddenOwner.endLine = i;
      // An odd number of `%%` closes it (an even number closes it and opens another).
      if (opensComment(lineText)) {
        commentOpen = false;
        hiddenOwner = undefined;
      }
      blankBefore = false;
      continue;
    }
    // An HTML block inside an item ends with the item: at a line indented less than the item's content.
    if (itemHtml && hiddenOwner && !isBlank(lineText) && indentWidth(lineText) < hiddenOwner.contentColumn) {
      itemHtml = undefined;
      hiddenOwner = undefined;
    }
    if (itemHtml) {
      const ended = itemHtml.end ? endsHtml(itemHtml, lineText) : isBlank(lineText);
      if (!isBlank(lineText) || itemHtml.end) {
        extend(i);
        if (hiddenOwner) hiddenOwner.endLine = i;
      }
      if (ended) {
        itemHtml = undefined;
        hiddenOwner = undefined;
      }
      if (!isBlank(lineText) || !ended) {
        blankBefore = false;
        continue;
      }
    }
    if (html) {
      if (html.end) {
        extend(i);
        if (endsHtml(html, lineText)) {
          close();
          blankBefore = true;
        }
        continue;
      }
      if (!isBlank(lineText)) {
        extend(i);
        continue;
      }
      // A blank line ends kinds 6 and 7: handled below.
    }
    if (mathOpen) {
      extend(i);
      if (closesMath(lineText)) mathOpen = false;
      continue;
    }

    // A quote or callout indented into a list item belongs to that item (CommonMark's container rule).
    if (section?.type === 'list' && indentedQuote(lineText)) {
      const owner = list.owner(indentWidth(lineText));
      if (owner && indentWidth(lineText) >= owner.contentColumn) {
        extend(i);
        owner.endLine = i;
        noteBlockId(lineText, i);
        blankBefore = false;
        continue;
      }
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
      // A fence indented into a list item in the quote belongs to that item: the item's end ends it.
      const innerIndent = indentWidth(inner);
      const fenceOwner = quoteList.open ? quoteList.owner(innerIndent) : undefined;
      const innerFence = innerIndent - (fenceOwner?.contentColumn ?? 0) < 4 ? fenceOpen(inner.trimStart()) : undefined;
      if (innerFence) {
        if (fenceOwner) fenceOwner.endLine = i;
        fence = { run: innerFence, indent: innerIndent, depth: quote.depth, owner: fenceOwner };
        quoteLazy = false;
        continue;
      }
      const item = tryItem(quoteList, inner, i, lineText.length - inner.length, quote.depth, blankBefore);
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
      if (quoteLazy && !blankBefore && !interruptsParagraph(lineText)) {
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
      const read = tryItem(list, lineText, i, 0, 0, blankBefore);
      if (read) {
        if (read.restarted) beginList(i);
        extend(i);
        noteBlockId(lineText, i);
        blankBefore = false;
        textBefore = true;
        if (opensComment(lineText)) {
          commentOpen = true;
          hiddenOwner = list.lastItem;
        }
        continue;
      }
      const owner = list.owner(indent);
      const trimmed = lineText.trimStart();
      if (owner && indent >= owner.contentColumn) {
        // Indented code in the item, unless the line goes on the item's paragraph (code cannot interrupt one).
        const code: boolean = indent - owner.contentColumn >= 4 && !(wasText && !blankBefore);
        extend(i);
        owner.endLine = i;
        blankBefore = false;
        const relative = indent - owner.contentColumn;
        const innerFence = relative < 4 ? fenceOpen(trimmed) : undefined;
        const block = relative < 4 ? htmlBlockStart(trimmed) : undefined;
        // Kind 7 (a lone tag) may not interrupt the item's paragraph.
        const innerHtml = block && (block.interrupts || !wasText) ? block : undefined;
        if (innerFence) {
          fence = { run: innerFence, indent, depth: 0, owner };
        } else if (relative < 4 && trimmed.startsWith('%%')) {
          // A comment inside the item: it hides what it holds until its closing `%%`.
          if (opensComment(trimmed)) {
            commentOpen = true;
            hiddenOwner = owner;
          }
        } else if (innerHtml) {
          if (!(innerHtml.end && endsHtml(innerHtml, lineText.slice(lineText.indexOf('<') + 1)))) {
            itemHtml = innerHtml;
            hiddenOwner = owner;
          }
        } else {
          noteBlockId(lineText, i);
          textBefore = !code && !readAtx(trimmed) && !thematicRe.test(trimmed);
          if (opensComment(lineText)) {
            commentOpen = true;
            hiddenOwner = owner;
          }
        }
        continue;
      }
      if (wasText && !blankBefore && !interruptsParagraph(lineText) && list.lastItem) {
        // Lazy continuation of the last item's paragraph.
        extend(i);
        list.lastItem.endLine = i;
        noteBlockId(lineText, i);
        textBefore = true;
        if (opensComment(lineText)) {
          commentOpen = true;
          hiddenOwner = list.lastItem;
        }
        continue;
      }
      close();
    }

    // A new top-level block, or the continuation of a paragraph-like one.
    const trimmed = lineText.trimStart();
    const heading = indent < 4 ? readAtx(lineText) : undefined;
    if (heading) {
      open('heading', i);
      headings.push({ line: i, level: heading.level, text: heading.text });
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
      const fenceRun = fenceOpen(trimmed);
      if (fenceRun) {
        open('code', i);
        fence = { run: fenceRun, indent, depth: 0, owner: undefined };
        blankBefore = false;
        continue;
      }
      if (trimmed.startsWith('%%')) {
        open('comment', i);
        if (opensComment(trimmed)) commentOpen = true;
        blankBefore = false;
        continue;
      }
      if (startsMath(trimmed) && section?.type !== 'paragraph') {
        open('math', i);
        mathOpen = leavesMathOpen(trimmed);
        blankBefore = false;
        continue;
      }
      if (thematicRe.test(lineText)) {
        open('thematicBreak', i);
        close();
        blankBefore = true;
        continue;
      }
      const htmlBlock = htmlBlockStart(trimmed);
      if (htmlBlock && (htmlBlock.interrupts || section?.type !== 'paragraph')) {
        open('html', i);
        // The end may sit on the opening line itself (`<!-- a -->`); look past the opening `<`.
        if (htmlBlock.end && endsHtml(htmlBlock, lineText.slice(lineText.indexOf('<') + 1))) close();
        else html = htmlBlock;
        blankBefore = !html;
        continue;
      }
    }
    const canStartList = section?.type !== 'paragraph' || blankBefore || !/^\d/.test(trimmed) || /^1[.)]/.test(trimmed);
    if (canStartList) {
      const read = tryItem(list, lineText, i, 0, 0, blankBefore);
      if (read) {
        if (section?.type !== 'list' || read.restarted) beginList(i);
        noteBlockId(lineText, i);
        blankBefore = false;
        textBefore = true;
        if (opensComment(lineText)) {
          commentOpen = true;
          hiddenOwner = list.lastItem;
        }
        continue;
      }
    }
    if (section?.type === 'paragraph' || section?.type === 'table' || section?.type === 'footnoteDefinition') {
      extend(i);
      noteBlockId(lineText, i);
      blankBefore = false;
      textBefore = true;
      if (opensComment(lineText)) commentOpen = true;
      continue;
    }
    if (indent >= 4) {
      open('code', i);
      indentedCode = true;
      blankBefore = false;
      continue;
    }
    if (footnoteRe.test(lineText)) {
      open('footnoteDefinition', i);
    } else if (trimmed.includes('|') && isTableDelimiter(lines[i + 1]?.text ?? '')) {
      open('table', i);
    } else {
      open('paragraph', i);
    }
    noteBlockId(lineText, i);
    blankBefore = false;
    textBefore = true;
    if (opensComment(lineText)) commentOpen = true;
  }
  close();
  if (bom) for (const item of listItems) if (item.line === 0) item.textOffset++;

  return { lines, frontmatter, headings, listItems, sections, blocks };
}
