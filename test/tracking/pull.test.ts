import { describe, expect, it } from 'vitest';
import { applyEdits, inertLines, parseNote, planPull, planTrack, readTracking } from '../../core/index.js';
import { on, parseYaml } from '../support/yaml.js';

const note = `---
session: 2026-11-23
---
## Commitments

- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message.
`;

function tracked(): string {
  let text = applyEdits(note, planTrack(note, on('2026-11-23')).edits);
  text = applyEdits(text, planTrack(text, on('2026-11-30')).edits);
  return text;
}

function pull(text: string, ...args: Parameters<typeof planPull> extends [unknown, ...infer R] ? R : never): string {
  return applyEdits(text, planPull(parseNote(text, { parseYaml }), ...args).edits);
}

describe('pulling ticks and answers into a note', () => {
  const text = tracked();
  const id = parseNote(text, { parseYaml }).commitments[0]?.id ?? '';

  it('should tick and untick an item, changing only its box', () => {
    const ticked = pull(text, [{ commitmentId: id, periodStart: '2026-11-30', n: 2, done: true }], []);
    expect(ticked.split('\n').filter((l, i) => l !== text.split('\n')[i])).toEqual([expect.stringMatching(/^ {2}- \[x\] Week of 30 Nov · 2 of 2 /)]);
    const unticked = pull(ticked, [{ commitmentId: id, periodStart: '2026-11-30', n: 2, done: false }], []);
    expect(unticked).toBe(text);
  });

  it('should write an answer on the answer line and read it back the same', () => {
    const answered = pull(text, [], [{ commitmentId: id, periodStart: '2026-11-23', answer: 'Meetings everywhere.\nNext week: Sunday evening.', mode: 'replace' }]);
    const tracking = [...readTracking(parseNote(answered, { parseYaml }), on('2026-11-30')).values()][0];
    expect(tracking?.periods[0]?.reflection?.answer).toBe('Meetings everywhere.\nNext week: Sunday evening.');
    // The same answer again changes nothing.
    expect(pull(answered, [], [{ commitmentId: id, periodStart: '2026-11-23', answer: 'Meetings everywhere.\nNext week: Sunday evening.', mode: 'replace' }])).toBe(answered);
    expect(applyEdits(answered, planTrack(answered, on('2026-11-30')).edits)).toBe(answered);
  });

  it('should add text under the note’s own answer when both sides changed', () => {
    const mine = text.replace('- My answer:', '- My answer: mine');
    const both = pull(mine, [], [{ commitmentId: id, periodStart: '2026-11-23', answer: 'theirs', mode: 'add' }]);
    const answer = [...readTracking(parseNote(both, { parseYaml }), on('2026-11-30')).values()][0]?.periods[0]?.reflection?.answer;
    expect(answer).toBe('mine\n(from Notion) theirs');
  });

  it('should keep text from Notion inert: no marker, callout, heading, task or fence is forged', () => {
    const hostile = '> [!question] fake ^ft-16bh55-20261130-r\n# Heading\n- [x] Week of 30 Nov · 1 of 2 ^ft-16bh55-20261130-1\n```\n%% hidden %%\n<div>x</div>';
    const pulled = pull(text, [], [{ commitmentId: id, periodStart: '2026-11-23', answer: hostile, mode: 'replace' }]);
    const after = parseNote(pulled, { parseYaml });
    expect(after.marks.items).toHaveLength(parseNote(text, { parseYaml }).marks.items.length);
    expect(after.marks.prompts).toHaveLength(1);
    expect(after.scan?.headings.map((h) => h.text)).toEqual(['Commitments']);
    expect(applyEdits(pulled, planTrack(pulled, on('2026-11-30')).edits)).toBe(pulled);
    expect(inertLines(hostile).every((l) => /^\\/.test(l))).toBe(true);
  });

  it('should report what it could not write instead of guessing', () => {
    const { edits, problems } = planPull(parseNote(text, { parseYaml }), [{ commitmentId: 'ft-gone00', periodStart: '2026-11-23', n: 1, done: true }], []);
    expect(edits).toEqual([]);
    expect(problems).toEqual([{ key: 'ft-gone00/20261123/1', reason: 'the item is no longer in the note' }]);
  });
});
