import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type TrackOptions,
  type TrackedNote,
  applyEdits,
  describeEdits,
  planTrackNote,
  readTracking,
  supersededBy,
} from '../core/index.js';
import { type NoteResult, cliParseOptions } from './notes.js';

/** Track options for one note: the CLI's YAML parser, today, and when a newer session takes over. */
function optionsFor(result: NoteResult, today: string, ends: Map<string, string>, horizonWeeks?: number): TrackOptions {
  return { ...cliParseOptions, today, endBefore: ends.get(result.file.absolute), ...(horizonWeeks === undefined ? {} : { horizonWeeks }) };
}

function endsOf(results: readonly NoteResult[]): Map<string, string> {
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
  diffs: string[];
}

/** Bring tracking up to date in every note: plan, then (unless a dry run) write. */
export function trackAll(results: readonly NoteResult[], today: string, dryRun: boolean, horizonWeeks?: number): TrackSummary {
  const ends = endsOf(results);
  const summary: TrackSummary = { notes: 0, changed: 0, started: 0, periodsAdded: 0, promptsAdded: 0, healed: 0, skipped: [], diffs: [] };
  for (const result of results) {
    if (result.note.commitments.length === 0) continue;
    summary.notes++;
    const plan = planTrackNote(result.note, optionsFor(result, today, ends, horizonWeeks));
    if (plan.edits.length === 0) continue;
    if (dryRun) {
      summary.diffs.push(describeEdits(result.file.relative, result.text, plan.edits));
    } else {
      // If the note changed since it was read (an editor saved it), leave it for the next run.
      let current: string;
      try {
        current = readFileSync(result.file.absolute, 'utf8');
      } catch {
        summary.skipped.push(`${result.file.relative}: it could not be read again, so it was left as it was.`);
        continue;
      }
      if (current !== result.text) {
        summary.skipped.push(`${result.file.relative}: it changed while Follow Through was working, so it was left as it was. Run track again.`);
        continue;
      }
      try {
        writeAtomic(result.file.absolute, applyEdits(result.text, plan.edits));
      } catch (error) {
        summary.skipped.push(`${result.file.relative}: it could not be written (${(error as Error).message}); nothing in it changed.`);
        continue;
      }
    }
    summary.changed++;
    summary.started += plan.started;
    summary.periodsAdded += plan.periodsAdded;
    summary.promptsAdded += plan.promptsAdded;
    summary.healed += plan.healed;
  }
  return summary;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Say what a track run did, in one or two lines. */
export function describeSummary(summary: TrackSummary, dryRun: boolean): string {
  const verb = dryRun ? 'would change' : 'changed';
  if (summary.notes === 0) return 'No commitments found, so nothing to track.';
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
  for (const skip of summary.skipped) lines.push(`Left alone: ${skip}`);
  return lines.join('\n');
}
