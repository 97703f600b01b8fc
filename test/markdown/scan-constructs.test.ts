import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanNote } from '../../core/markdown/scan.js';
import { markdownFiles, sharedData } from '../support/shared.js';
import { scanNote as scanNoteV2 } from './frozen/scan-v2.js';

// The scanner rebuilt of constructs (core/markdown/constructs/, one a file, and
// a short driver in core/markdown/scan.ts) reads every note exactly as the one
// driver with its ten flags read it (frozen in ./frozen/scan-v2.ts): every
// field of every list item, heading, section, block id, the frontmatter and
// the lines. No difference is allowed: none was found on the shared notes nor
// in 20,000 random notes (FT_RUNS=20000) built of the constructs below.

/** Everything a scan finds, as one comparable value. */
function reading(text: string, scan: (text: string) => unknown): string {
  return JSON.stringify(scan(text));
}

/** The shared notes: the Markdown corpus, the notes recorded in Obsidian, and the peers' list notes. */
function sharedNotes(): Array<{ name: string; text: string }> {
  const notes: Array<{ name: string; text: string }> = [];
  const corpus = sharedData('markdown-corpus');
  for (const file of corpus ? markdownFiles(corpus) : []) notes.push({ name: path.relative(corpus ?? '', file), text: readFileSync(file, 'utf8') });
  const recorded = sharedData('obsidian-metadata');
  for (const file of recorded ? readdirSync(recorded).filter((f) => f.endsWith('.json')) : []) {
    const data = JSON.parse(readFileSync(path.join(recorded ?? '', file), 'utf8')) as { fileContents?: string };
    if (typeof data.fileContents === 'string') notes.push({ name: file, text: data.fileContents });
  }
  const peers = sharedData('peer-readings');
  if (peers) {
    for (const row of readFileSync(path.join(peers, 'lists.jsonl'), 'utf8').split('\n')) {
      if (row.trim() === '') continue;
      const data = JSON.parse(row) as { id: string; text: string };
      notes.push({ name: data.id, text: data.text });
    }
  }
  return notes;
}

/** What may open a line: indents (tabs too), quote and callout markers, list markers (nested, with checkboxes). */
const prefix = fc.constantFrom(
  '',
  '',
  '',
  ' ',
  '  ',
  '   ',
  '    ',
  '      ',
  '\t',
  '\t\t',
  ' \t',
  '> ',
  '>',
  '> > ',
  '>> ',
  '  > ',
  '> [!note] ',
  '> - ',
  '>   ',
  '> 1. ',
  '- ',
  '-\t',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '10. ',
  '- [ ] ',
  '- [x] ',
  '- [-] ',
  '- - ',
  '- [ ] 1. ',
  '  - ',
  '    - ',
  '  - [ ] ',
  '\t- ',
  '- > ',
  '- [😀] ',
  '1.\t',
  '- [ ]\t',
);

/** What a line may hold after its prefix: the leaf constructs' openings and closings, and words. */
const body = fc.constantFrom(
  '',
  'word',
  'I will walk',
  'go on',
  'text ^ft-abc123',
  '^blockid',
  '```',
  '```js',
  '``` a ` b',
  '~~~',
  '````',
  '%%',
  '%% hidden',
  'a %% b',
  'a %% b %% c',
  '`%%` code',
  '$$',
  '$$ x $$',
  '$$x',
  'y$$',
  '<!--',
  '<!-- a -->',
  '-->',
  '<div>',
  '</div>',
  '<span>',
  '<pre>',
  '</pre>',
  '<span class="a">',
  '<a href=x title=\'y\'>',
  '<br/>',
  '<x-y data-z>',
  '</span >',
  '<!DOCTYPE html>',
  '<![CDATA[',
  ']]>',
  '<?x',
  '?>',
  '| a | b |',
  '| - | - |',
  '|---|:-:|',
  'a | b',
  '# Heading',
  '## Commitments',
  '###### six',
  '#no',
  '## closed ##',
  '# #',
  '1x',
  '\tword',
  '===',
  '---',
  '***',
  '* * *',
  '- - -',
  '___',
  '[^1]: note',
  '[!tip] Title',
  '- ',
  '1. ',
  '- [ ] task',
  // Pieces of two lines, so the pairs that make a construct come together often.
  '| a | b |\n| --- | :-: |',
  'a | b\n-|-',
  'Title\n===',
  'Title\n---',
  '```\ncode',
  '<div>\nin',
  '%%\nhidden',
  '$$\nx',
);

const eol = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n');

const line = fc.tuple(prefix, body, eol).map(([p, b, e]) => p + b + e);

/** A note: maybe a byte-order mark, maybe frontmatter, then lines. */
const note = fc
  .tuple(fc.constantFrom('', '', '\uFEFF'), fc.constantFrom('', '', '---\na: 1\n---\n', '---\nc: 2\n...\n', '---\nb: [\n'), fc.array(line, { maxLength: 30 }))
  .map(([bom, front, lines]) => bom + front + lines.join(''));

describe('the scanner built of constructs reads what the one-function scanner read', () => {
  const notes = sharedNotes();

  it.skipIf(notes.length === 0)('should read every shared note as before, also with CRLF endings and a byte-order mark', () => {
    expect(notes.length).toBeGreaterThan(400);
    const differ: string[] = [];
    for (const { name, text } of notes) {
      for (const variant of [text, text.replace(/\r?\n/g, '\r\n'), `\uFEFF${text}`]) {
        if (reading(variant, scanNote) !== reading(variant, scanNoteV2)) differ.push(name);
      }
    }
    expect(differ).toEqual([]);
  });

  it('should read random notes of fences, comments, HTML, math, tables, headings, quotes and nested items as before', () => {
    fc.assert(
      fc.property(note, (text) => {
        expect(reading(text, scanNote)).toEqual(reading(text, scanNoteV2));
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 2000) },
    );
  });
});
