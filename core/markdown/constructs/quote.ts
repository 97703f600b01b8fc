// Blockquotes and callouts: the `>` markers a line carries, and the quote as a container: its lines, a
// fence or a list inside it, and the lazy lines that go on its paragraph.

import { indentWidth, isBlank } from '../lines.js';
import { isSpaceOrTab } from './columns.js';
import { OpenFence, fenceOpen } from './fence.js';
import { readItems } from './list-item.js';
import { interruptsParagraph } from './paragraph.js';
import type { ScanState } from './state.js';

/** Strip blockquote markers: returns the depth and the text inside. */
export function readQuote(text: string): { depth: number; rest: string } {
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
export function indentedQuote(text: string): boolean {
  let i = 0;
  while (isSpaceOrTab(text.charCodeAt(i))) i++;
  return i > 0 && text.charCodeAt(i) === 62;
}

/** A quote or callout indented into a top-level list item belongs to that item (CommonMark's container rule). */
export function quoteInItem(scan: ScanState, i: number, text: string): boolean {
  if (scan.section?.type !== 'list' || !indentedQuote(text)) return false;
  const indent = indentWidth(text);
  const owner = scan.list.owner(indent);
  if (!owner || indent < owner.contentColumn) return false;
  scan.extend(i);
  owner.endLine = i;
  scan.noteBlockId(text, i);
  scan.blankBefore = false;
  return true;
}

/** A line of a quote or callout: it opens one or goes on it, with what it holds inside (a fence, a list item). */
export function quoteLine(scan: ScanState, i: number, text: string): boolean {
  const quote = readQuote(text);
  if (quote.depth === 0) return false;
  const type = scan.section?.type;
  if (type !== 'blockquote' && type !== 'callout') scan.open(/^\[!/.test(quote.rest.trimStart()) ? 'callout' : 'blockquote', i);
  scan.extend(i);
  const inner = quote.rest;
  if (isBlank(inner)) {
    scan.quoteLazy = false;
    scan.blankBefore = true;
    return true;
  }
  scan.noteBlockId(text, i);
  if (fenceInQuote(scan, i, inner, quote.depth)) return true;
  const list = scan.quoteList;
  const item = readItems(scan, list, inner, i, text.length - inner.length, quote.depth, scan.blankBefore);
  if (!item && list.open) {
    const owner = list.owner(indentWidth(inner)) ?? (scan.blankBefore ? undefined : list.lastItem);
    if (owner) owner.endLine = i;
    else list.reset();
  }
  scan.quoteLazy = true;
  scan.blankBefore = false;
  return true;
}

/** A fence opening inside a quote; indented into a list item in the quote, it belongs to that item (the item's end ends it). */
function fenceInQuote(scan: ScanState, i: number, inner: string, depth: number): boolean {
  const indent = indentWidth(inner);
  const owner = scan.quoteList.open ? scan.quoteList.owner(indent) : undefined;
  const run = indent - (owner?.contentColumn ?? 0) < 4 ? fenceOpen(inner.trimStart()) : undefined;
  if (!run) return false;
  if (owner) owner.endLine = i;
  scan.leaf = new OpenFence(run, depth, owner);
  scan.quoteLazy = false;
  return true;
}

/** A line after a quote's line that holds no `>`: a lazy line of the quote's paragraph, or the quote's end. */
export function quoteLazyLine(scan: ScanState, i: number, text: string): boolean {
  const type = scan.section?.type;
  if (type !== 'blockquote' && type !== 'callout') return false;
  if (scan.quoteLazy && !scan.blankBefore && !interruptsParagraph(text)) {
    scan.extend(i);
    const last = scan.quoteList.lastItem;
    if (last && last.endLine === i - 1) last.endLine = i;
    return true;
  }
  scan.close();
  return false;
}
