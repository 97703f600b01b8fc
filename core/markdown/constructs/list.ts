// A top-level list as a container: the lines that go on it (a sibling or nested item, a line indented into
// an item's content with what it opens there, a lazy line of the last item's words), and where it starts.

import type { ScannedListItem } from '../scanned.js';
import { commentAfter } from './comment.js';
import { OpenFence, fenceOpen } from './fence.js';
import { readAtx } from './heading.js';
import { startItemHtml } from './html.js';
import { readItems } from './list-item.js';
import { interruptsParagraph } from './paragraph.js';
import type { ScanState } from './state.js';
import { thematicRe } from './thematic-break.js';

/** A line that opens list items: the items' words are paragraph text, which may hold a block id and open a comment. */
function itemLine(scan: ScanState, i: number, text: string): void {
  scan.noteBlockId(text, i);
  scan.blankBefore = false;
  scan.textBefore = true;
  commentAfter(scan, text, scan.list.lastItem);
}

/** A line of an open top-level list (`indent` columns in): whether it goes on the list; when not, the list is closed. */
export function goOnList(scan: ScanState, i: number, text: string, indent: number): boolean {
  const list = scan.list;
  if (readItems(scan, list, text, i, 0, 0, scan.blankBefore)) {
    if (list.restarted) scan.beginList(i);
    scan.extend(i);
    itemLine(scan, i, text);
    return true;
  }
  const owner = list.owner(indent);
  if (owner && indent >= owner.contentColumn) {
    itemContent(scan, owner, i, text, indent);
    return true;
  }
  const last = list.lastItem;
  if (scan.wasText && !scan.blankBefore && last && !interruptsParagraph(text)) {
    // Lazy continuation of the last item's paragraph.
    scan.extend(i);
    last.endLine = i;
    scan.noteBlockId(text, i);
    scan.textBefore = true;
    commentAfter(scan, text, last);
    return true;
  }
  scan.close();
  return false;
}

/**
 * A line indented into the content of the item `owner`: what it opens there (a fence, a comment, HTML, each
 * belonging to the item), else the item's text, or indented code in the item (code cannot interrupt a paragraph).
 */
function itemContent(scan: ScanState, owner: ScannedListItem, i: number, text: string, indent: number): void {
  const relative = indent - owner.contentColumn;
  const goesOnText = scan.wasText && !scan.blankBefore;
  const code = relative >= 4 && !goesOnText;
  scan.extend(i);
  owner.endLine = i;
  scan.blankBefore = false;
  const trimmed = text.trimStart();
  if (relative < 4) {
    const run = fenceOpen(trimmed);
    if (run) {
      scan.leaf = new OpenFence(run, 0, owner);
      return;
    }
    if (trimmed.startsWith('%%')) {
      // A comment inside the item: it hides what it holds until its closing `%%`.
      commentAfter(scan, trimmed, owner);
      return;
    }
    if (startItemHtml(scan, owner, text, trimmed, scan.wasText)) return;
  }
  scan.noteBlockId(text, i);
  scan.textBefore = !code && !readAtx(trimmed) && !thematicRe.test(trimmed);
  commentAfter(scan, text, owner);
}

/** A list opening a top-level block: in a paragraph, only an ordered item starting at 1 (or a bullet) interrupts it. */
export function startList(scan: ScanState, i: number, text: string, trimmed: string): boolean {
  const canStart = scan.section?.type !== 'paragraph' || scan.blankBefore || !/^\d/.test(trimmed) || /^1[.)]/.test(trimmed);
  if (!canStart || !readItems(scan, scan.list, text, i, 0, 0, scan.blankBefore)) return false;
  // Here no list is open (goOnList closes one when it does not take the line): the item begins one.
  scan.beginList(i);
  itemLine(scan, i, text);
  return true;
}
