// A table (GFM): a row of cells over a delimiter row.

import { indentWidth } from '../lines.js';

const delimiterCellRe = /^:?-+:?$/;

/** Whether a line is a table's delimiter row (`| --- | :-: |`). */
export function isTableDelimiter(text: string): boolean {
  if (indentWidth(text) > 3 || !text.includes('-')) return false;
  let row = text.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  for (const cell of row.split('|')) {
    if (!delimiterCellRe.test(cell.trim())) return false;
  }
  return true;
}
