// Periods and items over a commitment's life: what each cadence writes, when
// tracking starts and stops, pausing and breaks, prompts and patterns, and the
// client's own edits to the note.

import { describe, expect, it } from 'vitest';
import { planTrack, supersededBy } from '../../core/index.js';
import { itemLines, mark, parseOptions, prompts, read, sessionNote, track, trackDays, trackingOf } from '../support/tracking.js';

/** The labels of the items written for the period starting `compactStart`. */
function labels(text: string, compactStart: string): string[] {
  return itemLines(text, compactStart).map((l) => l.replace(/^\s*- \[.\] /, '').replace(/ \^\S+$/, ''));
}

/** A note with one commitment, session on Monday 23 Nov, tracked that day. */
function trackedOnce(commitment: string, frontmatter: readonly string[] = ['session: 2026-11-23'], today = '2026-11-23'): string {
  return track(sessionNote(frontmatter, [commitment]), today);
}

const outreach =
  "- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.";

describe('items per cadence', () => {
  it('should write two items for "2 per week"', () => {
    expect(labels(trackedOnce(outreach), '20261123')).toEqual(['Week of 23 Nov · 1 of 2', 'Week of 23 Nov · 2 of 2']);
  });

  it('should write one item per day for "daily", labelled for people', () => {
    expect(labels(trackedOnce("- I'll stretch for five minutes [cadence:: daily]."), '20261123')).toEqual([
      'Mon 23 Nov',
      'Tue 24 Nov',
      'Wed 25 Nov',
      'Thu 26 Nov',
      'Fri 27 Nov',
      'Sat 28 Nov',
      'Sun 29 Nov',
    ]);
  });

  it('should write five items for "weekdays"', () => {
    expect(labels(trackedOnce("- I'll plan tomorrow for five minutes [cadence:: weekdays]."), '20261123')).toEqual([
      'Mon 23 Nov',
      'Tue 24 Nov',
      'Wed 25 Nov',
      'Thu 26 Nov',
      'Fri 27 Nov',
    ]);
  });

  it('should write three items labelled with their days for "on Monday, Wednesday and Friday"', () => {
    expect(labels(trackedOnce("- I'll go to the gym on Monday, Wednesday and Friday."), '20261123')).toEqual(['Mon 23 Nov', 'Wed 25 Nov', 'Fri 27 Nov']);
  });

  it('should write one item due by the end of the period for "this week", and no second period', () => {
    const first = trackedOnce("- I'll book the dentist this week.");
    expect(labels(first, '20261123')).toEqual(['By Sun 29 Nov']);
    const later = trackDays(mark(first, '20261123', ['x']), ['2026-11-30', '2026-12-07']);
    expect(itemLines(later, '20261130')).toEqual([]);
    expect(itemLines(later, '20261207')).toEqual([]);
    expect(trackingOf(later, '2026-12-07')[0]?.periods).toHaveLength(1);
  });

  it('should track daily when the trigger implies it ("after I pour my morning coffee")', () => {
    expect(labels(trackedOnce("- After I pour my morning coffee, I'll write three lines in my journal."), '20261123')).toHaveLength(7);
  });

  it('should track weekly on the named day when the trigger names one ("If it\'s 6pm on Tuesday")', () => {
    expect(labels(trackedOnce("- If it's 6pm on Tuesday, then I'll call my sister."), '20261123')).toEqual(['Tue 24 Nov']);
  });

  it('should write one item per period for a trigger with no cadence in it', () => {
    expect(labels(trackedOnce("- When I finish a client file, I'll archive it."), '20261123')).toEqual(['Week of 23 Nov']);
  });

  it('should track an outcome goal with one item a week: a step toward it', () => {
    const text = trackedOnce('- Lose 5 kg by February.');
    expect(read(text).commitments[0]?.kind).toBe('outcome');
    expect(labels(text, '20261123')).toEqual(['Week of 23 Nov · a step toward it']);
  });

  it('should nest the items under their commitment as GFM task items', () => {
    const text = trackedOnce(outreach);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- I want to reach out'));
    expect(lines[at]).toMatch(/ \^ft-[a-z0-9]+$/);
    expect(lines[at + 1]).toMatch(/^ {2}- \[ \] /);
    expect(lines[at + 2]).toMatch(/^ {2}- \[ \] /);
    expect(read(text).commitments).toHaveLength(1);
  });
});

describe('when periods start', () => {
  it('should start the week on Sunday with "week-start: sunday"', () => {
    const text = trackedOnce("- I'll stretch for five minutes [cadence:: daily].", ['session: 2026-11-22', 'week-start: sunday'], '2026-11-22');
    expect(labels(text, '20261122')).toEqual(['Sun 22 Nov', 'Mon 23 Nov', 'Tue 24 Nov', 'Wed 25 Nov', 'Thu 26 Nov', 'Fri 27 Nov', 'Sat 28 Nov']);
    const period = trackingOf(text, '2026-11-29')[0]?.periods[0];
    expect(period).toMatchObject({ start: '2026-11-22', end: '2026-11-28', title: 'Week of 22 Nov' });
  });

  it('should write nothing yet for a session in the future', () => {
    const text = sessionNote(['session: 2026-12-01'], [outreach]);
    expect(planTrack(text, { ...parseOptions, today: '2026-11-25' }).edits).toEqual([]);
    // On the session day it starts, in a week cut short by one day (2 a week, 6 days of 7, rounds to 2).
    expect(labels(track(text, '2026-12-01'), '20261130')).toEqual(['Week of 30 Nov · 1 of 2', 'Week of 30 Nov · 2 of 2']);
  });

  it('should start on the later of the session and today, with no back-filled weeks', () => {
    const text = sessionNote(['session: 2026-10-05'], ["- I'll stretch for five minutes [cadence:: daily]."]);
    const tracked = track(text, '2026-11-26');
    expect(tracked).not.toMatch(/-2026(10|111[0-9])\d*-\d+$/m);
    expect(labels(tracked, '20261123')).toEqual(['Thu 26 Nov', 'Fri 27 Nov', 'Sat 28 Nov', 'Sun 29 Nov']);
  });

  it('should scale a count per week down for a first week cut short', () => {
    const text = sessionNote(['session: 2026-11-23'], ["- When I finish lunch, I'll walk for 10 minutes [cadence:: 4 per week]."]);
    expect(labels(track(text, '2026-11-27'), '20261123')).toEqual(['Week of 23 Nov · 1 of 2', 'Week of 23 Nov · 2 of 2']);
  });

  it('should add only the current period after a gap between runs', () => {
    const later = trackDays(trackedOnce(outreach), ['2026-12-14']);
    expect(itemLines(later, '20261130')).toEqual([]);
    expect(itemLines(later, '20261207')).toEqual([]);
    expect(itemLines(later, '20261214')).toHaveLength(2);
  });
});

describe('when tracking stops', () => {
  it('should add no period on or after next-session, and cut the last one at the day before', () => {
    const text = sessionNote(['session: 2026-11-23', 'next-session: 2026-12-03'], ["- I'll stretch for five minutes [cadence:: daily]."]);
    const tracked = trackDays(text, ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(labels(tracked, '20261130')).toEqual(['Mon 30 Nov', 'Tue 1 Dec', 'Wed 2 Dec']);
    expect(itemLines(tracked, '20261207')).toEqual([]);
    expect(itemLines(tracked, '20261214')).toEqual([]);
  });

  it('should stop an older note when a newer session note of the same client takes over', () => {
    const older = { file: 'a.md', meta: { client: 'Dana', session: '2026-11-16' } };
    const newer = { file: 'b.md', meta: { client: ' dana ', session: '2026-11-30' } };
    const other = { file: 'c.md', meta: { client: 'Marcus', session: '2026-11-20' } };
    const ends = supersededBy([newer, other, older]);
    expect(ends.get('a.md')).toBe('2026-11-30');
    expect(ends.has('b.md')).toBe(false);
    expect(ends.has('c.md')).toBe(false);

    const text = sessionNote(['client: Dana', 'session: 2026-11-16'], [outreach]);
    const tracked = trackDays(text, ['2026-11-16', '2026-11-23'], { endBefore: ends.get('a.md') });
    expect(itemLines(tracked, '20261123')).toHaveLength(2);
    const after = trackDays(tracked, ['2026-11-30', '2026-12-07'], { endBefore: ends.get('a.md') });
    expect(itemLines(after, '20261130')).toEqual([]);
    expect(itemLines(after, '20261207')).toEqual([]);
  });

  it('should not let notes without a client or a session supersede each other', () => {
    const ends = supersededBy([
      { file: 'a.md', meta: { client: null, session: '2026-11-16' } },
      { file: 'b.md', meta: { client: null, session: '2026-11-30' } },
      { file: 'c.md', meta: { client: 'Dana', session: null } },
      { file: 'd.md', meta: { client: 'Dana', session: '2026-11-16' } },
    ]);
    expect([...ends]).toEqual([]);
  });
});

describe('pause, resume, retire', () => {
  /** Tracked on 23 Nov, none done, then the status field written on the commitment line. */
  function withStatus(status: string): string {
    return trackedOnce(outreach).replace(/ (\^ft-[a-z0-9]+)$/m, ` [status:: ${status}] $1`);
  }

  it('should give a paused commitment no new items and no prompt, and keep its history', () => {
    const paused = withStatus('paused');
    expect(read(paused).commitments[0]?.status).toBe('paused');
    const later = trackDays(paused, ['2026-11-30', '2026-12-07']);
    expect(later).toBe(paused);
    expect(trackingOf(later, '2026-12-07')[0]?.periods.map((p) => [p.start, p.status])).toEqual([['2026-11-23', 'missed']]);
  });

  it('should start again with the current week when resumed, with no back-filled weeks', () => {
    const resumed = trackDays(withStatus('paused'), ['2026-11-30']).replace('[status:: paused]', '[status:: active]');
    const later = track(resumed, '2026-12-09');
    expect(itemLines(later, '20261130')).toEqual([]);
    expect(itemLines(later, '20261207')).toHaveLength(2);
  });

  it('should give a retired commitment no new items and no prompt', () => {
    const retired = withStatus('retired');
    expect(read(retired).commitments[0]?.status).toBe('retired');
    expect(trackDays(retired, ['2026-11-30', '2026-12-07'])).toBe(retired);
  });
});

describe('breaks', () => {
  const daily = "- I'll stretch for five minutes [cadence:: daily].";

  it('should write no items in a week the note marks as a break', () => {
    const text = sessionNote(['session: 2026-11-23', 'breaks: ["2026-11-30 to 2026-12-06"]'], [daily]);
    const tracked = trackDays(text, ['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(itemLines(tracked, '20261123')).toHaveLength(7);
    expect(itemLines(tracked, '20261130')).toEqual([]);
    expect(itemLines(tracked, '20261207')).toHaveLength(7);
  });

  it('should write no prompt for a week that became a break after its items were written, nor count it in a pattern', () => {
    const text = sessionNote(['session: 2026-11-23'], [daily]);
    const tracked = trackDays(text, ['2026-11-23', '2026-11-30']);
    const withBreak = tracked.replace('session: 2026-11-23', 'session: 2026-11-23\nbreaks: [2026-12-02]');
    const after = track(mark(withBreak, '20261123', ['x']), '2026-12-07');
    // The week of 23 Nov already has its prompt; the week of 30 Nov is a break: no prompt for it.
    expect(prompts(after).filter((p) => p.includes('Week of 30 Nov'))).toEqual([]);
    const tracking = trackingOf(after, '2026-12-07')[0];
    expect(tracking?.periods.find((p) => p.start === '2026-11-30')?.isBreak).toBe(true);
    expect(tracking?.pattern).toBeNull();
  });

  it('should read a single date as a break for its whole week', () => {
    const text = sessionNote(['session: 2026-11-23', 'breaks: [2026-12-02]'], [daily]);
    expect(itemLines(trackDays(text, ['2026-11-23', '2026-11-30']), '20261130')).toEqual([]);
  });
});

describe('prompts and patterns', () => {
  const walk = "- When I finish lunch, I'll walk for 10 minutes [cadence:: 2 per week]. If it's raining, then I'll walk the stairwell.";

  it('should write no prompt with "if-missed: none", and still show the miss', () => {
    const text = trackDays(sessionNote(['session: 2026-11-23', 'if-missed: none'], [walk]), ['2026-11-23', '2026-11-30']);
    expect(prompts(text)).toEqual([]);
    expect(trackingOf(text, '2026-11-30')[0]?.periods[0]?.status).toBe('missed');
  });

  it('should write a prompt under the latest closed period only', () => {
    const text = trackDays(sessionNote(['session: 2026-11-23'], [walk]), ['2026-11-23', '2026-12-14']);
    // Two weeks between runs: the week of 23 Nov is the latest closed one with items.
    expect(prompts(text)).toHaveLength(1);
    expect(prompts(text)[0]).toContain('Week of 23 Nov');
  });

  it('should give a pattern prompt after two closed periods in a row missed or partial, without counting misses', () => {
    const start = sessionNote(['session: 2026-11-23'], [walk]);
    const week2 = mark(trackDays(start, ['2026-11-23', '2026-11-30']), '20261130', ['x']);
    const week3 = track(week2, '2026-12-07');
    const [first, second] = prompts(week3);
    expect(first).toContain('Week of 23 Nov · a week to look at');
    expect(first).not.toContain('still the right plan');
    expect(second).toContain('Week of 30 Nov · is this still the right plan?');
    expect(second).toMatch(/keep it/i);
    expect(second).toMatch(/change the time or place/);
    expect(second).toMatch(/shrink it/);
    expect(second).toMatch(/pause it/);
    expect(second).toContain('set its status to paused');
    expect(second).not.toMatch(/\b(two|2|twice)\b.*\b(weeks?|times|misses)\b/i);
    expect(second).not.toMatch(/\b(missed|failed|again)\b/i);

    const tracking = trackingOf(week3, '2026-12-07')[0];
    expect(tracking?.pattern).toMatchObject({ code: 'repeated-miss', periods: 2 });
    expect(tracking?.pattern?.message).toMatch(/keep it, change the time or place, shrink it, or pause it/);
  });

  it('should wait for the configured number of periods before calling it a pattern', () => {
    const start = sessionNote(['session: 2026-11-23'], [walk]);
    const text = trackDays(start, ['2026-11-23', '2026-11-30', '2026-12-07'], { patternLength: 3 });
    expect(prompts(text).some((p) => p.includes('still the right plan'))).toBe(false);
    expect(trackingOf(text, '2026-12-07', { patternLength: 3 })[0]?.pattern).toBeNull();
    const next = track(text, '2026-12-14', { patternLength: 3 });
    expect(prompts(next).filter((p) => p.includes('still the right plan'))).toHaveLength(1);
  });

  it('should end a pattern with a met period', () => {
    const start = sessionNote(['session: 2026-11-23'], [walk]);
    const text = mark(trackDays(start, ['2026-11-23', '2026-11-30']), '20261130', ['x', 'x']);
    expect(trackingOf(text, '2026-12-07')[0]?.pattern).toBeNull();
    expect(prompts(track(text, '2026-12-07'))).toHaveLength(1);
  });
});

describe("the client's edits", () => {
  // When the client deletes a commitment's line, its checklist items move up to the top
  // level of the commitments list; items carrying Follow Through's marker are never read
  // as commitments, so nothing is nested under them.
  it('should leave the history of a deleted commitment alone, and re-create nothing', () => {
    const tracked = trackDays(sessionNote(['session: 2026-11-23'], [outreach, "- I'll stretch for five minutes [cadence:: daily]."]), ['2026-11-23']);
    const lines = tracked.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- I want to reach out'));
    lines.splice(at, 1); // the commitment's line goes; its items stay
    const deleted = lines.join('\n');
    const note = read(deleted);
    expect(note.commitments.map((c) => c.intention)).toEqual(['stretch for five minutes']);
    expect(note.diagnostics).toEqual([]);
    const later = track(deleted, '2026-11-30');
    expect(later).toContain(lines.slice(at, at + 2).join('\n'));
    expect(later.match(/- I want to reach out/g)).toBeNull();
    expect(itemLines(later, '20261130')).toHaveLength(7);
  });

  it('should leave no trace and raise nothing when a commitment is deleted with its items', () => {
    const tracked = trackDays(sessionNote(['session: 2026-11-23'], [outreach, "- I'll stretch for five minutes [cadence:: daily]."]), ['2026-11-23']);
    const deleted = tracked.replace(/^- I want to reach out.*\n(?: {2}- \[ \].*\n)+/m, '');
    expect(deleted).not.toBe(tracked);
    expect(() => track(deleted, '2026-11-30')).not.toThrow();
    expect(track(deleted, '2026-11-30')).not.toContain('reach out');
  });

  it('should keep tracking a commitment by its block id when its text is edited', () => {
    const tracked = mark(trackedOnce(outreach), '20261123', ['x', 'x']);
    const id = read(tracked).commitments[0]?.id;
    const edited = tracked.replace('two potential clients', 'three potential clients');
    expect(read(edited).commitments[0]?.id).toBe(id);
    const later = track(edited, '2026-11-30');
    expect(later.match(/\^ft-[a-z0-9]+$/gm)).toEqual([`^${id}`]);
    expect(trackingOf(later, '2026-11-30')[0]?.periods.map((p) => [p.start, p.status])).toEqual([
      ['2026-11-23', 'met'],
      ['2026-11-30', 'open'],
    ]);
  });
});

describe("bytes the tool doesn't own", () => {
  const note = sessionNote(['session: 2026-11-23'], [outreach]);

  it('should keep a CRLF note CRLF', () => {
    const crlf = note.replace(/\n/g, '\r\n');
    const tracked = trackDays(crlf, ['2026-11-23', '2026-11-30']);
    expect(tracked).not.toBe(crlf);
    expect(tracked.replace(/\r\n/g, '')).not.toContain('\n');
    expect(tracked.split('\r\n').length).toBeGreaterThan(crlf.split('\r\n').length);
  });

  it('should keep a byte-order mark', () => {
    const tracked = track(`\uFEFF${note}`, '2026-11-23');
    expect(tracked.startsWith('\uFEFF---\n')).toBe(true);
    expect(tracked.match(/\uFEFF/g)).toHaveLength(1);
    expect(itemLines(tracked, '20261123')).toHaveLength(2);
  });

  it('should keep a missing final newline missing', () => {
    const bare = sessionNote(['session: 2026-11-23'], [outreach]).replace(/\n\n## Notes[^]*$/, '');
    expect(bare.endsWith('Tuesday.')).toBe(true);
    const tracked = track(bare, '2026-11-23');
    expect(itemLines(tracked, '20261123')).toHaveLength(2);
    expect(tracked.endsWith('\n')).toBe(false);
    expect(tracked).toMatch(/-20261123-2$/);
  });

  it('should change nothing when run twice with the same date', () => {
    for (const day of ['2026-11-23', '2026-11-30', '2026-12-07']) {
      const once = trackDays(note, ['2026-11-23', day]);
      expect(track(once, day)).toBe(once);
    }
  });
});
