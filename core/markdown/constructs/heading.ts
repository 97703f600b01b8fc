// Headings: ATX (`## Text`) on one line, and the setext underline (`===`, `---`) under a paragraph.

import { isSpaceOrTab } from './columns.js';
import type { ScanState } from './state.js';

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

/** An ATX heading (under four columns of indent): a block of one line. */
export function startAtx(scan: ScanState, i: number, text: string, indent: number): boolean {
  const heading = indent < 4 ? readAtx(text) : undefined;
  if (!heading) return false;
  scan.open('heading', i);
  scan.headings.push({ line: i, level: heading.level, text: heading.text });
  scan.close();
  scan.blankBefore = true;
  return true;
}

/** A setext underline (`===`, `---`) right under a paragraph: the paragraph is a heading. */
export function setextUnderline(scan: ScanState, i: number, text: string): boolean {
  const section = scan.section;
  if (section?.type !== 'paragraph' || scan.blankBefore || !setextRe.test(text)) return false;
  const level = text.trim().startsWith('=') ? 1 : 2;
  const start = section.startLine;
  section.type = 'heading';
  section.endLine = i;
  const words: string[] = [];
  for (let line = start; line < i; line++) words.push((scan.lines[line]?.text ?? '').trim());
  scan.headings.push({ line: start, level, text: words.join(' ') });
  scan.close();
  scan.blankBefore = true;
  return true;
}
