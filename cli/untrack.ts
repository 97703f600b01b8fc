// `follow-through untrack`: the way out. Takes Follow Through's own lines out
// of notes (the ids it appended, the checklist items and prompts it wrote),
// showing the change first, and never a word the client wrote.

import { type NoteDocument, applyEdits, describeEdits, planUntrackText } from '../core/index.js';
import { NoteWriter, skipMessage, writeProblem } from './note-file.js';
import { type NoteResult, cliParseOptions } from './notes.js';

/** What an untrack run found and did. */
export interface UntrackSummary {
  notes: number;
  items: number;
  itemsKept: number;
  prompts: number;
  answers: number;
  ids: number;
  diffs: string[];
  skipped: string[];
}

/** Plan (and, with `write`, make) the change in every note. */
export function untrackAll(results: readonly NoteResult<NoteDocument>[], write: boolean): UntrackSummary {
  const summary: UntrackSummary = { notes: 0, items: 0, itemsKept: 0, prompts: 0, answers: 0, ids: 0, diffs: [], skipped: [] };
  const writer = new NoteWriter();
  for (const result of results) {
    if (result.reason) {
      summary.skipped.push(`${result.file.relative}: ${skipMessage(result.reason)}`);
      continue;
    }
    // A note with no marker and no id of Follow Through's holds nothing to take out.
    if (!/\^ft-|my answer/i.test(result.text)) continue;
    let plan = planUntrackText(result.text, cliParseOptions);
    if (plan.edits.length === 0) continue;
    const problem = writeProblem(result.file.absolute);
    if (problem) {
      summary.skipped.push(`${result.file.relative}: ${skipMessage(problem)}`);
      continue;
    }
    summary.diffs.push(describeEdits(result.file.relative, result.text, plan.edits));
    if (write) {
      const outcome = writer.write(result.file.absolute, (current) => {
        plan = planUntrackText(current, cliParseOptions);
        return plan.edits.length === 0 ? undefined : applyEdits(current, plan.edits);
      });
      if (outcome.reason) {
        summary.skipped.push(`${result.file.relative}: ${skipMessage(outcome.reason, outcome.detail)}`);
        continue;
      }
    }
    summary.notes++;
    summary.items += plan.items;
    summary.itemsKept += plan.itemsKept;
    summary.prompts += plan.prompts;
    summary.answers += plan.answers;
    summary.ids += plan.ids;
  }
  for (const { file, outcome } of writer.finish()) {
    if (outcome.reason) summary.skipped.push(`${file}: ${skipMessage(outcome.reason, outcome.detail)}`);
  }
  return summary;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Say what an untrack run did or would do. */
export function describeUntrack(summary: UntrackSummary, written: boolean): string {
  const leftAlone = summary.skipped.map((s) => `Left alone: ${s}`);
  if (summary.notes === 0) return ['Follow Through has written nothing in these notes: nothing to take out.', ...leftAlone].join('\n');
  const parts = [
    summary.ids > 0 ? count(summary.ids, 'id', 'ids') : null,
    summary.items > 0 ? count(summary.items, 'checklist item', 'checklist items') : null,
    summary.prompts > 0 ? count(summary.prompts, 'reflection prompt', 'reflection prompts') : null,
  ].filter(Boolean);
  const kept = [
    summary.answers > 0 ? count(summary.answers, 'answer stays as a plain list item', 'answers stay as plain list items') : null,
    summary.itemsKept > 0 ? `${count(summary.itemsKept, 'checklist item you wrote on keeps', 'checklist items you wrote on keep')} its words (only the marker goes)` : null,
  ].filter(Boolean);
  const lines = [`${written ? 'Took' : 'Would take'} Follow Through's lines out of ${count(summary.notes, 'note', 'notes')}: ${parts.join(', ')}.${kept.length > 0 ? ` ${kept.join('; ')}.` : ''}`];
  if (!written) lines.push('Nothing was written. Run again with --yes to make these changes.');
  return [...lines, ...leftAlone].join('\n');
}
