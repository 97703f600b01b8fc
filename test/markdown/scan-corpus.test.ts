import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanNote, type ScannedNote } from '../../core/markdown/scan.js';
import { markdownFiles, sharedData } from '../support/shared.js';

/** What must hold for any note, whatever its text: the broken rules, none when all is well. */
function problems(scan: ScannedNote): string[] {
  const found: string[] = [];
  const lineCount = scan.lines.length;
  const itemLines = new Set<number>();
  let previous = -1;
  for (const item of scan.listItems) {
    const at = `item on line ${item.line}`;
    if (item.line < previous) found.push(`${at} comes after line ${previous}`);
    if (item.endLine < item.line || item.endLine >= lineCount) found.push(`${at} ends on line ${item.endLine}`);
    if (item.parent >= 0) {
      // A parent comes before its child (or opens on the same line: `- [ ] 1. a`).
      if (item.parent > item.line || !itemLines.has(item.parent)) found.push(`${at} has parent ${item.parent}`);
    } else if (-item.parent > Math.max(1, item.line)) {
      found.push(`${at} has root parent ${item.parent}`);
    }
    itemLines.add(item.line);
    previous = item.line;
  }
  let lastEnd = -1;
  for (const section of scan.sections) {
    const at = `${section.type} section ${section.startLine}-${section.endLine}`;
    if (section.startLine <= lastEnd) found.push(`${at} overlaps the one before`);
    if (section.endLine < section.startLine || section.endLine >= lineCount) found.push(`${at} is out of bounds`);
    lastEnd = section.endLine;
  }
  for (const heading of scan.headings) {
    if (heading.level < 1 || heading.level > 6) found.push(`heading on line ${heading.line} has level ${heading.level}`);
  }
  return found;
}

const dir = sharedData('markdown-corpus');
const files = dir ? markdownFiles(dir) : [];

describe.skipIf(!dir)('scanNote on the shared markdown corpus', () => {
  it('should have notes to read', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('should read every note without throwing, and consistently', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let scan: ScannedNote | undefined;
      expect(() => {
        scan = scanNote(text);
      }, file).not.toThrow();
      if (scan) expect(problems(scan), file).toEqual([]);
    }
  });

  it('should read every note cut at any line without throwing', () => {
    // Truncated notes leave fences, comments, quotes and frontmatter open.
    for (const file of files.slice(0, 60)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let cut = 0; cut < lines.length; cut += 7) {
        expect(() => scanNote(lines.slice(cut).join('\n')), `${file} from line ${cut}`).not.toThrow();
      }
    }
  });
});

describe('scanNote on hostile input', () => {
  const n = 50_000;
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['only newlines', '\n\r\n\r'.repeat(1000)],
    ['heading with a long run of spaces', '# a' + ' '.repeat(n) + 'b'],
    ['table delimiter with a long run of spaces', 'a | b\n---' + ' '.repeat(n) + 'x'],
    ['many nested ordered markers on one line', '1. '.repeat(n) + 'x'],
    ['many nested bullets on one line', '- '.repeat(n) + 'x'],
    ['bullets ending in a thematic break', '- '.repeat(n) + '\n' + '* '.repeat(n)],
    ['an unclosed tag with many attributes', '<a' + ' b'.repeat(n) + ' c="'],
    ['an unclosed tag with a long run of spaces', '<a' + ' '.repeat(n) + 'x'],
    ['deep quotes', '> '.repeat(n) + '- [ ] x'],
    ['block id look-alikes', ' ^a'.repeat(n) + '!'],
    ['unclosed frontmatter', '---\n' + 'a: b\n'.repeat(n)],
    ['unclosed comment and fence', '%%\n```\n<!--\n$$\n' + '- [ ] x\n'.repeat(1000)],
    ['tabs and zero-width spaces', '\t\u200b- [ ]\t\u200b\n'.repeat(1000)],
    ['deep nesting then lazy lines', Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n') + '\nlazy'.repeat(2000)],
  ];
  it.each(cases)('should read %s without throwing', (_name, text) => {
    // No timing here (speed is the benchmark's job); a regex that backtracks on these runs for many seconds and trips vitest's own timeout.
    const scan = scanNote(text);
    expect(problems(scan)).toEqual([]);
  });

  it('should read a note with 30,000 list items', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => (i % 3 ? '    ' : '') + `- [ ] task ${i}` + (i % 7 ? '' : '\n')).join('\n');
    const scan = scanNote(text);
    expect(scan.listItems).toHaveLength(30_000);
  });
});
