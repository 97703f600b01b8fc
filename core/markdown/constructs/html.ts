// HTML blocks, CommonMark's seven kinds: how each starts and how it ends.

import { htmlBlockNames } from 'micromark-util-html-tag-name';
import { indentWidth, isBlank } from '../lines.js';
import type { ScannedListItem } from '../scanned.js';
import type { OpenLeaf, ScanState } from './state.js';

const htmlType1Re = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
// CommonMark's list of block names, as micromark (the plugin's inline reader) already carries it.
const htmlType6Re = new RegExp(`^<\\/?(?:${htmlBlockNames.join('|')})(?:[ \\t>]|\\/>|$)`, 'i');

/** How an HTML block (CommonMark's seven kinds) ends: at a line holding one of `end`, or at a blank line. */
export interface HtmlBlock {
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
export function htmlBlockStart(trimmed: string): HtmlBlock | undefined {
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

export function endsHtml(block: HtmlBlock, text: string): boolean {
  if (!block.end) return false;
  const lower = text.toLowerCase();
  for (const end of block.end) if (lower.includes(end)) return true;
  return false;
}

/** Whether the HTML block `block` opened on `text` also ends there (`<!-- a -->`): the end is looked for past the opening `<`. */
function endsOnOpening(block: HtmlBlock, text: string): boolean {
  return block.end !== undefined && endsHtml(block, text.slice(text.indexOf('<') + 1));
}

/** An open top-level HTML block: up to a line holding its end (kinds 1 to 5), or up to a blank line (6 and 7). */
class OpenHtml implements OpenLeaf {
  constructor(readonly block: HtmlBlock) {}

  goOn(scan: ScanState, i: number, text: string): boolean {
    if (this.block.end) {
      scan.extend(i);
      if (endsHtml(this.block, text)) {
        scan.close();
        scan.blankBefore = true;
      }
      return true;
    }
    if (isBlank(text)) return false; // the blank line ends the block
    scan.extend(i);
    return true;
  }
}

/**
 * An open HTML block inside the list item `owner`: it ends as a top-level one
 * does, or with the item (at a line indented less than the item's content),
 * without ending the list.
 */
class OpenItemHtml implements OpenLeaf {
  constructor(
    readonly block: HtmlBlock,
    readonly owner: ScannedListItem,
  ) {}

  goOn(scan: ScanState, i: number, text: string): boolean {
    const blank = isBlank(text);
    if (!blank && indentWidth(text) < this.owner.contentColumn) return false;
    const ended = this.block.end ? endsHtml(this.block, text) : blank;
    if (!blank || this.block.end) {
      scan.extend(i);
      this.owner.endLine = i;
    }
    if (ended) scan.leaf = undefined;
    if (blank && ended) return false; // a blank line ends kinds 6 and 7, and is read as a blank line
    scan.blankBefore = false;
    return true;
  }
}

/** An HTML block opening a top-level block: kind 7 (a lone tag) may not interrupt a paragraph. */
export function startHtml(scan: ScanState, i: number, text: string, trimmed: string): boolean {
  const block = htmlBlockStart(trimmed);
  if (!block || !(block.interrupts || scan.section?.type !== 'paragraph')) return false;
  scan.open('html', i);
  if (endsOnOpening(block, text)) scan.close();
  else scan.leaf = new OpenHtml(block);
  scan.blankBefore = scan.leaf === undefined;
  return true;
}

/**
 * An HTML block opening in the list item `owner` on `text` (`trimmed`, under
 * four columns past the item's content). `wasText`: the item's paragraph is
 * open, which kind 7 may not interrupt. Whether one opened.
 */
export function startItemHtml(scan: ScanState, owner: ScannedListItem, text: string, trimmed: string, wasText: boolean): boolean {
  const block = htmlBlockStart(trimmed);
  if (!block || !(block.interrupts || !wasText)) return false;
  if (!endsOnOpening(block, text)) scan.leaf = new OpenItemHtml(block, owner);
  return true;
}
