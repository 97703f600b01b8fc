// Say what a sync would do, or did: for people (one line per change and a
// summary line) and for scripts (JSON). Pure.

import type { Conflict, SyncPlan } from './plan.js';

/** How many of each, over every data source. */
export interface SyncCounts {
  created: number;
  updated: number;
  pulled: number;
  conflicts: number;
  unchanged: number;
  leftAlone: number;
  failed: number;
  /** Rows an earlier sync created whose answer never came, found in Notion by their Key. */
  found: number;
}

/** One item that could not be synced, and what to do. */
export interface ItemFailure {
  key: string;
  file: string | undefined;
  message: string;
  /** The write that failed, so the counts say what was done rather than what was planned. */
  step?: 'create' | 'update' | 'heal';
}

/** Add up a set of plans, less the writes that failed. */
export function countsOf(plans: readonly SyncPlan[], failures: readonly ItemFailure[] = []): SyncCounts {
  const sum = (f: (p: SyncPlan) => number) => plans.reduce((n, p) => n + f(p), 0);
  const failed = (step: ItemFailure['step']) => failures.filter((f) => f.step === step).length;
  return {
    created: sum((p) => p.creates.length) - failed('create'),
    updated: sum((p) => p.updates.length) - failed('update'),
    pulled: sum((p) => p.pulls.length),
    conflicts: sum((p) => p.conflicts.length),
    unchanged: sum((p) => p.unchanged),
    leftAlone: sum((p) => p.leftAlone),
    failed: failures.length,
    found: sum((p) => p.adopts.filter((a) => a.pending === true).length),
  };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one-line summary: "Notion is up to date" when nothing changed anywhere. It says what failed, not how to finish (an adapter's words). */
export function summaryLine(counts: SyncCounts & { duplicatesRemoved?: number }, options: { dryRun: boolean }): string {
  const duplicates = counts.duplicatesRemoved ?? 0;
  const changed = counts.created + counts.updated + counts.pulled + duplicates + counts.found;
  if (changed === 0 && counts.failed === 0) {
    return `Notion is up to date (${count(counts.unchanged, 'row', 'rows')} in step).`;
  }
  const verbs = options.dryRun
    ? { create: 'would create', update: 'would update', pull: 'would bring' }
    : { create: 'created', update: 'updated', pull: 'brought' };
  const parts = [
    counts.found > 0 ? `found ${count(counts.found, 'row', 'rows')} an earlier sync created (Notion's answer never came)` : null,
    counts.created > 0 ? `${verbs.create} ${count(counts.created, 'row', 'rows')}` : null,
    counts.updated > 0 ? `${verbs.update} ${count(counts.updated, 'row', 'rows')}` : null,
    counts.pulled > 0 ? `${verbs.pull} ${count(counts.pulled, 'change', 'changes')} from Notion into the notes` : null,
    duplicates > 0 ? `${options.dryRun ? 'would move' : 'moved'} ${count(duplicates, 'duplicate row', 'duplicate rows')} to Notion's trash` : null,
    counts.conflicts > 0 ? `${count(counts.conflicts, 'conflict', 'conflicts')} resolved` : null,
    counts.unchanged > 0 ? `${counts.unchanged} unchanged` : null,
    counts.failed > 0 ? `${count(counts.failed, 'item', 'items')} failed` : null,
  ].filter((p): p is string => p !== null);
  const head = options.dryRun ? 'Dry run: ' : '';
  const text = parts.join(', ');
  // With failures, each adapter adds how to finish (its own command), after this line.
  const tail = options.dryRun ? ' Nothing was changed.' : '';
  const body = options.dryRun ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return `${head}${body}.${tail}`;
}

/** How a conflict was resolved, in words. */
export function describeConflict(conflict: Conflict): string {
  if (conflict.rule === 'done-wins') {
    return `${conflict.key} (${conflict.file}): Done differs (note: ${conflict.local}, Notion: ${conflict.remote}) with no earlier sync to tell which changed; done wins, so no check mark is lost.`;
  }
  return `${conflict.key} (${conflict.file}): the answer changed in both places; the note keeps its answer and Notion's is added under it, marked “(from Notion)”.`;
}

/** One line per change, for people. */
export function describePlans(plans: readonly SyncPlan[], options: { dryRun: boolean }): string[] {
  const out: string[] = [];
  const would = options.dryRun ? 'would ' : '';
  for (const plan of plans) {
    for (const c of plan.creates) out.push(`+ ${would}create  ${c.key}  ${c.row.content.item}  (${c.row.file})`);
    for (const u of plan.updates) {
      const parts = [u.parts.content ? 'content' : null, u.parts.done ? (u.done ? 'Done: ticked' : 'Done: unticked') : null, u.parts.reflection ? 'Reflection' : null].filter(Boolean);
      out.push(`~ ${would}update  ${u.key}  ${parts.join(', ')}  (${u.row.file})`);
    }
    for (const p of plan.pulls) {
      const parts = [p.done !== undefined ? (p.done ? 'tick' : 'untick') : null, p.answer ? (p.answer.mode === 'add' ? 'answer (added under the note’s)' : 'answer') : null].filter(Boolean);
      out.push(`← ${would}pull    ${p.key}  ${parts.join(', ')}  into ${p.file}`);
    }
    for (const c of plan.conflicts) out.push(`! conflict  ${describeConflict(c)}`);
    for (const h of plan.heals) out.push(`- ${would}trash   ${h.key}  ${count(h.trashPageIds.length, 'duplicate row', 'duplicate rows')}, keeping ${h.keepPageId}`);
  }
  return out;
}

/** The plans as one JSON-ready object, for scripts. */
export function plansJson(plans: readonly SyncPlan[], extra: { dryRun: boolean; failures?: readonly ItemFailure[] } = { dryRun: false }) {
  // A write that failed is still listed, marked, so the lists agree with the summary's counts.
  const failed = (step: ItemFailure['step'], key: string) => ((extra.failures ?? []).some((f) => f.step === step && f.key === key) ? { failed: true } : {});
  return {
    dryRun: extra.dryRun,
    summary: countsOf(plans, extra.failures ?? []),
    dataSources: plans.map((plan) => ({
      dataSourceId: plan.dataSourceId,
      creates: plan.creates.map((c) => ({ key: c.key, file: c.row.file, item: c.row.content.item, ...failed('create', c.key) })),
      updates: plan.updates.map((u) => ({ key: u.key, file: u.row.file, pageId: u.pageId, parts: u.parts, ...failed('update', u.key) })),
      pulls: plan.pulls.map((p) => ({
        key: p.key,
        file: p.file,
        pageId: p.pageId,
        ...(p.done !== undefined ? { done: p.done } : {}),
        ...(p.answer ? { answer: p.answer } : {}),
      })),
      conflicts: plan.conflicts,
      heals: plan.heals,
      unchanged: plan.unchanged,
      leftAlone: plan.leftAlone,
    })),
    failures: extra.failures ?? [],
  };
}
