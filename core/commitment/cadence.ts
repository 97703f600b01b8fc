import type { Cadence, DayCode } from '../schema.js';
import { countableActs, dayCode, dayCodes, dayPattern, measureUnits, numberPattern, readNumber } from './vocabulary.js';

/** A phrase in the text that says how often, and what it means. */
export interface CadenceMatch {
  /** Null where the words say a rhythm no cadence here can ("every other Friday"): the words are still cut. */
  cadence: Cadence | null;
  /** The words that say it, so they can be cut from the intention. */
  phrases: string[];
}

/** Days one after another ("mon, wed + fri"), or a range of them ("Mon-Thu", "Sun thru Thu"; not "to": "move it from Monday to Wednesday"). */
export const dayList = `${dayPattern}(?:\\s*(?:,|and|&|\\+|\\/|or|-|–|thru|through)?\\s*(?:and\\s+)?${dayPattern})*`;
const dayListRe = new RegExp(`\\b(?:(?:on|every|each)\\s+)?(${dayList})(?:\\s+(?:mornings?|afternoons?|evenings?|nights?))?\\b`, 'gi');
const dayWordRe = new RegExp(`\\b${dayPattern}\\b`, 'gi');
const oneDayRe = new RegExp(`\\b(?:this|next)\\s+${dayPattern}\\b`, 'i');
const anyDayStartRe = /mon|tue|wed|thu|fri|sat|sun/i;
/** A day of the month by its place: "the last Friday of each month", "on the first Monday of the month". */
export const monthlyDayPattern = `(?:on\\s+)?(?:the\\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+${dayPattern}\\s+(?:of|in)\\s+(?:each|every|the)\\s+month`;
export const monthlyDayRe = new RegExp(`\\b${monthlyDayPattern}\\b`, 'i');
const mostWeekdaysRe = /\b(?:on\s+)?most\s+week ?days\b/i;
const weekdaysRe = /\b(?:(?:on |every |each )?(?:week|work) ?(?:days|nights)|(?:every|each) (?:week|work) ?day|monday (?:to|through|thru|-) friday|mon ?- ?fri|m-f)\b/i;
const weekendsRe = /\b(?:(?:on |every |each )weekends?|weekends)\b/i;
const dailyRe =
  /\b(?:daily|every ?day|each day|per day|a day(?!\s+(?:shift|off|trip|out|job|pass|or two|at a time))|every (?:single )?(?:morning|evening|night|afternoon|lunch ?time)|each (?:morning|evening|night|afternoon)|nightly|every (?:day|morning|night) this week|for the next (?:\d+|seven|five|ten|fourteen|thirty) days|each and every day)\b/i;
const timesRe = new RegExp(
  // "4x week" and "4x/week" are shorthand for "4 times a week".
  // "once or twice a week", "3-4 times a week max": a range counts its lower end, and "max" goes with it.
  `\\b(?:(once|twice|thrice|${numberPattern})\\s*(?:x|times)?\\s*(?:or|to|-|\\/)\\s*)?(once|twice|thrice|${numberPattern}\\s*(?:x|times))\\s*(?:(?:a|per|each|every|in a|in the)\\s+|\\/\\s*|(?<=x\\s*))(day|week|wk|month|fortnight)\\b(?:\\s+(?:max(?:imum)?|at most|tops|minimum|at (?:the )?least))?`,
  'i',
);
const daysAWeekRe = new RegExp(`\\b(?:at least\\s+)?(${numberPattern})\\s+(?:days?|nights?|mornings?|evenings?)\\s+(?:a|per|each|every)\\s+week\\b`, 'i');
const everyRe = /\b(?:every|each|per|a) (week|month|fortnight)\b|\b(weekly|monthly)\b/i;
const thisRe = /\b(?:this|next) (week|month|weekend)\b|\bby the end of (?:the|this) (week|month)\b|\bbefore (?:our|my|the) next (?:session|call|meeting)\b|\bbetween (?:now and )?(?:our )?(?:the )?sessions?\b/i;

function uniqueDays(words: string[]): DayCode[] {
  const set = new Set<DayCode>();
  for (const word of words) {
    const code = dayCode(word);
    if (code) set.add(code);
  }
  return dayCodes.filter((c) => set.has(c));
}

const alternateDayRe = new RegExp(`\\bevery\\s+(?:other|second|2nd)\\s+${dayPattern}\\b`, 'i');
const countRe = new RegExp(`\\b(${numberPattern})\\s+((?:[a-z-]+\\s+){0,2}?)([a-z-]+(?:\\s+[a-z-]+)?)`, 'gi');

/**
 * Count the acts in an intention when its object is countable:
 * "reach out to two potential clients" is 2, "read 10 pages" is 1.
 */
export function countActs(intention: string): number | undefined {
  // matchAll works on a copy of the expression, so sharing one is safe.
  for (const m of intention.matchAll(countRe)) {
    const n = readNumber(m[1] ?? '');
    if (n === undefined || n < 1) continue;
    const adjectives = (m[2] ?? '').trim();
    const nounPhrase = (m[3] ?? '').trim();
    const noun = nounPhrase.split(/\s+/)[0] ?? '';
    const words = [...adjectives.split(/\s+/).filter(Boolean), ...nounPhrase.split(/\s+/)];
    if (words.some((w) => measureUnits.test(w))) continue;
    if (countableActs.test(noun) || countableActs.test(nounPhrase) || words.some((w) => countableActs.test(w))) {
      return n;
    }
  }
  return undefined;
}

/**
 * Find how often a commitment is meant to happen.
 *
 * `main` is the intention's sentence (with its trigger); the count of acts comes
 * from `intention` when the cadence gives none of its own.
 */
export function findCadence(main: string, intention: string): CadenceMatch | undefined {
  const phrases: string[] = [];
  const acts = countActs(intention);

  // "every other Friday": a rhythm of two weeks, which no cadence here says; none rather than every Friday.
  // ("run every other day and lift every other Friday": the days said are read below.)
  const alternate = /\bevery (?:other|second) day\b/i.test(main) ? null : alternateDayRe.exec(main);
  if (alternate) return { cadence: null, phrases: [alternate[0]] };

  // "the last Friday of each month": once a month, on that day.
  const monthly = monthlyDayRe.exec(main);
  if (monthly) return { cadence: { count: 1, per: 'month' }, phrases: [monthly[0]] };

  const most = mostWeekdaysRe.exec(main);
  if (most) return { cadence: { count: 4, per: 'week' }, phrases: [most[0]] };

  const weekdays = weekdaysRe.exec(main);
  if (weekdays) {
    return { cadence: { count: 5, per: 'week', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, phrases: [weekdays[0]] };
  }
  const weekends = weekendsRe.exec(main);

  const times = timesRe.exec(main);
  if (times) {
    const n = readNumber((times[1] ?? times[2] ?? '').replace(/\s*(?:x|times)$/i, '')) ?? 1;
    const unit = (times[3] ?? 'week').toLowerCase().replace(/^wk$/, 'week');
    phrases.push(times[0]);
    if (unit === 'fortnight') return { cadence: { count: n, per: 'period' }, phrases };
    const named = unit === 'week' ? dayMatches(main) : { days: [], phrases: [] };
    if (named.days.length === n) {
      return { cadence: { count: n, per: 'week', days: named.days }, phrases: [...phrases, ...named.phrases] };
    }
    return { cadence: { count: n, per: unit as 'day' | 'week' | 'month' }, phrases };
  }

  // "three days a week", "5 days a week": a count per week.
  const daysAWeek = daysAWeekRe.exec(main);
  if (daysAWeek) {
    const n = readNumber(daysAWeek[1] ?? '') ?? 1;
    if (n >= 1 && n <= 7) return { cadence: { count: n, per: 'week' }, phrases: [daysAWeek[0]] };
  }

  const otherDay = /\bevery (?:other|second) day\b|\bon alternate days\b/i.exec(main);
  if (otherDay) return { cadence: { count: 3, per: 'week' }, phrases: [otherDay[0]] };

  const daily = dailyRe.exec(main);
  if (daily) {
    return { cadence: { count: acts ?? 1, per: 'day' }, phrases: [daily[0]] };
  }

  const every = everyRe.exec(main);
  if (every) {
    const unit = (every[1] ?? every[2] ?? 'week').toLowerCase();
    const per = unit.startsWith('month') ? 'month' : unit === 'fortnight' ? 'period' : 'week';
    phrases.push(every[0]);
    const days = dayMatches(main);
    return {
      cadence: days.days.length > 0 && acts === undefined ? { count: days.days.length, per, days: days.days } : { count: acts ?? 1, per },
      phrases: [...phrases, ...(acts === undefined ? days.phrases : [])],
    };
  }

  const days = dayMatches(main);
  // "this Friday", "next Tuesday", the only day named: one day, once (not every Friday).
  const oneDay = oneDayRe.exec(main);
  if (oneDay && days.days.length === 1 && !/\b(?:every|each)\s/i.test(main)) return { cadence: { count: 1, per: 'week', once: true }, phrases: [oneDay[0]] };
  if (days.days.length > 0) {
    return { cadence: { count: days.days.length, per: 'week', days: days.days }, phrases: days.phrases };
  }
  if (weekends) {
    return { cadence: { count: 2, per: 'week', days: ['sat', 'sun'] }, phrases: [weekends[0]] };
  }

  const once = thisRe.exec(main);
  if (once) {
    const unit = (once[1] ?? once[2] ?? '').toLowerCase();
    const per = unit === 'month' ? 'month' : unit === 'week' || unit === 'weekend' ? 'week' : 'period';
    return { cadence: { count: acts ?? 1, per, once: true }, phrases: [once[0]] };
  }
  return undefined;
}

/** Days of the week named in the text, and the phrases that name them. */
export function dayMatches(text: string): { days: DayCode[]; phrases: string[] } {
  const phrases: string[] = [];
  const words: string[] = [];
  // Every day word starts with one of these: most text has none, and this looks for them much faster.
  if (!anyDayStartRe.test(text)) return { days: uniqueDays(words), phrases };
  for (const m of text.matchAll(dayListRe)) {
    // "Sat" or "sun" alone are too often other words; only full names count alone.
    const list = m[1] ?? '';
    const names = list.match(dayWordRe) ?? [];
    // ("every sun", "each wed": after "every" or "each" the short name is the day.)
    const real = names.filter((n) => n.length > 3 || names.length > 1 || /^[A-Z]/.test(n) || /^(?:every|each)\s/i.test(m[0]));
    if (real.length === 0) continue;
    if (/^(?:sun|sat|wed)$/i.test(list) && !/^(?:on|every|each)\s/i.test(m[0])) continue;
    phrases.push(m[0]);
    // "Mon-Thu", "Fri thru Sun": every day from the first to the last, round the end of the week if need be.
    const [from = 0, to] = names.map((n) => dayCodes.indexOf(dayCode(n) ?? 'mon'));
    if (names.length === 2 && /\w\s*(?:[-–]|thru|through)\s*\w/i.test(list)) for (let d = from; d !== to; d = (d + 1) % 7) words.push(dayCodes[d] ?? '');
    words.push(...real);
  }
  return { days: uniqueDays(words), phrases };
}

const explicitRe = new RegExp(
  `^(${numberPattern}|once|twice|thrice)\\s*(?:x|times)?\\s*(?:\\/|per|a|an|every|each|in a|in the)\\s*(day|week|month|period|session|fortnight)s?$`,
  'i',
);

/** Read a cadence written in a `cadence::` field ("2 per week", "daily", "Mon, Wed, Fri", "this week"). */
export function parseCadenceText(value: string): Cadence | undefined {
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const explicit = explicitRe.exec(text);
  if (explicit) {
    const count = readNumber(explicit[1] ?? '') ?? 1;
    const unit = explicit[2] ?? 'week';
    const per = unit === 'session' || unit === 'fortnight' ? 'period' : (unit as Cadence['per']);
    return count >= 1 ? { count, per } : undefined;
  }
  if (/^(?:once|one time|1)$/.test(text)) return { count: 1, per: 'period', once: true };
  if (/^weekly$/.test(text)) return { count: 1, per: 'week' };
  if (/^monthly$/.test(text)) return { count: 1, per: 'month' };
  return findCadence(text, '')?.cadence ?? undefined;
}

const dayShort: Record<DayCode, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** Say a cadence in plain words: "2 per week", "daily", "Mon, Wed, Fri", "once this week". */
export function describeCadence(cadence: Cadence | null): string {
  if (!cadence) return 'not stated';
  const { count, per, days, once } = cadence;
  if (once) {
    const span = per === 'period' ? 'before the next session' : `this ${per}`;
    return count === 1 ? `once ${span}` : `${count} ${span}`;
  }
  if (days && days.length > 0) {
    if (days.length === 5 && days.join() === 'mon,tue,wed,thu,fri') return 'weekdays';
    if (days.length === 7) return 'daily';
    return `every ${days.map((d) => dayShort[d]).join(', ')}`;
  }
  if (per === 'day') return count === 1 ? 'daily' : `${count} a day`;
  const span = per === 'period' ? 'between sessions' : `per ${per}`;
  return `${count} ${span}`;
}
