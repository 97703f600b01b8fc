// Calendar arithmetic on plain dates ("2026-11-23"), in whole days, with no
// time zone: core never reads the clock, the adapters pass `today` in.

import type { WeekStart } from '../schema.js';

const msPerDay = 86_400_000;

const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 for an ISO date (remembered: the same few dates come up again and again). */
export function dayNumber(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  const [y, m, d] = iso.split('-').map(Number);
  const day = Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / msPerDay);
  if (dayNumbers.size > 20_000) dayNumbers.clear();
  dayNumbers.set(iso, day);
  return day;
}

const isoDates = new Map<number, string>();

/** The ISO date of a day number (remembered, as dayNumber is). */
export function isoDate(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = new Date(day * msPerDay).toISOString().slice(0, 10);
    if (isoDates.size > 20_000) isoDates.clear();
    isoDates.set(day, iso);
  }
  return iso;
}

/** Add days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(iso: string): number {
  return (((dayNumber(iso) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const weekStartIndex: Record<WeekStart, number> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};

/** The first day of the week holding `iso`, for a week starting on `weekStart`. */
export function weekStartOf(iso: string, weekStart: WeekStart): string {
  const back = (weekday(iso) - weekStartIndex[weekStart] + 7) % 7;
  return addDays(iso, -back);
}

/** ISO week label of the week holding `iso` ("2026-W48"), for machines. */
export function isoWeekLabel(iso: string): string {
  const thursday = addDays(iso, 3 - weekday(iso));
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 3 - weekday(`${year}-01-04`));
  const week = 1 + Math.round((dayNumber(thursday) - dayNumber(firstThursday)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "2026-11-23" → "Mon 23 Nov". */
export function dayLabel(iso: string): string {
  return `${dayNames[weekday(iso)]} ${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]}`;
}

/** "2026-11-23" → "23 Nov". */
export function shortDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]}`;
}

/** "2026-11-01" → "November 2026". */
export function monthLabel(iso: string): string {
  return `${longMonths[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Compact form used in markers: "2026-11-23" → "20261123". */
export function compact(iso: string): string {
  return iso.replace(/-/g, '');
}

/** "20261123" → "2026-11-23". */
export function expand(compactDate: string): string {
  return `${compactDate.slice(0, 4)}-${compactDate.slice(4, 6)}-${compactDate.slice(6, 8)}`;
}

/** A moment's local calendar date, ISO ("2026-11-23"): today, as the person's clock says. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
