// What a scan of a note finds: the shapes Obsidian's metadata cache records.

import type { Line } from './lines.js';

/** A list item, as Obsidian's metadata cache records it (lines are 0-based). */
export interface ScannedListItem {
  /** Line of the item's marker. */
  line: number;
  /** Last line of the item's own text (continuations, not children). */
  endLine: number;
  /** Column of the marker, tabs expanded to 4 (inside a quote: after the `>`). */
  indent: number;
  /** Column where the item's text starts. */
  contentColumn: number;
  /** The marker: `-`, `*`, `+`, `1.`, `1)`. */
  marker: string;
  /** The character between the brackets for a task (`' '`, `'x'`, …), else undefined. */
  task: string | undefined;
  /** Obsidian's convention: the parent item's line, or minus the first line of the list for a root item. */
  parent: number;
  /** Offset in the line where the item's text starts (after marker and checkbox). */
  textOffset: number;
  /** Depth of blockquote around it (0 outside quotes and callouts). */
  quoteDepth: number;
}

/** A heading. */
export interface ScannedHeading {
  line: number;
  level: number;
  /** Heading text, trimmed, without closing hashes. */
  text: string;
}

/** A top-level block, named as Obsidian names its `sections`. */
export interface ScannedSection {
  type:
    | 'yaml'
    | 'heading'
    | 'paragraph'
    | 'list'
    | 'code'
    | 'blockquote'
    | 'callout'
    | 'comment'
    | 'html'
    | 'math'
    | 'table'
    | 'thematicBreak'
    | 'footnoteDefinition';
  startLine: number;
  endLine: number;
}

/** A block id (`^id`) at the end of a paragraph or list item. */
export interface ScannedBlock {
  id: string;
  line: number;
}

/** What a single pass over a note's lines finds. */
export interface ScannedNote {
  lines: Line[];
  /** Frontmatter lines, fences included, when the note opens with `---`. */
  frontmatter: { startLine: number; endLine: number; source: string; closed: boolean } | undefined;
  headings: ScannedHeading[];
  listItems: ScannedListItem[];
  sections: ScannedSection[];
  blocks: ScannedBlock[];
}
