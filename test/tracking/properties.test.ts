import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, applyEdits, findMarks, planTrack, scanNote, splitLines } from '../../core/index.js';
import { on } from '../support/yaml.js';

// Property-based tests for everything `track` does to a note: every byte it
// does not own survives, a rerun changes nothing, a later date only adds, and
// no check mark or answer is ever lost.

const sentences = [
  "I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.",
  "I'll work on my LinkedIn presence this week.",
  'After I pour my morning coffee, I will read one page of a book.',
  'I will run for 20 minutes at 6:30 AM on Monday, Wednesday, and Friday.',
  'Land three new clients.',
  'When I have time, I’ll update my website!',
  'Journal for 5 minutes every night before bed.',
  'Walk 10k steps every weekday [cadence:: weekdays]',
  'Call mum #commitment',
  'Ünïcödé commitment — 日本語 with **bold** and a [[link|alias]]',
  'status:: paused',
];

const plainLines = [
  '',
  '# A heading',
  '## Notes',
  'Just a paragraph with trailing spaces   ',
  '\tA tabbed line',
  '- an ordinary bullet',
  '- [ ] an ordinary task',
  '- [x] a done task',
  '> [!note] a callout',
  '> with text',
  '```',
  'code - [ ] not a task',
  '```',
  '%% a comment %%',
  '| a | b |',
  '---',
  '  - nested bullet',
  'ＦＵＬＬＷＩＤＴＨ and emoji 🎉',
];

/** A block of a random note: ordinary lines, or a commitments section. */
const block = fc.oneof(
  fc.constantFrom(...plainLines).map((l) => [l]),
  fc
    .tuple(
      fc.constantFrom('## Commitments', '### If-then plans', '## Between sessions', '## action items'),
      fc.array(
        fc.tuple(
          fc.constantFrom(...sentences),
          fc.constantFrom('- ', '- [ ] ', '* ', '1. '),
          fc.array(fc.constantFrom('  - sub point', '  - [ ] my own task', '    more words', '  - when:: after lunch'), { maxLength: 2 }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      fc.boolean(),
    )
    .map(([heading, items, blankAfterHeading]) => [
      heading,
      ...(blankAfterHeading ? [''] : []),
      ...items.flatMap(([text, marker, children]) => [`${marker}${text}`, ...children]),
    ]),
);

const frontmatter = fc.oneof(
  fc.constant<string[]>([]),
  fc
    .tuple(
      fc.constantFrom('2026-11-02', '2026-11-23', '2026-12-01'),
      fc.constantFrom('', 'next-session: 2026-12-21', 'next-session: 2026-11-30'),
      fc.constantFrom('curious', 'gentle', 'direct', 'none', 'sometimes'),
      fc.constantFrom('monday', 'sunday', 'friday'),
      fc.constantFrom('', 'breaks: [2026-12-07]', 'tags: [a, b]', 'broken: [unclosed'),
    )
    .map(([session, next, missed, start, extra]) =>
      ['---', 'client: Dana', `session: ${session}`, next, `if-missed: ${missed}`, `week-start: ${start}`, extra, '---'].filter((l) => l !== ''),
    ),
);

/** A random note, with random line endings, an optional BOM and an optional final newline. */
const note = fc
  .tuple(
    frontmatter,
    fc.array(block, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', 'mixed'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([fm, blocks, eol, bom, finalNewline]) => {
    const lines = [...fm, ...blocks.flat()];
    const text = lines
      .map((line, i) => {
        const ending = eol === 'mixed' ? (i % 3 === 0 ? '\r\n' : '\n') : eol;
        return i === lines.length - 1 && !finalNewline ? line : line + ending;
      })
      .join('');
    return (bom ? '\uFEFF' : '') + text;
  });

const days = fc.constantFrom('2026-11-23', '2026-11-25', '2026-11-29', '2026-11-30', '2026-12-02', '2026-12-08', '2026-12-15');

function track(text: string, today: string): string {
  return applyEdits(text, planTrack(text, on(today)).edits);
}

/** A line Follow Through writes: a checklist item or prompt line with a marker, a callout line, or an answer line. */
function isToolLine(text: string): boolean {
  return /\^[A-Za-z0-9-]+-\d{8}-(?:\d+|r)$/.test(text) || /^\s*>/.test(text) || /^\s*- My answer:$/.test(text);
}

/**
 * Check that `after` is `before` with lines only added (each a tool line) and,
 * on some lines, a block id appended; and return the added lines.
 */
function onlyAdded(before: string, after: string): string[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const added: string[] = [];
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    const original = a[i];
    const line = b[j];
    if (!line) continue;
    if (original) {
      const sameEnding = line.eol === original.eol || (i === a.length - 1 && original.eol === '');
      const sameText = line.text === original.text || new RegExp(`^${escape(original.text)} \\^ft-[a-z0-9]{6}$`).test(line.text);
      if (sameText && sameEnding) {
        i++;
        continue;
      }
    }
    expect(isToolLine(line.text), `added line ${JSON.stringify(line.text)}`).toBe(true);
    added.push(line.text);
  }
  expect(i, 'every original line is still there, in order').toBe(a.length);
  return added;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('track keeps the note safe', () => {
  it('should keep every byte it does not own (lines only added, ids only appended)', () => {
    fc.assert(
      fc.property(note, days, (text, today) => {
        const after = track(text, today);
        onlyAdded(text, after);
        // Removing what it added gives back the original, byte for byte.
        const restored = splitLines(after)
          .filter((l) => !isToolLine(l.text) || splitLines(text).some((o) => o.text === l.text))
          .map((l) => l.text.replace(/ \^ft-[a-z0-9]{6}$/, '') + l.eol)
          .join('');
        const original = text.endsWith('\n') || text.endsWith('\r') || text === '' ? text : text;
        expect(restored.replace(/\r?\n$/, '')).toBe(original.replace(/\r?\n$/, ''));
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 300) },
    );
  }, 600_000);

  it('should change nothing when run twice with the same date', () => {
    fc.assert(
      fc.property(note, days, (text, today) => {
        const once = track(text, today);
        expect(track(once, today)).toBe(once);
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 300) },
    );
  }, 600_000);

  it('should only add lines when run again on a later date, keeping every check mark and answer', () => {
    fc.assert(
      fc.property(note, days, fc.integer({ min: 1, max: 21 }), fc.integer({ min: 0, max: 1000 }), (text, today, later, seed) => {
        const first = track(text, today);
        // The client ticks some items (with any mark) and answers any prompt.
        const marks = ['x', 'X', '-', '/', '>', '!', ' '];
        const lines = splitLines(first);
        const scan = scanNote(first);
        for (const item of findMarks(scan).items) {
          const line = lines[item.line];
          if (line) line.text = line.text.replace(/\[.\]/, `[${marks[(seed + item.line) % marks.length]}]`);
        }
        for (const line of lines) if (line.text.endsWith('- My answer:')) line.text += ' I learned a lot.';
        const ticked = lines.map((l) => l.text + l.eol).join('');
        const second = track(ticked, addDays(today, later));
        onlyAdded(ticked, second);
        expect(track(second, addDays(today, later))).toBe(second);
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 200) },
    );
  }, 600_000);
});

describe('track heals copies left by a sync merge', () => {
  const base = `---
session: 2026-11-23
---
## Commitments

- Walk after lunch every day.
`;

  it('should keep one copy of each item, with every check mark from both', () => {
    const tracked = track(base, '2026-11-23');
    const lines = tracked.split('\n');
    const items = lines.filter((l) => /\^ft-/.test(l) && l.includes('- [ ]'));
    // Device A ticked Monday; device B ticked Wednesday; the sync kept both copies of the week.
    const deviceA = items.map((l) => (l.includes('Mon 23 Nov') ? l.replace('[ ]', '[x]') : l));
    const deviceB = items.map((l) => (l.includes('Wed 25 Nov') ? l.replace('[ ]', '[x]') : l));
    const head = lines.slice(0, lines.indexOf(items[0] ?? ''));
    const merged = [...head, ...deviceA, ...deviceB, ''].join('\n');
    const healed = track(merged, '2026-11-23');
    const after = healed.split('\n').filter((l) => /\^ft-[a-z0-9]+-\d{8}-\d+$/.test(l));
    expect(after).toHaveLength(items.length);
    expect(after.filter((l) => l.includes('[x]')).map((l) => l.slice(0, 20))).toEqual(['  - [x] Mon 23 Nov ^', '  - [x] Wed 25 Nov ^']);
    expect(track(healed, '2026-11-23')).toBe(healed);
  });

  it('should keep both copies when the client wrote on one of them', () => {
    const tracked = track(base, '2026-11-23');
    const lines = tracked.split('\n');
    const item = lines.find((l) => l.includes('Mon 23 Nov')) ?? '';
    const merged = tracked.replace(item, `${item}\n${item.replace('Mon 23 Nov', 'Mon 23 Nov, did it at 2pm')}`);
    const healed = track(merged, '2026-11-23');
    expect(healed).toContain('did it at 2pm');
    expect(healed.split('\n').filter((l) => l.includes('Mon 23 Nov'))).toHaveLength(2);
  });

  it('should keep one copy of an unanswered prompt and never remove an answer', () => {
    let text = track(base, '2026-11-23');
    text = track(text, '2026-11-30'); // last week closed with nothing done: a prompt
    const start = text.indexOf('  > [!question]');
    const end = text.indexOf('- My answer:') + '- My answer:'.length;
    const prompt = text.slice(start, end);
    const doubled = text.replace(prompt, `${prompt}\n${prompt}`);
    const healed = track(doubled, '2026-11-30');
    expect(healed.split('[!question]')).toHaveLength(2);
    const answered = text.replace(prompt, `${prompt} first answer\n${prompt} second answer`);
    expect(track(answered, '2026-11-30')).toContain('first answer');
    expect(track(answered, '2026-11-30')).toContain('second answer');
  });
});
