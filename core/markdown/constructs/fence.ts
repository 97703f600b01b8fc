// A fenced code block: how it starts (a run of backticks or tildes) and how it ends (a closing run).

import { indentWidth, isBlank } from '../lines.js';
import type { ScannedListItem } from '../scanned.js';
import { leadingChars } from './columns.js';
import { readQuote } from './quote.js';
import type { OpenLeaf, ScanState } from './state.js';

export const fenceRe = /^(`{3,}|~{3,})/;

/**
 * The run of an opening code fence in `trimmed` (a line trimmed at the start,
 * indented under four columns in its container), if it opens one: three or
 * more backticks or tildes; a backtick fence's info string holds no backtick
 * (else the line is inline code).
 */
export function fenceOpen(trimmed: string): string | undefined {
  const run = fenceRe.exec(trimmed)?.[1];
  if (!run) return undefined;
  if (run.startsWith('`') && trimmed.includes('`', run.length)) return undefined;
  return run;
}

/**
 * Whether `content` (a line with its container's prefix taken off) closes the
 * fence opened with `run`: under four columns of indent, a run of the same
 * character at least as long, then only spaces or tabs. A fence indented four
 * or more columns is code inside the block, not its end.
 */
export function closesFence(run: string, content: string): boolean {
  if (indentWidth(content) >= 4) return false;
  const trimmed = content.trimStart();
  if (!trimmed.startsWith(run)) return false;
  const ch = run.charCodeAt(0);
  let i = run.length;
  while (trimmed.charCodeAt(i) === ch) i++;
  return isBlank(trimmed.slice(i));
}

/**
 * An open fenced code block: in a quote `depth` deep, and in the list item
 * `owner` when it is indented into one. Every line up to the closing fence is
 * code; the quote's end, or a line indented less than the item's content (code
 * has no lazy lines), ends it too.
 */
export class OpenFence implements OpenLeaf {
  constructor(
    readonly run: string,
    readonly depth: number,
    readonly owner: ScannedListItem | undefined,
  ) {}

  goOn(scan: ScanState, i: number, text: string): boolean {
    let inner = text;
    if (this.depth > 0) {
      const q = readQuote(text);
      if (q.depth < this.depth) return false; // the quote ended, so does the fence
      inner = q.rest;
    }
    const owner = this.owner;
    if (owner && !isBlank(inner) && indentWidth(inner) < owner.contentColumn) return false;
    scan.extend(i);
    if (owner) owner.endLine = i;
    // The closing fence is measured from the content's column of the item the fence sits in.
    const content = owner ? inner.slice(leadingChars(inner, owner.contentColumn)) : inner;
    if (closesFence(this.run, content)) scan.leaf = undefined;
    scan.blankBefore = false;
    return true;
  }
}

/** A fence opening a top-level block: `trimmed` is the line trimmed at the start, indented under four columns. */
export function startFence(scan: ScanState, i: number, trimmed: string): boolean {
  const run = fenceOpen(trimmed);
  if (!run) return false;
  scan.open('code', i);
  scan.leaf = new OpenFence(run, 0, undefined);
  scan.blankBefore = false;
  return true;
}
