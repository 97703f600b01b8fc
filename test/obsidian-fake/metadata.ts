// The fake's metadata cache, built from an independent CommonMark reading
// (remark-parse with remark-frontmatter), never from core's own scanner: the
// plugin picks the notes it reads from this cache, so a cache built by the
// product's parser would test the product against itself. On top of the
// CommonMark tree it adds what Obsidian adds (callouts, block ids, tags, task
// marks, list parents as Obsidian numbers them); test/plugin/fake.test.ts
// compares it with the caches recorded in the real app
// (../shared/data/obsidian-metadata) and names where the two differ.

import type { Heading, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface CacheItem {
  position: Pos;
}
export interface HeadingCache extends CacheItem {
  heading: string;
  level: number;
}
export interface ListItemCache extends CacheItem {
  id?: string | undefined;
  task?: string | undefined;
  parent: number;
}
export interface SectionCache extends CacheItem {
  id?: string | undefined;
  type: string;
}
export interface BlockCache extends CacheItem {
  id: string;
}
export interface TagCache extends CacheItem {
  tag: string;
}
export interface CachedMetadata {
  headings?: HeadingCache[];
  listItems?: ListItemCache[];
  sections?: SectionCache[];
  blocks?: Record<string, BlockCache>;
  tags?: TagCache[];
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
}

const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** mdast's 1-based points as Obsidian's 0-based locations. */
function toLoc(point: { line: number; column: number; offset?: number | undefined }): Loc {
  return { line: point.line - 1, col: point.column - 1, offset: point.offset ?? 0 };
}

function toPos(node: Nodes): Pos {
  const p = node.position;
  if (!p) throw new Error(`a ${node.type} node without a position`);
  return { start: toLoc(p.start), end: toLoc(p.end) };
}

/** The source text a node spans. */
function source(text: string, node: Nodes): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** A heading's text as Obsidian keeps it: the source between the markers, markup and links included. */
function headingText(text: string, node: Heading): string {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first || !last) return '';
  return text.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0).trim();
}

/** A block id at the end of a block's last line (`… ^id`), as Obsidian's help on block references describes. */
const blockIdRe = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

/** A task's mark: `[c]` and a space at the start of a list item's text. */
const taskRe = /^\[(.)\](?:[ \t]|$)/u;

/** An inline tag: `#` after a space or the line start, then tag characters (not only digits). */
const tagRe = /(^|\s)(#[^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/gu;

function sectionType(text: string, node: RootContent): string {
  if (node.type === 'blockquote') return /^\s*>\s*\[!/.test(source(text, node)) ? 'callout' : 'blockquote';
  return node.type;
}

/** The first offset of a line. */
function offsetOf(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line && offset >= 0; i++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

/**
 * Obsidian's comment blocks (its help, "Comments"): a block that opens with `%%`
 * at a line's start and runs to the line holding the closing `%%` (or the note's
 * end). Nothing in them is a heading or a list item; their tags still count.
 */
function commentBlocks(text: string): Array<[number, number]> {
  const lines = text.split('\n');
  const blocks: Array<[number, number]> = [];
  let blankBefore = true;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (blankBefore && line.startsWith('%%') && !line.slice(2).includes('%%')) {
      let end = i + 1;
      while (end < lines.length && !(lines[end] ?? '').includes('%%')) end++;
      blocks.push([i, Math.min(end, lines.length - 1)]);
      i = end;
      blankBefore = false;
      continue;
    }
    blankBefore = true;
  }
  return blocks;
}

/** The text with comment blocks turned into blank lines (offsets kept). */
function masked(text: string, blocks: Array<[number, number]>): string {
  const lines = text.split('\n');
  for (const [from, to] of blocks) for (let i = from; i <= to; i++) lines[i] = (lines[i] ?? '').replace(/[^\r]/g, ' ');
  return lines.join('\n');
}

interface Walk {
  text: string;
  headings: HeadingCache[];
  listItems: ListItemCache[];
  blocks: Record<string, BlockCache>;
}

function addBlock(walk: Walk, line: string, lineNo: number, lineStart: number): string | undefined {
  const m = blockIdRe.exec(line);
  if (!m?.[1]) return undefined;
  const col = line.lastIndexOf(`^${m[1]}`);
  walk.blocks[m[1].toLowerCase()] = {
    id: m[1],
    position: { start: { line: lineNo, col, offset: lineStart + col }, end: { line: lineNo, col: line.length, offset: lineStart + line.length } },
  };
  return m[1];
}

function visitList(walk: Walk, list: List, parent: number): void {
  const first = list.position?.start.line ?? 1;
  // Obsidian numbers a top-level item's parent as minus its list's first line (and -1 for line 0).
  const rootParent = parent >= 0 ? parent : -Math.max(1, first - 1);
  list.children.forEach((item, i) => visitItem(walk, item, rootParent, list.children[i + 1]));
}

/**
 * Where Obsidian ends a list item: before its first nested item, else before its
 * next sibling (blank lines between items included), else where its text ends.
 */
function itemEnd(item: ListItem, next: ListItem | undefined): number {
  const child = item.children.find((c) => c.type === 'list');
  const until = child?.position?.start.line ?? next?.position?.start.line;
  return until !== undefined ? until - 2 : (item.position?.end.line ?? 1) - 1;
}

function lineEndLoc(walk: Walk, line: number): Loc {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = walk.text.indexOf('\n', offset) + 1;
  const end = walk.text.indexOf('\n', offset);
  const col = (end < 0 ? walk.text.length : end) - offset - (walk.text[end - 1] === '\r' ? 1 : 0);
  return { line, col, offset: offset + col };
}

function visitItem(walk: Walk, item: ListItem, parent: number, next: ListItem | undefined): void {
  const own = toPos(item);
  const pos = { start: own.start, end: lineEndLoc(walk, itemEnd(item, next)) };
  const firstBlock = item.children[0];
  const lead = firstBlock?.type === 'paragraph' ? source(walk.text, firstBlock) : '';
  const task = taskRe.exec(lead)?.[1];
  const entry: ListItemCache = { parent, position: pos };
  if (task !== undefined) entry.task = task;
  walk.listItems.push(entry);
  if (firstBlock?.type === 'paragraph' && firstBlock.position) {
    const endLine = firstBlock.position.end.line - 1;
    const lines = walk.text.split('\n');
    let start = 0;
    for (let i = 0; i < endLine; i++) start += (lines[i]?.length ?? 0) + 1;
    const id = addBlock(walk, (lines[endLine] ?? '').replace(/\r$/, ''), endLine, start);
    if (id !== undefined) entry.id = id;
  }
  for (const child of item.children) visitBlock(walk, child, pos.start.line);
}

function visitBlock(walk: Walk, node: RootContent, parentItem: number): void {
  if (node.type === 'heading') {
    walk.headings.push({ heading: headingText(walk.text, node), level: node.depth, position: toPos(node) });
  } else if (node.type === 'list') {
    visitList(walk, node, parentItem);
  } else if (node.type === 'blockquote') {
    for (const child of (node).children) visitBlock(walk, child, -1);
  }
}

/** Tags anywhere but code, frontmatter and HTML, found on the source lines (Obsidian reads them in %% comments too). */
function findTags(text: string, tree: Root): TagCache[] {
  const hidden: Array<[number, number]> = [];
  const hide = (node: Nodes): void => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml' || node.type === 'html') {
      hidden.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
      return;
    }
    if ('children' in node) for (const child of node.children) hide(child);
  };
  hide(tree);
  const isHidden = (offset: number): boolean => hidden.some(([from, to]) => offset >= from && offset < to);
  const tags: TagCache[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  lines.forEach((raw, lineNo) => {
    const line = raw.replace(/\r$/, '');
    for (const m of line.matchAll(tagRe)) {
      const tag = m[2] ?? '';
      const col = (m.index ?? 0) + (m[1] ?? '').length;
      if (/^#\d+$/.test(tag) || isHidden(lineStart + col)) continue;
      tags.push({ tag, position: { start: { line: lineNo, col, offset: lineStart + col }, end: { line: lineNo, col: col + tag.length, offset: lineStart + col + tag.length } } });
    }
    lineStart += raw.length + 1;
  });
  return tags;
}

/**
 * Build a file's cache as Obsidian does: headings, list items (parent, task, id),
 * sections, block ids, inline tags (frontmatter tags stay in `frontmatter.tags`,
 * as in Obsidian, where `getAllTags` merges them) and the frontmatter.
 */
export function buildCache(text: string): CachedMetadata {
  const comments = commentBlocks(text);
  const tree = reader.parse(comments.length > 0 ? masked(text, comments) : text);
  const walk: Walk = { text, headings: [], listItems: [], blocks: {} };
  const cache: CachedMetadata = {};
  const sections: SectionCache[] = [];
  for (const node of tree.children) {
    if (comments.some(([from, to]) => (node.position?.start.line ?? 0) - 1 >= from && (node.position?.start.line ?? 0) - 1 <= to)) continue;
    if (node.type === 'yaml') {
      cache.frontmatterPosition = toPos(node);
      try {
        const data: unknown = parse(node.value, { uniqueKeys: false });
        if (data && typeof data === 'object' && !Array.isArray(data)) cache.frontmatter = data as Record<string, unknown>;
      } catch {
        // Obsidian shows broken YAML as text and caches no frontmatter.
      }
    }
    sections.push({ type: sectionType(text, node), position: toPos(node) });
    visitBlock(walk, node, -1);
    if (node.type === 'paragraph' && node.position) {
      const endLine = node.position.end.line - 1;
      const lineStart = node.position.end.offset !== undefined ? text.lastIndexOf('\n', node.position.end.offset - 1) + 1 : 0;
      addBlock(walk, text.slice(lineStart, node.position.end.offset).replace(/\r$/, ''), endLine, lineStart);
    }
  }
  for (const [from, to] of comments) sections.push({ type: 'comment', position: { start: { line: from, col: 0, offset: offsetOf(text, from) }, end: lineEndLoc(walk, to) } });
  sections.sort((a, b) => a.position.start.line - b.position.start.line);
  if (walk.headings.length > 0) cache.headings = walk.headings;
  if (walk.listItems.length > 0) cache.listItems = walk.listItems;
  if (sections.length > 0) cache.sections = sections;
  if (Object.keys(walk.blocks).length > 0) cache.blocks = walk.blocks;
  const tags = findTags(text, tree);
  if (tags.length > 0) cache.tags = tags;
  return cache;
}
