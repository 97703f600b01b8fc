// To-dos are their own record: a task item with no cadence is not a weekly checklist.

import { describe, expect, it } from 'vitest';
import { weeklyMessages, reviewAgenda, readTracking } from '../../core/index.js';
import { parseOptions, read, trackDays } from '../support/tracking.js';

const sixWeeks = Array.from({ length: 42 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 10, 23 + i));
  return d.toISOString().slice(0, 10);
});

const daily = `---\ntags: [daily]\n---\n\n# Monday 23 November\n\n## Action items\n\n- [ ] follow up with tom re gym\n- [ ] renew the insurance by Friday\n- [x] book the dentist\n`;

describe('to-dos', () => {
  it("should add nothing to a daily note's to-do list in six weeks, and write no prompt", () => {
    const after = trackDays(daily, sixWeeks);
    expect(after).toBe(daily);
  });

  it('should not make a daily note of to-dos a client in the weekly message or the review', () => {
    const note = read(daily);
    expect(note.commitments).toHaveLength(0);
    const tracked = [{ file: 'daily/2026-11-23.md', note, tracking: readTracking(note, { ...parseOptions, today: '2026-12-08' }) }];
    expect(weeklyMessages(tracked, '2026-12-08')).toHaveLength(0);
    expect(reviewAgenda(tracked)).not.toContain('2026-11-23');
  });

  it('should still track a task item with a cadence, as in the example vault', () => {
    const note = read(`# Session\n\n## If-then plans\n\n- [ ] Go for a run after I shut my laptop in the evening [cadence:: 3 per week].\n- [ ] When I have time, I'll read more papers.\n`);
    expect(note.commitments).toHaveLength(2);
  });

  it('should keep a to-do with a deadline in a session note, with nothing added under it', () => {
    const session = `---\nclient: Sam\nsession: 2026-11-23\n---\n\n# Session\n\n## Next steps\n\n- [ ] Send the pricing sheet to Jo by Friday\n- [ ] follow up with tom\n`;
    const note = read(session);
    expect(note.commitments.map((c) => [c.text, c.todo])).toEqual([['Send the pricing sheet to Jo by Friday', true]]);
  });
});
