// When a one-off is due: a pure reading of a commitment's words against the
// date it was agreed ("by Friday", "before the 15th", "this week", "due 1 Dec").
// Core never reads the clock: the session date (or today) is passed in.

import type { WeekStart } from '../schema.js';
import { dayPattern } from './vocabulary.js';
import { addDays, dayNumber, weekStartOf, weekday } from '../tracking/dates.js';

/** A deadline read from a commitment's words. */
export interface Deadline {
  /** The last day it can be done on, ISO. */
  date: string;
  /** The words it was read from, as written ("by Friday"). */
  phrase: string;
}

// Names are read by their first three letters: "fri", "friday"; "dec", "december".
const dayKeys = 'montuewedthufrisatsun';
const monthKeys = 'janfebmaraprmayjunjulaugsepoctnovdec';
const numbers = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const dayName = dayPattern.slice(0, -2); // without the plural's "s?"
const monthName = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const lead = '(by|before|until|till|due(?:\\s+(?:by|on))?|no later than)';
const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?';

function keyOf(keys: string, name: string | undefined): number {
  return keys.indexOf((name ?? '').slice(0, 3).toLowerCase()) / 3;
}

const patterns: Array<{ re: RegExp; at: (m: RegExpExecArray, from: string, weekStart: WeekStart) => string | null }> = [
  // "by 2026-12-15"
  { re: new RegExp(`\\b${lead}\\s+(\\d{4}-\\d{2}-\\d{2})\\b`, 'i'), at: (m) => (validIso(m[2] ?? '') ? (m[2] ?? null) : null) },
  // "by Dec 15", "before 15 December", "due 1 Dec"
  { re: new RegExp(`\\b${lead}\\s+(?:the\\s+)?(?:(${monthName})\\.?\\s+${ordinal}|${ordinal}\\s+(?:of\\s+)?(${monthName}))\\b`, 'i'), at: (m, from) => monthDay(from, keyOf(monthKeys, m[2] ?? m[5]) + 1, Number(m[3] ?? m[4])) },
  // "by the 15th"
  { re: new RegExp(`\\b${lead}\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b`, 'i'), at: (m, from) => nthOfMonth(from, Number(m[2])) },
  // "by Friday", "before next Tuesday"
  { re: new RegExp(`\\b${lead}\\s+(?:(?:this|next|the)\\s+)?(${dayName})\\b`, 'i'), at: (m, from) => nextWeekday(from, keyOf(dayKeys, m[2])) },
  // "by tomorrow", "by tonight", "by the end of today"
  { re: new RegExp(`\\b${lead}\\s+(?:the\\s+end\\s+of\\s+)?(tomorrow|tonight|today)\\b`, 'i'), at: (m, from) => ((m[2] ?? '').toLowerCase() === 'tomorrow' ? addDays(from, 1) : from) },
  // "by the end of next week", "by next week" (before it starts), "by the end of the week", "this week"
  { re: new RegExp(`\\b${lead}\\s+(?:the\\s+)?end\\s+of\\s+next\\s+week\\b`, 'i'), at: (_m, from, ws) => addDays(weekStartOf(from, ws), 13) },
  { re: new RegExp(`\\b(?:${lead}\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:the|this)\\s+week|${lead}\\s+next\\s+week|(?:this|within\\s+the)\\s+week)\\b`, 'i'), at: (_m, from, ws) => addDays(weekStartOf(from, ws), 6) },
  // "by the end of the month", "this month", "by next month"
  { re: new RegExp(`\\b(?:${lead}\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:the|this)\\s+month|${lead}\\s+next\\s+month|this\\s+month)\\b`, 'i'), at: (_m, from) => lastOfMonth(from) },
  // "within two weeks", "in 3 days"
  { re: /\b(?:with)?in\s+(?:the\s+next\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?)\b/i, at: (m, from) => {
    const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : Math.max(1, numbers.indexOf((m[1] ?? '').toLowerCase().replace(/^an$/, 'a')));
    const unit = (m[2] ?? '').toLowerCase();
    return unit.startsWith('day') ? addDays(from, n) : unit.startsWith('week') ? addDays(from, 7 * n) : addMonths(from, n);
  } },
  // "by Christmas", "by New Year"
  { re: new RegExp(`\\b${lead}\\s+(christmas|new\\s+year'?s?(?:\\s+eve)?)\\b`, 'i'), at: (m, from) => monthDay(from, 12, /christmas/i.test(m[2] ?? '') ? 25 : 31) },
];

/** The words at least one pattern above needs (its lead, "this", "within", "in"), each a whole word. */
const mayNameDeadline = /\b(?:by|before|until|till|due|no|this|within|in)\b/i;

function validIso(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The given month and day on or after `from` (this year, else next). */
function monthDay(from: string, month: number, day: number): string | null {
  const year = Number(from.slice(0, 4));
  for (const y of [year, year + 1]) {
    const date = iso(y, month, day);
    if (validIso(date) && date >= from) return date;
  }
  return null;
}

/** The `day`th of this month, or of the next when it has passed. */
function nthOfMonth(from: string, day: number): string | null {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  for (let k = 0; k < 3; k++) {
    const m = ((month - 1 + k) % 12) + 1;
    const y = year + Math.floor((month - 1 + k) / 12);
    const date = iso(y, m, day);
    if (validIso(date) && date >= from) return date;
  }
  return null;
}

/** The next day with this weekday after `from` (1 to 7 days on: "by Friday" said on a Friday is next Friday). */
function nextWeekday(from: string, target: number): string {
  const ahead = ((target - weekday(from) + 7) % 7) || 7;
  return addDays(from, ahead);
}

function lastOfMonth(from: string): string {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  return addDays(month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1), -1);
}

function addMonths(from: string, n: number): string {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1 + n;
  const day = Number(from.slice(8, 10));
  const y = year + Math.floor(month / 12);
  const m = (month % 12) + 1;
  const last = Number(lastOfMonth(iso(y, m, 1)).slice(8, 10));
  return iso(y, m, Math.min(day, last));
}

/**
 * Read a deadline from a commitment's words, against the date it was agreed
 * (`from`, ISO): the last day it can be done on, and the words that say so.
 * "Before" a day ends the day before it. Null when the words name no deadline
 * Follow Through can place on the calendar.
 */
export function readDeadline(text: string, from: string, weekStart: WeekStart = 'monday'): Deadline | null {
  // Every pattern holds one of these words: most commitments hold none, and are done with in one look.
  return mayNameDeadline.test(text) ? everyPattern(text, from, weekStart) : null;
}

/** `readDeadline` without its first look: every pattern tried (exported for the test that holds the two equal). */
export function everyPattern(text: string, from: string, weekStart: WeekStart = 'monday'): Deadline | null {
  let best: { index: number; deadline: Deadline } | null = null;
  for (const { re, at } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    let date = at(m, from, weekStart);
    if (date === null) continue;
    if (/^before\b/i.test(m[1] ?? m[0]) && /\b(?:\d|christmas|new|mon|tue|wed|thu|fri|sat|sun|tomorrow)/i.test(m[0])) date = addDays(date, -1);
    if (dayNumber(date) < dayNumber(from)) date = from;
    if (!best || m.index < best.index) best = { index: m.index, deadline: { date, phrase: m[0] } };
  }
  return best?.deadline ?? null;
}
