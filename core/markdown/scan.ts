import { indentWidth, isBlank, splitLines } from './lines.js';
import type { ScannedNote } from './scanned.js';
import { startComment } from './constructs/comment.js';
import { startFence } from './constructs/fence.js';
import { readFrontmatter } from './constructs/frontmatter.js';
import { setextUnderline, startAtx } from './constructs/heading.js';
import { startHtml } from './constructs/html.js';
import { startIndentedCode } from './constructs/indented-code.js';
import { goOnList, startList } from './constructs/list.js';
import { startMath } from './constructs/math.js';
import { goOnParagraph, startParagraph } from './constructs/paragraph.js';
import { quoteInItem, quoteLazyLine, quoteLine } from './constructs/quote.js';
import { ScanState } from './constructs/state.js';
import { startThematicBreak } from './constructs/thematic-break.js';

// The scan is built the way micromark builds its document and flow: each
// construct, one a file under ./constructs/, says how it starts on a line,
// whether a later line goes on it, and how it ends, and records what it found
// (sections, list items with their last line, headings, block ids). What is
// open between lines is one ScanState (./constructs/state.ts): the open
// top-level block, the lists, and at most one open leaf (a fence, indented
// code, a comment, HTML, math). This file is the driver: it offers each line
// to the open leaf, then to the containers (a quote, a list and its items),
// then to the blocks that may start there, in CommonMark's order.
export type { ScannedBlock, ScannedHeading, ScannedListItem, ScannedNote, ScannedSection } from './scanned.js';
export { blockIdAtEnd } from './constructs/block-id.js';
export { leadingChars } from './constructs/columns.js';
export { closesFence, fenceOpen, fenceRe } from './constructs/fence.js';
export { readAtx, setextRe } from './constructs/heading.js';
export { type HtmlBlock, endsHtml, htmlBlockStart } from './constructs/html.js';
export { interruptsParagraph } from './constructs/paragraph.js';
export { readQuote } from './constructs/quote.js';
export { isTableDelimiter } from './constructs/table.js';
export { thematicRe } from './constructs/thematic-break.js';

/**
 * Scan a note once, line by line, for the structure Obsidian's metadata cache
 * records: frontmatter, headings, sections, list items with their tasks and
 * parents, and block ids.
 */
export function scanNote(text: string): ScannedNote {
  const lines = splitLines(text);
  const scan = new ScanState(lines);
  const { frontmatter, first } = readFrontmatter(lines, scan.sections);
  const firstText = lines[0]?.text ?? '';
  // A byte-order mark opens the text, not its first line's Markdown (Obsidian reads `\uFEFF## a` as a heading).
  const bom = first === 0 && firstText.charCodeAt(0) === 0xfeff;
  for (let i = first; i < lines.length; i++) {
    scanLine(scan, i, i === 0 && bom ? firstText.slice(1) : (lines[i]?.text ?? ''));
  }
  scan.close();
  if (bom) for (const item of scan.listItems) if (item.line === 0) item.textOffset++;
  const { headings, listItems, sections, blocks } = scan;
  return { lines, frontmatter, headings, listItems, sections, blocks };
}

/** One line: to the open leaf, to the containers, then to the blocks that may start on it. */
function scanLine(scan: ScanState, i: number, text: string): void {
  scan.wasText = scan.textBefore;
  scan.textBefore = false;
  const leaf = scan.leaf;
  if (leaf) {
    if (leaf.goOn(scan, i, text)) return;
    scan.leaf = undefined;
  }
  if (quoteInItem(scan, i, text) || quoteLine(scan, i, text)) return;
  if (isBlank(text)) {
    const type = scan.section?.type;
    if (type !== undefined && type !== 'list' && type !== 'code') scan.close();
    scan.blankBefore = true;
    scan.quoteLazy = false;
    return;
  }
  if (quoteLazyLine(scan, i, text)) return;
  const indent = indentWidth(text);
  if (scan.section?.type === 'list' && goOnList(scan, i, text, indent)) return;
  startBlock(scan, i, text, indent);
}

/** A line no open block took: it starts a block, or goes on a paragraph (which a list item or code may not interrupt). */
function startBlock(scan: ScanState, i: number, text: string, indent: number): void {
  const trimmed = text.trimStart();
  if (startAtx(scan, i, text, indent) || setextUnderline(scan, i, text)) return;
  if (indent < 4) {
    if (startFence(scan, i, trimmed) || startComment(scan, i, trimmed) || startMath(scan, i, trimmed)) return;
    if (startThematicBreak(scan, i, text) || startHtml(scan, i, text, trimmed)) return;
  }
  if (startList(scan, i, text, trimmed) || goOnParagraph(scan, i, text)) return;
  if (startIndentedCode(scan, i, indent)) return;
  startParagraph(scan, i, text, trimmed);
}
