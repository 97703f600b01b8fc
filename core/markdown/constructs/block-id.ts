// A block id (`^id`) at the end of a block's last line.

import { isSpaceOrTab } from './columns.js';

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * The block id (`^id`) that ends a line, if one does: what `/(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/`
 * finds, read backwards from the end so a long line costs only its last characters.
 */
export function blockIdAtEnd(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isIdChar(text.charCodeAt(start - 1))) start--;
  if (start === end || start === 0 || text.charCodeAt(start - 1) !== 94 /* ^ */) return undefined;
  const caret = start - 1;
  if (caret > 0 && !/\s/.test(text.charAt(caret - 1))) return undefined;
  return text.slice(start, end);
}
