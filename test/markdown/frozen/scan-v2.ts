// A frozen copy of the scanner as it was before it was rebuilt of constructs (issue 12, commit 6b3aab9):
// core/markdown/scan.ts, core/markdown/lines.ts and core/markdown/constructs/*.ts in one file, kept only so
// a differential test can show the rebuilt scanner reads what this one read, except where named.

// ---- core/markdown/lines.ts
/** One physical line of a note: its text without the line ending, and where it sits. */
export interface Line {
  /** Text of the line, without `\n` or `\r\n`. */
  text: string;
  /** Offset of the first character in the note. */
  start: number;
  /** The line ending that follows (`''` for the last line). */
  eol: '' | '\n' | '\r\n' | '\r';
}

/** Split a note into lines, keeping each line's ending so nothing is lost. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  if (!text.includes('\r')) {
    // The common case: only \n endings, found by the engine's own search.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ text: text.slice(start, i), start, eol: '\n' });
      start = i + 1;
    }
    lines.push({ text: text.slice(start), start, eol: '' });
    return lines;
  }
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      lines.push({ text: text.slice(start, i), start, eol: '\n' });
      start = i + 1;
    } else if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) {
        lines.push({ text: text.slice(start, i), start, eol: '\r\n' });
        i++;
      } else {
        lines.push({ text: text.slice(start, i), start, eol: '\r' });
      }
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), start, eol: '' });
  return lines;
}

/** Measure leading whitespace in columns, with tab stops every 4 columns. */
function indentWidth(text: string): number {
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** Whether a line holds only whitespace. */
function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/**
 * A line with its inline code spans (`` `a %% b` ``) blanked out, so that what
 * looks like a comment or math marker inside code is not read as one: a run of
 * backticks and the next run of the same length close a span.
 */
function withoutCodeSpans(text: string): string {
  return text.includes('`') ? text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (m) => ' '.repeat(m.length)) : text;
}

/** How many times `needle` occurs in `text`, not overlapping. */
function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

// ---- core/markdown/constructs/columns.ts
// Columns and blanks, as CommonMark counts them (tab stops every four columns).

function isSpaceOrTab(ch: number): boolean {
  return ch === 32 || ch === 9;
}


/** Columns of spaces and tabs in `text` from `from`, which sits at column `startColumn` (tab stops every 4). */
function indentFrom(text: string, from: number, startColumn = 0): { columns: number; end: number } {
  let column = startColumn;
  let i = from;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
  }
  return { columns: column - startColumn, end: i };
}

/** Whether `text` from `from` is empty or whitespace only, as String.prototype.trim sees it. */
function blankAfter(text: string, from: number): boolean {
  if (from >= text.length) return true;
  return /^\s*$/.test(text.slice(from));
}


function leadingChars(text: string, columns: number, from = 0): number {
  let column = 0;
  let i = from;
  while (i < text.length && column < columns) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
    i++;
  }
  return i - from;
}

// ---- core/markdown/constructs/block-id.ts
// A block id (`^id`) at the end of a block's last line.


function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * The block id (`^id`) that ends a line, if one does: what `/(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/`
 * finds, read backwards from the end so a long line costs only its last characters.
 */
function blockIdAtEnd(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isIdChar(text.charCodeAt(start - 1))) start--;
  if (start === end || start === 0 || text.charCodeAt(start - 1) !== 94 /* ^ */) return undefined;
  const caret = start - 1;
  if (caret > 0 && !/\s/.test(text.charAt(caret - 1))) return undefined;
  return text.slice(start, end);
}

// ---- core/markdown/constructs/comment.ts
// Obsidian's comments (`%% … %%`): a comment is open after a line with an odd number of `%%`, outside inline code.


/** Whether a line of text leaves a `%%` comment open: an odd number of `%%` on it, outside inline code. */
function opensComment(line: string): boolean {
  return line.includes('%%') && countOf(withoutCodeSpans(line), '%%') % 2 === 1;
}

// ---- core/markdown/constructs/fence.ts
// A fenced code block: how it starts (a run of backticks or tildes) and how it ends (a closing run).


const fenceRe = /^(`{3,}|~{3,})/;

/**
 * The run of an opening code fence in `trimmed` (a line trimmed at the start,
 * indented under four columns in its container), if it opens one: three or
 * more backticks or tildes; a backtick fence's info string holds no backtick
 * (else the line is inline code).
 */
function fenceOpen(trimmed: string): string | undefined {
  const run = fenceRe.exec(trimmed)?.[1];
  if (!run) return undefined;
  if (run.startsWith('`') && trimmed.includes('`', run.length)) return undefined;
  return run;
}

/**
 * Whether `content` (a line with its container's prefix taken off) closes the
 * fence opened with `run`: under four columns of indent, a run of the same
 * character at least as long, then only spaces or tabs. A fence indented four
 * or more columns is code inside the block, not its end.
 */
function closesFence(run: string, content: string): boolean {
  if (indentWidth(content) >= 4) return false;
  const trimmed = content.trimStart();
  if (!trimmed.startsWith(run)) return false;
  const ch = run.charCodeAt(0);
  let i = run.length;
  while (trimmed.charCodeAt(i) === ch) i++;
  return isBlank(trimmed.slice(i));
}

// ---- core/markdown/constructs/heading.ts
// Headings: ATX (`## Text`) on one line, and the setext underline (`===`, `---`) under a paragraph.


const setextRe = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** An ATX heading (`## Text ##`), read without backtracking regexes. */
function readAtx(text: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && text.charCodeAt(i) === 32) i++;
  let level = 0;
  while (text.charCodeAt(i + level) === 35 /* # */) level++;
  if (level < 1 || level > 6) return undefined;
  i += level;
  if (i < text.length && !isSpaceOrTab(text.charCodeAt(i))) return undefined;
  let body = text.slice(i).trim();
  // Drop a closing run of `#` when a space or tab sets it apart (or it is all there is).
  let j = body.length;
  while (j > 0 && body.charCodeAt(j - 1) === 35) j--;
  if (j === 0) body = '';
  else if (j < body.length && isSpaceOrTab(body.charCodeAt(j - 1))) body = body.slice(0, j).trim();
  return { level, text: body };
}

// ---- core/markdown/constructs/html.ts
// HTML blocks, CommonMark's seven kinds: how each starts and how it ends.


const htmlType1Re = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
const htmlType6Re =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;

/** How an HTML block (CommonMark's seven kinds) ends: at a line holding one of `end`, or at a blank line. */
interface HtmlBlock {
  end: string[] | undefined;
  /** Kinds 1 to 6 may interrupt a paragraph; kind 7 may not. */
  interrupts: boolean;
}

function isNameChar(ch: number, first: boolean): boolean {
  if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) return true;
  if (first) return false;
  return (ch >= 48 && ch <= 57) || ch === 45;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 9) break;
    i++;
  }
  return i;
}

/** Whether `text` is one complete open or closing tag followed only by whitespace (CommonMark's kind 7), read without regexes. */
function isLoneTag(text: string): boolean {
  let i = 1; // past '<'
  const closing = text.charCodeAt(i) === 47; /* / */
  if (closing) i++;
  if (!isNameChar(text.charCodeAt(i), true)) return false;
  while (i < text.length && isNameChar(text.charCodeAt(i), false)) i++;
  if (!closing) {
    for (;;) {
      const before = i;
      i = skipSpace(text, i);
      const ch = text.charCodeAt(i);
      if (ch === 62 /* > */ || ch === 47 /* / */) break;
      if (i === before) return false; // attributes need whitespace before them
      // Attribute name: [A-Za-z_:][A-Za-z0-9_.:-]*
      if (!(isNameChar(ch, true) || ch === 95 || ch === 58)) return false;
      i++;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (isNameChar(c, false) || c === 95 || c === 46 || c === 58) i++;
        else break;
      }
      const afterName = i;
      i = skipSpace(text, i);
      if (text.charCodeAt(i) !== 61 /* = */) {
        i = afterName;
        continue;
      }
      i = skipSpace(text, i + 1);
      const quote = text.charCodeAt(i);
      if (quote === 34 || quote === 39) {
        const closeAt = text.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (closeAt < 0) return false;
        i = closeAt + 1;
      } else {
        const start = i;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          // Unquoted values stop at whitespace and may not hold " ' = < > or `.
          if (c === 32 || c === 9 || c === 34 || c === 39 || c === 61 || c === 60 || c === 62 || c === 96) break;
          i++;
        }
        if (i === start) return false;
      }
    }
    if (text.charCodeAt(i) === 47) i++;
  } else {
    i = skipSpace(text, i);
  }
  if (text.charCodeAt(i) !== 62) return false;
  return isBlank(text.slice(i + 1));
}

/** The HTML block that `trimmed` (a line with under four columns of indent, trimmed at the start) opens, if any. */
function htmlBlockStart(trimmed: string): HtmlBlock | undefined {
  if (trimmed.charCodeAt(0) !== 60 /* < */) return undefined;
  if (htmlType1Re.test(trimmed)) return { end: ['</script>', '</pre>', '</style>', '</textarea>'], interrupts: true };
  if (trimmed.startsWith('<!--')) return { end: ['-->'], interrupts: true };
  if (trimmed.startsWith('<?')) return { end: ['?>'], interrupts: true };
  if (trimmed.startsWith('<![CDATA[')) return { end: [']]>'], interrupts: true };
  if (trimmed.startsWith('<!') && isNameChar(trimmed.charCodeAt(2), true)) return { end: ['>'], interrupts: true };
  if (htmlType6Re.test(trimmed)) return { end: undefined, interrupts: true };
  if (isLoneTag(trimmed)) return { end: undefined, interrupts: false };
  return undefined;
}

function endsHtml(block: HtmlBlock, text: string): boolean {
  if (!block.end) return false;
  const lower = text.toLowerCase();
  for (const end of block.end) if (lower.includes(end)) return true;
  return false;
}

// ---- core/markdown/constructs/list-item.ts
// A list item's start: its marker (a bullet, or a number and `.` or `)`), its padding, and a task's checkbox.


interface Marker {
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
function endsMarker(text: string, at: number): boolean {
  return at >= text.length || isSpaceOrTab(text.charCodeAt(at));
}

/**
 * Read a list marker at `at` in `text` (indentation already skipped), without copying the line.
 * `column` is the marker's column: a tab after the marker reaches the next tab stop from there.
 */
function readMarker(text: string, at = 0, column = 0): Marker | undefined {
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
function readCheckbox(text: string, at: number): { task: string; width: number } | undefined {
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

// ---- core/markdown/constructs/math.ts
// Math blocks (`$$ … $$`), as Obsidian reads them: a line starting with `$$`
// opens one, which ends at a line ending with `$$` (the same line when it holds both).

/** Whether a line (trimmed at the start) starts a math block. */
function startsMath(trimmed: string): boolean {
  return trimmed.startsWith('$$');
}

/** Whether the math block that `trimmed` starts stays open after its first line. */
function leavesMathOpen(trimmed: string): boolean {
  if (!(trimmed.length < 4 || !trimmed.trimEnd().endsWith('$$') || trimmed.trim() === '$$')) return false;
  return trimmed.trim() === '$$' || !trimmed.slice(2).includes('$$');
}

/** Whether a line inside an open math block ends it. */
function closesMath(line: string): boolean {
  return line.trimEnd().endsWith('$$');
}

// ---- core/markdown/constructs/thematic-break.ts
// A thematic break (`***`, `- - -`), and where one could end a line of nested markers.


const thematicRe = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * Where in `text` a trailing thematic break could begin: any suffix that starts
 * at a non-blank character at or after `from` and at or before `lastStart` is
 * a thematic break (three or more of one of `-`, `*`, `_`, with spaces or tabs).
 * Found in one backward pass, so nested markers on one line stay linear.
 */
function thematicTail(text: string): { from: number; lastStart: number } {
  let i = text.length;
  while (i > 0 && isSpaceOrTab(text.charCodeAt(i - 1))) i--;
  const ch = text.charCodeAt(i - 1);
  if (ch !== 45 && ch !== 42 && ch !== 95) return { from: text.length + 1, lastStart: -1 };
  let count = 0;
  let lastStart = -1;
  let from = i;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === ch) {
      count++;
      if (count === 3) lastStart = i - 1;
    } else if (!isSpaceOrTab(c)) break;
    i--;
    from = i;
  }
  return { from, lastStart };
}

// ---- core/markdown/constructs/paragraph.ts
// A paragraph: it goes on over lines until a blank line or a block that may interrupt it.


/**
 * Whether a line would start a block that interrupts a paragraph, so it cannot
 * be a lazy continuation line: a heading, a fence, a thematic break, an HTML
 * block of kinds 1 to 6, a comment, math, or a list item that may interrupt a
 * paragraph (a bullet with words, or an ordered item starting at 1).
 */
function interruptsParagraph(text: string): boolean {
  const indent = indentWidth(text);
  if (indent >= 4) return false;
  const trimmed = text.trimStart();
  if (readAtx(text) || fenceRe.test(trimmed) || thematicRe.test(text)) return true;
  if (trimmed.startsWith('%%') || trimmed.startsWith('$$')) return true;
  if (htmlBlockStart(trimmed)?.interrupts === true) return true;
  const at = text.length - trimmed.length;
  const marker = readMarker(text, at, indent);
  if (!marker || (marker.ordered && marker.start !== 1)) return false;
  return !blankAfter(text, at + marker.width);
}

/** A footnote definition (`[^1]: …`): read as a block of its own, continued as a paragraph is. */
const footnoteRe = /^ {0,3}\[\^[^\]]+\]:/;

// ---- core/markdown/constructs/quote.ts
// Blockquotes and callouts: the `>` markers a line carries.


/** Strip blockquote markers: returns the depth and the text inside. */
function readQuote(text: string): { depth: number; rest: string } {
  // Most lines hold no quote: say so without a regular expression.
  let i = 0;
  while (i < 3 && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 62 /* > */) return { depth: 0, rest: text };
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

/** Whether a line starts with spaces or tabs and then `>`. */
function indentedQuote(text: string): boolean {
  let i = 0;
  while (isSpaceOrTab(text.charCodeAt(i))) i++;
  return i > 0 && text.charCodeAt(i) === 62;
}

// ---- core/markdown/constructs/table.ts
// A table (GFM): a row of cells over a delimiter row.


const delimiterCellRe = /^:?-+:?$/;

/** Whether a line is a table's delimiter row (`| --- | :-: |`). */
function isTableDelimiter(text: string): boolean {
  if (indentWidth(text) > 3 || !text.includes('-')) return false;
  let row = text.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  for (const cell of row.split('|')) {
    if (!delimiterCellRe.test(cell.trim())) return false;
  }
  return true;
}

// ---- core/markdown/scan.ts

// The constructs, one a file under ./constructs/ (how each starts, goes on and
// ends); this file is the driver that reads a note line by line with them.


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
