import type { ScannedListItem, ScannedNote } from '../markdown/scan.js';
import type { TaskStatuses } from './task-statuses.js';
import { answerRe, lastMarker, stripMarkers } from './written.js';

export { answerLabel, stripMarkers } from './written.js';

/** How a checklist item's box reads: done, skipped (`[-]`), or not done. */
export type ItemState = 'done' | 'skipped' | 'open';

/**
 * Read a task's check character as Obsidian Tasks does: `x` and `X` done, `-`
 * set aside, anything else not done yet; a vault's own Tasks statuses (see
 * task-statuses.ts), when given, decide for the marks they name.
 */
export function itemState(task: string | undefined, statuses?: TaskStatuses): ItemState {
  if (task === undefined) return 'open';
  const own = statuses?.get(task);
  if (own) return own;
  if (task === 'x' || task === 'X') return 'done';
  if (task === '-') return 'skipped';
  return 'open';
}

/** A checklist item Follow Through wrote (the client may have ticked or edited it). */
export interface MarkedItem {
  /** 0-based line. */
  line: number;
  commitmentId: string;
  /** ISO date the item's period starts. */
  periodStart: string;
  n: number;
  state: ItemState;
  item: ScannedListItem;
}

/** A reflection prompt Follow Through wrote, and the client's answer to it. */
export interface MarkedPrompt {
  commitmentId: string;
  periodStart: string;
  /** 0-based first line of the callout. */
  firstLine: number;
  /** 0-based line holding the marker. */
  markerLine: number;
  /** 0-based last line of the prompt and its answer line (and anything nested under it). */
  lastLine: number;
  /** 0-based line of the "My answer:" item, when it is there. */
  answerLine: number | undefined;
  /** The client's words, or null while there are none. */
  answer: string | null;
}

/** Every line Follow Through wrote in a note. */
export interface Marks {
  items: MarkedItem[];
  prompts: MarkedPrompt[];
}

function isQuoteLine(text: string | undefined): boolean {
  return text !== undefined && /^[ \t]*>/.test(text);
}

/** Find every line Follow Through wrote: checklist items and prompts with their answers. */
export function findMarks(scan: ScannedNote, statuses?: TaskStatuses): Marks {
  const items: MarkedItem[] = [];
  const prompts: MarkedPrompt[] = [];
  /** The innermost item on each line (`- - a` puts two items on one line). */
  const itemAt = new Map<number, ScannedListItem>();
  /** The outermost item on each line: a parent's line leads to it. */
  const outerAt = new Map<number, ScannedListItem>();
  /** Where each line's last item sits in scan.listItems (they come in line order). */
  const indexAt = new Map<number, number>();
  const lines = scan.lines;

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const m = lastMarker(text);
    if (!m) continue;
    // Most notes hold no marker: the items are looked up by line only once one is found.
    if (indexAt.size === 0)
      scan.listItems.forEach((item, index) => {
        itemAt.set(item.line, item);
        if (!outerAt.has(item.line)) outerAt.set(item.line, item);
        indexAt.set(item.line, index);
      });
    const { commitmentId, periodStart } = m;
    if (m.n !== 'r') {
      const item = itemAt.get(i);
      if (!item) continue;
      items.push({ line: i, commitmentId, periodStart, n: m.n, state: itemState(item.task, statuses), item });
      continue;
    }
    if (!isQuoteLine(text)) continue;
    let first = i;
    while (first > 0 && isQuoteLine(lines[first - 1]?.text)) first--;
    let last = i;
    while (last + 1 < lines.length && isQuoteLine(lines[last + 1]?.text)) last++;
    const answerParts: string[] = [];
    for (let k = i + 1; k <= last; k++) {
      const words = (lines[k]?.text ?? '').replace(/^[ \t]*(?:>[ \t]?)+/, '').trim();
      if (words) answerParts.push(stripMarkers(words));
    }
    let answerLine: number | undefined;
    let end = last;
    const next = itemAt.get(last + 1);
    if (next) {
      const own = (lines[last + 1]?.text ?? '').slice(next.textOffset);
      if (answerRe.test(own)) {
        answerLine = last + 1;
        end = next.endLine;
        const firstWords = stripMarkers(own.replace(answerRe, ''));
        if (firstWords) answerParts.unshift(firstWords);
        // Anything nested under the answer line is part of the answer: find where it ends.
        for (let c = (indexAt.get(next.line) ?? scan.listItems.length) + 1; c < scan.listItems.length; c++) {
          const child = scan.listItems[c];
          if (!child || !isUnder(outerAt, child, next)) break;
          end = Math.max(end, child.endLine);
        }
        // Then read its lines once each, in order: an item's line from its words (the innermost item of a
        // `- - a` line), any other line as it stands. (A line can be both the answer's continuation and a
        // nested item's, as the scan counts lines; reading by line never reads one twice.)
        for (let k = last + 2; k <= end; k++) {
          const text = lines[k]?.text ?? '';
          const item = itemAt.get(k);
          const words = (item ? text.slice(item.textOffset) : text).trim();
          if (words) answerParts.push(stripMarkers(words));
        }
      }
    }
    const answer = answerParts.join('\n').trim();
    prompts.push({ commitmentId, periodStart, firstLine: first, markerLine: i, lastLine: end, answerLine, answer: answer === '' ? null : answer });
    i = last;
  }
  return { items, prompts };
}

/**
 * Whether `child` is nested under `ancestor`. Parents are looked up by line in
 * `outerAt`, the outermost item of each line: an item nested on its parent's
 * own line (`- - a`) names that line as its parent, and the outer item there
 * leads further up. Each step goes to an earlier line or to the outer item of
 * the same one, and the walk is bounded besides, so it always ends.
 */
function isUnder(outerAt: Map<number, ScannedListItem>, child: ScannedListItem, ancestor: ScannedListItem): boolean {
  let parent = child.parent;
  for (let steps = 0; parent >= 0 && steps <= outerAt.size; steps++) {
    if (parent === ancestor.line) return true;
    const up = outerAt.get(parent);
    if (!up || up.parent === parent) return false;
    parent = up.parent;
  }
  return false;
}
