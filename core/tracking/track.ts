import { itemText } from '../markdown/item-text.js';
import { isBlank } from '../markdown/lines.js';
import { interruptsParagraph } from '../markdown/scan.js';
import { type CommitmentPlace, type NoteDocument, type ParseOptions, type ReadNote, parseNote } from '../note.js';
import { reflectionPrompt } from '../reflection/prompt.js';
import type { Commitment, NoteMeta, PeriodStatus } from '../schema.js';
import { readDeadline } from '../commitment/deadline.js';
import { addDays, dayLabel, dayNumber } from './dates.js';
import type { Edit } from './edit.js';
import type { MarkedItem, MarkedPrompt, Marks } from './marks.js';
import { checklistLine, markerOf, promptLines } from './written.js';
import { type Period, type PeriodUnit, nextPeriod, periodHolding, plannedItems, trackedCadence, unitFor } from './schedule.js';

/** Options for reading and bringing tracking up to date. */
export interface TrackOptions extends ParseOptions {
  /** Today's date, ISO. Core never reads the clock. */
  today: string;
  /** Tracking of this note stops the day before this date (when a newer session note for the client takes over). */
  endBefore?: string | undefined;
  /** Closed periods in a row, missed or partial, that make a pattern. Default: 2. */
  patternLength?: number;
  /** What a run may add: this period's checklists, prompts for closed periods, or both. Default: both. */
  add?: { periods: boolean; prompts: boolean };
  /**
   * Weeks a note with no next session (and no newer session note) is tracked
   * from its session, 1 to 8. Default and most: 8. A note's own `track-until`
   * says otherwise.
   */
  horizonWeeks?: number;
}

/** The default horizon, in weeks: tracking with no next session stops after this, and says so. */
export const defaultHorizonWeeks = 8;

/** Why tracking ends when it does. */
export type EndReason = 'next-session' | 'newer-session' | 'track-until' | 'horizon' | 'deadline' | 'done';

/** When tracking of a commitment ends, and why: `date` is the last day tracked. */
export interface TrackingEnd {
  date: string;
  why: EndReason;
}

/** How a commitment is tracked: a checklist each period, one item for a one-off, or a to-do's own checkbox. */
export type TrackingRecord = 'checklist' | 'one-off' | 'todo';

/** One period of one commitment, as read from the note. */
export interface PeriodRecord {
  /** Machine label, "2026-W48". */
  label: string;
  /** Label for people, "Week of 23 Nov". */
  title: string;
  start: string;
  end: string;
  target: number;
  done: number;
  skipped: number;
  status: PeriodStatus;
  /** True when the note marks this period as a break. */
  isBreak: boolean;
  /** 1-based lines of its checklist items. */
  items: Array<{ line: number; done: boolean; skipped: boolean }>;
  /** The prompt written for it, if any: its first line (1-based) and the client's answer. */
  reflection: { line: number; answer: string | null } | null;
}

/** A pattern worth a conversation: misses or partial weeks one after another. */
export interface Pattern {
  code: 'repeated-miss';
  periods: number;
  message: string;
}

/** A commitment's tracking, period by period. */
export interface Tracking {
  periods: PeriodRecord[];
  pattern: Pattern | null;
  /** When tracking ends, and why (set by readTracking). */
  ends?: TrackingEnd;
  /** How it is tracked (set by readTracking). */
  record?: TrackingRecord;
}

/** What a `track` run would change in one note. */
export interface TrackPlan {
  edits: Edit[];
  /** Counts for a summary line. */
  started: number;
  periodsAdded: number;
  promptsAdded: number;
  healed: number;
  note: ReadNote;
}

const patternMessage =
  'This one has been hard to fit in lately: a good question for the next session (keep it, change the time or place, shrink it, or pause it?).';

function inBreak(meta: NoteMeta, period: Pick<Period, 'start' | 'end'>): boolean {
  return meta.breaks.some((b) => b.start <= period.end && b.end >= period.start);
}

/** The span a note's commitments are tracked in: from its session to the day before the next one, or to the horizon. */
interface Window {
  from: string;
  until: string;
  why: Extract<EndReason, 'next-session' | 'newer-session' | 'track-until' | 'horizon'>;
}

function windowOf(note: Pick<ReadNote, 'meta' | 'marks'>, options: TrackOptions): Window {
  const meta = note.meta;
  // With no session date, tracking starts with the first checklist written (else today), so the horizon stays put.
  let first: string | undefined;
  for (const item of note.marks.items) if (first === undefined || item.periodStart < first) first = item.periodStart;
  const from = meta.session ?? (first !== undefined && first < options.today ? first : options.today);
  const ends: Array<{ date: string; why: Window['why'] }> = [];
  if (meta.nextSession) ends.push({ date: addDays(meta.nextSession, -1), why: 'next-session' });
  if (options.endBefore) ends.push({ date: addDays(options.endBefore, -1), why: 'newer-session' });
  if (meta.trackUntil) ends.push({ date: meta.trackUntil, why: 'track-until' });
  if (ends.length === 0) {
    const weeks = Math.max(1, Math.min(defaultHorizonWeeks, Math.floor(options.horizonWeeks ?? defaultHorizonWeeks)));
    ends.push({ date: addDays(from, weeks * 7 - 1), why: 'horizon' });
  }
  ends.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const end = ends[0] ?? { date: from, why: 'horizon' as const };
  return { from, until: end.date, why: end.why };
}

/** A one-off's deadline: the last day it can be done on, read from its words against its session. */
function deadlineOf(note: Pick<ReadNote, 'meta' | 'marks'>, commitment: Commitment, window: Window, firstStart = firstItemStart(note, commitment.id)): string | null {
  const cadence = trackedCadence(commitment);
  if (commitment.cadence && !commitment.cadence.once) return null;
  const from = commitment.id ? (firstStart ?? window.from) : window.from;
  const read = readDeadline(commitment.text, note.meta.session ?? from, note.meta.weekStart);
  if (read) return read.date;
  if (cadence.once) return window.until < periodHolding(from, unitFor(cadence), note.meta.weekStart).end ? window.until : periodHolding(from, unitFor(cadence), note.meta.weekStart).end;
  return null;
}

function firstItemStart(note: Pick<ReadNote, 'marks'>, id: string): string | undefined {
  let first: string | undefined;
  for (const item of note.marks.items) if (item.commitmentId === id && (first === undefined || item.periodStart < first)) first = item.periodStart;
  return first;
}

/** How a commitment is tracked, and its deadline when it is a one-off. */
function recordOf(
  note: Pick<ReadNote, 'meta' | 'marks'>,
  commitment: Commitment,
  window: Window,
  firstStart: string | undefined,
): { record: TrackingRecord; deadline: string | null } {
  const deadline = deadlineOf(note, commitment, window, firstStart);
  if (commitment.todo) return { record: 'todo', deadline };
  return { record: deadline !== null ? 'one-off' : 'checklist', deadline };
}

/** When a commitment's tracking ends, and why. */
function endOf(window: Window, record: TrackingRecord, deadline: string | null, done: boolean): TrackingEnd {
  if (deadline !== null && deadline <= window.until) return { date: deadline, why: done && record !== 'checklist' ? 'done' : 'deadline' };
  return { date: window.until, why: done && record !== 'checklist' ? 'done' : window.why };
}

function unitOf(commitment: Commitment): PeriodUnit {
  return unitFor(trackedCadence(commitment));
}

/** The period holding a date, for one commitment of a note: found once, then asked for each of its periods. */
function periodsOf(commitment: Commitment, meta: NoteMeta, window: Window): (start: string) => Period {
  const unit = unitOf(commitment);
  // A cadence counted between sessions, with no next session: two weeks at a time, as before the horizon.
  const spanEnd = window.why === 'horizon' && window.until > addDays(window.from, 13) ? addDays(window.from, 13) : window.until;
  const span = { start: window.from, end: spanEnd };
  return (start) => periodHolding(start, unit, meta.weekStart, span);
}

function statusOf(end: string, today: string, target: number, done: number, skipped: number): PeriodStatus {
  if (dayNumber(today) <= dayNumber(end)) return 'open';
  const needed = target - skipped;
  if (done >= needed) return 'met';
  return done > 0 ? 'partial' : 'missed';
}

/** How strong a mark is: done over set aside over open. */
const strength: Record<MarkedItem['state'], number> = { done: 2, skipped: 1, open: 0 };

/** What a note's marks say of each commitment: its items by period start (in date order), its prompts, and its first period. */
interface CommitmentMarks {
  byPeriod: Map<string, MarkedItem[]>;
  prompts: Marks['prompts'];
  firstStart: string | undefined;
}

/** Sort each commitment's marks out of the note's, in one pass over them. */
function marksByCommitment(marks: Pick<Marks, 'items' | 'prompts'>): Map<string, CommitmentMarks> {
  const out = new Map<string, CommitmentMarks>();
  const of = (id: string): CommitmentMarks => {
    let m = out.get(id);
    if (!m) out.set(id, (m = { byPeriod: new Map(), prompts: [], firstStart: undefined }));
    return m;
  };
  for (const item of marks.items) {
    const m = of(item.commitmentId);
    const list = m.byPeriod.get(item.periodStart);
    if (list) list.push(item);
    else m.byPeriod.set(item.periodStart, [item]);
    if (m.firstStart === undefined || item.periodStart < m.firstStart) m.firstStart = item.periodStart;
  }
  for (const prompt of marks.prompts) of(prompt.commitmentId).prompts.push(prompt);
  for (const m of out.values()) {
    if (m.byPeriod.size > 1) m.byPeriod = new Map([...m.byPeriod.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  }
  return out;
}

const noMarks: CommitmentMarks = { byPeriod: new Map(), prompts: [], firstStart: undefined };

/** Keep one item per marker: copies made by a sync merge count once, with the strongest mark of any copy. */
function distinct(items: readonly MarkedItem[]): MarkedItem[] {
  const byN = new Map<number, MarkedItem>();
  for (const item of items) {
    const seen = byN.get(item.n);
    if (!seen || strength[item.state] > strength[seen.state]) byN.set(item.n, item);
  }
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

/** Read a commitment's tracking from the note. */
export function readCommitmentTracking(note: ReadNote, commitment: Commitment, options: TrackOptions): Tracking {
  return trackingOf(note, commitment, options, windowOf(note, options), marksByCommitment(note.marks).get(commitment.id) ?? noMarks);
}

function trackingOf(note: ReadNote, commitment: Commitment, options: TrackOptions, window: Window, marks: CommitmentMarks): Tracking {
  const periods: PeriodRecord[] = [];
  const periodAt = periodsOf(commitment, note.meta, window);
  const { record, deadline } = recordOf(note, commitment, window, marks.firstStart);
  for (const [start, all] of marks.byPeriod) {
    const items = distinct(all);
    const period = { ...periodAt(start) };
    // A one-off's one item stays open until its deadline's period closes.
    if (record === 'one-off' && deadline !== null) {
      const due = periodHolding(deadline, unitOf(commitment), note.meta.weekStart);
      if (due.end > period.end) period.end = due.end;
    }
    const done = items.filter((i) => i.state === 'done').length;
    const skipped = items.filter((i) => i.state === 'skipped').length;
    const prompt = marks.prompts.find((p) => p.periodStart === start);
    const answers = marks.prompts.filter((p) => p.periodStart === start && p.answer !== null).map((p) => p.answer);
    periods.push({
      label: period.machine,
      title: period.label,
      start: period.start,
      end: period.end,
      target: items.length,
      done,
      skipped,
      status: statusOf(period.end, options.today, items.length, done, skipped),
      isBreak: inBreak(note.meta, period),
      items: items.map((i) => ({ line: i.line + 1, done: i.state === 'done', skipped: i.state === 'skipped' })),
      reflection: prompt ? { line: prompt.firstLine + 1, answer: answers.length > 0 ? answers.join('\n\n') : null } : null,
    });
  }
  const done =
    record === 'todo'
      ? commitment.todoDone === true
      : record === 'one-off' && periods.length > 0 && periods.every((p) => p.done + p.skipped >= p.target && p.target > 0);
  return { periods, pattern: patternOf(periods, options.patternLength ?? 2), ends: endOf(window, record, deadline, done), record };
}

/** Misses or partial periods, one after another up to the latest closed one (breaks skipped). */
function patternOf(periods: readonly PeriodRecord[], length: number): Pattern | null {
  let run = 0;
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    if (!p || p.status === 'open' || p.isBreak) continue;
    if (p.status === 'partial' || p.status === 'missed') run++;
    else break;
  }
  return run >= length ? { code: 'repeated-miss', periods: run, message: patternMessage } : null;
}

/** Read every commitment's tracking in a note, keyed by commitment id. */
export function readTracking(note: ReadNote, options: TrackOptions): Map<string, Tracking> {
  const out = new Map<string, Tracking>();
  if (note.commitments.length === 0) return out;
  // What is the same for every commitment of the note is worked out once: its span, and its marks by commitment.
  const window = windowOf(note, options);
  const marks = marksByCommitment(note.marks);
  for (const commitment of note.commitments) out.set(commitment.id, trackingOf(note, commitment, options, window, marks.get(commitment.id) ?? noMarks));
  return out;
}

/** The whitespace that puts a line inside the commitment's list item. */
function childIndent(note: NoteDocument, place: CommitmentPlace): string {
  const lines = note.scan.lines;
  const firstChild = place.descendants.find((d) => d.parent === place.item.line);
  if (firstChild) return /^[ \t]*/.exec(lines[firstChild.line]?.text ?? '')?.[0] ?? '  ';
  const own = /^[ \t]*/.exec(lines[place.item.line]?.text ?? '')?.[0] ?? '';
  return own + ' '.repeat(Math.max(2, place.item.contentColumn - place.item.indent));
}

/** Whether the line after `line` is text that would continue a list item added before it (a lazy line). */
function lazyAfter(note: NoteDocument, line: number): boolean {
  const next = note.scan.lines[line + 1];
  if (!next || isBlank(next.text) || interruptsParagraph(next.text)) return false;
  return !note.scan.listItems.some((i) => i.line === line + 1);
}

/** The last line that belongs to a group of items: their own lines and anything nested under them. */
function lastLineOf(note: NoteDocument, items: readonly MarkedItem[]): number {
  let last = 0;
  const listItems = note.scan.listItems;
  for (const marked of items) {
    last = Math.max(last, marked.item.endLine);
    const index = listItems.indexOf(marked.item);
    for (let k = index + 1; k < listItems.length; k++) {
      const next = listItems[k];
      if (!next || next.indent <= marked.item.indent) break;
      last = Math.max(last, next.endLine);
    }
  }
  // An item's end can reach a blank line in a loose list; the group ends at its last words.
  const lines = note.scan.lines;
  while (last > 0 && (lines[last]?.text.trim() ?? '') === '') last--;
  return last;
}

/**
 * Remove exact copies of tracking lines that a sync merge left. The copy kept
 * takes the strongest mark of all (done over set aside over open); a copy is
 * removed only when nothing would be lost with it: its words are the kept
 * copy's, it has nothing nested under it, and its mark is the one kept.
 */
function healDuplicates(note: NoteDocument, edits: Edit[]): number {
  const lines = note.scan.lines;
  let healed = 0;
  const groups = new Map<string, MarkedItem[]>();
  for (const item of note.marks.items) {
    const key = `${item.commitmentId}|${item.periodStart}|${item.n}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const normal = (item: MarkedItem) =>
    (lines[item.line]?.text ?? '').replace(/\[[^\]]\]/, '[ ]').trimEnd() + (item.item.endLine > item.line ? '…' : '');
  const parents = new Set(note.scan.listItems.map((c) => c.parent));
  for (const copies of groups.values()) {
    const kept = copies[0];
    if (!kept || copies.length < 2) continue;
    // Copies the client wrote on, or that hold lines under them, are never removed.
    const removable = copies.slice(1).filter((c) => normal(c) === normal(kept) && !parents.has(c.line) && c.item.endLine === c.line);
    const strongest = [kept, ...removable].reduce((best, c) => (strength[c.state] > strength[best.state] ? c : best), kept);
    let keptTask = kept.item.task;
    if (strongest !== kept) {
      const text = lines[kept.line]?.text ?? '';
      keptTask = strongest.item.task ?? 'x';
      edits.push({ kind: 'replace', line: kept.line, from: text, to: text.replace(/\[([^\]])\]/, `[${keptTask}]`) });
      kept.state = strongest.state;
    }
    for (const copy of removable) {
      // A weaker mark is held by the kept copy's stronger one; an equal mark of its own (`[X]` beside `[x]`) stays.
      if (copy.item.task !== keptTask && strength[copy.state] >= strength[kept.state]) continue;
      edits.push({ kind: 'delete', line: copy.line, from: lines[copy.line]?.text ?? '' });
      healed++;
    }
  }
  const prompts = new Map<string, MarkedPrompt>();
  for (const prompt of note.marks.prompts) {
    const key = `${prompt.commitmentId}|${prompt.periodStart}`;
    const kept = prompts.get(key);
    if (!kept) {
      prompts.set(key, prompt);
      continue;
    }
    const block = (p: MarkedPrompt) => lines.slice(p.firstLine, p.markerLine + 1).map((l) => l.text).join('\n');
    if (block(prompt) !== block(kept) || prompt.answer !== null) continue; // an answer is never removed
    for (let line = prompt.firstLine; line <= prompt.lastLine; line++) {
      edits.push({ kind: 'delete', line, from: lines[line]?.text ?? '' });
    }
    healed++;
  }
  return healed;
}

/**
 * Plan what `track` changes in a note: start tracking new commitments (a block
 * id on the commitment's line), add the current period's checklist, write a
 * reflection prompt under a period that closed with something left undone, and
 * heal copies a sync merge left. Only ever adds lines, except those copies.
 */
export function planTrack(text: string, options: TrackOptions): TrackPlan {
  return planTrackNote(parseNote(text, options), options);
}

/** What planning one commitment needs to know about its note and its tracking window. */
interface CommitmentPlan {
  note: NoteDocument;
  commitment: Commitment;
  place: CommitmentPlace;
  options: TrackOptions;
  window: Window;
  /** After the day of the next session (or of a newer session note): no prompt is written. */
  sessionHeld: boolean;
  /** The commitment's checklist items, by period start. */
  groups: Map<string, MarkedItem[]>;
  indent: string;
  plan: TrackPlan;
}

/** Plan what `track` changes in a note already read with `parseNote`. */
export function planTrackNote(note: NoteDocument, options: TrackOptions): TrackPlan {
  const plan: TrackPlan = { edits: [], started: 0, periodsAdded: 0, promptsAdded: 0, healed: 0, note };
  if (note.commitments.length === 0) return plan;
  const window = windowOf(note, options);
  // After the day of the next session (or of a newer session note), the session was the conversation: no prompt is written.
  const sessionHeld = (window.why === 'next-session' || window.why === 'newer-session') && dayNumber(options.today) > dayNumber(window.until) + 1;
  plan.healed = healDuplicates(note, plan.edits);

  const done = new Set<string>();
  note.commitments.forEach((commitment, index) => {
    const place = note.places[index];
    if (!place || done.has(commitment.id)) return; // a copied id: the first commitment with it is tracked
    done.add(commitment.id);
    const one: CommitmentPlan = {
      note,
      commitment,
      place,
      options,
      window,
      sessionHeld,
      groups: (marksByCommitment(note.marks).get(commitment.id) ?? noMarks).byPeriod,
      indent: childIndent(note, place),
      plan,
    };
    const { record, deadline } = recordOf(note, commitment, window, firstItemStart(note, commitment.id));
    if (record === 'todo') {
      planTodoPrompt(note, commitment, place, deadline, window, sessionHeld, options, plan);
      return;
    }
    planClosedPrompt(one);
    if (record === 'one-off') planOneOff(one, deadline);
    else planChecklist(one);
  });
  return plan;
}

/** 1. A prompt under the latest closed period, when it closed with something left undone. */
function planClosedPrompt({ note, commitment, options, window, sessionHeld, groups, indent, plan }: CommitmentPlan): void {
  const add = options.add ?? { periods: true, prompts: true };
  if (!add.prompts || commitment.status !== 'active' || sessionHeld || note.meta.ifMissed === 'none') return;
  const tracking = readCommitmentTracking(note, commitment, options);
  const closed = tracking.periods.filter((p) => p.status !== 'open');
  const latest = closed[closed.length - 1];
  // The period cut short by the next session gets no prompt: the session will talk about it.
  const cutBySession = (p: PeriodRecord) => (window.why === 'next-session' || window.why === 'newer-session') && p.end > window.until;
  if (!latest || cutBySession(latest) || latest.isBreak || (latest.status !== 'partial' && latest.status !== 'missed')) return;
  const hasPrompt = note.marks.prompts.some((p) => p.commitmentId === commitment.id && p.periodStart === latest.start);
  const items = groups.get(latest.start) ?? [];
  if (hasPrompt || items.length === 0) return;
  const prompt = reflectionPrompt({
    tone: note.meta.ifMissed,
    status: latest.status,
    done: latest.done,
    target: latest.target - latest.skipped,
    periodLabel: latest.title,
    periodStart: latest.start,
    commitmentId: commitment.id,
    intention: commitment.intention,
    trigger: commitment.trigger,
    coping: commitment.coping,
    pattern: tracking.pattern !== null,
    unit: unitOf(commitment) === 'week' ? 'week' : unitOf(commitment) === 'month' ? 'month' : 'stretch',
  });
  const itemIndent = /^[ \t]*/.exec(note.scan.lines[items[0]?.line ?? 0]?.text ?? '')?.[0] ?? indent;
  plan.edits.push({
    kind: 'insert',
    after: lastLineOf(note, items),
    order: 1,
    lines: promptLines(prompt, itemIndent, markerOf(commitment.id, latest.start, 'r')),
  });
  plan.promptsAdded++;
}

/** Whether the current period can get a checklist at all: active, asked for, none yet, nothing written after it. */
function currentPeriod({ note, commitment, options, window, groups }: CommitmentPlan): Period | undefined {
  const add = options.add ?? { periods: true, prompts: true };
  if (commitment.status !== 'active' || !add.periods) return undefined;
  const current = periodsOf(commitment, note.meta, window)(options.today);
  const existing = [...groups.keys()];
  if (groups.has(current.start)) return undefined;
  if (existing.some((start) => start > current.start)) return undefined; // never add behind what is there
  if (trackedCadence(commitment).once && existing.length > 0) return undefined; // "this week" is one period
  return current;
}

/** 2a. A one-off is one item, written once, while its deadline is still ahead. */
function planOneOff(one: CommitmentPlan, deadline: string | null): void {
  const { note, commitment, place, options, window, groups, indent, plan } = one;
  const current = currentPeriod(one);
  if (!current || groups.size > 0 || deadline === null) return;
  const today = dayNumber(options.today);
  if (today > dayNumber(deadline) || dayNumber(window.from) > today || dayNumber(current.start) > dayNumber(window.until)) return;
  const added = fenced(note, place, [`${indent}- [ ] By ${dayLabel(deadline)} ${markerOf(commitment.id, current.start, 1)}`]);
  if (!added) return;
  startTracking(note, commitment, place, plan);
  plan.edits.push({ kind: 'insert', after: place.lastLine, order: 2, lines: added });
  plan.periodsAdded++;
}

/** 2b. The current period's checklist, when it has none yet. */
function planChecklist(one: CommitmentPlan): void {
  const { note, commitment, place, options, window, groups, indent, plan } = one;
  const current = currentPeriod(one);
  if (!current) return;
  const today = options.today;
  const fresh = groups.size === 0;
  // The first period starts on the later of the session and today: no back-filled weeks.
  if (fresh && dayNumber(window.from) > dayNumber(today)) return;
  // The last period, cut short by the end of tracking, gets no items when less than a third of it is left (as the first).
  // A period the first week's rule moved tracking to is not cut again by it: a monthly plan between sessions
  // two weeks apart would otherwise get no period at all.
  const fits = (p: Period, movedTo = false) => {
    if (dayNumber(p.start) > dayNumber(window.until) || inBreak(note.meta, p)) return false;
    if (movedTo || dayNumber(p.end) <= dayNumber(window.until)) return true;
    const first = fresh && dayNumber(today) > dayNumber(p.start) ? today : p.start;
    const covered = dayNumber(window.until) - dayNumber(first) + 1;
    return covered * 3 >= dayNumber(p.end) - dayNumber(p.start) + 1;
  };
  let period = current;
  let planned = fits(current) ? plannedItems(commitment, current, fresh ? today : current.start, window.until) : [];
  if (planned.length === 0 && fresh) {
    // Too little of this period is left to do anything in: tracking starts with the next one, now.
    const next = nextPeriod(current, unitOf(commitment), note.meta.weekStart);
    if (fits(next, true) && !inBreak(note.meta, current)) {
      period = next;
      planned = plannedItems(commitment, next, next.start, window.until);
    }
  }
  if (planned.length === 0) return;
  const id = commitment.id;
  const added = fenced(note, place, planned.map((item) => checklistLine(indent, item.label, { commitmentId: id, periodStart: period.start, n: item.n })));
  if (!added) return;
  startTracking(note, commitment, place, plan);
  plan.edits.push({ kind: 'insert', after: place.lastLine, order: 2, lines: added });
  plan.periodsAdded++;
}

/**
 * The lines to add right after a commitment's item, kept apart from what
 * surrounds them: after an HTML block that only a blank line ends they would
 * be read as HTML, so a blank line comes first; a paragraph right after the
 * item (after code, say) would become their last line's words, so a blank line
 * follows. After code, math or a comment left open to the end they would be
 * swallowed: nothing is added (undefined).
 */
function fenced(note: NoteDocument, place: CommitmentPlace, lines: string[]): string[] | undefined {
  const scan = note.scan;
  const lastItem = [place.item, ...place.descendants].filter((d) => d.line <= place.lastLine).pop() ?? place.item;
  const openEnd = itemText(scan, lastItem, place.lastLine).openEnd;
  if (openEnd === 'open') return undefined;
  return [...(openEnd === 'blank' ? [''] : []), ...lines, ...(lazyAfter(note, place.lastLine) ? [''] : [])];
}

/** Give a commitment its block id, when it has none yet: tracking starts. */
function startTracking(note: NoteDocument, commitment: Commitment, place: CommitmentPlace, plan: TrackPlan): void {
  if (commitment.blockId) return;
  // The id goes where Obsidian reads a list item's block id: the end of its first paragraph. An item
  // that opens with code, math, a table, HTML, a comment or a heading has no such place: it is tracked
  // by the id its words give, and nothing is appended.
  const host = itemText(note.scan, place.item).idLine;
  if (host !== undefined) plan.edits.push({ kind: 'append', line: host, text: ` ^${commitment.id}` });
  plan.started++;
}

/**
 * A to-do with a deadline in a session note: nothing is added under it, and
 * once its deadline's period has closed with its box unticked, one prompt.
 */
function planTodoPrompt(
  note: NoteDocument,
  commitment: Commitment,
  place: CommitmentPlace,
  deadline: string | null,
  window: Window,
  sessionHeld: boolean,
  options: TrackOptions,
  plan: TrackPlan,
): void {
  const add = options.add ?? { periods: true, prompts: true };
  if (!add.prompts || deadline === null || sessionHeld || commitment.status !== 'active' || note.meta.ifMissed === 'none') return;
  if (place.item.task !== ' ') return; // ticked, or set aside: its box says so
  const due = periodHolding(deadline, 'week', note.meta.weekStart);
  if (dayNumber(options.today) <= dayNumber(due.end)) return;
  // A deadline after the next session: the session talks about it.
  if (deadline > window.until && window.why !== 'horizon' && window.why !== 'track-until') return;
  if (note.marks.prompts.some((p) => p.commitmentId === commitment.id)) return; // one prompt, ever
  const prompt = reflectionPrompt({
    tone: note.meta.ifMissed,
    status: 'missed',
    done: 0,
    target: 1,
    periodLabel: due.label,
    periodStart: due.start,
    commitmentId: commitment.id,
    intention: commitment.intention,
    trigger: commitment.trigger,
    coping: commitment.coping,
    pattern: false,
    unit: 'week',
  });
  const added = fenced(note, place, promptLines(prompt, childIndent(note, place), markerOf(commitment.id, due.start, 'r')));
  if (!added) return;
  startTracking(note, commitment, place, plan);
  plan.edits.push({ kind: 'insert', after: place.lastLine, order: 1, lines: added });
  plan.promptsAdded++;
}
