import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
  '    indented code at the top',
  '<!-- a comment -->',
  '%%',
  '    ```',
];

/**
 * What may follow an item's first line, inside the item: sub-items and more
 * words, and the constructs whose lines are not the item's words (issue 12):
 * fenced and indented code, comments (`%%` and HTML), math, tables, headings
 * and HTML blocks, with list items and ids-looking text inside them.
 */
const childLines = [
  '  - sub point',
  '  - [ ] my own task',
  '    more words',
  '  - when:: after lunch',
  '  ```\n  code - [ ] not a task ^ft-abc123\n  ```',
  '  ~~~js\n  let x = 1;\n  ~~~',
  '\n      indented code - [ ] x',
  '  %%\n  - I will run every day.\n  %%',
  '%%\n- I will swim every day.\n%%',
  '  <!--\n  - [ ] hidden task\n  -->',
  '  $$\n  x^2 - [ ] y\n  $$',
  '\n  | a | b |\n  | - | - |\n  | 1 | 2 |',
  '  ## A heading inside the item',
  '  <div>\n  - html\n  </div>',
  // Where code ends (issue 12): a fence line indented four columns is code, not the fence's end;
  // a fence left open ends with the item; a fence at column 0 after the item's fence opens its own.
  '  ```\n      ```\n  - [ ] not a task ^ft-abc123\n  ```',
  '  ```\n  code left open',
  '    ```\n```\n- [ ] in a fence of its own\n```',
  '  ```a```',
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
          fc.array(fc.constantFrom(...childLines), { maxLength: 2 }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      fc.boolean(),
    )
    .map(([heading, items, blankAfterHeading]) => [
      heading,
      ...(blankAfterHeading ? [''] : []),
      ...items.flatMap(([text, marker, children]) => [`${marker}${text}`, ...children.flatMap((c) => c.split('\n'))]),
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
  // (A blank line is added before a checklist that follows an HTML block only a blank line ends.)
  if (text === '') return true;
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

/** `after` without the lines the tool added and the ids it appended, matched against the original's lines in order. */
function restore(before: string, after: string): string {
  const a = splitLines(before);
  let k = 0;
  let out = '';
  for (const line of splitLines(after)) {
    const original = a[k];
    if (!original) break;
    const gainedId = line.text.startsWith(original.text) && / \^ft-[a-z0-9]{6}$/.test(line.text.slice(original.text.length));
    if (line.text === original.text || gainedId) {
      out += original.text + original.eol;
      k++;
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A CommonMark reader that knows frontmatter as Obsidian does: a note opening
 * with `---` up to the next `---` line is YAML, not Markdown, so its lines are
 * blanked first (lines kept). (remark-frontmatter is not used: with a `---`
 * left unclosed, micromark's extension misreads the list after it.)
 */
const reader = {
  parse(text: string) {
    const lines = splitLines(text);
    const first = lines[0]?.text.replace(/^\uFEFF/, '');
    const close = /^---[ \t]*$/.test(first ?? '') ? lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l.text)) : -1;
    const visible = close > 0 ? lines.map((l, i) => (i <= close ? '' : l.text) + l.eol).join('') : text;
    return unified().use(remarkParse).parse(visible);
  },
};

/**
 * The note's structure as an independent CommonMark reader (remark) sees it:
 * the code blocks, headings and HTML blocks with their text. Lines the tool
 * adds are lists and quotes, and an id is plain text: none of these may
 * change, or everything after a fence would have turned into code.
 */
function structure(text: string): string[] {
  // What Obsidian hides (a `%%` comment, to its closing `%%` or the note's end) is blanked first, lines kept.
  const tree = reader.parse(obsidianVisible(text));
  const out: string[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if ((node.type === 'code' || node.type === 'html') && !/^(?:\s*<!---->\s*)+$/.test(node.value)) out.push(`${node.type}: ${node.value.trimEnd()}`);
      if (node.type === 'heading') out.push(`heading ${node.depth}`);
      if ('children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

/**
 * The 0-based last line a node spans. A fence left open in a list item ends
 * where the item does, and micromark puts its end at the start of the next
 * line (column 1): that line is not in the node.
 */
function lastLine(end: { line: number; column: number }): number {
  return end.column === 1 ? end.line - 2 : end.line - 1;
}

/** The 0-based lines of code and HTML blocks, as remark reads the text. */
function rawLines(text: string): Set<number> {
  const out = new Set<number>();
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if ((node.type === 'code' || node.type === 'html') && node.position) {
        for (let l = node.position.start.line - 1; l <= lastLine(node.position.end); l++) out.add(l);
      }
      if ('children' in node) walk(node.children);
    }
  };
  walk(reader.parse(text).children);
  return out;
}

/**
 * The lines Obsidian hides in a `%%` comment: from a line that opens one
 * (an odd number of `%%`, outside code and HTML, where `%%` is literal) to the
 * line that closes it, or the note's end. Whether a line is code or HTML is
 * judged on the text with the comments before it hidden: a `<div>` inside a
 * comment starts no HTML block, so the `%%` after that comment is a mark.
 */
function commentLines(text: string): Set<number> {
  const lines = splitLines(text);
  const out = new Set<number>();
  const hide = (hidden: Set<number>) =>
    lines.map((line, i) => (hidden.has(i) ? line.text.replace(/^([ \t]*).*$/, '$1<!---->') : line.text) + line.eol).join('');
  let raw = rawLines(text);
  let open = false;
  lines.forEach((line, i) => {
    const marks = (line.text.match(/%%/g) ?? []).length;
    if (open) {
      out.add(i);
      if (marks % 2 === 1) {
        open = false;
        raw = rawLines(hide(out)); // the lines after it, as the text without this comment reads them
      }
    } else if (marks > 0 && !raw.has(i)) {
      out.add(i);
      if (marks % 2 === 1) open = true;
    }
  });
  return out;
}

/**
 * The text as Obsidian shows it, for a CommonMark reader: each line of a `%%`
 * comment becomes an empty HTML comment at the line's own indent, so it stays
 * a block where it stands, hidden.
 */
function obsidianVisible(text: string): string {
  const hidden = commentLines(text);
  return splitLines(text)
    .map((line, i) => (hidden.has(i) ? line.text.replace(/^([ \t]*).*$/, '$1<!---->') : line.text) + line.eol)
    .join('');
}

/** The lines where an id may not go: in code, HTML, a heading, a table row, or between `%%` or `$$` marks (counted before the line). */
function hostile(text: string): Set<number> {
  const lines = splitLines(text).map((l) => l.text);
  const out = new Set<number>();
  const tree = reader.parse(obsidianVisible(text));
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if ((node.type === 'code' || node.type === 'html' || node.type === 'heading') && node.position) {
        for (let l = node.position.start.line - 1; l <= lastLine(node.position.end); l++) out.add(l);
      }
      if ('children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  for (const line of commentLines(text)) out.add(line);
  let math = 0;
  lines.forEach((line, i) => {
    const dollars = (line.match(/\$\$/g) ?? []).length;
    if (math % 2 === 1 || dollars > 0) out.add(i);
    math += dollars;
    const delimiter = (l: string | undefined) => l !== undefined && l.includes('|') && /^[\s|:-]+$/.test(l) && l.includes('-');
    if (line.includes('|') && (delimiter(line) || delimiter(lines[i + 1]) || delimiter(lines[i - 1]))) out.add(i);
  });
  return out;
}

describe('track keeps the note safe', () => {
  it('should append an id only to a commitment’s own words, and keep the note’s structure as a CommonMark reader sees it', () => {
    fc.assert(
      fc.property(note, days, (text, today) => {
        const after = track(text, today);
        const before = splitLines(text);
        const idLines: number[] = [];
        // Each original line, in order; the ones that gained an id, by their original number.
        let k = 0;
        for (const line of splitLines(after)) {
          const original = before[k];
          if (!original) break;
          if (line.text === original.text) k++;
          else if (line.text.startsWith(original.text) && / \^ft-[a-z0-9]{6}$/.test(line.text.slice(original.text.length))) {
            idLines.push(k);
            k++;
          }
        }
        expect(k, 'every original line is still there, in order').toBe(before.length);
        const bad = hostile(text);
        for (const line of idLines) expect(bad.has(line), `id appended to ${JSON.stringify(before[line]?.text)}`).toBe(false);
        // Take the added lines out again (lists and quotes: they only ever add list items and callouts).
        expect(structure(after).filter((s) => !s.startsWith('heading'))).toEqual(structure(text).filter((s) => !s.startsWith('heading')));
        expect(structure(after).filter((s) => s.startsWith('heading')).length).toBe(structure(text).filter((s) => s.startsWith('heading')).length);
      }),
      {
        numRuns: Number(process.env.FT_RUNS ?? 300),
        // Found by a run: a comment that hides a `<div>`; the `%%` after it opens the next comment.
        examples: [["## Commitments\n- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.\n%%\n## Commitments\n- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.\n  <div>\n  - html\n  </div>\n  %%\n  - I will run every day.\n  %%\n## Commitments\n- I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.\n  %%\n  - I will run every day.\n  %%", '2026-11-23']],
      },
    );
  }, 600_000);

  it('should keep every byte it does not own (lines only added, ids only appended)', () => {
    fc.assert(
      fc.property(note, days, (text, today) => {
        const after = track(text, today);
        onlyAdded(text, after);
        // Removing what it added (and the ids it appended) gives back the original, byte for byte.
        expect(restore(text, after)).toBe(text);
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
