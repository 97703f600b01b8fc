// Everything tracked has an end: one-offs, the horizon, the last week, and to-dos with a deadline.

import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/index.js';
import { itemLines, mark, prompts, read, sessionNote, track, trackDays, trackingOf } from '../support/tracking.js';

/** Every day from `start` for `n` days. */
function days(start: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(start, i));
}

function trackedLines(text: string): string[] {
  return text.split('\n').filter((l) => /\^ft-[a-z0-9]+-\d{8}-(?:\d+|r)\s*$/.test(l));
}

const oneOff = '- Finish the pricing sheet by Friday.';

describe('one-offs', () => {
  it('should write one item for a one-off, due on its deadline', () => {
    const text = track(sessionNote(['session: 2026-11-23'], [oneOff]), '2026-11-23');
    expect(itemLines(text, '20261123').map((l) => l.replace(/ \^\S+$/, '').trim())).toEqual(['- [ ] By Fri 27 Nov']);
  });

  it('should add nothing more to a one-off ticked in its first week, ever', () => {
    const first = track(sessionNote(['session: 2026-11-23'], [oneOff]), '2026-11-23');
    const ticked = mark(first, '20261123', ['x']);
    const after = trackDays(ticked, days('2026-11-24', 42));
    expect(after).toBe(ticked);
    expect(trackingOf(after, '2027-01-05')[0]?.ends).toEqual({ date: '2026-11-27', why: 'done' });
  });

  it('should write one prompt for a one-off never ticked, then nothing after the run that closes its week', () => {
    const first = track(sessionNote(['session: 2026-11-23'], [oneOff]), '2026-11-23');
    const closed = trackDays(first, days('2026-11-24', 7)); // through Mon 30 Nov
    expect(prompts(closed)).toHaveLength(1);
    expect(trackDays(closed, days('2026-12-01', 42))).toBe(closed);
  });

  it('should keep a one-off due in two weeks open until its deadline week closes', () => {
    const first = track(sessionNote(['session: 2026-11-23'], ['- Book the venue before the 5th.']), '2026-11-23');
    const week2 = trackDays(first, days('2026-11-24', 10)); // through Thu 3 Dec
    expect(prompts(week2)).toHaveLength(0);
    expect(itemLines(week2, '20261130')).toHaveLength(0);
    expect(prompts(trackDays(week2, days('2026-12-04', 4)))).toHaveLength(1);
  });
});

describe('the horizon', () => {
  const plan = "- When I pour my first coffee on Monday, I'll plan the week. If I oversleep, then I'll plan it at lunch.";

  it('should end a commitment with no next session within 8 weeks, and say so', () => {
    const note = sessionNote(['session: 2026-11-23'], [plan]);
    const after = trackDays(note, days('2026-11-23', 7 * 12));
    const weeks = new Set(trackedLines(after).map((l) => /-(\d{8})-\d+\s*$/.exec(l)?.[1]).filter(Boolean));
    expect(weeks.size).toBe(8);
    expect([...weeks].sort().at(-1)).toBe('20260111'.replace('2026', '2027'));
    expect(trackingOf(after, '2027-02-15')[0]?.ends).toEqual({ date: '2027-01-17', why: 'horizon' });
  });

  it('should follow a shorter horizon setting, and a note that says otherwise', () => {
    const note = sessionNote(['session: 2026-11-23'], [plan]);
    expect(trackingOf(track(note, '2026-11-23'), '2026-11-23', { horizonWeeks: 3 })[0]?.ends).toEqual({ date: '2026-12-13', why: 'horizon' });
    const longer = sessionNote(['session: 2026-11-23', 'track-until: 2027-03-31'], [plan]);
    expect(trackingOf(track(longer, '2026-11-23'), '2026-11-23')[0]?.ends).toEqual({ date: '2027-03-31', why: 'track-until' });
    expect(read(longer).diagnostics).toEqual([]);
  });

  it('should end at the next session, when there is one', () => {
    const note = sessionNote(['session: 2026-11-23', 'next-session: 2026-12-08'], [plan]);
    expect(trackingOf(track(note, '2026-11-23'), '2026-11-23')[0]?.ends).toEqual({ date: '2026-12-07', why: 'next-session' });
  });
});

describe('the last week', () => {
  const twice = "- I'll walk for 20 minutes after lunch twice a week. If it rains, then I'll walk the corridors.";

  it('should write no items for the week cut short by the next session when less than a third is left, and no prompt', () => {
    // Next session on Tuesday 8 Dec: its week has one day left (Mon 7 Dec).
    const note = sessionNote(['session: 2026-11-23', 'next-session: 2026-12-08'], [twice]);
    const text = trackDays(note, days('2026-11-23', 15)); // through Mon 7 Dec
    expect(itemLines(text, '20261207')).toHaveLength(0);
  });

  it('should still track a monthly plan between sessions two weeks apart, late in the month', () => {
    // Too little of November is left (the first week's rule moves tracking to December), and the session
    // on 7 Dec cuts December short: the period tracking moved to is not cut again, or the plan gets nothing.
    const monthly = "- When I send a client their monthly invoice, I'll add one line asking for a referral. If it feels awkward, then I'll ask on our next call.";
    const note = sessionNote(['session: 2026-11-23', 'next-session: 2026-12-07'], [monthly]);
    const text = track(note, '2026-11-25');
    expect(itemLines(text, '20261201')).toHaveLength(1);
  });

  it('should change nothing on the run after the next session, even with misses', () => {
    const note = sessionNote(['session: 2026-11-23', 'next-session: 2026-12-10'], [twice]);
    const before = trackDays(note, days('2026-11-23', 16)); // through Tue 8 Dec: week of 7 Dec has 3 of 7 days, items written
    expect(itemLines(before, '20261207').length).toBeGreaterThan(0);
    const after = trackDays(before, days('2026-12-09', 30));
    expect(after).toBe(before);
  });
});

describe('to-dos with a deadline', () => {
  const head = ['client: Sam', 'session: 2026-11-23'];

  it('should add nothing under a session to-do, then one prompt once its deadline week closes unticked', () => {
    const note = `---\n${head.join('\n')}\n---\n\n# Session\n\n## Next steps\n\n- [ ] Send the pricing sheet to Jo by Friday\n`;
    const during = trackDays(note, days('2026-11-23', 7));
    expect(during).toBe(note);
    const closed = track(during, '2026-11-30');
    expect(prompts(closed)).toHaveLength(1);
    expect(trackDays(closed, days('2026-12-01', 30))).toBe(closed);
  });

  it('should write no prompt for a session to-do that was ticked', () => {
    const note = `---\n${head.join('\n')}\n---\n\n# Session\n\n## Next steps\n\n- [x] Send the pricing sheet to Jo by Friday\n`;
    expect(trackDays(note, days('2026-11-23', 30))).toBe(note);
  });
});
