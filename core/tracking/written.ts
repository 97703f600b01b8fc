// The lines Follow Through writes into notes, in one place: the marker that
// ends each of them, the answer line under a prompt, the prompt's shape, and
// the key that names one checklist item (in the note's marker, in tracking and
// in Notion's Key column). The formats live in users' notes and databases:
// they stay exactly as they are.

import type { Prompt } from '../reflection/prompt.js';
import { compact, expand } from './dates.js';

/** One checklist item: a commitment, the ISO date its period starts, and its number in that period. */
export interface ItemKey {
  commitmentId: string;
  periodStart: string;
  n: number;
}

/** An item's key as Notion's Key column and the sync state write it: `<commitment id>/<period start YYYYMMDD>/<n>`. */
export function itemKeyText(key: ItemKey): string {
  return `${key.commitmentId}/${compact(key.periodStart)}/${key.n}`;
}

/** Read a key written by `itemKeyText` (with the `@xxxxxx` suffix a copied row may carry), or undefined. */
export function parseItemKey(text: string): (ItemKey & { suffix: string | undefined }) | undefined {
  const m = /^([A-Za-z0-9-]+)\/(\d{8})\/(\d{1,3})(?:@([0-9a-f]{6}))?$/.exec(text);
  if (!m) return undefined;
  return { commitmentId: m[1] ?? '', periodStart: expand(m[2] ?? ''), n: Number(m[3]), suffix: m[4] };
}

/**
 * The quiet marker that ends every line Follow Through writes: an Obsidian
 * block id `^<commitment id>-<period start YYYYMMDD>-<n>` on a checklist item,
 * and `-r` on the last line of a reflection prompt. Obsidian hides block ids
 * when reading, and they let a line be linked to.
 */
export function markerOf(commitmentId: string, periodStart: string, n: number | 'r'): string {
  return `^${commitmentId}-${compact(periodStart)}-${n}`;
}

const markerRe = /(?:^|\s)\^([A-Za-z0-9-]+?)-(\d{8})-(\d{1,3}|r)(?=\s|$)/g;
/** A marker starting at exactly this `^` (the `y` flag). */
const markerAtRe = /\^([A-Za-z0-9-]+?)-(\d{8})-(\d{1,3}|r)(?=\s|$)/y;

/** A marker read from a line: whose, which period, which item (or `r` for a prompt). */
export interface Marker {
  commitmentId: string;
  periodStart: string;
  n: number | 'r';
  /** Where its `^` sits in the line. */
  at: number;
}

/**
 * The last marker on a line, looking only at its carets from the right: markers
 * hold no spaces, so they never overlap, and the rightmost that reads is the last.
 */
export function lastMarker(text: string): Marker | undefined {
  for (let at = text.lastIndexOf('^'); at >= 0; at = at > 0 ? text.lastIndexOf('^', at - 1) : -1) {
    if (at > 0 && !/\s/.test(text.charAt(at - 1))) continue;
    markerAtRe.lastIndex = at;
    const m = markerAtRe.exec(text);
    if (m && m[1] && m[2] && m[3]) return { commitmentId: m[1], periodStart: expand(m[2]), n: m[3] === 'r' ? 'r' : Number(m[3]), at };
  }
  return undefined;
}

/** Remove markers from a line of text (for reading the client's words). */
export function stripMarkers(text: string): string {
  return text.replace(markerRe, '').trim();
}

/** The label of the line where the client answers a prompt. */
export const answerLabel = 'My answer:';
/** The answer line's label as people may rewrite it (bold, an emoji, another case). */
export const answerRe = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:\*\*)?my answer(?:\*\*)?\s*:(?:\*\*)?\s*/iu;

/** Whether an item's own words are a line Follow Through wrote: a checklist item (its marker) or an answer line. */
export function isWrittenItem(own: string): boolean {
  return /\^[A-Za-z0-9-]+-\d{8}-(?:\d{1,3}|r)(?=\s|$)/.test(own) || answerRe.test(own);
}

/** A checklist item's line: `<indent>- [ ] <label> <marker>`. */
export function checklistLine(indent: string, label: string, key: ItemKey): string {
  return `${indent}- [ ] ${label} ${markerOf(key.commitmentId, key.periodStart, key.n)}`;
}

/** The prompt as lines of a callout, and the answer line under it. */
export function promptLines(prompt: Prompt, indent: string, marker: string): string[] {
  const out = [`${indent}> [!question] ${prompt.title}`];
  prompt.paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push(`${indent}>`);
    const last = index === prompt.paragraphs.length - 1;
    out.push(`${indent}> ${paragraph}${last ? ` ${marker}` : ''}`);
  });
  out.push(`${indent}- ${answerLabel}`);
  return out;
}
