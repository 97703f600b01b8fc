// The three-way merge of the notes (local rows), Notion (remote rows) and the
// state (the base): what to create, update and pull, and what conflicted. Pure.

import type { LocalRow, RemoteRow } from './rows.js';
import { normalizeAnswer } from './rows.js';
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
}

/** What the merge reads for one data source. */
export interface PlanInput {
  dataSourceId: string;
  local: readonly LocalRow[];
  /** Rows Notion returned: changed by someone else since the last pull, or found by key. */
  remote: ReadonlyMap<string, RemoteRow>;
  /** The state's rows (the base). */
  base: Readonly<Record<string, Base>>;
}

function same(a: string | null, b: string | null): boolean {
  return normalizeAnswer(a) === normalizeAnswer(b);
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
  const plan: SyncPlan = { dataSourceId: input.dataSourceId, creates: [], updates: [], pulls: [], conflicts: [], adopts: [], unchanged: 0, leftAlone: 0, bases: {} };
  const localKeys = new Set<string>();

  for (const row of input.local) {
    localKeys.add(row.key);
    const base = input.base[row.key];
    const remote = input.remote.get(row.key);
    const known = base !== undefined && base.pageId !== null && !base.pending;

    if (!known && !remote) {
      plan.creates.push({ key: row.key, row });
      continue;
    }

    const pageId = remote?.pageId ?? base?.pageId ?? '';
    if (!known && remote) plan.adopts.push({ key: row.key, pageId });

    // What Notion holds: what it returned, else the last value seen and not yet pulled, else the base.
    const notion = remote
      ? { done: remote.done, reflection: normalizeAnswer(remote.reflection) }
      : base?.seen
        ? { done: base.seen.done, reflection: normalizeAnswer(base.seen.reflection) }
        : { done: base?.done ?? false, reflection: normalizeAnswer(base?.reflection ?? null) };
    const agreed = known ? { done: base.done, reflection: normalizeAnswer(base.reflection), contentHash: base.contentHash } : undefined;
    const local = { done: row.done, reflection: normalizeAnswer(row.reflection) };

    const parts: PushParts = { content: (agreed?.contentHash ?? remote?.contentHash) !== row.contentHash, done: false, reflection: false };
    let done = local.done;
    let pullDone: boolean | undefined;
    if (local.done !== notion.done) {
      if (agreed && local.done === agreed.done) {
        pullDone = notion.done;
        done = notion.done;
      } else if (agreed && notion.done === agreed.done) {
        parts.done = true;
      } else {
        // No base to tell which side changed: done wins, a check mark is never lost.
        done = true;
        if (!local.done) pullDone = true;
        else parts.done = true;
        plan.conflicts.push({ key: row.key, file: row.file, field: 'done', local: local.done ? 'done' : 'not done', remote: notion.done ? 'done' : 'not done', rule: 'done-wins' });
      }
    }

    let reflection = local.reflection;
    let answer: PullStep['answer'];
    if (row.carriesReflection && !same(local.reflection, notion.reflection)) {
      const baseText = agreed ? agreed.reflection : null;
      if (agreed && same(local.reflection, baseText)) {
        // Changed in Notion only.
        if (notion.reflection !== null) answer = { text: notion.reflection, mode: 'replace' };
        else if (local.reflection !== null) parts.reflection = true; // emptied in Notion: the note keeps the client's words, and Notion gets them back
        reflection = notion.reflection ?? local.reflection;
      } else if (agreed && same(notion.reflection, baseText)) {
        parts.reflection = true;
      } else if (local.reflection === null) {
        if (notion.reflection !== null) answer = { text: notion.reflection, mode: 'replace' };
        reflection = notion.reflection;
      } else if (notion.reflection === null) {
        parts.reflection = true;
      } else {
        answer = { text: notion.reflection, mode: 'add' };
        plan.conflicts.push({ key: row.key, file: row.file, field: 'reflection', local: local.reflection, remote: notion.reflection, rule: 'both-kept' });
      }
    }

    if (pullDone !== undefined || answer !== undefined) {
      plan.pulls.push({
        key: row.key,
        pageId,
        file: row.file,
        row,
        ...(pullDone !== undefined ? { done: pullDone } : {}),
        ...(answer !== undefined ? { answer } : {}),
        remote: notion,
      });
    }
    if (parts.content || parts.done || parts.reflection) {
      plan.updates.push({ key: row.key, pageId, row, parts, done, reflection });
    } else if (pullDone === undefined && answer === undefined) {
      plan.unchanged++;
      const next: Base = { pageId, contentHash: row.contentHash, done: local.done, reflection: local.reflection };
      if (!known || base.done !== next.done || !same(base.reflection, next.reflection) || base.seen !== undefined || base.contentHash !== next.contentHash) {
        plan.bases[row.key] = next;
      }
    }
  }

  for (const key of Object.keys(input.base)) if (!localKeys.has(key)) plan.leftAlone++;
  return plan;
}

/** Whether a plan changes nothing anywhere. */
export function isEmptyPlan(plan: SyncPlan): boolean {
  return plan.creates.length === 0 && plan.updates.length === 0 && plan.pulls.length === 0;
}
