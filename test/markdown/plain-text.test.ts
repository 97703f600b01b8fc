// A commitment's words as plain text. The core reads them with micromark's events
// rather than through unified, to keep the plugin small; this checks that the answers
// are the ones unified().use(remarkParse) gives, with the same blocks turned off (a piece
// is a paragraph's lines: core/markdown/plain-text.ts says why), on random inline Markdown
// and on every plan of the shared corpus; and that on the shared notes turning them off
// changes no commitment's words.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { emphasisText } from '../../core/markdown/emphasis.js';
import { blocksOff, toPlainTexts } from '../../core/markdown/plain-text.js';
import { scanNote } from '../../core/markdown/scan.js';
import { ownSource } from '../../core/note.js';

const processor = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: blocksOff } }]);
/** remark as it reads a whole document, every block on. */
const documentProcessor = unified().use(remarkParse);

/** The plain text of one piece, the way the core read it when it went through unified. */
function throughUnified(source: string, reader = processor): string {
  const tree: Root = reader.parse(source);
  return tree.children
    .filter((node) => node.type !== 'html')
    .map((node) => toString(node, { includeHtml: false }))
    .join('\n');
}

const tidy = (s: string) => s.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();

/** Pieces that hold Markdown the core hands to the parser (no Obsidian syntax, which is stripped first). */
const inline = fc
  .array(
    fc.constantFrom(
      ...['*', '_', '`', '[', ']', '(', ')', '<', '>', '&amp;', '&', '!', '\\', '~', 'a', 'run', ' ', 'x', 'http://a.b', '1. ', '- '],
      // Line breaks and the blocks a commitment's own words can hold (a nested list is an item of its own in
      // the scan, never part of these words): quotes, fenced code, headings, references (named
      // and numeric), HTML, images, definitions.
      ...['\n', '\n> ', '\n```\n', '\n# ', '&#35;', '&#x41;', '&copy;', '&nosuch;', '<b>', '<!-- c -->', '![alt](i.png)', '\n[a]: http://x\n', '[a]', '`` ` ``', '<http://a.b>'],
    ),
    {
      minLength: 1,
      maxLength: 14,
    },
  )
  // Each piece holds a mark, so it is read by the parser (plain prose is left as it is, see toPlainTexts).
  .map((parts) => `go *it* ${parts.join('')} now`)
  .filter((piece) => !piece.includes('[['));

describe('plain text from inline Markdown', () => {
  it('should give what unified with remark-parse gives, for any inline Markdown', () => {
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 4 }), (pieces) => {
        expect(toPlainTexts(pieces)).toEqual(pieces.map((p) => tidy(throughUnified(p))));
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 300) },
    );
  });

  // A line of words with `*` pairs around words is read without micromark (core/markdown/emphasis.ts). Random
  // lines of star runs by letters, spaces, tabs, NBSP, punctuation, symbols and astral characters (most of them
  // left to micromark), and lines of such pairs (most of them read without it): all as remark reads them.
  const starLine = fc
    .array(fc.constantFrom(...['*', '**', '***', '****', 'a', 'Dana', 'é', ' ', '\t', '.', ':', '(', ')', '"', '—', '😀', '€', '\u00a0', '-', '#', '1', '+', '=', '%']), {
      minLength: 1,
      maxLength: 16,
    })
    .map((parts) => parts.join(''));
  const word = fc.constantFrom(...['Dana', 'me', 'é', 'send', 'the deck', '😀', 'x', 'Tomás', '2pm', ' x', 'y ', '(z)']);
  const pairLine = fc
    .array(fc.tuple(fc.constantFrom('', '*', '**', '**', '***'), word, fc.constantFrom(' ', ': ', ', ', ' (', ') ', '—', '"', '', '.', ' 😀 ', '\u00a0')), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.map(([mark, w, gap]) => `${mark}${w}${mark}${gap}`).join(''));

  it('should read a line of `*` emphasis without micromark exactly as remark does', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.oneof(starLine, pairLine), (line) => {
        const expected = tidy(throughUnified(line));
        // (A line with no `*` is prose to toPlainTexts, parsed by neither; tags, highlights and comments, which `#`,
        // `==` and `%%` may make, are taken out before: neither is what this looks at.)
        if (line.includes('*') && !/[#=%]/.test(line)) expect(toPlainTexts([line])).toEqual([expected]);
        const fastText = emphasisText(line);
        if (fastText !== undefined) {
          fast++;
          expect(tidy(fastText)).toEqual(expected);
        }
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 2000) },
    );
    expect(fast).toBeGreaterThan(100);
    for (const line of ['**Dana**: send the deck', '*a* and **b**', '"**a**"', '**Me**: go 😀 *x*.', '**Tomás** (me)', '***a*** b']) {
      expect(emphasisText(line)).toBeDefined();
      expect(toPlainTexts([line])).toEqual([tidy(throughUnified(line))]);
    }
    // Left to micromark: nested or unequal runs, a run that both opens and closes, blocks, other marks, NUL.
    for (const line of ['***a** b*', '*a **b** c*', '**a*', 'a*"b"*', '*a*b*c*', '****a**', '**a** b**', 'x ** a**', 'x **a **', '**a**b', 'a**b**', '* a', '*** ', '** *', '# **a**', '- **a**', '1. **a**', '    **a**', '**a**\nb', '**a** _b_', '**a\u0000**']) {
      expect(emphasisText(line)).toBeUndefined();
      if (!line.includes('#')) expect(toPlainTexts([line])).toEqual([tidy(throughUnified(line))]);
    }
  });

  it('should read hard breaks as the tree does', () => {
    const pieces = ['go *it*  \nnow', 'go *it*\\\nnow', 'go *it*   \n  now'];
    expect(toPlainTexts(pieces)).toEqual(pieces.map((p) => tidy(throughUnified(p))));
  });

  it('should read each piece on its own: a mark left open in one does not swallow the next', () => {
    expect(toPlainTexts(['go *it*\n`now', 'walk *daily*', 'a <div>', 'b *c*'])).toEqual(['go it\n`now', 'walk daily', 'a', 'b c']);
  });

  it('should read block syntax in a piece as words, as a paragraph holds it', () => {
    expect(toPlainTexts(['go *it*\n# now', 'walk *daily*\n===', '- run *far*'])).toEqual(['go it\n# now', 'walk daily\n===', '- run far']);
  });

  // The pieces the core hands over are an item's paragraph lines, read as a paragraph holds them: on real notes,
  // each list item's own words read as remark reads that item's paragraphs in the whole note. (Read as a document of
  // their own with every block on, some would not: "1. the user clicked Cancel", indented under an item's
  // paragraph, goes on with it in the note, and would start a list in a document of its own.)
  const shared = path.resolve(import.meta.dirname, '../../../shared/data');
  it.skipIf(!existsSync(shared))("should read every list item of the shared notes as remark reads its paragraphs in the note (skipped without ../shared)", () => {
    const texts: string[] = [];
    const corpus = path.join(shared, 'markdown-corpus');
    for (const file of readdirSync(corpus, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.md')) texts.push(readFileSync(path.join(corpus, file), 'utf8'));
    const recorded = path.join(shared, 'obsidian-metadata');
    for (const file of readdirSync(recorded)) {
      if (!file.endsWith('.json')) continue;
      const contents = (JSON.parse(readFileSync(path.join(recorded, file), 'utf8')) as { fileContents?: unknown }).fileContents;
      if (typeof contents === 'string') texts.push(contents);
    }
    let pieces = 0;
    let changed = 0;
    const differ: string[] = [];
    for (const text of texts) {
      const byLine = new Map<number, string>();
      const visit = (node: Root | Root['children'][number]): void => {
        if (node.type === 'listItem' && node.position) {
          const paragraphs = node.children.filter((child) => child.type === 'paragraph');
          byLine.set(node.position.start.line - 1, paragraphs.map((p) => toString(p, { includeHtml: false })).join('\n'));
        }
        if ('children' in node) for (const child of node.children) visit(child);
      };
      visit(documentProcessor.parse(text));
      const scan = scanNote(text);
      for (const item of scan.listItems) {
        const source = ownSource(scan, item);
        const inNote = byLine.get(item.line);
        // Obsidian's own blocks (math, comments) and a frontmatter remark reads as a break are not remark's to say.
        if (!source.trim() || inNote === undefined || /\$\$|%%/.test(text)) continue;
        pieces++;
        // Where the blocks turned off make a difference, the words are the ones the note holds. (remark without
        // GFM reads a task's box as words; the scan reads the words after it.)
        const words = tidy(throughUnified(source));
        const asDocument = tidy(throughUnified(source, documentProcessor));
        if (words === asDocument) continue;
        changed++;
        const expected = tidy(inNote.replace(/^\[[^\]]\] /, ''));
        if (words !== expected) differ.push(`${words} ≠ ${expected} (as a document: ${asDocument})`);
      }
    }
    expect(differ).toEqual([]);
    expect(pieces).toBeGreaterThan(1000);
    expect(changed).toBeGreaterThan(0);
  });

  const corpus = path.resolve(import.meta.dirname, '../../../shared/data/commitment-corpus/real-plans.jsonl');
  it.skipIf(!existsSync(corpus))('should give what unified with remark-parse gives, on every real plan (skipped without ../shared)', () => {
    const texts = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text?: unknown }).text)
      .map((text) => (typeof text === 'string' ? text : ''))
      .filter((t) => /[*_`[\]<>&!\\~]/.test(t) && !/\[\[|%%|==|#\w|\[\^/.test(t));
    expect(texts.length).toBeGreaterThan(0);
    expect(toPlainTexts(texts)).toEqual(texts.map((t) => tidy(throughUnified(t))));
  });
});
