import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type NoteDocument,
  type TrackOptions,
  type TrackedNote,
  applyEdits,
  describeEdits,
  parseNote,
  planTrackNote,
  readTracking,
  supersededBy,
} from '../core/index.js';
import { NoteWriter, type SkipReason, skipMessage, writeProblem } from './note-file.js';
import type { NoteResult } from './notes.js';

/** Track options for one note: the CLI's YAML parser, today, and when a newer session takes over. */
export function optionsFor(
  result: { options: NoteResult['options']; file: Pick<NoteResult['file'], 'absolute'> },
  today: string,
  ends: Map<string, string>,
  horizonWeeks?: number,
): TrackOptions {
  return { ...result.options, today, endBefore: ends.get(result.file.absolute), ...(horizonWeeks === undefined ? {} : { horizonWeeks }) };
}

/** When each session note's tracking gives way to the client's next session. */
export function endsOf(results: ReadonlyArray<{ file: Pick<NoteResult['file'], 'absolute'>; note: Pick<NoteResult['note'], 'meta'> }>): Map<string, string> {
  return supersededBy(results.map((r) => ({ file: r.file.absolute, meta: r.note.meta })));
}

/** Read every note's tracking, for list, report and review. */
export function trackedNotes(results: readonly NoteResult[], today: string, horizonWeeks?: number): TrackedNote[] {
  const ends = endsOf(results);
  return results.map((r) => ({
    file: r.file.relative,
    note: r.note,
    // Most notes in a vault hold no commitment: nothing to read.
    tracking: r.note.commitments.length > 0 ? readTracking(r.note, optionsFor(r, today, ends, horizonWeeks)) : new Map(),
  }));
}

/** Write a file by way of a temporary file and a rename, so a crash never leaves half a note. A new file gets the default mode. */
export function writeAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.follow-through-${process.pid}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode;
  } catch {
    mode = undefined; // a new file
  }
  try {
    writeFileSync(temp, text, mode === undefined ? {} : { mode });
    if (mode !== undefined) chmodSync(temp, mode & 0o7777); // the umask never narrows it
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to clean up
    }
    throw error;
  }
}

/** What a track run did, for the summary line. */
export interface TrackSummary {
  notes: number;
  changed: number;
  started: number;
  periodsAdded: number;
  promptsAdded: number;
  healed: number;
  skipped: string[];
  /** The notes left alone, each with its reason as a code. */
  reasons: Array<{ file: string; reason: SkipReason }>;
  /** The notes read but left alone (not written), with the reason and what to do: the folder summary lists them. */
  left: Array<{ file: string; reason: SkipReason; message: string }>;
  diffs: string[];
}

/** Bring tracking up to date in every note: plan, then (unless a dry run) write. */
export function trackAll(results: readonly NoteResult<NoteDocument>[], today: string, dryRun: boolean, horizonWeeks?: number): TrackSummary {
  const ends = endsOf(results);
  const summary: TrackSummary = { notes: 0, changed: 0, started: 0, periodsAdded: 0, promptsAdded: 0, healed: 0, skipped: [], reasons: [], left: [], diffs: [] };
  const writer = new NoteWriter();
  for (const result of results) {
    if (result.reason) {
      summary.skipped.push(`${result.file.relative}: ${skipMessage(result.reason)}`);
      summary.reasons.push({ file: result.file.relative, reason: result.reason });
      continue;
    }
    if (result.note.commitments.length === 0) continue;
    summary.notes++;
    const plan = planTrackNote(result.note, optionsFor(result, today, ends, horizonWeeks));
    if (plan.edits.length === 0) continue;
    if (dryRun) {
      const problem = writeProblem(result.file.absolute);
      if (problem) {
        summary.skipped.push(`${result.file.relative}: ${skipMessage(problem)}`);
        summary.reasons.push({ file: result.file.relative, reason: problem });
        summary.left.push({ file: result.file.relative, reason: problem, message: skipMessage(problem) });
        continue;
      }
      summary.diffs.push(describeEdits(result.file.relative, result.text, plan.edits));
    } else {
      // Planned again on the note as it is at the moment of writing: what an editor or a sync client
      // saved since it was read (or while it is being written) is kept, and tracking applies on top.
      let applied = plan;
      const outcome = writer.write(result.file.absolute, (current) => {
        applied = current === result.text ? plan : planTrackNote(parseNote(current, optionsFor(result, today, ends, horizonWeeks)), optionsFor(result, today, ends, horizonWeeks));
        return applied.edits.length === 0 ? undefined : applyEdits(current, applied.edits);
      });
      if (outcome.reason) {
        summary.skipped.push(`${result.file.relative}: ${skipMessage(outcome.reason, outcome.detail)}`);
        summary.reasons.push({ file: result.file.relative, reason: outcome.reason });
        summary.left.push({ file: result.file.relative, reason: outcome.reason, message: skipMessage(outcome.reason, outcome.detail) });
        continue;
      }
      if (!outcome.written) continue;
      summary.changed++;
      summary.started += applied.started;
      summary.periodsAdded += applied.periodsAdded;
      summary.promptsAdded += applied.promptsAdded;
      summary.healed += applied.healed;
      continue;
    }
    summary.changed++;
    summary.started += plan.started;
    summary.periodsAdded += plan.periodsAdded;
    summary.promptsAdded += plan.promptsAdded;
    summary.healed += plan.healed;
  }
  // A note another program wrote to while it was replaced was written again on top of that; if that failed, say so.
  for (const { file, outcome } of writer.finish()) {
    if (!outcome.reason) continue;
    const relative = results.find((r) => r.file.absolute === file)?.file.relative ?? file;
    summary.skipped.push(`${relative}: ${skipMessage(outcome.reason, outcome.detail)}`);
    summary.reasons.push({ file: relative, reason: outcome.reason });
    summary.left.push({ file: relative, reason: outcome.reason, message: skipMessage(outcome.reason, outcome.detail) });
  }
  return summary;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Say what a track run did, in one or two lines. */
export function describeSummary(summary: TrackSummary, dryRun: boolean): string {
  const verb = dryRun ? 'would change' : 'changed';
  const leftAlone = summary.skipped.map((skip) => `Left alone: ${skip}`);
  if (summary.notes === 0) return ['No commitments found, so nothing to track.', ...leftAlone].join('\n');
  if (summary.changed === 0 && summary.skipped.length === 0) {
    return `Everything is up to date in ${count(summary.notes, 'note', 'notes')}: nothing ${dryRun ? 'would change' : 'changed'}.`;
  }
  const parts = [
    summary.started > 0 ? `started tracking ${count(summary.started, 'commitment', 'commitments')}` : null,
    summary.periodsAdded > 0 ? `added ${count(summary.periodsAdded, 'checklist', 'checklists')}` : null,
    summary.promptsAdded > 0 ? `wrote ${count(summary.promptsAdded, 'reflection prompt', 'reflection prompts')}` : null,
    summary.healed > 0 ? `joined ${count(summary.healed, 'copy', 'copies')} left by a sync` : null,
  ].filter(Boolean);
  const lines = [`${dryRun ? 'Dry run: ' : ''}${verb} ${count(summary.changed, 'note', 'notes')} of ${summary.notes}: ${parts.join(', ')}.`];
  if (dryRun) lines.push('Nothing was written. Run without --dry-run to make these changes.');
  lines.push(...leftAlone);
  return lines.join('\n');
}
