import { describe, expect, it } from 'vitest';
import { applyEdits, parseNote, planTrack, readTracking } from '../../core/index.js';
import { on, parseYaml } from '../support/yaml.js';

// The tracking issue's "done when", step by step, on the article's own example.
const seed =
  "I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.";

const note = `---
client: Dana
session: 2026-11-23
next-session: 2026-12-07
---
# Session with Dana

## Commitments

- ${seed}

## Notes
- prices are done
`;

function track(text: string, today: string): string {
  return applyEdits(text, planTrack(text, on(today)).edits);
}

describe('the article example, tracked week by week', () => {
  const monday = track(note, '2026-11-23');

  it('should give the week a checklist of two items when tracked on the Monday', () => {
    const items = monday.split('\n').filter((l) => /^\s+- \[ \] /.test(l));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Week of 23 Nov');
    const tracking = [...readTracking(parseNote(monday, { parseYaml }), on('2026-11-23')).values()][0];
    expect(tracking?.periods.map((p) => [p.label, p.target, p.status])).toEqual([['2026-W48', 2, 'open']]);
  });

  it('should keep every byte of the note it does not own', () => {
    const removed = monday
      .split('\n')
      .filter((l) => !/^\s+- \[ \] .*\^ft-/.test(l))
      .join('\n')
      .replace(/ \^ft-[a-z0-9]{6}$/m, '');
    expect(removed).toBe(note);
  });

  const ticked = monday.replace('- [ ] Week of 23 Nov · 1 of 2', '- [x] Week of 23 Nov · 1 of 2');
  const nextMonday = track(ticked, '2026-11-30');
  const tracking = [...readTracking(parseNote(nextMonday, { parseYaml }), on('2026-11-30')).values()][0];

  it('should call the first week partial once the next week starts', () => {
    expect(tracking?.periods[0]).toMatchObject({ label: '2026-W48', target: 2, done: 1, status: 'partial' });
    expect(tracking?.periods[1]).toMatchObject({ label: '2026-W49', target: 2, done: 0, status: 'open' });
  });

  it('should write a prompt that quotes the trigger and the backup plan and asks what was learned', () => {
    const prompt = nextMonday.slice(nextMonday.indexOf('> [!question]'), nextMonday.indexOf('- My answer:'));
    expect(prompt).toContain('1 of 2');
    expect(prompt).toContain('“when I sit down with my coffee on Monday”');
    expect(prompt).toContain('“do it first thing Tuesday”');
    expect(prompt).toMatch(/What did you learn/);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any by design
    expect(tracking?.periods[0]?.reflection).toEqual({ line: expect.any(Number), answer: null });
  });

  it('should keep the next week with its commitment, after the prompt', () => {
    const lines = nextMonday.split('\n');
    const answer = lines.findIndex((l) => l.includes('- My answer:'));
    expect(lines[answer + 1]).toMatch(/^ {2}- \[ \] Week of 30 Nov · 1 of 2 \^ft-/);
    const parsed = parseNote(nextMonday, { parseYaml });
    expect(parsed.commitments).toHaveLength(1);
    expect(parsed.commitments[0]?.text).toBe(seed);
  });

  it('should change nothing when run again with the same date', () => {
    expect(track(nextMonday, '2026-11-30')).toBe(nextMonday);
    expect(planTrack(nextMonday, on('2026-11-30')).edits).toEqual([]);
  });

  it('should read the answer the client types under the prompt', () => {
    const answered = nextMonday.replace('- My answer:', '- My answer: Meetings ate Monday and Tuesday. I learned the backup needs its own slot.');
    const read = [...readTracking(parseNote(answered, { parseYaml }), on('2026-11-30')).values()][0];
    expect(read?.periods[0]?.reflection?.answer).toBe('Meetings ate Monday and Tuesday. I learned the backup needs its own slot.');
    expect(track(answered, '2026-11-30')).toBe(answered);
  });
});
