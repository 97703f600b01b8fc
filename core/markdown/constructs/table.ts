// A table (GFM): a row of cells over a delimiter row. Its rows go on as a paragraph's lines do, up to a blank
// line or a block that may interrupt a paragraph (./paragraph.ts); a table row holds the cells' words.

import { indentWidth } from '../lines.js';
import type { ScanState } from './state.js';

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

/** A table opening on a line of cells (`trimmed`, holding a `|`) over a delimiter row. */
export function startTable(scan: ScanState, i: number, trimmed: string): boolean {
  if (!trimmed.includes('|') || !isTableDelimiter(scan.lines[i + 1]?.text ?? '')) return false;
  scan.open('table', i);
  return true;
}
