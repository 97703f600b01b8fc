import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseNote } from '../../core/index.js';

function read(text: string) {
  return parseNote(text, { parseYaml });
}

/** The one commitment under a `## Commitments` heading on line 1, with its note's diagnostics. */
function one(...lines: string[]) {
  const note = read(['## Commitments', ...lines].join('\n'));
  expect(note.commitments).toHaveLength(1);
  return { commitment: note.commitments[0], diagnostics: note.diagnostics };
}

const plain = "When I wake up, I'll stretch.";

describe('explicit fields on a commitment', () => {
  it('should read inline [when:: …] and (then:: …) fields over what the words say', () => {
    const { commitment } = one('- When I have time, I will run. [when:: after I shut my laptop] (then:: run for 20 minutes)');
    expect(commitment).toMatchObject({ trigger: 'after I shut my laptop', intention: 'run for 20 minutes', source: 'both' });
    expect(commitment?.findings.map((f) => f.code)).toEqual(['missing-coping-plan']);
  });

  it('should keep the fields out of the commitment text', () => {
    const { commitment } = one('- Go for a run [when:: after I shut my laptop] (then:: run for 20 minutes)');
    expect(commitment?.text).toBe('Go for a run');
  });

  it('should read line fields written in sub-items', () => {
    const { commitment } = one(
      '- Take the stairs at work',
      '  - when:: after I park at the office',
      '  - then:: take the stairs to the 4th floor',
      '  - obstacle:: my knee is sore',
      '  - backup:: walk one lap of the car park instead',
      '  - cadence:: weekdays',
    );
    expect(commitment).toMatchObject({
      line: 2,
      endLine: 7,
      text: 'Take the stairs at work',
      trigger: 'after I park at the office',
      intention: 'take the stairs to the 4th floor',
      coping: [{ obstacle: 'my knee is sore', response: 'walk one lap of the car park instead' }],
      cadence: { count: 5, per: 'week', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      kind: 'process',
      findings: [],
      source: 'both',
    });
  });

  it('should read a commitment written only in fields', () => {
    const { commitment } = one('- [when:: after I brush my teeth] [then:: floss one tooth]');
    expect(commitment).toMatchObject({ trigger: 'after I brush my teeth', intention: 'floss one tooth', source: 'fields', text: '' });
    expect(commitment?.id).toMatch(/^ft-[0-9a-z]{6}$/);
  });

  it('should pair each obstacle:: with the backup:: in the same order', () => {
    const { commitment } = one(
      `- ${plain}`,
      '  - obstacle:: I oversleep',
      '  - backup:: stretch at lunch',
      '  - obstacle:: my back hurts',
      '  - backup:: do the gentle video',
    );
    expect(commitment?.coping).toEqual([
      { obstacle: 'I oversleep', response: 'stretch at lunch' },
      { obstacle: 'my back hurts', response: 'do the gentle video' },
    ]);
  });

  it('should let obstacle:: and backup:: replace the coping plan the words gave', () => {
    const { commitment } = one(`- ${plain} If I oversleep, then I'll stretch at lunch. [obstacle:: it's cold] [backup:: stretch in bed]`);
    expect(commitment?.coping).toEqual([{ obstacle: "it's cold", response: 'stretch in bed' }]);
  });

  it('should read the other names a field can go by', () => {
    const { commitment } = one(`- Stretch`, '  - trigger:: after breakfast', '  - do:: ten minutes of yoga', '  - how-often:: daily');
    expect(commitment).toMatchObject({ trigger: 'after breakfast', intention: 'ten minutes of yoga', cadence: { count: 1, per: 'day' } });
  });

  it('should leave fields it does not know out of the words and unread', () => {
    const { commitment, diagnostics } = one(`- ${plain} [project:: health] (priority:: high)`);
    expect(commitment?.text).toBe(plain);
    expect(commitment?.trigger).toBe('when I wake up');
    expect(diagnostics).toEqual([]);
  });
});

describe('the cadence:: field', () => {
  it.each([
    ['2 per week', { count: 2, per: 'week' }],
    ['daily', { count: 1, per: 'day' }],
    ['weekdays', { count: 5, per: 'week', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
    ['Mon, Wed, Fri', { count: 3, per: 'week', days: ['mon', 'wed', 'fri'] }],
    ['this week', { count: 1, per: 'week', once: true }],
  ])('should read "cadence:: %s"', (value, cadence) => {
    expect(one(`- ${plain} [cadence:: ${value}]`).commitment?.cadence).toEqual(cadence);
    expect(one(`- ${plain}`, `  - cadence:: ${value}`).commitment?.cadence).toEqual(cadence);
  });

  it('should take the field over the cadence the words give', () => {
    const { commitment } = one("- When I wake up, I'll stretch twice a week. [cadence:: daily]");
    expect(commitment?.cadence).toEqual({ count: 1, per: 'day' });
  });
});

describe('the kind:: and status:: fields', () => {
  it('should take kind:: over the kind the words suggest', () => {
    expect(one('- Lose 5 kg by February.').commitment?.kind).toBe('outcome');
    expect(one('- Lose 5 kg by February. [kind:: process]').commitment?.kind).toBe('process');
    expect(one(`- ${plain}`, '  - kind:: Outcome').commitment?.kind).toBe('outcome');
  });

  it('should read status:: and its everyday words', () => {
    expect(one(`- ${plain}`).commitment?.status).toBe('active');
    expect(one(`- ${plain} [status:: paused]`).commitment?.status).toBe('paused');
    expect(one(`- ${plain}`, '  - status:: retired').commitment?.status).toBe('retired');
    expect(one(`- ${plain}`, '  - status:: done').commitment?.status).toBe('retired');
    expect(one(`- ${plain}`, '  - status:: on hold').commitment?.status).toBe('paused');
  });
});

describe('a field Follow Through cannot read', () => {
  const note = [
    '# Plan', // 1
    '', // 2
    '## Commitments', // 3
    '', // 4
    `- ${plain}`, // 5
    '  - cadence:: whenever', // 6
    "- After lunch, I'll walk. [kind:: goalish]", // 7
    "- After dinner, I'll read.", // 8
    '  - a word about it', // 9
    '  - status:: maybe', // 10
  ].join('\n');
  const parsed = read(note);

  it('should give an invalid-field diagnostic on the line where the field is written', () => {
    expect(parsed.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['invalid-field', 'warning', 6],
      ['invalid-field', 'warning', 7],
      ['invalid-field', 'warning', 10],
    ]);
  });

  it('should quote the value and suggest what would be valid', () => {
    const [cadence, kind, status] = parsed.diagnostics;
    expect(cadence?.message).toContain('whenever');
    expect(cadence?.suggestion).toContain('2 per week');
    expect(kind?.message).toContain('goalish');
    expect(kind?.suggestion).toContain('kind:: process');
    expect(status?.message).toContain('maybe');
    expect(status?.suggestion).toContain('status:: paused');
  });

  it('should keep what the words say when a field cannot be read', () => {
    expect(parsed.commitments.map((c) => [c.line, c.cadence, c.kind, c.status])).toEqual([
      [5, null, 'process', 'active'],
      [7, null, 'process', 'active'],
      [8, null, 'process', 'active'],
    ]);
  });

  it('should find the line of a field written under another of its names', () => {
    const { diagnostics } = one(`- ${plain}`, '  - Some context first', '  - How often:: whenever');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-field', 4]]);
  });

  it('should not take a line that only mentions the field name in passing for the field', () => {
    const { diagnostics } = one(`- ${plain}`, '  - what kind:: of thing is this', '  - kind:: weird');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-field', 4]]);
  });

  it('should find the line in a note with CRLF line endings', () => {
    const crlf = read(note.replace(/\n/g, '\r\n'));
    expect(crlf.diagnostics.map((d) => d.line)).toEqual([6, 7, 10]);
  });
});
