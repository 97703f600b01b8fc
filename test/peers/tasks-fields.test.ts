// Tasks' own fields, as the Obsidian Tasks plugin reads them.
// ../shared/data/peer-readings/tasks-lines.jsonl records what Tasks 8.3.0's own
// `Task.fromLine` made of 120 lines (see its README). Follow Through leaves those
// fields out of a plan's words: what remains must be Tasks' description, and the
// recurrence and dates it finds must be the ones Tasks finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTasksFields } from '../../core/commitment/tasks-fields.js';
import { itemState } from '../../core/tracking/marks.js';
import { sharedData } from '../support/shared.js';

interface Row {
  id: string;
  line: string;
  tasks: null | {
    description: string;
    blockLink: string;
    recurrence: string | null;
    dueDate: string | null;
    scheduledDate: string | null;
    startDate: string | null;
    createdDate: string | null;
    doneDate: string | null;
    cancelledDate: string | null;
    id: string;
  };
}

const dir = sharedData('peer-readings');
const rows: Row[] = dir
  ? readFileSync(path.join(dir, 'tasks-lines.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row)
  : [];

/** A task line's words as Tasks takes them: after the quote marks, list marker and checkbox, without a block id at its end. */
function wordsOf(line: string): string {
  const m = /^[\s>]*(?:[-*+]|\d+[.)])\s+\[.\]\s?/u.exec(line);
  return (m ? line.slice(m[0].length) : line).replace(/\s+\^[A-Za-z0-9-]+\s*$/, '');
}

/** Tasks reads a date it cannot make sense of ("2024-02-30") as invalid; Follow Through only needs to leave it out of the words. */
const asRead = (value: string | null | undefined) => (value === 'Invalid date' ? 'written' : (value ?? null));

describe.skipIf(!dir)("Tasks' fields, as Tasks reads them", () => {
  const tasks = rows.filter((r) => r.tasks !== null);

  it('should have the recorded task lines', () => {
    expect(tasks.length).toBeGreaterThan(100);
  });

  it.each(tasks.map((r) => [r.id, r] as const))('%s: the words Tasks keeps, and its fields', (_id, row) => {
    const t = row.tasks;
    if (!t) return;
    const read = readTasksFields(wordsOf(row.line));
    expect(read.rest.trim()).toBe(t.description);
    // A rule Tasks cannot read ("every blue moon") is still its field: out of the words, though Tasks holds no rule.
    if (t.recurrence !== null) expect(read.recurrence).toBe(t.recurrence);
    const dates = { due: t.dueDate, scheduled: t.scheduledDate, start: t.startDate, created: t.createdDate, done: t.doneDate, cancelled: t.cancelledDate };
    for (const [field, value] of Object.entries(dates)) {
      const ours = read.dates[field as keyof typeof read.dates];
      expect(ours === undefined ? null : value === 'Invalid date' ? 'written' : ours, field).toBe(asRead(value));
    }
    expect(read.id ?? '').toBe(t.id);
  });
});

describe("Tasks' fields leave a plan's words", () => {
  it.each([
    ['send two messages every week 🔁 every week 📅 2026-11-30 #commitment', 'send two messages every week #commitment', 'every week'],
    ['walk after lunch ➕ 2026-11-24 ⏳ 2026-11-23 🛫 2026-11-20', 'walk after lunch', null],
    ['walk after lunch 🆔 walk1 ⛔ plan2 🏁 keep ⏫', 'walk after lunch', null],
    ['walk after lunch ✅ 2026-11-25', 'walk after lunch', null],
    ['walk after lunch ❌ 2026-11-25', 'walk after lunch', null],
    ['write 📅 in my diary after dinner', 'write 📅 in my diary after dinner', null],
  ])('%s', (words, rest, recurrence) => {
    const read = readTasksFields(words);
    expect(read.rest).toBe(rest);
    expect(read.recurrence).toBe(recurrence);
  });
});

describe.skipIf(!dir)('marks, as Tasks and Dataview read them', () => {
  const byType: Record<string, string> = { TODO: 'open', IN_PROGRESS: 'open', DONE: 'done', CANCELLED: 'skipped' };
  const withStatus = rows.filter((r) => r.tasks !== null) as Array<Row & { tasks: { status_symbol: string; status_type: string } }>;

  it.each(withStatus.map((r) => [r.id, r] as const))('%s: the same mark as Tasks (and as Dataview for done)', (_id, row) => {
    const symbol = row.tasks.status_symbol;
    // 'X' is an unknown status (a to-do) in Tasks' default set; Obsidian shows it checked and
    // Dataview counts it completed, so Follow Through counts it done: the one deliberate difference.
    const expected = symbol === 'X' ? 'done' : byType[row.tasks.status_type];
    expect(itemState(symbol)).toBe(expected);
    const dataview = (row as unknown as { dataview?: { completed?: boolean } }).dataview;
    if (dataview?.completed !== undefined) expect(itemState(symbol) === 'done').toBe(dataview.completed);
  });
});
