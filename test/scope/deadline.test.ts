// Reading a one-off's deadline from its words, against the session date.

import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../core/commitment/deadline.js';

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
