// Headings: ATX (`## Text`) on one line, and the setext underline (`===`, `---`) under a paragraph.

import { isSpaceOrTab } from './columns.js';

export const setextRe = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** An ATX heading (`## Text ##`), read without backtracking regexes. */
export function readAtx(text: string): { level: number; text: string } | undefined {
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
