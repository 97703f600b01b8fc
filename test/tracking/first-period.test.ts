import { describe, expect, it } from 'vitest';
import { applyEdits, parseNote, planTrack } from '../../core/index.js';
import { on, parseYaml } from '../support/yaml.js';

const note = (session: string, commitment: string) => `---
session: ${session}
---
## Commitments

- ${commitment}
`;

function items(text: string): string[] {
  return text.split('\n').filter((l) => /^\s+- \[ \] .*\^ft-/.test(l));
}

describe('the first period', () => {
  it('should start with next week, at once, when too little of this week is left', () => {
    // A Sunday session, tracked on the Sunday: "2 per week" has no room left this week.
    const text = note('2026-11-29', 'Send two outreach messages every week.');
    const tracked = applyEdits(text, planTrack(text, on('2026-11-29')).edits);
    expect(items(tracked).map((l) => l.replace(/ \^.*$/, '').trim())).toEqual([
      '- [ ] Week of 30 Nov · 1 of 2',
      '- [ ] Week of 30 Nov · 2 of 2',
    ]);
    // Run again on the Monday, and later that week: nothing more is added, nothing is doubled.
    expect(planTrack(tracked, on('2026-11-30')).edits).toEqual([]);
    expect(planTrack(tracked, on('2026-12-05')).edits).toEqual([]);
  });

  it('should still track the days that are left of a daily commitment', () => {
    const text = note('2026-11-29', 'Walk after lunch every day.');
    const tracked = applyEdits(text, planTrack(text, on('2026-11-29')).edits);
    expect(items(tracked).map((l) => l.replace(/ \^.*$/, '').trim())).toEqual(['- [ ] Sun 29 Nov']);
  });

  it('should give two commitments with the same words different ids, even after one is tracked', () => {
    const one = note('2026-11-23', 'Practise the talk for 15 minutes after lunch.');
    const tracked = applyEdits(one, planTrack(one, on('2026-11-23')).edits);
    const two = `${tracked}- Practise the talk for 15 minutes after lunch.\n`;
    const ids = parseNote(two, { parseYaml }).commitments.map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
    const both = applyEdits(two, planTrack(two, on('2026-11-23')).edits);
    expect(planTrack(both, on('2026-11-23')).edits).toEqual([]);
    const later = applyEdits(both, planTrack(both, on('2026-11-30')).edits);
    expect(planTrack(later, on('2026-11-30')).edits).toEqual([]);
  });
});

describe('a commitment line copied with its id', () => {
  it('should track the first, say so about the copy, and stay idempotent', () => {
    const one = note('2026-11-23', 'Practise the talk for 15 minutes after lunch.');
    const tracked = applyEdits(one, planTrack(one, on('2026-11-23')).edits);
    const line = tracked.split('\n').find((l) => l.startsWith('- Practise')) ?? '';
    const copied = `${tracked}${line}\n`;
    const parsed = parseNote(copied, { parseYaml });
    expect(parsed.diagnostics.map((d) => d.code)).toContain('duplicate-id');
    const later = applyEdits(copied, planTrack(copied, on('2026-11-30')).edits);
    expect(planTrack(later, on('2026-11-30')).edits).toEqual([]);
    expect(later.split('[!question]')).toHaveLength(2);
  });
});
