import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultMeta, parseNote } from '../../core/index.js';
import { readDate } from '../../core/frontmatter.js';

const body = ['', '## Commitments', "- When I sit down with my coffee on Monday, I'll email two past clients."];

/** Parse a note made of these frontmatter lines (between `---` fences on lines 1 and n) and one commitment. */
function withFrontmatter(...yaml: string[]) {
  return parseNote(['---', ...yaml, '---', ...body].join('\n'), { parseYaml });
}

describe('reading note metadata from frontmatter', () => {
  it("should read every key Follow Through knows into the note's meta", () => {
    const note = withFrontmatter(
      'client: Dana',
      'session: 2026-11-23',
      'next-session: 2026-12-07',
      'follow-up: "a one-line message on Friday"',
      'if-missed: gentle',
      'week-start: sunday',
    );
    expect(note.meta).toMatchObject({
      client: 'Dana',
      session: '2026-11-23',
      nextSession: '2026-12-07',
      followUp: 'a one-line message on Friday',
      ifMissed: 'gentle',
      weekStart: 'sunday',
    });
    expect(note.diagnostics).toEqual([]);
  });

  it('should use the defaults when a key is absent', () => {
    expect(withFrontmatter('client: Dana').meta).toMatchObject({ ...defaultMeta, client: 'Dana' });
    expect(defaultMeta).toMatchObject({ ifMissed: 'curious', weekStart: 'monday' });
    const noFrontmatter = parseNote(body.join('\n'), { parseYaml });
    expect(noFrontmatter.meta).toMatchObject(defaultMeta);
  });

  it("should leave the user's own keys alone, without a diagnostic", () => {
    const note = withFrontmatter(
      'tags: [coaching, business]',
      'aliases: [Dana 23 Nov]',
      'cssclasses: wide',
      'rating: 4',
      'nested:',
      '  a: 1',
      'client: Dana',
    );
    expect(note.diagnostics).toEqual([]);
    expect(note.meta.client).toBe('Dana');
    expect(note.meta).not.toHaveProperty('tags');
  });

  it('should read the values in any case, with space around them', () => {
    const note = withFrontmatter('if-missed: " Direct "', 'week-start: Saturday');
    expect(note.meta).toMatchObject({ ifMissed: 'direct', weekStart: 'saturday' });
  });

  it('should read a week-start day as people write it: full or short, any case (week-start: Sun, as if-missed: Gentle)', () => {
    const forms: Array<[string, string]> = [
      ['Sun', 'sunday'],
      ['SUN', 'sunday'],
      ['sun.', 'sunday'],
      [' Sunday ', 'sunday'],
      ['Mon', 'monday'],
      ['Tue', 'tuesday'],
      ['Tues', 'tuesday'],
      ['wed', 'wednesday'],
      ['Thu', 'thursday'],
      ['Thurs', 'thursday'],
      ['Fri', 'friday'],
      ['Sat', 'saturday'],
    ];
    for (const [written, day] of forms) {
      const note = withFrontmatter(`week-start: "${written}"`, 'if-missed: Gentle');
      expect(note.diagnostics, written).toEqual([]);
      expect(note.meta).toMatchObject({ weekStart: day, ifMissed: 'gentle' });
    }
    for (const wrong of ['Su', 'Sundays', 'S', 'constructor']) {
      const note = withFrontmatter(`week-start: ${wrong}`);
      expect(note.meta.weekStart, wrong).toBe('monday');
      expect(note.diagnostics.map((d) => d.code), wrong).toEqual(['invalid-frontmatter']);
    }
  });

  it('should read a client written as a link, quoted or not, by its shown name', () => {
    expect(withFrontmatter('client: "[[Dana Smith]]"').meta.client).toBe('Dana Smith');
    expect(withFrontmatter('client: "[[people/Dana Smith|Dana]]"').meta.client).toBe('Dana');
    expect(withFrontmatter('client: [[Dana Smith]]').meta.client).toBe('Dana Smith');
    expect(withFrontmatter('client: [Dana]').meta.client).toBe('Dana');
  });

  it('should read a follow-up written as a list', () => {
    expect(withFrontmatter('follow-up: [a text on Friday, nothing formal]').meta.followUp).toBe('a text on Friday, nothing formal');
  });
});

describe('dates in frontmatter', () => {
  it('should read a date written as YYYY-MM-DD, with a time, or as a link, quoted or not', () => {
    const note = withFrontmatter('session: 2026-11-24 10:00', 'next-session: "[[2026-12-08]]"');
    expect(note.meta).toMatchObject({ session: '2026-11-24', nextSession: '2026-12-08' });
    expect(withFrontmatter('next-session: [[2026-12-08]]').meta.nextSession).toBe('2026-12-08');
    expect(note.diagnostics).toEqual([]);
  });

  it.each([
    ['2026-11-24', '2026-11-24'],
    ['[[2026-11-24]]', '2026-11-24'],
    ['[[2026-11-24|Tuesday]]', '2026-11-24'],
    [' 2026-11-24T09:30:00Z ', '2026-11-24'],
    ['2028-02-29', '2028-02-29'],
  ])('should read %j as %s', (written, date) => {
    expect(readDate(written)).toBe(date);
  });

  it('should read a date the YAML parser already made into a Date', () => {
    expect(readDate(new Date(Date.UTC(2026, 10, 24)))).toBe('2026-11-24');
  });

  it.each([['2026-02-30'], ['2027-02-29'], ['2026-13-01'], ['2026-11-24x'], ['24/11/2026'], ['next Tuesday'], [''], [20261124], [null]])(
    'should not read %j as a date',
    (written) => {
      expect(readDate(written)).toBeUndefined();
    },
  );

  it('should reject an impossible date with a diagnostic on its line, and keep the other keys', () => {
    const note = withFrontmatter('client: Dana', 'session: 2026-02-30', 'next-session: 2026-03-09');
    expect(note.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-frontmatter', 3]]);
    expect(note.diagnostics[0]?.message).toContain('2026-02-30');
    expect(note.diagnostics[0]?.suggestion).toContain('YYYY-MM-DD');
    expect(note.meta).toMatchObject({ client: 'Dana', session: null, nextSession: '2026-03-09' });
  });
});

describe('a bad value in frontmatter', () => {
  const note = withFrontmatter('client: Dana', 'session: 2026-11-24', 'if-missed: sometimes', 'week-start: funday', 'follow-up: a text');

  it('should give a diagnostic on the line of each bad value', () => {
    expect(note.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['invalid-frontmatter', 'warning', 4],
      ['invalid-frontmatter', 'warning', 5],
    ]);
  });

  it('should quote the bad value and name the valid ones', () => {
    const [ifMissed, weekStart] = note.diagnostics;
    expect(ifMissed?.message).toContain('if-missed');
    expect(ifMissed?.message).toContain('sometimes');
    for (const valid of ['curious', 'gentle', 'direct', 'none']) expect(ifMissed?.suggestion).toContain(valid);
    expect(weekStart?.message).toContain('funday');
    expect(weekStart?.suggestion).toContain('sunday');
  });

  it('should use the default for a bad value and still read the other keys', () => {
    expect(note.meta).toMatchObject({ ...defaultMeta, client: 'Dana', session: '2026-11-24', followUp: 'a text' });
  });

  it('should still read the commitments', () => {
    expect(note.commitments.map((c) => c.line)).toEqual([10]);
  });

  it('should count lines from the top of the note when the note has CRLF endings and a byte order mark', () => {
    const text = `\uFEFF${['---', 'client: Dana', 'if-missed: sometimes', '---', ...body].join('\r\n')}`;
    const crlf = parseNote(text, { parseYaml });
    expect(crlf.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-frontmatter', 3]]);
    expect(crlf.meta.client).toBe('Dana');
  });
});

describe('broken YAML', () => {
  it('should give an invalid-frontmatter diagnostic on the note line of the problem', () => {
    const note = withFrontmatter('client: Dana', 'session: 2026-11-24', 'title: Pricing: the plan', 'if-missed: gentle');
    expect(note.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-frontmatter', 4]]);
    expect(note.diagnostics[0]?.suggestion).toMatch(/quotes/);
  });

  it('should find the line however far down the problem is', () => {
    const note = withFrontmatter('client: Dana', 'a: 1', 'b: 2', 'c: 3', 'd: @x');
    expect(note.diagnostics.map((d) => d.line)).toEqual([6]);
  });

  it('should still read the commitments, with the default meta', () => {
    const note = withFrontmatter('client: Dana', 'title: "unclosed');
    expect(note.meta).toMatchObject(defaultMeta);
    expect(note.commitments).toHaveLength(1);
    expect(note.commitments[0]?.trigger).toBe('when I sit down with my coffee on Monday');
  });

  it('should say so when the frontmatter is not a set of keys', () => {
    const note = withFrontmatter('- a', '- b');
    expect(note.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-frontmatter', 2]]);
    expect(note.commitments).toHaveLength(1);
  });

  it('should point at the first line of the frontmatter when the parser gives no line', () => {
    // With a comment, so the YAML parser is asked (the simplest frontmatter is read without it).
    const note = parseNote(['---', 'client: Dana # a comment', '---', ...body].join('\n'), {
      parseYaml: () => {
        throw new Error('bad YAML');
      },
    });
    expect(note.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-frontmatter', 2]]);
    expect(note.diagnostics[0]?.message).toContain('bad YAML');
  });
});
