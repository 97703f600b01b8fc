// A commitment written as a recurring Tasks task. When the client completes it in
// Tasks, Tasks writes the next occurrence beside it (above, by default) without
// the block id, and dates the completed one with ✅. The copy is the same
// commitment: it is listed once, and its checklist and history carry on once.
import { describe, expect, it } from 'vitest';
import { read, sessionNote, track, trackingOf } from '../support/tracking.js';

const line = '- [ ] send two messages to past clients 🔁 every week 📅 2026-11-30 #commitment';

/** What Tasks does on completing a recurring task: the next occurrence above, the original ticked and dated. */
function completeInTasks(text: string, done: string, nextDue: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('🔁') && l.includes('- [ ]') && /\^[\w-]+$/.test(l));
  const original = lines[at] ?? '';
  const next = original.replace(/ \^[\w-]+$/, '').replace(/📅 \d{4}-\d{2}-\d{2}/, `📅 ${nextDue}`);
  lines[at] = original.replace('- [ ]', '- [x]').replace(/( \^[\w-]+)$/, ` ✅ ${done}$1`);
  lines.splice(at, 0, next);
  return lines.join('\n');
}

describe('a recurring Tasks commitment', () => {
  const start = sessionNote(['client: Ana', 'session: 2026-11-23'], [line]);

  it('should read its words without Tasks fields, and its cadence from the 🔁 rule', () => {
    const [c] = read(start).commitments;
    expect(c?.intention).toBe('send two messages to past clients');
    expect(c?.cadence).toEqual({ count: 1, per: 'week' });
  });

  it('should stay one commitment with one checklist after Tasks writes the next occurrence', () => {
    const week1 = track(start, '2026-11-24');
    expect(read(week1).commitments).toHaveLength(1);
    const completed = completeInTasks(week1, '2026-11-26', '2026-12-07');
    expect(completed.split('\n').filter((l) => l.includes('🔁'))).toHaveLength(2);
    const notes = read(completed);
    expect(notes.commitments).toHaveLength(1);
    expect(notes.diagnostics.map((d) => d.code)).not.toContain('duplicate-id');
    const week2 = track(completed, '2026-12-01');
    // No second commitment was started: no block id on the copy, one new week's items, under the original.
    const copy = week2.split('\n').find((l) => l.includes('📅 2026-12-07'));
    expect(copy).toBe(line.replace('2026-11-30', '2026-12-07'));
    expect(read(week2).commitments).toHaveLength(1);
    expect(trackingOf(week2, '2026-12-01')[0]?.periods.map((p) => p.start)).toEqual(['2026-11-23', '2026-11-30']);
    // And a further run changes nothing.
    expect(track(week2, '2026-12-01')).toBe(week2);
  });
});

describe('what Follow Through writes, as Dataview reads it', () => {
  it('should never write a Dataview field (no "::" in any line it adds, pattern prompts included)', async () => {
    const { readNoteTexts } = await import('../../cli/vault.js');
    const { exampleVault } = await import('../support/cli.js');
    const { trackDays } = await import('../support/tracking.js');
    const days = ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28'];
    let added = 0;
    for (const text of Object.values(readNoteTexts(exampleVault))) {
      const before = new Set(text.split('\n'));
      // A commitment's own line that only gained its id is the client's words, not a line Follow Through wrote.
      const after = trackDays(text, days).split('\n').filter((l) => !before.has(l) && !before.has(l.replace(/ \^[\w-]+$/, '')));
      added += after.length;
      expect(after.filter((l) => l.includes('::'))).toEqual([]);
    }
    expect(added).toBeGreaterThan(40);
  });
});
