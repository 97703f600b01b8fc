// Reading progress back: what each check mark means, how a period's status
// follows from the marks and the date, and the client's answer to a prompt.

import { describe, expect, it } from 'vitest';
import { taskStatusesFrom } from '../../core/index.js';
import { itemState } from '../../core/tracking/marks.js';
import { mark, prompts, read, sessionNote, track, trackingOf } from '../support/tracking.js';

// The article's example: two a week, a trigger and a backup plan.
const outreach =
  "- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.";
const base = sessionNote(['client: Dana', 'session: 2026-11-23'], [outreach]);

/** The note tracked on Monday 23 Nov (two items), with the boxes set to `marks`. */
function weekWith(marks: ReadonlyArray<string | undefined>): string {
  return mark(track(base, '2026-11-23'), '20261123', marks);
}

/** The first period of the first commitment, as read on `today`. */
function firstPeriod(text: string, today = '2026-11-30') {
  const period = trackingOf(text, today)[0]?.periods[0];
  if (!period) throw new Error('no period was tracked');
  return period;
}

describe('check marks', () => {
  it('should count [x] and [X] as done', () => {
    const period = firstPeriod(weekWith(['x', 'X']));
    expect(period).toMatchObject({ target: 2, done: 2, skipped: 0, status: 'met' });
  });

  it('should count [-] as skipped, apart from done, and meet a period with one done and one skipped', () => {
    const period = firstPeriod(weekWith(['x', '-']));
    expect(period).toMatchObject({ target: 2, done: 1, skipped: 1, status: 'met' });
    expect(period.items.map((i) => [i.done, i.skipped])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('should never count a skip as a miss, even when every item is skipped', () => {
    const text = weekWith(['-', '-']);
    expect(firstPeriod(text)).toMatchObject({ done: 0, skipped: 2, status: 'met' });
    expect(prompts(track(text, '2026-11-30'))).toEqual([]);
  });

  it('should leave a space, [/] (in progress) and [>] (deferred) not done', () => {
    expect(firstPeriod(weekWith([' ', ' ']))).toMatchObject({ done: 0, skipped: 0, status: 'missed' });
    expect(firstPeriod(weekWith(['/', '>']))).toMatchObject({ done: 0, skipped: 0, status: 'missed' });
    expect(firstPeriod(weekWith(['x', '/']))).toMatchObject({ done: 1, status: 'partial' });
    expect(firstPeriod(weekWith(['>', 'x']))).toMatchObject({ done: 1, status: 'partial' });
  });

  it('should read marks as Obsidian Tasks does: x and X done, - set aside, any other mark not done yet', () => {
    expect(firstPeriod(weekWith(['!', '*']))).toMatchObject({ done: 0, skipped: 0, status: 'missed' });
    expect(firstPeriod(weekWith(['X', '?']))).toMatchObject({ done: 1, status: 'partial' });
    for (const mark of ['!', '*', '?', '<', 'v', 'ö', '✓']) expect(itemState(mark), mark).toBe('open');
    expect([' ', '/', '>', '-', 'x', 'X', undefined].map((t) => itemState(t))).toEqual(['open', 'open', 'open', 'skipped', 'done', 'done', 'open']);
  });

  it("should follow the vault's own Tasks statuses where it has them", () => {
    const statuses = taskStatusesFrom({
      statusSettings: {
        coreStatuses: [
          { symbol: ' ', type: 'TODO' },
          { symbol: 'x', type: 'DONE' },
        ],
        customStatuses: [
          { symbol: 'v', type: 'DONE' },
          { symbol: '!', type: 'TODO' },
          { symbol: '~', type: 'CANCELLED' },
          { symbol: 'n', type: 'NON_TASK' },
          { symbol: 'x', type: 'TODO' }, // a second 'x': Tasks ignores it, the first of a symbol wins
        ],
      },
    });
    if (!statuses) throw new Error('no statuses read');
    expect(['v', '!', '~', 'n', 'x', '?'].map((t) => itemState(t, statuses))).toEqual(['done', 'open', 'skipped', 'skipped', 'done', 'open']);
    const text = weekWith(['v', '~']);
    const period = trackingOf(text, '2026-11-30', { taskStatuses: statuses })[0]?.periods[0];
    expect(period).toMatchObject({ done: 1, skipped: 1, status: 'met' });
    expect(taskStatusesFrom({ something: 'else' })).toBeUndefined();
    expect(taskStatusesFrom('not json')).toBeUndefined();
  });
});

describe('period status', () => {
  it('should keep a period open up to and including its last day', () => {
    const text = weekWith([' ', ' ']);
    expect(firstPeriod(text, '2026-11-23').status).toBe('open');
    expect(firstPeriod(text, '2026-11-29').status).toBe('open');
    expect(firstPeriod(text, '2026-11-30').status).toBe('missed');
  });

  it('should keep a finished period open until it ends, then call it met', () => {
    const text = weekWith(['x', 'x']);
    expect(firstPeriod(text, '2026-11-25').status).toBe('open');
    expect(firstPeriod(text, '2026-12-01').status).toBe('met');
  });

  it('should call a closed period partial with some done, missed with none', () => {
    expect(firstPeriod(weekWith(['x', ' '])).status).toBe('partial');
    expect(firstPeriod(weekWith([' ', 'x'])).status).toBe('partial');
    expect(firstPeriod(weekWith([' ', ' '])).status).toBe('missed');
  });

  it('should give the period its dates, its machine label and its label for people', () => {
    expect(firstPeriod(weekWith([]))).toMatchObject({ label: '2026-W48', title: 'Week of 23 Nov', start: '2026-11-23', end: '2026-11-29' });
  });

  it('should give 1-based lines of the items, matching the note', () => {
    const text = weekWith(['x', ' ']);
    const lines = text.split('\n');
    const period = firstPeriod(text);
    expect(period.items.map((i) => lines[i.line - 1])).toEqual([
      expect.stringMatching(/^ {2}- \[x\] Week of 23 Nov · 1 of 2 \^ft-\w+-20261123-1$/),
      expect.stringMatching(/^ {2}- \[ \] Week of 23 Nov · 2 of 2 \^ft-\w+-20261123-2$/),
    ]);
  });

  it('should credit what was done in a partial period and leave the skipped one out of the target', () => {
    const text = sessionNote(['session: 2026-11-23'], ["- When I finish lunch, I'll walk for 10 minutes [cadence:: 3 per week]."]);
    const tracked = mark(track(text, '2026-11-23'), '20261123', ['x', '-', ' ']);
    expect(firstPeriod(tracked)).toMatchObject({ target: 3, done: 1, skipped: 1, status: 'partial' });
    const [prompt] = prompts(track(tracked, '2026-11-30'));
    expect(prompt).toContain('1 of 2');
    expect(prompt).not.toContain('1 of 3');
  });
});

describe("the client's answer", () => {
  /** Week of 23 Nov partial, with the prompt written on 30 Nov. */
  const prompted = track(weekWith(['x', ' ']), '2026-11-30');

  /** Replace the (only) answer line with `lines`. */
  function answerWith(lines: readonly string[]): string {
    return prompted.replace(/^( *)- My answer:$/m, (_all, indent: string) => lines.map((l) => l.replace(/^/, indent)).join('\n'));
  }

  function answerOf(text: string): string | null | undefined {
    return firstPeriod(text).reflection?.answer;
  }

  it('should write a prompt with an empty answer place and read it back as no answer yet', () => {
    expect(prompted).toMatch(/^ {2}- My answer:$/m);
    const reflection = firstPeriod(prompted).reflection;
    expect(reflection?.answer).toBeNull();
    expect(prompted.split('\n')[(reflection?.line ?? 0) - 1]).toMatch(/^ {2}> \[!question\] Week of 23 Nov · 1 of 2$/);
  });

  it('should read the answer typed on the "My answer:" line', () => {
    expect(answerOf(answerWith(['- My answer: Monday was all meetings.']))).toBe('Monday was all meetings.');
  });

  it('should read the answer in any case and with bold or an emoji, as phones and editors write it', () => {
    expect(answerOf(answerWith(['- **My answer:** Tuesday worked better.']))).toBe('Tuesday worked better.');
    expect(answerOf(answerWith(['- my answer: lower case is fine']))).toBe('lower case is fine');
  });

  it('should read continuation lines of the answer', () => {
    expect(answerOf(answerWith(['- My answer: Monday was all meetings.', '  Tuesday morning worked instead.']))).toBe(
      'Monday was all meetings.\nTuesday morning worked instead.',
    );
  });

  it('should read sub-items under the answer line', () => {
    const text = answerWith(['- My answer:', '  - the coffee moment never came', '  - next week: after stand-up']);
    expect(answerOf(text)).toBe('the coffee moment never came\nnext week: after stand-up');
  });

  it('should read sub-items written two markers to a line ("- - a") under the answer, and finish', () => {
    // Once made findMarks walk up the same line forever, hanging list, track and the plugin.
    const text = answerWith(['- My answer:', '  - - nested twice on one line', '  - and one more']);
    expect(answerOf(text)).toBe('nested twice on one line\nand one more');
  });

  it('should read each line of a nested answer once, in order, however the lines are indented', () => {
    // "more" continues the sub-item's paragraph; it once came out twice, after a stray "- nested".
    const text = answerWith(['- My answer:', '    - nested', '    more']);
    expect(answerOf(text)).toBe('nested\nmore');
  });

  it('should read lines typed inside the callout after the marker line', () => {
    const text = prompted.replace(/(\^ft-\w+-20261123-r)\n/, '$1\n  > I think Mondays are just too full.\n');
    expect(text).not.toBe(prompted);
    expect(answerOf(text)).toBe('I think Mondays are just too full.');
  });

  it('should end the answer before the next period’s items', () => {
    const text = answerWith(['- My answer: short one.']);
    const next = track(text, '2026-11-30');
    expect(next).toBe(text);
    expect(answerOf(text)).toBe('short one.');
  });
});

describe('items the client moved', () => {
  it('should still count an item moved elsewhere in the note, with its mark', () => {
    const text = weekWith(['x', ' ']);
    const lines = text.split('\n');
    const index = lines.findIndex((l) => /\[x\].*-20261123-1$/.test(l));
    const [moved] = lines.splice(index, 1);
    lines.push('', '## Done this week', '', (moved ?? '').trimStart());
    const elsewhere = lines.join('\n');
    expect(read(elsewhere).marks.items).toHaveLength(2);
    expect(firstPeriod(elsewhere)).toMatchObject({ target: 2, done: 1, status: 'partial' });
    // And track neither re-creates it nor moves it back.
    const next = track(elsewhere, '2026-11-26');
    expect(next).toBe(elsewhere);
  });
});
