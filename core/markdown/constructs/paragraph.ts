// A paragraph: it goes on over lines until a blank line or a block that may interrupt it.

import { indentWidth } from '../lines.js';
import { blankAfter } from './columns.js';
import { commentAfter } from './comment.js';
import { fenceRe } from './fence.js';
import { readAtx } from './heading.js';
import { htmlBlockStart } from './html.js';
import { readMarker } from './list-item.js';
import type { ScanState } from './state.js';
import { startTable } from './table.js';
import { thematicRe } from './thematic-break.js';

/**
 * Whether a line would start a block that interrupts a paragraph, so it cannot
 * be a lazy continuation line: a heading, a fence, a thematic break, an HTML
 * block of kinds 1 to 6, a comment, math, or a list item that may interrupt a
 * paragraph (a bullet with words, or an ordered item starting at 1).
 */
export function interruptsParagraph(text: string): boolean {
  const indent = indentWidth(text);
  if (indent >= 4) return false;
  const trimmed = text.trimStart();
  if (readAtx(text) || fenceRe.test(trimmed) || thematicRe.test(text)) return true;
  if (trimmed.startsWith('%%') || trimmed.startsWith('$$')) return true;
  if (htmlBlockStart(trimmed)?.interrupts === true) return true;
  const at = text.length - trimmed.length;
  const marker = readMarker(text, at, indent);
  if (!marker || (marker.ordered && marker.start !== 1)) return false;
  return !blankAfter(text, at + marker.width);
}

/** A footnote definition (`[^1]: …`): read as a block of its own, continued as a paragraph is. */
export const footnoteRe = /^ {0,3}\[\^[^\]]+\]:/;

/** Paragraph text: it may end with a block id, and leave a comment open. */
function textLine(scan: ScanState, i: number, text: string): void {
  scan.noteBlockId(text, i);
  scan.blankBefore = false;
  scan.textBefore = true;
  commentAfter(scan, text, undefined);
}

/** A line going on an open paragraph, table or footnote definition (which go on as a paragraph does). */
export function goOnParagraph(scan: ScanState, i: number, text: string): boolean {
  const type = scan.section?.type;
  if (type !== 'paragraph' && type !== 'table' && type !== 'footnoteDefinition') return false;
  scan.extend(i);
  textLine(scan, i, text);
  return true;
}

/** A line opening a paragraph: a footnote definition, a table (./table.ts), or words. */
export function startParagraph(scan: ScanState, i: number, text: string, trimmed: string): void {
  if (footnoteRe.test(text)) scan.open('footnoteDefinition', i);
  else if (!startTable(scan, i, trimmed)) scan.open('paragraph', i);
  textLine(scan, i, text);
}
