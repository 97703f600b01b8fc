// The agenda for the next session: records, the client's own words, patterns,
// open findings and the redesign questions.

import { describe, expect, it } from 'vitest';
import { type TrackedNote, readTracking, reviewAgenda } from '../../core/index.js';
import { mark, parseOptions, read, sessionNote, trackDays } from '../support/tracking.js';

function tracked(file: string, text: string, today: string): TrackedNote {
  const note = read(text);
  return { file, note, tracking: readTracking(note, { ...parseOptions, today }) };
}

const walk = "- When I finish lunch, I'll walk for 10 minutes [cadence:: 2 per week]. If it's raining, then I'll walk the stairwell.";
const vague = '- Read more papers.';

/** Dana's note: walk tracked three weeks (partial, partial: a pattern), an answer to the first prompt; a vague one, met, beside it. */
function danaNote(): string {
  let text = sessionNote(['client: Dana', 'session: 2026-11-23', 'next-session: 2026-12-21'], [walk, vague]);
  text = mark(mark(trackDays(text, ['2026-11-23']), '20261123', ['x']), '20261123', ['x'], 1);
  text = mark(mark(trackDays(text, ['2026-11-30']), '20261130', ['x']), '20261130', ['x'], 1);
  text = text.replace(/- My answer:$/m, '- My answer: Thursday lunch was a team meeting.\n    - Friday worked, though.');
  text = trackDays(text, ['2026-12-07']);
  return text;
}

describe('reviewAgenda', () => {
  const agenda = reviewAgenda([tracked('clients/dana.md', danaNote(), '2026-12-07')]);

  it('should head each client’s section with the next session and the note it comes from', () => {
    expect(agenda.startsWith('# Next-session review\n\n## Dana: review for the session on Mon 21 Dec\n')).toBe(true);
    expect(agenda).toContain('_From clients/dana.md · session of Mon 23 Nov_');
  });

  it('should give each commitment its record per period, in counts rather than verdicts', () => {
    expect(agenda).toContain('- Record: Week of 23 Nov: 1 of 2 · Week of 30 Nov: 1 of 2 · Week of 7 Dec: 0 of 2 so far');
    expect(agenda).toContain('- Record: Week of 23 Nov: 1 of 1 · Week of 30 Nov: 1 of 1 · Week of 7 Dec: 0 of 1 so far');
    expect(agenda).not.toMatch(/\b(missed|fail\w*|partial)\b/i);
  });

  it("should quote the client's answers in their own words", () => {
    expect(agenda).toContain('- In their words, Week of 23 Nov:\n  > Thursday lunch was a team meeting.\n  > Friday worked, though.');
  });

  it('should say which prompts are still waiting for an answer', () => {
    expect(agenda).toContain('- Week of 30 Nov: a reflection prompt is waiting for an answer.');
  });

  it('should name a pattern as a question for the session', () => {
    const walkSection = agenda.slice(agenda.indexOf('### walk'), agenda.indexOf('### read'));
    expect(walkSection).toMatch(/- A question for this session: .*keep it, change the time or place, shrink it, or pause it/);
    expect(agenda.slice(agenda.indexOf('### read'))).not.toContain('A question for this session');
  });

  it('should list the findings still open, with their suggestion', () => {
    const readSection = agenda.slice(agenda.indexOf('### read'));
    expect(readSection).toMatch(/- Could be stronger \(missing-trigger\): .+/);
    expect(readSection).toMatch(/- Could be stronger \(missing-coping-plan\): .+/);
    expect(agenda.slice(agenda.indexOf('### walk'), agenda.indexOf('### read'))).not.toContain('Could be stronger');
  });

  it('should ask the redesign questions for every commitment', () => {
    const questions = '- To decide together: Keep it as it is? Adjust the trigger or the place? Shrink it to a smaller version? Pause or retire it?';
    expect(agenda.split(questions)).toHaveLength(3);
  });

  it('should show a paused commitment’s status and keep its record', () => {
    const paused = danaNote().replace(/(- When I finish lunch.*?) (\^ft-[a-z0-9]+)$/m, '$1 [status:: paused] $2');
    const text = reviewAgenda([tracked('clients/dana.md', paused, '2026-12-07')]);
    expect(text).toContain('- Status: paused');
    expect(text).toContain('Week of 23 Nov: 1 of 2');
  });

  it('should review only the latest session note of a client, in any case of the name', () => {
    const older = sessionNote(['client: dana', 'session: 2026-11-09'], ["- I'll call the accountant this week."]);
    const text = reviewAgenda([tracked('clients/dana.md', danaNote(), '2026-12-07'), tracked('clients/older.md', older, '2026-12-07')]);
    expect(text).not.toContain('clients/older.md');
    expect(text).not.toContain('call the accountant');
    expect(text.match(/^## /gm)).toHaveLength(1);
  });

  it('should review every note that names no session, on its own', () => {
    const loose = sessionNote([], ["- When I close my laptop on Friday, I'll update the client table. If I'm wiped out, then I'll do it Saturday."]);
    const text = reviewAgenda([tracked('clients/dana.md', danaNote(), '2026-12-07'), tracked('journal/today.md', loose, '2026-12-07')]);
    expect(text).toContain('## today: review\n_From journal/today.md_');
    expect(text).toContain('- Record: not tracked yet');
  });

  it('should say so when there is nothing to review', () => {
    expect(reviewAgenda([tracked('empty.md', '# Nothing here\n', '2026-12-07')])).toBe('No commitments found to review.\n');
  });
});
