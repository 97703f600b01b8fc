// Indented code at the top level: lines indented four or more columns, where no paragraph goes on.

import { indentWidth, isBlank } from '../lines.js';
import type { OpenLeaf, ScanState } from './state.js';

/** Open indented code: it goes on over lines indented four or more columns, and over blank lines. */
class OpenIndentedCode implements OpenLeaf {
  goOn(scan: ScanState, i: number, text: string): boolean {
    if (isBlank(text)) {
      scan.blankBefore = true;
      scan.quoteLazy = false;
      return true;
    }
    if (indentWidth(text) < 4) {
      scan.close();
      return false;
    }
    scan.extend(i);
    scan.blankBefore = false;
    return true;
  }
}

const openIndentedCode = new OpenIndentedCode();

/** Indented code opening a top-level block, on a line indented `indent` columns. */
export function startIndentedCode(scan: ScanState, i: number, indent: number): boolean {
  if (indent < 4) return false;
  scan.open('code', i);
  scan.leaf = openIndentedCode;
  scan.blankBefore = false;
  return true;
}
