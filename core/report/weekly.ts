import type { ReadNote } from '../note.js';
import { clientNameKey } from '../client.js';
import type { WeekStart } from '../schema.js';
import { addDays, dayNumber, isoWeekLabel, shortDate, weekStartOf } from '../tracking/dates.js';
import type { PeriodRecord, Tracking } from '../tracking/track.js';

/** One note with its tracking, as the report and review read it. */
export interface TrackedNote<N extends ReadNote = ReadNote> {
  /** The note's path, relative, for people. */
  file: string;
  note: N;
  tracking: Map<string, Tracking>;
}

/** The figures behind one commitment's line in the message. */
export interface CommitmentFigures {
  id: string;
  file: string;
  label: string;
  done: number;
  target: number;
  skipped: number;
  status: PeriodRecord['status'];
  /** Done over what was due (skips left out), 0 to 1. */
  rate: number;
  /** The rates of the last four closed periods, oldest first. */
  trend: number[];
  /** Closed periods met one after another, up to this one. */
  metRun: number;
  /** True when the client answered this period's prompt. */
  answered: boolean;
}

/** A client's one-line progress message for a closed week, and the figures behind it. */
export interface WeeklyMessage {
  client: string;
  /** Machine label of the week, "2026-W48". */
  week: string;
  weekStart: string;
  weekEnd: string;
  /** Under 200 characters, for the client to send as their report. */
  text: string;
  done: number;
  target: number;
  rate: number;
  commitments: CommitmentFigures[];
}

/** The longest message, in characters. */
export const maxMessageLength = 199;

function rateOf(p: Pick<PeriodRecord, 'done' | 'target' | 'skipped'>): number {
  const due = p.target - p.skipped;
  return due <= 0 ? 1 : Math.min(1, p.done / due);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The client a note belongs to: its `client`, else the note's own name (its file name without the folders or `.md`). */
export function clientOf(tracked: TrackedNote): string {
  return tracked.note.meta.client ?? tracked.file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
}

/**
 * The key a client's notes are grouped by: their name in any case, as
 * `supersededBy` reads it. A note that names no client is a group of its own,
 * by its path: two `session.md` in different folders are not one client.
 */
export function clientKey(tracked: TrackedNote): string {
  const client = tracked.note.meta.client;
  return client ? clientNameKey(client) : `\u0000${tracked.file}`;
}

/** The week that most recently closed before `today`. */
export function lastClosedWeek(today: string, weekStart: WeekStart): { start: string; end: string } {
  const start = addDays(weekStartOf(today, weekStart), -7);
  return { start, end: addDays(start, 6) };
}

function fit(head: string, parts: string[], tail: string): string {
  const join = (labels: string[]) => `${head}${labels.join(', ')}${tail}`;
  let text = join(parts);
  if (text.length <= maxMessageLength) return text;
  // Shorten each label to its first two words, then fall back to totals.
  const shorter = parts.map((p) => p.replace(/^(\S+(?:\s+\S+)?)\s+.*?(\s+\S+)$/, '$1$2'));
  text = join(shorter);
  if (text.length <= maxMessageLength) return text;
  return text.slice(0, maxMessageLength - 1).replace(/,?\s*\S*$/, '') + '…';
}

/**
 * Write each client's one-line message for the week that closed most recently
 * before `today` (all of that client's tracked notes together).
 */
export function weeklyMessages(notes: readonly TrackedNote[], today: string): WeeklyMessage[] {
  // "Dana" and "dana " are one client; the message uses the name as first written.
  const byClient = new Map<string, { client: string; tracked: TrackedNote[] }>();
  for (const tracked of notes) {
    if (tracked.note.commitments.length === 0) continue;
    const key = clientKey(tracked);
    const group = byClient.get(key) ?? { client: clientOf(tracked).trim(), tracked: [] };
    group.tracked.push(tracked);
    byClient.set(key, group);
  }
  const messages: WeeklyMessage[] = [];
  for (const { client, tracked } of [...byClient.values()].sort((a, b) => a.client.localeCompare(b.client))) {
    const weekStart = tracked[0]?.note.meta.weekStart ?? 'monday';
    const week = lastClosedWeek(today, weekStart);
    const figures: CommitmentFigures[] = [];
    for (const t of tracked) {
      for (const commitment of t.note.commitments) {
        const periods = t.tracking.get(commitment.id)?.periods ?? [];
        // The period that ended within the week: the week itself, or a month or session span closing in it.
        const index = periods.findIndex(
          (p) => dayNumber(p.end) >= dayNumber(week.start) && dayNumber(p.end) <= dayNumber(week.end) && !p.isBreak,
        );
        const period = periods[index];
        if (!period || period.status === 'open') continue;
        const closed = periods.slice(0, index + 1).filter((p) => p.status !== 'open' && !p.isBreak);
        let metRun = 0;
        for (let k = closed.length - 1; k >= 0 && closed[k]?.status === 'met'; k--) metRun++;
        figures.push({
          id: commitment.id,
          file: t.file,
          label: commitment.label,
          done: period.done,
          target: period.target - period.skipped,
          skipped: period.skipped,
          status: period.status,
          rate: round(rateOf(period)),
          trend: closed.slice(-4).map((p) => round(rateOf(p))),
          metRun,
          answered: period.reflection?.answer != null,
        });
      }
    }
    if (figures.length === 0) continue;
    const done = figures.reduce((n, f) => n + f.done, 0);
    const target = figures.reduce((n, f) => n + f.target, 0);
    const parts = figures.map((f) => `${f.label} ${f.done}/${f.target}`);
    const answered = figures.filter((f) => f.answered).length;
    const tail = answered > 0 ? `; wrote down what I learned${answered > 1 ? ` (${answered})` : ''}.` : '.';
    messages.push({
      client,
      week: isoWeekLabel(week.start),
      weekStart: week.start,
      weekEnd: week.end,
      text: fit(`Week of ${shortDate(week.start)}: `, parts, tail),
      done,
      target,
      rate: round(target === 0 ? 1 : done / target),
      commitments: figures,
    });
  }
  return messages;
}
