// Reading a one-off's deadline from its words, against the session date.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { everyPattern, readDeadline } from '../../core/commitment/deadline.js';

// Monday 23 November 2026.
const session = '2026-11-23';

describe('readDeadline', () => {
  it.each([
    ['Finish the pricing sheet by Friday.', '2026-11-27'],
    ['Send the proposal before Friday.', '2026-11-26'],
    ['Send it before the 15th.', '2026-12-14'],
    ['Pay the deposit by the 30th.', '2026-11-30'],
    ['Call the bank this week.', '2026-11-29'],
    ['Renew professional indemnity insurance (due 1 Dec)', '2026-12-01'],
    ['Book the venue by 2026-12-15.', '2026-12-15'],
    ['Draft the plan within two weeks.', '2026-12-07'],
    ['Update the site by the end of the month.', '2026-11-30'],
    ['Reply to Sam by tomorrow.', '2026-11-24'],
    ['Write the bio by the end of next week.', '2026-12-06'],
    ['Order the gift by Christmas.', '2026-12-25'],
  ])('should read "%s" as due %s', (text, date) => {
    expect(readDeadline(text, session)?.date).toBe(date);
  });

  it('should read "by Monday" said on a Monday as the Monday after', () => {
    expect(readDeadline('Send it by Monday.', session)?.date).toBe('2026-11-30');
  });

  it.each(['Review the budget by the monthly meeting.', 'Walk by the sea on Sunday mornings.', 'Run every Friday after work.', 'When I pour my coffee, I write for ten minutes.', 'Walk 3 times a week.'])('should find no deadline in "%s"', (text) => {
    expect(readDeadline(text, session)).toBeNull();
  });
});

describe("readDeadline's first look", () => {
  // readDeadline tries its patterns only on words that hold one of their lead words; the patterns alone must agree
  // everywhere, also on words that merely contain a lead ("bye", "inside", "thistle", "nobody", "duet").
  const acts = ['Send Dana the draft', 'call the bank', 'Book the venue', 'fix it', ''];
  const leads = ['by', 'before', 'until', 'till', 'due', 'due by', 'due on', 'no later than', 'this', 'within', 'in', 'within the', 'in the next', 'bye', 'inside', 'thistle', 'nobody', 'duet', 'tilled', 'on', ''];
  const middles = ['', 'the', 'the end of', 'the end of the', 'next', 'this', 'the next'];
  const targets = ['Friday', 'fri', 'tomorrow', 'tonight', 'today', 'Christmas', "new year's eve", 'the 15th', '3rd', 'Dec 15', '1 Dec', '2026-12-15', 'week', 'month', 'two weeks', '3 days', 'a month', 'Dana'];
  it('should read what every pattern reads, on random phrases', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...acts),
        fc.constantFrom(...leads),
        fc.constantFrom(...middles),
        fc.constantFrom(...targets),
        fc.constantFrom('', '.', ' (soon)', ', then rest'),
        fc.constantFrom<'monday' | 'sunday'>('monday', 'sunday'),
        (act, lead, middle, target, tail, weekStart) => {
          const text = [act, lead, middle, target].filter(Boolean).join(' ') + tail;
          expect(readDeadline(text, session, weekStart)).toEqual(everyPattern(text, session, weekStart));
        },
      ),
      { numRuns: Number(process.env.FT_RUNS ?? 3000) },
    );
  });
});
