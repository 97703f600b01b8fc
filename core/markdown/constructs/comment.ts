// Obsidian's comments (`%% … %%`): a comment is open after a line with an odd number of `%%`, outside inline code.

import { countOf, withoutCodeSpans } from '../lines.js';
import type { ScannedListItem } from '../scanned.js';
import type { OpenLeaf, ScanState } from './state.js';

/** Whether a line of text leaves a `%%` comment open: an odd number of `%%` on it, outside inline code. */
export function opensComment(line: string): boolean {
  return line.includes('%%') && countOf(withoutCodeSpans(line), '%%') % 2 === 1;
}

/**
 * An open comment, in the list item `owner` when it was opened in one (the
 * item then holds the lines up to the comment's end). Nothing inside it is
 * read: not an item, not a heading, not a block id.
 */
export class OpenComment implements OpenLeaf {
  constructor(readonly owner: ScannedListItem | undefined) {}

  goOn(scan: ScanState, i: number, text: string): boolean {
    scan.extend(i);
    if (this.owner) this.owner.endLine = i;
    // An odd number of `%%` closes it (an even number closes it and opens another).
    if (opensComment(text)) scan.leaf = undefined;
    scan.blankBefore = false;
    return true;
  }
}

/** After a line of text (in the item `owner`, if any): a comment it leaves open hides the lines after it. */
export function commentAfter(scan: ScanState, text: string, owner: ScannedListItem | undefined): void {
  if (opensComment(text)) scan.leaf = new OpenComment(owner);
}

/** A comment opening a top-level block: a line starting with `%%`. */
export function startComment(scan: ScanState, i: number, trimmed: string): boolean {
  if (!trimmed.startsWith('%%')) return false;
  scan.open('comment', i);
  commentAfter(scan, trimmed, undefined);
  scan.blankBefore = false;
  return true;
}
