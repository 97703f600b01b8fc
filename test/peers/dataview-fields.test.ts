// Fields as Dataview reads them. ../shared/data/peer-readings/inline-fields.jsonl
// records what Dataview 0.5.70's own parser made of 150 field lines (see its
// README); Follow Through's field reader must find the same fields, with the same
// raw keys and values, or a case below names the difference and says why.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFields, fieldNameOf, fullLineField, inlineFields } from '../../core/commitment/fields.js';
import { sharedData } from '../support/shared.js';

interface Row {
  id: string;
  line: string;
  context: 'list-item' | 'plain' | 'task' | 'continuation';
  dataviewInput?: string;
  dataviewItem?: { task: string | null } | null;
  dataview: Array<{ key: string; value: string; wrapping: string }>;
}

const dir = sharedData('peer-readings');
const rows: Row[] = dir
  ? readFileSync(path.join(dir, 'inline-fields.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row)
  : [];

/** What Follow Through's reader finds in the text Dataview scanned, by Dataview's own order: bracketed fields, then a line field where an item is no task and has none. */
function ours(row: Row): Array<{ key: string; value: string; wrapping: string }> {
  const input = row.dataviewInput ?? row.line.trim();
  const inline = inlineFields(input);
  const isTask = row.dataviewItem?.task !== null && row.dataviewItem?.task !== undefined;
  const found = inline.length === 0 && !isTask ? [fullLineField(input)].filter((f) => f !== undefined) : inline;
  return found.map(({ key, value, wrapping }) => ({ key, value, wrapping }));
}

describe.skipIf(!dir)('fields, as Dataview reads them', () => {
  it('should have the recorded lines', () => {
    expect(rows.length).toBe(150);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s: the same fields as Dataview', (_id, row) => {
    // Dataview also reads the Tasks plugin's emoji dates (📅 ⏳ 🛫 ➕ ✅) as fields on
    // every list item; to Follow Through they are Tasks' fields (taken out of the
    // words, test/peers/tasks-fields.test.ts), never its own.
    const theirs = row.dataview.filter((f) => f.wrapping !== 'emoji-shorthand').map(({ key, value, wrapping }) => ({ key, value, wrapping }));
    expect(ours(row)).toEqual(theirs);
  });
});

describe('fields Follow Through knows, in every form Dataview accepts', () => {
  it.each([
    ['- Walk [when:: after I check [[Calendar]]]', 'after I check [[Calendar]]', 'Walk'],
    ['- Walk (when:: after the [daily] stand-up)', 'after the [daily] stand-up', 'Walk'],
    ['- Walk [when:: after [[Stand-up|the stand-up]]]', 'after [[Stand-up|the stand-up]]', 'Walk'],
    ['- Walk [when:: once the 10\\] bell rings]', 'once the 10\\] bell rings', 'Walk'],
  ])('should keep brackets, links and escapes in a value: %s', (line, when, words) => {
    const { fields, rest } = extractFields(line.slice(2));
    expect(fields).toEqual([{ name: 'when', value: when }]);
    expect(rest.trim()).toBe(words);
  });

  it.each(['**when**:: after I park', '*when*:: after I park', '`when`:: after I park', '~~when~~:: after I park', 'When :: after I park'])(
    'should read a marked-up key as the field: %s',
    (line) => {
      expect(extractFields(line).fields).toEqual([{ name: 'when', value: 'after I park' }]);
    },
  );

  it.each([
    ['how_often:: 3 per week', 'cadence'],
    ['how often:: 3 per week', 'cadence'],
    ['How-Often:: 3 per week', 'cadence'],
    ['if_obstacle:: it rains', 'obstacle'],
    ['if obstacle:: it rains', 'obstacle'],
  ])('should read underscores and spaces in a key on its own line: %s', (line, name) => {
    expect(extractFields(line).fields.map((f) => f.name)).toEqual([name]);
    expect(fieldNameOf(line.slice(0, line.indexOf('::')))).toBe(name);
  });

  it('should read several values for one key, in order', () => {
    expect(extractFields('Walk [obstacle:: rain] [backup:: treadmill] [obstacle:: late] [backup:: 5 minutes]').fields).toEqual([
      { name: 'obstacle', value: 'rain' },
      { name: 'backup', value: 'treadmill' },
      { name: 'obstacle', value: 'late' },
      { name: 'backup', value: '5 minutes' },
    ]);
  });

  it('should leave a field that never closes in the words, as Dataview reads no field there', () => {
    const { fields, rest } = extractFields('Walk [when:: after lunch');
    expect(fields).toEqual([]);
    expect(rest).toBe('Walk [when:: after lunch');
  });
});

describe('a field on a wrapped line (the one place Follow Through and Dataview read a field apart)', () => {
  it('should read it, and say kindly how to write it so Dataview reads it too', async () => {
    const { read, sessionNote } = await import('../support/tracking.js');
    const wrapped = read(sessionNote([], ['- Walk round the block', '  when:: after I park']));
    expect(wrapped.commitments[0]?.trigger).toBe('after I park');
    const hint = wrapped.diagnostics.find((d) => d.code === 'field-on-wrapped-line');
    expect(hint).toMatchObject({ severity: 'info', line: 6 });
    expect(hint?.suggestion).toContain('  - when:: after I park');
    const sub = read(sessionNote([], ['- Walk round the block', '  - when:: after I park']));
    expect(sub.commitments[0]?.trigger).toBe('after I park');
    expect(sub.diagnostics.map((d) => d.code)).not.toContain('field-on-wrapped-line');
  });
});
