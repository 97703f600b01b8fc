import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type ParseOptions, defaultHeadings, headingMatcher, parseNote, scanNote, splitLines } from '../../core/index.js';
import { findPlaces, mayHoldCommitments } from '../../core/note.js';
import { ParsedNote } from '../../core/schema.js';

function parse(text: string, options: Omit<ParseOptions, 'parseYaml'> = {}) {
  return parseNote(text, { parseYaml, ...options });
}

const seed =
  "I want to reach out to two potential clients every week. When I sit down with my coffee on Monday, I'll send the first message. If Monday gets swallowed by meetings, then I'll do it first thing Tuesday.";
const linkedIn = "I'll work on my LinkedIn presence this week.";
const strong = "When I pour my first coffee, I'll write for ten minutes. If I oversleep, then I'll write at lunch.";

/** Intentions of the commitments found, in order. */
function intentions(text: string, options: Omit<ParseOptions, 'parseYaml'> = {}): Array<string | null> {
  return parse(text, options).commitments.map((c) => c.intention);
}

describe('parseNote: reading the seed example', () => {
  const note = `# Dana – 23 Nov\n\n## Commitments\n\n- ${seed}\n- ${linkedIn}\n`;
  const [first, second] = parse(note).commitments;

  it('should read the intention, trigger, coping plan, cadence and kind of the seed commitment', () => {
    expect(first).toMatchObject({
      line: 5,
      text: seed,
      intention: 'reach out to two potential clients',
      trigger: 'when I sit down with my coffee on Monday',
      coping: [{ obstacle: 'Monday gets swallowed by meetings', response: 'do it first thing Tuesday' }],
      cadence: { count: 2, per: 'week' },
      kind: 'process',
      findings: [],
    });
  });

  it('should find a vague intention, no trigger and no coping plan in the LinkedIn example', () => {
    expect(second).toMatchObject({ line: 6, intention: 'work on my LinkedIn presence', trigger: null, coping: [], kind: 'process' });
    expect(second?.cadence).toMatchObject({ count: 1, per: 'week' });
    expect(second?.findings.map((f) => [f.code, f.severity])).toEqual([
      ['vague-intention', 'warning'],
      ['missing-trigger', 'warning'],
      ['missing-coping-plan', 'info'],
    ]);
  });

  it('should quote the words a finding is about and offer a suggestion', () => {
    const vague = second?.findings.find((f) => f.code === 'vague-intention');
    expect(vague?.message).toContain('work on my LinkedIn presence');
    expect(vague?.suggestion.length).toBeGreaterThan(0);
  });

  it('should return a note that matches its schema', () => {
    expect(ParsedNote.safeParse(parse(note)).success).toBe(true);
  });
});

describe('parseNote: where commitments live', () => {
  it('should read list items under a commitments heading, whatever its case', () => {
    expect(intentions(`## COMMITMENTS\n- ${strong}`)).toEqual(['write for ten minutes']);
    expect(intentions(`### if-then Plans\n- ${strong}`)).toEqual(['write for ten minutes']);
    expect(intentions(`## Between sessions\n- [ ] ${strong}`)).toEqual(['write for ten minutes']);
    expect(intentions(`## Action Items for Dana\n* ${strong}`)).toEqual(['write for ten minutes']);
  });

  it('should read every default heading name as a commitments heading', () => {
    for (const heading of ['Commitments', 'If-then plans', 'Intentions', 'Between sessions', 'Action items']) {
      expect(intentions(`## ${heading}\n- ${strong}`), heading).toHaveLength(1);
    }
  });

  it('should use only the configured headings when a list is given', () => {
    const note = `## My plans\n- ${strong}\n\n## Commitments\n- ${linkedIn}`;
    expect(intentions(note, { headings: ['my plans'] })).toEqual(['write for ten minutes']);
    expect(intentions(note)).toEqual(['work on my LinkedIn presence']);
    expect(intentions(note, { headings: [] })).toEqual([]);
  });

  it('should read an item tagged #commitment anywhere in the note, and no untagged item beside it', () => {
    const note = `# Journal\n\nSome thoughts.\n\n- Buy milk\n- ${strong} #commitment\n- Call mum\n`;
    const found = parse(note).commitments;
    expect(found.map((c) => c.line)).toEqual([6]);
    expect(found[0]?.text).not.toContain('#commitment');
  });

  it('should not take a longer tag that only starts with the commitment tag', () => {
    expect(intentions(`- ${strong} #commitments-archive`)).toEqual([]);
    expect(intentions(`- ${strong} #commitment/old`)).toEqual([]);
  });

  it('should read the tag in any case, as Obsidian does', () => {
    expect(intentions(`# Journal\n- ${strong} #Commitment`)).toEqual(['write for ten minutes']);
    expect(intentions(`# Journal\n- ${strong} #plan`, { tag: 'Plan' })).toEqual(['write for ten minutes']);
  });

  it('should read a configured tag written with its #', () => {
    expect(intentions(`# Journal\n- ${strong} #plan`, { tag: '#plan' })).toEqual(['write for ten minutes']);
  });

  it('should use the configured tag instead of #commitment', () => {
    const note = `- ${strong} #plan\n- ${linkedIn} #commitment`;
    expect(intentions(note, { tag: 'plan' })).toEqual(['write for ten minutes']);
    expect(intentions(note)).toEqual(['work on my LinkedIn presence']);
  });

  it('should report nothing outside the commitments scope', () => {
    const note = [
      '# Session', // 1
      '', // 2
      '- When I wake up, I will stretch.', // 3: before any heading
      '## Summary', // 4
      '- When I get home, I will cook.', // 5
      '## Commitments', // 6
      `- ${strong}`, // 7
      '## Notes for next time', // 8
      '- When I see Dana, I will ask about pricing.', // 9
    ].join('\n');
    expect(parse(note).commitments.map((c) => c.line)).toEqual([7]);
  });

  it('should keep the scope through a sub-heading and end it at the next heading of the same level', () => {
    const note = `## Commitments\n### Work\n- ${strong}\n## Other\n- ${linkedIn}`;
    expect(parse(note).commitments.map((c) => c.line)).toEqual([3]);
  });

  it('should find no commitments in a note without a commitments heading or tag', () => {
    const found = parse(`# Daily\n\n## Tasks\n- [ ] ${strong}\n- [x] Pay rent\n`);
    expect(found.commitments).toEqual([]);
    expect(found.diagnostics).toEqual([]);
  });

  it('should not read list items inside a callout or a quote as commitments', () => {
    const note = [
      '## Commitments',
      '> [!tip] Ideas',
      `> - ${strong}`,
      '> - another idea #commitment',
      '',
      `> - ${linkedIn}`,
      '',
      '- When I close my laptop, I will stretch. If I forget, then I will stretch before bed.',
    ].join('\n');
    expect(parse(note).commitments.map((c) => c.line)).toEqual([8]);
  });

  it('should skip the empty items a session template leaves under the heading', () => {
    const note = `## Commitments\n-\n- [ ]\n- ${strong}\n* [ ]  \n- \n`;
    expect(parse(note).commitments.map((c) => c.line)).toEqual([4]);
  });

  it('should keep an item with no words of its own when its sub-items hold the commitment', () => {
    const note = `## Commitments\n- [ ]\n  - when:: after lunch\n  - then:: walk for ten minutes`;
    expect(parse(note).commitments.map((c) => [c.line, c.trigger, c.intention])).toEqual([[2, 'after lunch', 'walk for ten minutes']]);
  });

  it('should not read list items inside a code fence as commitments', () => {
    expect(parse(`## Commitments\n\`\`\`\n- ${strong}\n\`\`\`\n`).commitments).toEqual([]);
  });
});

describe('parseNote: sub-items', () => {
  const note = [
    '## Commitments',
    '- Get out for a walk at lunch three times a week!', // 2
    "  - When I finish eating at my desk, I'll head straight out the side door.", // 3
    "  - If it's pouring, then I'll do two laps of the stairwell instead.", // 4
    '  - [ ] Mon', // 5
    '  - [x] Wed', // 6
    '- Take the stairs at work', // 7
  ].join('\n');
  const found = parse(note).commitments;

  it('should make sub-items part of their commitment, not commitments of their own', () => {
    expect(found.map((c) => c.line)).toEqual([2, 7]);
    expect(found[0]?.endLine).toBe(6);
  });

  it("should join the sub-items' words to the commitment's own", () => {
    expect(found[0]).toMatchObject({
      trigger: 'when I finish eating at my desk',
      cadence: { count: 3, per: 'week' },
    });
    expect(found[0]?.text).toContain('side door');
    expect(found[0]?.coping).toHaveLength(1);
    expect(found[0]?.findings.map((f) => f.code)).not.toContain('missing-trigger');
  });

  it("should leave task sub-items' words out of the commitment", () => {
    expect(found[0]?.text).not.toMatch(/\bMon\b|\bWed\b/);
  });
});

describe('parseNote: identity', () => {
  it('should use the block id on the commitment line as its id', () => {
    const [c] = parse(`## Commitments\n- ${strong} ^ft-abc123`).commitments;
    expect(c?.id).toBe('ft-abc123');
    expect(c?.blockId).toBe('ft-abc123');
    expect(c?.text).not.toContain('^');
  });

  it('should give the same id to the same words, wherever and in whichever note they sit', () => {
    const a = parse(`## Commitments\n- ${strong}`).commitments[0];
    const b = parse(`---\nclient: Dana\n---\n# Another note\n\nIntro.\n\n## Commitments\n\n- ${linkedIn}\n- ${strong}`).commitments[1];
    expect(a?.id).toMatch(/^ft-[0-9a-z]{6}$/);
    expect(b?.id).toBe(a?.id);
  });

  it('should give different words different ids', () => {
    const ids = parse(`## Commitments\n- ${strong}\n- ${linkedIn}\n- ${seed}`).commitments.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('should give two identical commitments in one note different ids', () => {
    const ids = parse(`## Commitments\n- ${strong}\n- ${strong}`).commitments.map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('parseNote: too many commitments', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `- When I wake up on day ${i + 1}, I'll stretch for ${i + 2} minutes.`);

  it('should say so, on the first commitment, when a note holds more than five', () => {
    const { diagnostics } = parse(['# Plan', '## Commitments', ...items(6)].join('\n'));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['too-many-commitments', 3]]);
    expect(diagnostics[0]?.message).toContain('6');
  });

  it('should say nothing about five', () => {
    expect(parse(['## Commitments', ...items(5)].join('\n')).diagnostics).toEqual([]);
  });

  it('should honour a configured maximum', () => {
    const { diagnostics } = parse(['## Commitments', ...items(3)].join('\n'), { maxCommitments: 2 });
    expect(diagnostics.map((d) => d.code)).toEqual(['too-many-commitments']);
  });

  it('should not count paused or retired commitments', () => {
    const note = ['## Commitments', ...items(5), '- When I get home, I will cook. [status:: paused]'].join('\n');
    expect(parse(note).diagnostics).toEqual([]);
  });
});

describe('parseNote: line endings and encodings', () => {
  const lf = `---\nclient: Dana\n---\n\n## Commitments\n\n- ${seed}\n  - [cadence:: 3 per week]\n- ${linkedIn}\n`;

  it('should read a note with CRLF line endings as it reads the same note with LF', () => {
    const crlf = parse(lf.replace(/\n/g, '\r\n'));
    const plain = parse(lf);
    expect(crlf.meta).toEqual(plain.meta);
    expect(crlf.meta.client).toBe('Dana');
    expect(crlf.commitments).toEqual(plain.commitments);
    expect(crlf.commitments.map((c) => c.line)).toEqual([7, 9]);
    expect(JSON.stringify(crlf.commitments)).not.toContain('\\r');
  });

  it('should read a note that starts with a byte order mark, frontmatter included', () => {
    const bom = parse(`\uFEFF${lf}`);
    expect(bom.meta.client).toBe('Dana');
    expect(bom.commitments).toEqual(parse(lf).commitments);
  });

  it('should read a note with CRLF line endings and a byte order mark', () => {
    const both = parse(`\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    expect(both.meta.client).toBe('Dana');
    expect(both.commitments.map((c) => c.cadence)).toEqual([{ count: 3, per: 'week' }, { count: 1, per: 'week', once: true }]);
  });
});

describe('parseNote on odd Markdown', () => {
  const indents = ['', '', '  ', '    ', '\t', '   '];
  const prefixes = ['- ', '- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '> ', '> - ', '> [!note] ', '# ', '## ', '', ''];
  const words = [
    'Commitments',
    'Action items',
    'Between sessions\n---',
    '```',
    '~~~',
    '$$',
    '%%',
    '<!--',
    '-->',
    '---',
    '***',
    '#commitment',
    '^ft-abc123',
    '[when:: after lunch]',
    '(then:: walk)',
    'cadence:: nope',
    'kind:: weird',
    'status:: paused',
    'obstacle:: rain',
    'When I wake up, I will stretch.',
    'If it rains, then I will walk inside.',
    "I'll work on it",
    '**bold** _em_ `code` [[link|alias]] [x](y)',
    'client: [unclosed',
    '“curly” ’quotes’!',
    '\u200b',
    '\uFEFF',
    '|a|b|\n|-|-|',
    'text',
  ];
  const line = fc
    .tuple(
      fc.constantFrom(...indents),
      fc.constantFrom(...prefixes),
      fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), {
        maxLength: 4,
      }),
    )
    .map(([indent, prefix, parts]) => indent + prefix + parts.join(' '));
  const note = fc
    .tuple(
      fc.constantFrom('', '## Commitments\n', '---\nclient: Dana\n---\n# If-then plans\n'),
      fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { maxLength: 30 }),
    )
    .map(([head, lines]) => head + lines.map(([text, eol]) => text + eol).join(''));

  it('should never throw, and keep every commitment and diagnostic within the note', () => {
    fc.assert(
      fc.property(note, (text) => {
        const parsed = parse(text);
        const lineCount = splitLines(text).length;
        for (const c of parsed.commitments) {
          expect(c.line).toBeGreaterThanOrEqual(1);
          expect(c.endLine).toBeGreaterThanOrEqual(c.line);
          expect(c.endLine).toBeLessThanOrEqual(lineCount);
        }
        for (const d of parsed.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount);
        }
        expect(ParsedNote.safeParse(parsed).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('should find commitments in generated notes, so the property above is not empty', () => {
    // The generator must reach the interesting paths, or the property proves little.
    const samples = fc.sample(note, { numRuns: 400, seed: 42 });
    const withCommitments = samples.filter((text) => parse(text).commitments.length > 0);
    expect(withCommitments.length).toBeGreaterThan(100);
  });

  it('should never let the quick look at the raw text pass over a note the full reading finds commitments in', () => {
    // The vault index trusts mayHoldCommitments to skip notes unread: it may say "maybe" too often, never "no" wrongly.
    const setups: Array<Omit<ParseOptions, 'parseYaml'>> = [
      {},
      { tag: 'Übung' },
      { tag: '#plan' },
      { tag: 'task' },
      // Tags whose lower case and Unicode case folding differ: the dotted capital I, final sigma, the micro sign.
      { tag: 'İş' },
      { tag: 'οδος' },
      { tag: 'μικρό' },
      { headings: ['Hausaufgaben', 'next steps'] },
      // Names with punctuation or trailing spaces, as a settings box lets people type them.
      { headings: ['Action items:', 'If/then plans', 'commitments '] },
      // A name that is only a dash matches any heading with a dash set apart ("Notes - today").
      { headings: ['-'] },
    ];
    const extraWords = [
      '#Übung',
      '#ÜBUNG',
      '#übungen',
      '#PLAN',
      '#taſk',
      '#İş',
      '#İŞ',
      '#οδοσ',
      '#ΟΔΟΣ',
      '#µικρό',
      'Hausaufgaben',
      'NEXT  STEPS',
      '===',
      '-',
      '# Commitments #commitment',
      '## x #Commitment',
      '## Action **items**',
      '## Between *sessions*',
      '## If–then plans',
      '## If/then plans',
      '## [[Action]] items',
      '## [[Notes|Action items]]',
      '## If then plans',
      '## Notes - today',
      '## Action [[Todo|items]]',
      '## Between [[2024-05-01|sessions]]',
      '## Action [[skip|]] items',
    ];
    const richNote = fc
      .tuple(
        fc.array(
          fc.oneof(
            fc.tuple(
              fc.constantFrom(...indents),
              fc.constantFrom(...prefixes),
              fc.array(fc.constantFrom(...words, ...extraWords), { maxLength: 4 }),
              fc.constantFrom('\n', '\r\n', '\n\n', '\r'),
            ),
            // An underlined (setext) heading.
            fc.tuple(
              fc.constantFrom('', '  ', '   '),
              fc.constantFrom('Commitments', 'my ACTION items', 'Hausaufgaben', 'Next steps', 'Notes', 'Action **items**', 'If–then plans'),
              fc.constantFrom(['\n==='], ['\n-'], ['\r\n--- '], ['\n   =\t'], ['\n- -']),
              fc.constantFrom('\n', '\r\n', '\r'),
            ),
          ),
          { maxLength: 25 },
        ),
        fc.constantFrom(...setups),
      )
      .map(([lines, setup]) => ({ text: lines.map(([i, p, w, eol]) => i + p + w.join(' ') + eol).join(''), setup }));
    let found = 0;
    fc.assert(
      fc.property(richNote, ({ text, setup }) => {
        const places = findPlaces(scanNote(text), setup);
        if (places.length === 0) return;
        found++;
        expect(mayHoldCommitments(text, setup)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(200);
  });

  it('should look past a commitments tag only where it is not there', () => {
    expect(mayHoldCommitments('- walk #COMMITMENT')).toBe(true);
    expect(mayHoldCommitments('Title\n= = =\n', { headings: ['title'] })).toBe(false);
    expect(mayHoldCommitments('My commitments\n===\n- walk\n')).toBe(true);
    expect(mayHoldCommitments('My commitments\r\n--- \r\n- walk\r\n')).toBe(true);
    expect(mayHoldCommitments('## Notes #commitment\n- walk\n')).toBe(true);
    expect(mayHoldCommitments('- walk #Übung', { tag: 'übung' })).toBe(true);
    expect(mayHoldCommitments('- walk #uebung', { tag: 'übung' })).toBe(false);
    expect(mayHoldCommitments('## Notes\n- walk # commitment\n')).toBe(false);
    expect(mayHoldCommitments('## Action [[Todo|items]]\n- walk daily\n')).toBe(true);
    // Lower case before links are undone, as the full reading does: here the sigma is final only while "]]" follows it.
    const sigma = '## [[ΟΔΟΣ]][[\u200b]]FF\n- walk\n';
    expect(findPlaces(scanNote(sigma), { headings: ['ΟΔΟΣ'] })).toHaveLength(1);
    expect(mayHoldCommitments(sigma, { headings: ['ΟΔΟΣ'] })).toBe(true);
  });

  it('should stay quick on long runs of punctuation, whatever heading names are set', () => {
    // Names with a dash set apart once made the quick look take seconds on such headings (counted in steps, not time:
    // a backtracking match would not finish within the test's limit).
    const setups = [{ headings: ['Session - notes'] }, { headings: ['- Commitments'] }, { headings: ['Session - Commitments'] }];
    const texts = ['## Session ' + '—'.repeat(3000), '## ' + '='.repeat(3000), `${'.'.repeat(3000)}\n---\n`, '## Session ' + ' .'.repeat(3000)];
    for (const setup of setups) {
      for (const text of texts) expect(mayHoldCommitments(text, setup)).toBe(false);
    }
    // And still finds what it should.
    expect(mayHoldCommitments('## Session — — notes\n- walk\n', { headings: ['Session - notes'] })).toBe(true);
    expect(mayHoldCommitments('## My commitments\n- walk\n', { headings: ['- Commitments'] })).toBe(true);
  });

  it('should not throw on a YAML parser that throws something other than an Error', () => {
    const note = `---\nclient: Dana # a comment, so the parser is asked\n---\n## Commitments\n- ${strong}`;
    const parsed = parseNote(note, {
      parseYaml: () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point of this test: a parser that throws a non-Error
        throw 'no';
      },
    });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['invalid-frontmatter']);
    expect(parsed.commitments).toHaveLength(1);
  });
});

describe('headingMatcher', () => {
  it('should find a name in a heading exactly where its words stand whole after normalising (the quick look on the raw text drops none)', () => {
    // The definition, without the quick look headingMatcher takes first: lower case, links by their shown text,
    // anything but letters, digits, spaces and dashes as a space, one space between words.
    const normalise = (text: string) =>
      ` ${text
        .toLowerCase()
        .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
        .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()} `;
    const byDefinition = (names: readonly string[], heading: string) => {
      const h = normalise(heading);
      return names.map(normalise).some((n) => n.trim() !== '' && h.includes(n));
    };
    const lists = [[...defaultHeadings], ['Hausaufgaben', 'next steps'], ['Action items:', 'If/then plans', 'commitments '], ['-'], ['İş planı', 'ΟΔΟΣ'], ['\u212Aey steps']];
    const pieces = ['Commitments', 'my', 'ACTION', 'items', 'next', 'STEPS', 'Hausaufgaben', 'If', 'then', 'plans', 'key', 'İş', 'planı', 'οδος', 'ΟΔΟΣ', '[[Notes|Action items]]', '[[Action]]', '**items**', '-', '–', '/', ':', '  ', '#', 'x'];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.constantFrom(' ', '', '-'), (names, words, between) => {
        const heading = words.join(between);
        const expected = byDefinition(names, heading);
        if (expected) matched++;
        expect(headingMatcher(names)(heading)).toBe(expected);
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(200);
  });
});
