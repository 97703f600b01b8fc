// A thematic break (`***`, `- - -`), and where one could end a line of nested markers.

import { isSpaceOrTab } from './columns.js';
import type { ScanState } from './state.js';

export const thematicRe = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * Where in `text` a trailing thematic break could begin: any suffix that starts
 * at a non-blank character at or after `from` and at or before `lastStart` is
 * a thematic break (three or more of one of `-`, `*`, `_`, with spaces or tabs).
 * Found in one backward pass, so nested markers on one line stay linear.
 */
export function thematicTail(text: string): { from: number; lastStart: number } {
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

/** A thematic break: a block of one line. */
export function startThematicBreak(scan: ScanState, i: number, text: string): boolean {
  if (!thematicRe.test(text)) return false;
  scan.open('thematicBreak', i);
  scan.close();
  scan.blankBefore = true;
  return true;
}
