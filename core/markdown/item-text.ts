import { countOf, indentWidth, isBlank, withoutCodeSpans } from './lines.js';
import { leadingChars } from './constructs/columns.js';
import { closesFence, fenceOpen } from './constructs/fence.js';
import { readAtx, setextRe } from './constructs/heading.js';
import { type HtmlBlock, endsHtml, htmlBlockStart } from './constructs/html.js';
import { interruptsParagraph } from './constructs/paragraph.js';
import { readQuote } from './constructs/quote.js';
import { isTableDelimiter } from './constructs/table.js';
import { thematicRe } from './constructs/thematic-break.js';
import type { ScannedListItem, ScannedNote } from './scan.js';

/**
 * What a list item's own lines hold, block by block: its paragraphs (the
 * item's words), and where the first one ends, the place Obsidian reads a
 * list item's block id from. Code (fenced or indented), math, tables, HTML,
 * comments and headings inside the item are passed over: nothing is read from
 * them and nothing may be written into them.
 */
export interface ItemText {
  /** The item's paragraphs, each as its 0-based lines, in order. */
  paragraphs: number[][];
  /**
   * The line an id may be appended to: the last line of the item's first
   * block, when that block is a paragraph whose end is not inside a comment
   * or math left open on it. Undefined when the item has no such place.
   */
  idLine: number | undefined;
  /**
   * What a line added right after the item would fall into: `blank`, an HTML
   * block that only a blank line ends; `open`, code, math, a comment or HTML
   * left open to the end of the item (it would swallow the line); else none.
   */
  openEnd: 'blank' | 'open' | undefined;
}

/** A line of the item without what it carries before the item's content: quote markers, then up to the content column of indent. */
function contentOf(text: string, item: ScannedListItem): string {
  const rest = item.quoteDepth > 0 ? readQuote(text).rest : text;
  return rest.slice(leadingChars(rest, item.contentColumn));
}

type State =
  | { kind: 'none' }
  | { kind: 'fence'; run: string }
  | { kind: 'comment' }
  | { kind: 'html'; block: HtmlBlock }
  | { kind: 'math' }
  | { kind: 'table' };

/** Where a line's own text opens a comment or math it does not close, or an HTML comment. */
function leftOpen(line: string): State | undefined {
  const text = withoutCodeSpans(line);
  if (countOf(text, '%%') % 2 === 1) return { kind: 'comment' };
  const open = text.lastIndexOf('<!--');
  if (open >= 0 && !text.includes('-->', open + 4)) return { kind: 'html', block: { end: ['-->'], interrupts: true } };
  if (countOf(text, '$$') % 2 === 1) return { kind: 'math' };
  return undefined;
}

/** For one scan: the lines that start an item, and the innermost item of each (`- - a` puts two on one line). */
const itemLinesOf = new WeakMap<ScannedNote, Map<number, ScannedListItem>>();

function innermostAt(scan: ScannedNote): Map<number, ScannedListItem> {
  let lines = itemLinesOf.get(scan);
  if (!lines) {
    lines = new Map();
    for (const item of scan.listItems) lines.set(item.line, item);
    itemLinesOf.set(scan, lines);
  }
  return lines;
}

/**
 * The item a line belongs to, reading on past `item`: `item` itself while the line is indented to its content
 * (or is blank, or a paragraph's lazy continuation), else the nearest item around it the line is indented into,
 * or the outermost one.
 */
function containerOf(starts: Map<number, ScannedListItem>, item: ScannedListItem, raw: string, inParagraph: boolean): ScannedListItem {
  const text = item.quoteDepth > 0 ? readQuote(raw).rest : raw;
  if (isBlank(text)) return item;
  const indent = indentWidth(text);
  if (indent >= item.contentColumn) return item;
  // "  go on" after a paragraph line, not starting a block of its own: lazy, still the item's paragraph.
  if (inParagraph && blockStart(text.trimStart(), '', true) === undefined && !/^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(text)) return item;
  let outer = item;
  while (indent < outer.contentColumn) {
    const parent = outer.parent >= 0 ? starts.get(outer.parent) : undefined;
    if (!parent || parent === outer) break;
    outer = parent;
  }
  return outer;
}

/** Inside a construct left open on an earlier line: the state after this line, and whether the line is spent on it. */
function goOn(state: State, content: string): { state: State; spent: boolean } {
  switch (state.kind) {
    case 'fence':
      return { state: closesFence(state.run, content) ? { kind: 'none' } : state, spent: true };
    case 'comment':
      return { state: countOf(content, '%%') % 2 === 1 ? { kind: 'none' } : state, spent: true };
    case 'html':
      return { state: (state.block.end ? endsHtml(state.block, content) : isBlank(content)) ? { kind: 'none' } : state, spent: true };
    case 'math':
      return { state: countOf(content, '$$') % 2 === 1 ? { kind: 'none' } : state, spent: true };
    case 'table':
      // A table ends at a blank line, or where another block starts (GFM).
      if (!isBlank(content) && !interruptsParagraph(content)) return { state, spent: true };
      return { state: { kind: 'none' }, spent: false };
    default:
      return { state, spent: false };
  }
}

/**
 * A block other than a paragraph that starts on this line (a fence, a comment, math, a heading, a thematic
 * break, HTML, a table), as the state it leaves open (`none` when it ends on its line); undefined when the
 * line is paragraph text. `inParagraph`: a paragraph is open, which only some HTML blocks interrupt.
 */
function blockStart(trimmed: string, next: string, inParagraph: boolean): State | undefined {
  const fence = fenceOpen(trimmed);
  if (fence) return { kind: 'fence', run: fence };
  if (trimmed.startsWith('%%')) return countOf(trimmed, '%%') % 2 === 1 ? { kind: 'comment' } : { kind: 'none' };
  if (trimmed.startsWith('$$')) return countOf(trimmed, '$$') % 2 === 1 ? { kind: 'math' } : { kind: 'none' };
  if (readAtx(trimmed) || thematicRe.test(trimmed)) return { kind: 'none' };
  const html = htmlBlockStart(trimmed);
  if (html && (html.interrupts || !inParagraph)) return html.end && endsHtml(html, trimmed.slice(1)) ? { kind: 'none' } : { kind: 'html', block: html };
  if (trimmed.includes('|') && isTableDelimiter(next)) return { kind: 'table' };
  return undefined;
}

/**
 * Read an item's own lines (its marker line and what follows up to its first
 * nested item) block by block, the way CommonMark and Obsidian read a list
 * item's content.
 */
export function itemText(scan: ScannedNote, item: ScannedListItem, until?: number): ItemText {
  const starts = innermostAt(scan);
  // An item whose content opens another item on its own line (`- - a`) has no words of its own there.
  const nestedOnLine = starts.get(item.line) !== item;
  const paragraphs: number[][] = [];
  /** Paragraphs whose end sits inside something they opened (a comment, math): no id may go there. */
  const openAtEnd = new Set<number[]>();
  let current: number[] | undefined;
  let firstBlock: 'paragraph' | 'other' | undefined;
  let state: State = { kind: 'none' };
  const block = (kind: 'paragraph' | 'other'): void => {
    firstBlock ??= kind;
  };
  // With `until`, the lines are read on to that line whoever they belong to (for what follows the item's last line).
  // A line indented less than the item's content belongs to the item around it, if any (the item has ended, and
  // what it left open with it); only a paragraph's lazy continuation stays.
  let container = item;
  for (let line = item.line; line <= (until ?? item.endLine); line++) {
    const raw = scan.lines[line]?.text ?? '';
    if (line > item.line && starts.has(line) && until === undefined) break;
    if (line > item.line && item.quoteDepth === 0 && /^[ \t]*>/.test(raw)) break;
    if (until !== undefined && line > item.line) {
      const outer = containerOf(starts, container, raw, current !== undefined);
      if (outer !== container) {
        container = outer;
        state = { kind: 'none' };
        current = undefined;
      }
    }
    const content = line === item.line ? (nestedOnLine ? '' : raw.slice(item.textOffset)) : contentOf(raw, container);
    const trimmed = content.trimStart();
    const inside = goOn(state, content);
    state = inside.state;
    if (inside.spent) continue;
    if (isBlank(content)) {
      current = undefined;
      continue;
    }
    const indent = indentWidth(content);
    if (current && indent < 4 && line > item.line) {
      // A paragraph goes on unless a block interrupts it.
      if (setextRe.test(trimmed)) {
        // The paragraph above is a heading (setext): it holds no words and no id.
        paragraphs.splice(paragraphs.indexOf(current), 1);
        current = undefined;
        continue;
      }
    }
    if (!current && indent >= 4 && line > item.line) {
      block('other'); // indented code
      continue;
    }
    if (!current || indent < 4) {
      const next = line + 1 <= item.endLine ? contentOf(scan.lines[line + 1]?.text ?? '', item) : '';
      const opened = blockStart(trimmed, next, current !== undefined);
      if (opened) {
        state = opened;
        current = undefined;
        block('other');
        continue;
      }
    }
    if (!current) {
      current = [];
      paragraphs.push(current);
      block('paragraph');
    }
    current.push(line);
    const open = leftOpen(content);
    if (open) {
      // A comment, HTML comment or math opened in the text and not closed on its line hides what follows.
      openAtEnd.add(current);
      state = open;
      current = undefined;
    }
  }
  const first = paragraphs[0];
  const hostable = firstBlock === 'paragraph' && first !== undefined && first[0] !== undefined && !openAtEnd.has(first);
  const openEnd = state.kind === 'html' && !state.block.end ? 'blank' : state.kind === 'none' || state.kind === 'table' ? undefined : 'open';
  return { paragraphs, idLine: hostable ? first[first.length - 1] : undefined, openEnd };
}
