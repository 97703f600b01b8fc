// Blockquotes and callouts: the `>` markers a line carries.

import { isSpaceOrTab } from './columns.js';

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
