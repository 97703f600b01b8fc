// Apply one data source's plan: heal duplicates, write the pulls into the
// notes, create and update rows; each step's result is recorded, and the next
// state is worked out from those results (saved after every write).

import type { ErrorContext, NotionSyncError } from './errors.js';
import { explain } from './errors.js';
import { type CreateStep, type UpdateStep, sameAnswer } from './plan.js';
import { contentValues, createValues, doneValue, reflectionValue, remoteRow } from './rows.js';

import { type Base, stateFile } from './state.js';
import { type DataSourcePlan, type Group, type StateStore, type SyncOptions, type SyncResult, lookUpKeys } from './sync.js';
import type { DataSourceState } from './state.js';

/** What applying a plan needs. */
export interface ApplyInput {
  group: Group;
  options: SyncOptions;
  store: StateStore;
  ds: DataSourceState;
  planned: DataSourcePlan;
  result: SyncResult;
  context: ErrorContext;
}

/** Count a step done (a dry run counts nothing). */
function tally(result: SyncResult, what: keyof NonNullable<SyncResult['done']>): void {
  if (result.done) result.done[what]++;
}

function fatal(error: NotionSyncError): boolean {
  return error.code === 'bad-token' || error.code === 'restricted' || error.code === 'not-shared';
}

/** Apply the plan, step by step, in order: heals, pulls, creates, updates. */
export async function applyPlan(input: ApplyInput): Promise<void> {
  const { plan } = input.planned;
  let done = 0;
  const total = plan.heals.length + input.planned.writes.size + plan.creates.length + plan.updates.length;
  const tick = () => input.options.progress?.(++done, total);
  input.ds.rows = { ...input.planned.base };
  await healDuplicates(input, tick);
  const unwritten = await writeNotes(input, tick);
  for (const [key, next] of Object.entries(plan.bases)) input.ds.rows[key] = next;
  await input.store.save();
  const pending: CreateStep[] = [];
  for (const step of plan.creates) {
    if (!unwritten.has(step.row.file)) await create(input, step, pending);
    tick();
  }
  const unanswered: UpdateStep[] = [];
  for (const step of plan.updates) {
    if (!unwritten.has(step.row.file)) await update(input, step, unanswered);
    tick();
  }
  if (pending.length > 0) await readBack(input, pending);
  if (unanswered.length > 0) await readBackUpdates(input, unanswered);
}

/** Keep one row per key: write the kept row's merged values, then move the others to the trash. */
async function healDuplicates(input: ApplyInput, tick: () => void): Promise<void> {
  const { client } = input.options;
  for (const step of input.planned.plan.heals) {
    try {
      if (step.write) await client.pages.update({ page_id: step.keepPageId, properties: { ...doneValue(step.write.done), ...reflectionValue(step.write.reflection) } as never });
      for (const pageId of step.trashPageIds) {
        await client.pages.update({ page_id: pageId, in_trash: true });
        tally(input.result, 'duplicatesRemoved');
      }
    } catch (error) {
      const explained = explain(error, { ...input.context, object: 'row' });
      input.result.failures.push({ key: step.key, file: undefined, message: explained.message, step: 'heal' });
      if (fatal(explained)) throw explained;
    }
    tick();
  }
}

/** Write each note the pulls change, only if it still says what was read; returns the notes that could not be written. */
async function writeNotes(input: ApplyInput, tick: () => void): Promise<Set<string>> {
  const unwritten = new Set<string>();
  const { ds, planned, result } = input;
  for (const [file, write] of planned.writes) {
    let reason: string | undefined;
    try {
      if (!(await input.options.store.replaceNote(file, write.before, write.after))) reason = 'The note changed while the sync was working';
    } catch (error) {
      reason = `The note could not be read again or written (${(error as Error).message})`;
    }
    if (reason !== undefined) reason += '; the change from Notion is kept for the next sync.';
    for (const key of write.keys) {
      const pull = planned.plan.pulls.find((p) => p.key === key);
      const b = ds.rows[key];
      if (reason === undefined) {
        const next = planned.pulled[key];
        if (next) ds.rows[key] = next;
        tally(result, 'pulled');
      } else if (pull) {
        if (b) ds.rows[key] = { ...b, seen: { done: pull.remote.done, reflection: pull.remote.reflection } };
        result.waiting.push({ key, file, message: reason });
      }
    }
    if (reason !== undefined) unwritten.add(file);
    tick();
  }
  return unwritten;
}

function baseOf(step: CreateStep | UpdateStep, pageId: string | null, done: boolean, reflection: string | null): Base {
  return { pageId, contentHash: step.row.contentHash, done, reflection: step.row.carriesReflection ? reflection : null };
}

/** Create a row, recorded as pending first; a create whose answer never came is read back at the end. */
async function create(input: ApplyInput, step: CreateStep, pending: CreateStep[]): Promise<void> {
  const { ds, store, result } = input;
  ds.rows[step.key] = { ...baseOf(step, null, step.row.done, step.row.reflection), pending: true };
  await store.save();
  try {
    const page = (await input.options.client.pages.create({
      parent: { type: 'data_source_id', data_source_id: input.group.target.dataSourceId },
      properties: createValues(step.row) as never,
    })) as { id: string };
    ds.rows[step.key] = baseOf(step, page.id, step.row.done, step.row.reflection);
    tally(result, 'created');
    await store.save();
  } catch (error) {
    const explained = explain(error, { ...input.context, object: 'row' });
    // Only an answer that says the create was not carried out clears the pending mark.
    if (explained.status !== undefined && explained.status < 500 && explained.code !== 'rate-limited') {
      delete ds.rows[step.key];
      await store.save();
    } else {
      pending.push(step);
    }
    result.failures.push({ key: step.key, file: step.row.file, message: explained.message, step: 'create' });
    if (fatal(explained)) throw explained;
  }
}

/** Update the parts of a row that changed; an update whose answer never came is read back at the end. */
async function update(input: ApplyInput, step: UpdateStep, unanswered: UpdateStep[]): Promise<void> {
  const { ds, store, result } = input;
  const properties = {
    ...(step.parts.content ? contentValues(step.row.content) : {}),
    ...(step.parts.done ? doneValue(step.done) : {}),
    ...(step.parts.reflection ? reflectionValue(step.reflection) : {}),
  };
  try {
    await input.options.client.pages.update({ page_id: step.pageId, properties: properties as never });
    ds.rows[step.key] = baseOf(step, step.pageId, step.done, step.reflection);
    tally(result, 'updated');
    await store.save();
  } catch (error) {
    const explained = explain(error, { ...input.context, object: 'row' });
    const message =
      explained.code === 'not-shared' || /archived|in_trash|trash/i.test(explained.message)
        ? `Its row in Notion was deleted or cannot be seen. Restore it from Notion's trash, or remove its key from ${stateFile} to make it again.`
        : explained.message;
    result.failures.push({ key: step.key, file: step.row.file, message, step: 'update' });
    // No answer, or a 5xx: it may have been carried out.
    if (explained.status === undefined || explained.status >= 500) unanswered.push(step);
    if (fatal(explained) && explained.code !== 'not-shared') throw explained;
  }
}

/** Updates whose answer never came (a timeout, a dropped connection, a 5xx): read each row back, so the summary counts what was done. */
async function readBackUpdates(input: ApplyInput, steps: readonly UpdateStep[]): Promise<void> {
  const { ds, result } = input;
  for (const step of steps) {
    let row;
    try {
      row = remoteRow(await input.options.client.pages.retrieve({ page_id: step.pageId }));
    } catch {
      continue; // still unknown: the next sync pushes it again
    }
    const landed =
      row !== undefined &&
      !row.inTrash &&
      (!step.parts.done || row.done === step.done) &&
      (!step.parts.reflection || sameAnswer(row.reflection, step.reflection)) &&
      (!step.parts.content || row.contentHash === step.row.contentHash);
    if (!landed) continue;
    ds.rows[step.key] = baseOf(step, step.pageId, step.done, step.reflection);
    const index = result.failures.findIndex((f) => f.key === step.key && f.step === 'update');
    if (index >= 0) result.failures.splice(index, 1);
    tally(result, 'updated');
  }
  await input.store.save();
}

/** Creates whose answer never came (a timeout, a dropped connection, a 5xx): look them up by key, so the summary counts what was done. */
async function readBack(input: ApplyInput, pending: readonly CreateStep[]): Promise<void> {
  const { ds, result } = input;
  let found;
  try {
    found = await lookUpKeys(input.options.client, input.group.target.dataSourceId, pending.map((s) => s.key));
  } catch {
    return; // still pending: looked up again by the next sync
  }
  for (const step of pending) {
    const row = found.find((r) => r.key === step.key && !r.inTrash);
    if (!row) continue;
    ds.rows[step.key] = baseOf(step, row.pageId, step.row.done, step.row.reflection);
    const index = result.failures.findIndex((f) => f.key === step.key && f.step === 'create');
    if (index >= 0) result.failures.splice(index, 1);
    tally(result, 'created');
  }
  await input.store.save();
}


