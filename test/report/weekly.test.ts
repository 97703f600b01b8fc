// The weekly one-line message a client can send, and the figures behind it.

import { describe, expect, it } from 'vitest';
import { type TrackedNote, readTracking, weeklyMessages } from '../../core/index.js';
import { lastClosedWeek, maxMessageLength } from '../../core/report/weekly.js';
import { mark, parseOptions, read, sessionNote, trackDays } from '../support/tracking.js';

function tracked(file: string, text: string, today: string): TrackedNote {
  const note = read(text);
  return { file, note, tracking: readTracking(note, { ...parseOptions, today }) };
}

const walk = "- When I finish lunch, I'll walk for 10 minutes [cadence:: 2 per week].";
const journal = "- After I pour my morning coffee, I'll write three lines in my journal [cadence:: 3 per week].";

describe('lastClosedWeek', () => {
  it('should give the week before the one holding today, from the note’s week start', () => {
    expect(lastClosedWeek('2026-11-30', 'monday')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(lastClosedWeek('2026-12-06', 'monday')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(lastClosedWeek('2026-11-30', 'sunday')).toEqual({ start: '2026-11-22', end: '2026-11-28' });
  });
});

describe('weeklyMessages', () => {
  it('should write one message per client, with all of that client’s notes together', () => {
    const a = mark(trackDays(sessionNote(['client: Dana', 'session: 2026-11-23'], [walk]), ['2026-11-23']), '20261123', ['x', ' ']);
    const b = mark(trackDays(sessionNote(['client: dana', 'session: 2026-11-23'], [journal]), ['2026-11-23']), '20261123', ['x', 'x', 'x']);
    const c = trackDays(sessionNote(['client: Marcus', 'session: 2026-11-23'], [walk]), ['2026-11-23']);
    const messages = weeklyMessages([tracked('dana/a.md', a, '2026-11-30'), tracked('marcus.md', c, '2026-11-30'), tracked('dana/b.md', b, '2026-11-30')], '2026-11-30');
    expect(messages.map((m) => m.client)).toEqual(['Dana', 'Marcus']);
    const dana = messages[0];
    expect(dana?.text).toBe(`Week of 23 Nov: walk for 10 minutes 1/2, ${dana?.commitments[1]?.label} 3/3.`);
    expect(dana?.commitments[1]?.label).toMatch(/^write three lines/);
    expect(dana).toMatchObject({ week: '2026-W48', weekStart: '2026-11-23', weekEnd: '2026-11-29', done: 4, target: 5, rate: 0.8 });
    expect(dana?.commitments.map((f) => f.file)).toEqual(['dana/a.md', 'dana/b.md']);
    expect(messages[1]?.text).toBe('Week of 23 Nov: walk for 10 minutes 0/2.');
  });

  it('should write one message per note when the note names no client', () => {
    const a = trackDays(sessionNote(['session: 2026-11-23'], [walk]), ['2026-11-23']);
    const b = trackDays(sessionNote(['session: 2026-11-23'], [journal]), ['2026-11-23']);
    const messages = weeklyMessages([tracked('journal/monday.md', a, '2026-11-30'), tracked('journal/tuesday.md', b, '2026-11-30')], '2026-11-30');
    // Named by the note's name, as the README says, not by its path.
    expect(messages.map((m) => m.client)).toEqual(['monday', 'tuesday']);
  });

  it('should keep two notes that name no client apart, even when their names are the same', () => {
    const a = trackDays(sessionNote(['session: 2026-11-23'], [walk]), ['2026-11-23']);
    const b = trackDays(sessionNote(['session: 2026-11-23'], [journal]), ['2026-11-23']);
    const messages = weeklyMessages([tracked('clients/raj/session.md', a, '2026-11-30'), tracked('clients/ana/session.md', b, '2026-11-30')], '2026-11-30');
    expect(messages.map((m) => m.client)).toEqual(['session', 'session']);
    expect(messages.map((m) => m.commitments.map((c) => c.file))).toEqual([['clients/raj/session.md'], ['clients/ana/session.md']]);
  });

  it('should write nothing for a week that has not closed yet', () => {
    const a = trackDays(sessionNote(['client: Dana', 'session: 2026-11-23'], [walk]), ['2026-11-23']);
    expect(weeklyMessages([tracked('a.md', a, '2026-11-27')], '2026-11-27')).toEqual([]);
  });

  it('should stay under 200 characters with many long commitments', () => {
    const long = Array.from(
      { length: 9 },
      (_, k) =>
        `- When I close my laptop at the end of the working day number ${k + 1}, I'll spend a quiet twenty minutes tidying the shared project folder and writing a short summary for the team [cadence:: 2 per week].`,
    );
    const text = mark(trackDays(sessionNote(['client: Priya', 'session: 2026-11-23'], long), ['2026-11-23']), '20261123', ['x']);
    const [message] = weeklyMessages([tracked('p.md', text, '2026-11-30')], '2026-11-30');
    expect(message?.commitments).toHaveLength(9);
    expect(message?.text.length).toBeLessThan(200);
    expect(message?.text.length).toBeLessThanOrEqual(maxMessageLength);
    expect(message?.text).toMatch(/^Week of 23 Nov: /);
  });

  it('should stay under 200 characters when one label alone is very long', () => {
    const one = `- When I get home, I'll ${'write a very long and winding description of the plan '.repeat(6)}[cadence:: 2 per week].`;
    const text = trackDays(sessionNote(['client: Priya', 'session: 2026-11-23'], [one]), ['2026-11-23']);
    const [message] = weeklyMessages([tracked('p.md', text, '2026-11-30')], '2026-11-30');
    expect(message?.text.length).toBeLessThan(200);
  });

  it('should give the figures: done over what was due, the rate, the trend of the last four periods and the run of met ones', () => {
    // Weeks from 2 Nov: met, partial, missed, met, then met with one skipped.
    const marks: Array<[string, string[]]> = [
      ['20261102', ['x', 'x']],
      ['20261109', ['x', ' ']],
      ['20261116', [' ', ' ']],
      ['20261123', ['x', 'X']],
      ['20261130', ['x', '-']],
    ];
    let text = sessionNote(['client: Dana', 'session: 2026-11-02'], [walk]);
    for (const [start, boxes] of marks) {
      const day = `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6)}`;
      text = mark(trackDays(text, [day]), start, boxes);
    }
    const [message] = weeklyMessages([tracked('dana.md', text, '2026-12-07')], '2026-12-07');
    expect(message?.week).toBe('2026-W49');
    expect(message?.text).toBe('Week of 30 Nov: walk for 10 minutes 1/1.');
    expect(message?.commitments[0]).toMatchObject({ done: 1, target: 1, skipped: 1, status: 'met', rate: 1, trend: [0.5, 0, 1, 1], metRun: 2 });
  });

  it('should say the client wrote down what they learned when a prompt of that week has an answer', () => {
    let text = trackDays(sessionNote(['client: Dana', 'session: 2026-11-23'], [walk]), ['2026-11-23']);
    text = trackDays(mark(text, '20261123', ['x']), ['2026-11-30']);
    expect(weeklyMessages([tracked('dana.md', text, '2026-11-30')], '2026-11-30')[0]?.commitments[0]?.answered).toBe(false);
    text = text.replace(/- My answer:$/m, '- My answer: lunch meetings ate Thursday.');
    const [message] = weeklyMessages([tracked('dana.md', text, '2026-11-30')], '2026-11-30');
    expect(message?.commitments[0]?.answered).toBe(true);
    expect(message?.text).toBe('Week of 23 Nov: walk for 10 minutes 1/2; wrote down what I learned.');
  });

  it('should leave a break week out of the message', () => {
    const text = trackDays(sessionNote(['client: Dana', 'session: 2026-11-23', 'breaks: [2026-11-25]'], [walk]), ['2026-11-23']);
    // Items written before the break was known: the week still counts as a break.
    expect(weeklyMessages([tracked('dana.md', text, '2026-11-30')], '2026-11-30')).toEqual([]);
  });
});
