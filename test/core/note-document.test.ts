// parseNote gives a note document: the reading (plain data) and the lines that
// tracking, untracking, pulls and Notion rows work on (issue 11's seam). The
// lines are always there, also for a note the quick look passes over, so no code
// that edits can be handed a note without them; code that only reads takes the
// reading alone (readingOf), which holds no lines and can be kept as JSON.
import { describe, expect, it } from 'vitest';
import { type NoteDocument, type ReadNote, parseNote, planTrackNote, readingOf } from '../../core/index.js';
import { parseYaml } from '../support/yaml.js';

const options = { parseYaml };
const tracked = [
  '# Log',
  '',
  '- When I sit down with my coffee on Monday, I’ll send one message. ^ft-abc123',
  '  - [x] Week of 23 Nov ^ft-abc123-20261123-1',
  '',
].join('\n');

describe('the note document', () => {
  it('should hold the lines of a note the quick look passes over, scanned when asked for', () => {
    // No heading, no tag: the quick look says no commitment can be here, so nothing was scanned yet.
    const note = parseNote(tracked, options);
    expect(note.commitments).toEqual([]);
    expect(note.scan.lines.map((l) => l.text)).toEqual(tracked.split('\n'));
    expect(note.scan).toBe(note.scan); // scanned once
  });

  it('should give a reading with no lines, the same as JSON', () => {
    const note = parseNote(tracked.replace('# Log', '## Commitments'), options);
    const reading = readingOf(note);
    expect('scan' in reading).toBe(false);
    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
    expect(reading.commitments).toBe(note.commitments);
    expect(reading.marks).toBe(note.marks);
  });

  it('should not let a reading be tracked (the type says so)', () => {
    const note: NoteDocument = parseNote(tracked.replace('# Log', '## Commitments'), options);
    const reading: ReadNote = readingOf(note);
    const today = { ...options, today: '2026-12-02' };
    expect(planTrackNote(note, today).periodsAdded).toBeGreaterThan(0);
    // @ts-expect-error a reading has no lines to edit: tracking takes the note document
    expect(() => planTrackNote(reading, today)).toThrow();
  });
});
