// The three-way merge of the notes (local rows), Notion (remote rows) and the
// state (the base): what to create, update and pull, and what conflicted. Pure.

import { inertLines } from '../core/index.js';
import type { HealStep } from './heal.js';
import type { LocalRow, RemoteRow } from './rows.js';
import { fitsNotion, normalizeAnswer } from './rows.js';
import type { Base } from './state.js';

/** Which of a row's properties a push writes. */
export interface PushParts {
  content: boolean;
  done: boolean;
  reflection: boolean;
}

/** A row to create in Notion. */
export interface CreateStep {
  key: string;
  row: LocalRow;
}

/** A row to update in Notion: only the parts that changed. */
export interface UpdateStep {
  key: string;
  pageId: string;
  row: LocalRow;
  parts: PushParts;
  /** The Done and Reflection values to write (after the merge). */
  done: boolean;
  reflection: string | null;
}

/** A tick or an answer made in Notion, to write into a note. */
export interface PullStep {
  key: string;
  pageId: string;
  file: string;
  row: LocalRow;
  /** The tick to write, when Done changed in Notion. */
  done?: boolean;
  /** The answer to write, when Reflection changed in Notion: replace the note's, or add it under the note's own. */
  answer?: { text: string; mode: 'replace' | 'add' };
  /** What Notion holds now (becomes the base once the note has it). */
  remote: { done: boolean; reflection: string | null };
}

/** A change on both sides, and how it was resolved. */
export interface Conflict {
  key: string;
  file: string;
  field: 'done' | 'reflection';
  local: string;
  remote: string;
  /** `done-wins`: a check mark is never lost. `both-kept`: the note keeps its answer and Notion's is added under it. */
  rule: 'done-wins' | 'both-kept';
}

/** A row found in Notion by key with no base (state lost, or a create whose answer was lost): recorded, nothing duplicated. */
export interface AdoptStep {
  key: string;
  pageId: string;
  /** A create an earlier sync sent whose answer never came: found made, so the summary says so rather than "unchanged". */
  pending?: true;
}

/** What a sync will do for one data source. */
export interface SyncPlan {
  dataSourceId: string;
  creates: CreateStep[];
  updates: UpdateStep[];
  pulls: PullStep[];
  conflicts: Conflict[];
  adopts: AdoptStep[];
  /** Rows in step on both sides. */
  unchanged: number;
  /** Rows in the state whose item is no longer in the notes synced: left as they are in Notion. */
  leftAlone: number;
  /** The new base of each row that needs no write to agree (adopted or unchanged rows whose base moved). */
  bases: Record<string, Base>;
  /** Keys found on more than one row (two devices, or two syncs at once): one row kept, the others to Notion's trash. */
  heals: HealStep[];
  /** Answers longer than Notion holds: the note keeps all of it, Notion the first part. */
  tooLong: Array<{ key: string; file: string; length: number }>;
}

/** What the merge reads for one data source. */
export interface PlanInput {
  dataSourceId: string;
  local: readonly LocalRow[];
  /** Rows Notion returned: changed by someone else since the last pull, or found by key. */
  remote: ReadonlyMap<string, RemoteRow>;
  /** The state's rows (the base). */
  base: Readonly<Record<string, Base>>;
  /** Read answers typed on a period's other rows into the period's answer (the first merge; the second only clears them). */
  foldStrays?: boolean;
}

/**
 * Two answers are the same when they read the same in the note (line by line,
 * as a pull writes them, and as the note reads them back: without blank lines,
 * so paragraphs typed in Notion are not pushed back run together).
 */
export function sameAnswer(a: string | null, b: string | null): boolean {
  const canon = (t: string | null) => {
    const n = normalizeAnswer(t);
    return n === null ? null : inertLines(fitsNotion(n)).filter((line) => line !== '').join('\n');
  };
  return canon(a) === canon(b);
}

/** Answers typed on a period's rows other than its first, by the period's first row's key. */
function straysOf(input: PlanInput): Map<string, string[]> {
  const firstOf = new Map<string, string>();
  for (const row of input.local) if (row.carriesReflection) firstOf.set(`${row.commitmentId}/${row.periodStart}/${row.file}`, row.key);
  const out = new Map<string, string[]>();
  for (const row of input.local) {
    const text = row.carriesReflection ? null : normalizeAnswer(input.remote.get(row.key)?.reflection);
    const first = firstOf.get(`${row.commitmentId}/${row.periodStart}/${row.file}`);
    if (text === null || first === undefined) continue;
    out.set(first, [...(out.get(first) ?? []), text]);
  }
  return out;
}

/** What Notion holds for a row: what it returned, else the last value seen and not yet pulled, else the base. */
function notionSide(remote: RemoteRow | undefined, base: Base | undefined): { done: boolean; reflection: string | null } {
  if (remote) return { done: remote.done, reflection: normalizeAnswer(remote.reflection) };
  if (base?.seen) return { done: base.seen.done, reflection: normalizeAnswer(base.seen.reflection) };
  return { done: base?.done ?? false, reflection: normalizeAnswer(base?.reflection ?? null) };
}

interface Side {
  done: boolean;
  reflection: string | null;
}

/** Done: changed on one side → that side wins; the sides differ with no base to tell → done wins (a conflict). */
function mergeDone(row: LocalRow, local: Side, notion: Side, agreed: Side | undefined, plan: SyncPlan, parts: PushParts): { done: boolean; pull?: boolean } {
  if (local.done === notion.done) return { done: local.done };
  if (agreed && local.done === agreed.done) return { done: notion.done, pull: notion.done };
  if (agreed && notion.done === agreed.done) {
    parts.done = true;
    return { done: local.done };
  }
  plan.conflicts.push({ key: row.key, file: row.file, field: 'done', local: local.done ? 'done' : 'not done', remote: notion.done ? 'done' : 'not done', rule: 'done-wins' });
  if (local.done) parts.done = true;
  return local.done ? { done: true } : { done: true, pull: true };
}

/** Reflection: changed on one side → that side wins; on both → the note keeps its text and Notion's is added under it (a conflict). */
function mergeReflection(row: LocalRow, local: Side, notion: Side, agreed: Side | undefined, plan: SyncPlan, parts: PushParts): { reflection: string | null; answer?: PullStep['answer'] } {
  if (!row.carriesReflection) {
    // Only the period's first row carries the answer: one typed on another row is read into the period's (folded) and cleared here.
    if (notion.reflection !== null) parts.reflection = true;
    return { reflection: null };
  }
  if (sameAnswer(local.reflection, notion.reflection)) return { reflection: local.reflection };
  // An answer too long for Notion is never replaced in the note by Notion's shorter copy: Notion's is added under it.
  const replace = (text: string): PullStep['answer'] => ({ text, mode: local.reflection !== null && local.reflection !== fitsNotion(local.reflection) ? 'add' : 'replace' });
  const baseText = agreed ? agreed.reflection : null;
  if (agreed && sameAnswer(local.reflection, baseText)) {
    if (notion.reflection !== null) return { reflection: notion.reflection, answer: replace(notion.reflection) };
    if (local.reflection !== null) parts.reflection = true; // emptied in Notion: the note keeps the client's words, and Notion gets them back
    return { reflection: local.reflection };
  }
  if ((agreed && sameAnswer(notion.reflection, baseText)) || notion.reflection === null) {
    parts.reflection = true;
    return { reflection: local.reflection };
  }
  if (local.reflection === null) return { reflection: notion.reflection, answer: replace(notion.reflection) };
  plan.conflicts.push({ key: row.key, file: row.file, field: 'reflection', local: local.reflection, remote: notion.reflection, rule: 'both-kept' });
  return { reflection: local.reflection, answer: { text: notion.reflection, mode: 'add' } };
}

/** Merge one row into the plan. */
function mergeRow(input: PlanInput, row: LocalRow, strays: readonly string[], plan: SyncPlan): void {
  const base = input.base[row.key];
  const remote = input.remote.get(row.key);
  const known = base !== undefined && base.pageId !== null && !base.pending;
  if (row.reflection !== null && row.reflection !== fitsNotion(row.reflection)) plan.tooLong.push({ key: row.key, file: row.file, length: row.reflection.length });
  if (!known && !remote) {
    plan.creates.push({ key: row.key, row });
    return;
  }
  const pageId = remote?.pageId ?? base?.pageId ?? '';
  const foundMade = !known && remote !== undefined && base?.pending === true;
  if (!known && remote) plan.adopts.push({ key: row.key, pageId, ...(foundMade ? { pending: true as const } : {}) });
  const held = notionSide(remote, base);
  // Answers typed on the period's other rows count as typed on this one.
  const notion = strays.length === 0 ? held : { ...held, reflection: [held.reflection, ...strays].filter((t): t is string => t !== null).join('\n\n') };
  const agreed = known ? { done: base.done, reflection: normalizeAnswer(base.reflection) } : undefined;
  const local = { done: row.done, reflection: normalizeAnswer(row.reflection) };
  const parts: PushParts = { content: (known ? base.contentHash : remote?.contentHash) !== row.contentHash, done: false, reflection: false };
  const done = mergeDone(row, local, notion, agreed, plan, parts);
  const reflection = mergeReflection(row, local, notion, agreed, plan, parts);
  if (done.pull !== undefined || reflection.answer !== undefined) {
    plan.pulls.push({
      key: row.key,
      pageId,
      file: row.file,
      row,
      ...(done.pull !== undefined ? { done: done.pull } : {}),
      ...(reflection.answer !== undefined ? { answer: reflection.answer } : {}),
      remote: held,
    });
  }
  if (parts.content || parts.done || parts.reflection) {
    plan.updates.push({ key: row.key, pageId, row, parts, done: done.done, reflection: reflection.reflection });
  } else if (done.pull === undefined && reflection.answer === undefined) {
    if (!foundMade) plan.unchanged++;
    const next: Base = { pageId, contentHash: row.contentHash, done: local.done, reflection: local.reflection };
    // The base follows the row Notion holds for the key (after another device healed a copy the base named).
    if (!known || base.pageId !== pageId || base.done !== next.done || !sameAnswer(base.reflection, next.reflection) || base.seen !== undefined || base.contentHash !== next.contentHash) {
      plan.bases[row.key] = next;
    }
  }
}

/** An empty plan for a data source. */
export function emptyPlan(dataSourceId: string): SyncPlan {
  return { dataSourceId, creates: [], updates: [], pulls: [], conflicts: [], adopts: [], unchanged: 0, leftAlone: 0, bases: {}, heals: [], tooLong: [] };
}

/**
 * Merge the notes, Notion and the base, row by row:
 * - content (every property but Done and Reflection): the note wins; pushed when its hash differs from the base's;
 * - Done: changed on one side → that side wins; the sides differ with no base to tell → done wins (a conflict);
 * - Reflection: changed on one side → that side wins; changed on both → the note keeps its text and
 *   Notion's is added under it, “(from Notion)” (a conflict).
 * A row Notion did not return is taken as unchanged there since the last sync (its base, or the last value seen).
 */
export function planSync(input: PlanInput): SyncPlan {
  const plan = emptyPlan(input.dataSourceId);
  const localKeys = new Set<string>();
  const strays = input.foldStrays ? straysOf(input) : new Map<string, string[]>();
  for (const row of input.local) {
    localKeys.add(row.key);
    mergeRow(input, row, strays.get(row.key) ?? [], plan);
  }
  for (const key of Object.keys(input.base)) if (!localKeys.has(key)) plan.leftAlone++;
  return plan;
}
