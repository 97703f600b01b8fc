import type { Cadence, Commitment, WeekStart } from '../schema.js';
import { dayCodes } from '../commitment/vocabulary.js';
import { dayMatches } from '../commitment/cadence.js';
import { addDays, dayLabel, dayNumber, isoWeekLabel, monthLabel, shortDate, weekStartOf, weekday } from './dates.js';

/** One tracking period: a week by default, a month or the span between sessions for those cadences. */
export interface Period {
  /** First day, ISO. */
  start: string;
  /** Last day, ISO (inclusive). */
  end: string;
  /** The label people read: "Week of 23 Nov", "November 2026", "23 Nov – 6 Dec". */
  label: string;
  /** The label machines read: "2026-W48", "2026-11", "2026-11-23/2026-12-06". */
  machine: string;
}

/** What a period is made of. */
export type PeriodUnit = 'week' | 'month' | 'span';

/** The period unit a cadence is tracked in. */
export function unitFor(cadence: Cadence): PeriodUnit {
  if (cadence.per === 'month') return 'month';
  if (cadence.per === 'period') return 'span';
  return 'week';
}

/** The period holding `date`. `span` is the session window, for cadences counted between sessions. */
export function periodHolding(date: string, unit: PeriodUnit, weekStart: WeekStart, span?: { start: string; end: string }): Period {
  if (unit === 'month') {
    const start = `${date.slice(0, 7)}-01`;
    const next = Number(date.slice(5, 7)) === 12 ? `${Number(date.slice(0, 4)) + 1}-01-01` : `${date.slice(0, 5)}${String(Number(date.slice(5, 7)) + 1).padStart(2, '0')}-01`;
    return { start, end: addDays(next, -1), label: monthLabel(start), machine: date.slice(0, 7) };
  }
  if (unit === 'span' && span) {
    return { start: span.start, end: span.end, label: `${shortDate(span.start)} – ${shortDate(span.end)}`, machine: `${span.start}/${span.end}` };
  }
  const start = weekStartOf(date, weekStart);
  const end = addDays(start, 6);
  return { start, end, label: `Week of ${shortDate(start)}`, machine: isoWeekLabel(start) };
}

/** The period after `period`. */
export function nextPeriod(period: Period, unit: PeriodUnit, weekStart: WeekStart): Period {
  return periodHolding(addDays(period.end, 1), unit, weekStart);
}

const dailyCue =
  /\b(?:every ?day|daily|each day|morning|evening|night|bedtime|wake up|waking|get up|get out of bed|breakfast|lunch|dinner|supper|brush(?:ing)? my teeth|shower|get into bed|go to bed|coffee|tea|commute|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})\b/i;

/**
 * The cadence a commitment states, or the one its trigger implies ("after I
 * pour my morning coffee" → daily, "6pm on Tuesday" → weekly on Tuesday); null
 * when neither says how often.
 */
export function statedCadence(commitment: Pick<Commitment, 'cadence' | 'trigger'>): Cadence | null {
  if (commitment.cadence) return commitment.cadence;
  const trigger = commitment.trigger ?? '';
  const days = dayMatches(trigger).days;
  if (days.length > 0) return { count: days.length, per: 'week', days };
  if (/\b(?:week ?days|every weekday)\b/i.test(trigger)) return { count: 5, per: 'week', days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
  if (dailyCue.test(trigger)) return { count: 1, per: 'day' };
  return null;
}

/**
 * The cadence a commitment is tracked with: the one it states, else the one its
 * trigger implies, else once a week.
 */
export function trackedCadence(commitment: Pick<Commitment, 'cadence' | 'trigger' | 'kind'>): Cadence {
  if (commitment.kind === 'outcome') return { count: 1, per: 'week' };
  return statedCadence(commitment) ?? { count: 1, per: 'week' };
}

/** One item of a period's checklist, before it is written. */
export interface PlannedItem {
  /** 1-based position in the period, used in the marker. */
  n: number;
  label: string;
}

/** Most items one commitment gets in one period, so a note stays readable. */
export const maxItemsPerPeriod = 14;

/**
 * The checklist items for one period of a commitment.
 *
 * Days outside `from`..`until` (the first and last tracked days) get no item;
 * a count per week is scaled down for a week cut short.
 */
export function plannedItems(
  commitment: Pick<Commitment, 'cadence' | 'trigger' | 'kind'>,
  period: Period,
  from: string,
  until: string,
): PlannedItem[] {
  const cadence = trackedCadence(commitment);
  const first = dayNumber(period.start) < dayNumber(from) ? from : period.start;
  const last = dayNumber(period.end) > dayNumber(until) ? until : period.end;
  if (dayNumber(first) > dayNumber(last)) return [];
  const items: PlannedItem[] = [];
  const push = (label: string) => {
    if (items.length < maxItemsPerPeriod) items.push({ n: items.length + 1, label });
  };

  if (commitment.kind === 'outcome') {
    push(`${period.label} · a step toward it`);
    return items;
  }
  if (cadence.once) {
    push(`By ${dayLabel(last)}`);
    return items;
  }
  const wantedDays = cadence.per === 'day' ? dayCodes : cadence.days;
  if (wantedDays && wantedDays.length > 0) {
    for (let d = dayNumber(first); d <= dayNumber(last); d++) {
      const iso = addDays(first, d - dayNumber(first));
      if (!wantedDays.includes(dayCodes[weekday(iso)] ?? 'mon')) continue;
      const perDay = cadence.per === 'day' ? cadence.count : 1;
      for (let k = 1; k <= perDay; k++) push(perDay > 1 ? `${dayLabel(iso)} · ${k} of ${perDay}` : dayLabel(iso));
    }
    return items;
  }
  const fullDays = dayNumber(period.end) - dayNumber(period.start) + 1;
  const coveredDays = dayNumber(last) - dayNumber(first) + 1;
  // A first period with too little of it left is no period at all: tracking starts with the next one.
  // (A period cut short at its end, by the next session, is kept: its count is scaled down.)
  const cutAtStart = dayNumber(first) > dayNumber(period.start);
  if (cutAtStart && coveredDays * 10 < fullDays * 3) return items;
  const count = Math.max(1, Math.min(maxItemsPerPeriod, Math.round((cadence.count * coveredDays) / fullDays)));
  for (let k = 1; k <= count; k++) push(count > 1 ? `${period.label} · ${k} of ${count}` : period.label);
  return items;
}
