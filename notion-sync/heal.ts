// Duplicates heal: two devices (or two syncs at once) can each create a row for
// one key. Every sync finds the rows that share a key and keeps one: the same
// one on every device (the smallest page id), Done if any copy is done, every
// distinct Reflection kept. The others go to Notion's trash. Pure.

import { type RemoteRow, normalizeAnswer } from './rows.js';
import type { Base } from './state.js';

/** One key found on several rows: keep one, trash the others, and write the kept row's merged values when they differ. */
export interface HealStep {
  key: string;
  keepPageId: string;
  trashPageIds: string[];
  /** Done and Reflection to write on the kept row (absent when it already holds them). */
  write?: { done: boolean; reflection: string | null };
}

/** What healing leaves: one remote row per key (the kept one, with the merged values), and the steps. */
export interface Healed {
  remote: Map<string, RemoteRow>;
  heals: HealStep[];
}

/** Index pages by key, every page kept (those in the trash left out). */
export function rowsByKey(rows: readonly (RemoteRow | undefined)[]): Map<string, RemoteRow[]> {
  const out = new Map<string, RemoteRow[]>();
  for (const row of rows) {
    if (!row || row.inTrash) continue;
    const same = out.get(row.key) ?? [];
    if (!same.some((r) => r.pageId === row.pageId)) same.push(row);
    out.set(row.key, same);
  }
  return out;
}

/** Every distinct answer, the kept row's first, joined by a blank line; null when there is none. */
function mergedAnswer(answers: readonly (string | null)[]): string | null {
  const distinct: string[] = [];
  for (const answer of answers) {
    const text = normalizeAnswer(answer);
    if (text !== null && !distinct.includes(text)) distinct.push(text);
  }
  return distinct.length === 0 ? null : distinct.join('\n\n');
}

/**
 * Keep one row per key. The rows of a key are those Notion returned and the
 * one the base names (as it was last written or seen, when Notion did not
 * return it), unless it is `gone` (already in the trash). Every device picks
 * the same row to keep, so two devices healing at once never trash each
 * other's choice.
 */
export function heal(groups: ReadonlyMap<string, readonly RemoteRow[]>, base: Readonly<Record<string, Base>>, gone: ReadonlySet<string> = new Set()): Healed {
  const remote = new Map<string, RemoteRow>();
  const heals: HealStep[] = [];
  for (const [key, rows] of groups) {
    const known = base[key];
    const fromBase: RemoteRow[] =
      known?.pageId && !known.pending && !gone.has(known.pageId) && !rows.some((r) => r.pageId === known.pageId)
        ? [{ pageId: known.pageId, key, done: known.seen?.done ?? known.done, reflection: known.seen ? known.seen.reflection : known.reflection, lastEditedTime: '', lastEditedBy: undefined, inTrash: false, contentHash: known.contentHash }]
        : [];
    const all = [...rows, ...fromBase].sort((a, b) => (a.pageId < b.pageId ? -1 : a.pageId > b.pageId ? 1 : 0));
    const keep = all[0];
    if (!keep) continue;
    if (all.length === 1) {
      if (rows.length > 0) remote.set(key, keep);
      continue;
    }
    const done = all.some((r) => r.done);
    const reflection = mergedAnswer([keep.reflection, ...all.slice(1).map((r) => r.reflection)]);
    const differs = keep.done !== done || normalizeAnswer(keep.reflection) !== reflection;
    heals.push({ key, keepPageId: keep.pageId, trashPageIds: all.slice(1).map((r) => r.pageId), ...(differs ? { write: { done, reflection } } : {}) });
    remote.set(key, { ...keep, done, reflection });
  }
  return { remote, heals };
}

/** The base once healed: a key whose base named a trashed copy now names the kept row. */
export function rebased(base: Readonly<Record<string, Base>>, healed: Healed): Record<string, Base> {
  const out: Record<string, Base> = { ...base };
  for (const step of healed.heals) {
    const b = out[step.key];
    const kept = healed.remote.get(step.key);
    if (b && b.pageId !== step.keepPageId) out[step.key] = { ...b, pageId: step.keepPageId, contentHash: kept?.contentHash ?? b.contentHash };
  }
  return out;
}
