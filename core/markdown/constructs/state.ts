// What a scan holds open between lines, and what it has found so far. The
// constructs (one a file beside this one) read it and change it; the driver
// (../scan.ts) hands them each line in turn.

import type { Line } from '../lines.js';
import type { ScannedBlock, ScannedHeading, ScannedListItem, ScannedSection } from '../scanned.js';
import { blockIdAtEnd } from './block-id.js';
import { ListContext } from './list-item.js';

/**
 * A leaf block left open on an earlier line (a fence, indented code, a
 * comment, HTML, math): each later line is offered to it first.
 */
export interface OpenLeaf {
  /**
   * Whether `text` (line `i`) goes on the block and is spent on it. A block
   * that ends on the line clears `scan.leaf`; when the line is not spent the
   * block has ended before it, and the line is read afresh.
   */
  goOn(scan: ScanState, i: number, text: string): boolean;
}

export class ScanState {
  readonly headings: ScannedHeading[] = [];
  readonly listItems: ScannedListItem[] = [];
  readonly sections: ScannedSection[] = [];
  readonly blocks: ScannedBlock[] = [];
  /** The open top-level block. */
  section: ScannedSection | undefined;
  /** The list at the top level, and the one inside a quote. */
  readonly list = new ListContext();
  readonly quoteList = new ListContext();
  /** The leaf block left open, if any. */
  leaf: OpenLeaf | undefined;
  /** Whether the line before was blank (or ended a block that a blank line would). */
  blankBefore = true;
  /** Whether the line before was paragraph text, which a lazy line may continue. */
  wasText = false;
  /** Whether this line is paragraph text (read as `wasText` on the next line). */
  textBefore = false;
  /** Whether the quote's last line held text that a lazy line may continue. */
  quoteLazy = false;

  constructor(readonly lines: Line[]) {}

  /** End the open block and everything in it. */
  close(): void {
    if (this.section) this.sections.push(this.section);
    this.section = undefined;
    this.leaf = undefined;
    this.list.reset();
    this.quoteList.reset();
  }

  /** Open a top-level block of `type` on `line`, ending the one before. */
  open(type: ScannedSection['type'], line: number): void {
    this.close();
    this.section = { type, startLine: line, endLine: line };
  }

  /** Start a list section after its first item was read, keeping the list's state. */
  beginList(line: number): void {
    if (this.section) this.sections.push(this.section);
    this.section = { type: 'list', startLine: line, endLine: line };
    this.leaf = undefined;
  }

  /** The open block goes on to `line`. */
  extend(line: number): void {
    if (this.section) this.section.endLine = line;
  }

  /** Record the block id (`^id`) that ends the line, if one does. */
  noteBlockId(text: string, line: number): void {
    const id = blockIdAtEnd(text);
    if (id !== undefined) this.blocks.push({ id, line });
  }
}
