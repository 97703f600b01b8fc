import { describe, expect, it } from 'vitest';
import { scanNote } from '../../core/markdown/scan.js';

/** Items as `line-end parent`, the way Obsidian's listItems read. */
function items(text: string): string[] {
  return scanNote(text).listItems.map((i) => `${i.line}-${i.endLine} ${i.parent}`);
}
function sections(text: string): string[] {
  return scanNote(text).sections.map((s) => `${s.type} ${s.startLine}-${s.endLine}`);
}

describe('scanNote list rules (as recorded from Obsidian)', () => {
  it('should give a root item minus the first line of its list, and -1 for a list on line 0', () => {
    expect(items('- a\n  - b\n- c')).toEqual(['0-0 -1', '1-1 0', '2-2 -1']);
    expect(items('text\n\n- a\n- b')).toEqual(['2-2 -2', '3-3 -2']);
  });

  it('should start a new list at a different bullet or delimiter', () => {
    expect(items('- a\n* b\n+ c\n1. d\n1) e')).toEqual(['0-0 -1', '1-1 -1', '2-2 -2', '3-3 -3', '4-4 -4']);
    expect(sections('- a\n* b')).toEqual(['list 0-0', 'list 1-1']);
  });

  it('should keep one list across blank lines when the marker is the same', () => {
    expect(items('- a\n\n- b')).toEqual(['0-1 -1', '2-2 -1']);
    expect(sections('- a\n\n- b')).toEqual(['list 0-2']);
  });

  it('should count the blank line after a childless item into it when a sibling follows', () => {
    expect(items('1. a\n2. b\n\n3. c\n\nend')).toEqual(['0-0 -1', '1-2 -1', '3-3 -1']);
    expect(items('- a\n  - b\n\n- c')).toEqual(['0-0 -1', '1-1 0', '3-3 -1']);
    expect(items('- a\n  ```\n  x\n  ```\n\n- b')).toEqual(['0-4 -1', '5-5 -1']);
  });

  it('should read a marker right after a checkbox or marker as a nested item on the same line', () => {
    expect(items('- [ ] 1. a\n- [ ] 2 b\n- [ ] 3) c')).toEqual(['0-0 -1', '0-0 0', '1-1 -1', '2-2 -1', '2-2 2']);
    expect(items('- - a')).toEqual(['0-0 -1', '0-0 0']);
    expect(items('- * * *')).toEqual(['0-0 -1']);
  });

  it('should not read list items inside an HTML comment, which may interrupt a paragraph', () => {
    const text = 'para\n<!--\n- [ ] hidden\n-->\n\n- [ ] seen';
    expect(items(text)).toEqual(['5-5 -5']);
    expect(sections(text)).toEqual(['paragraph 0-0', 'html 1-3', 'list 5-5']);
  });

  it('should end an HTML block of a block-level tag at a blank line, and not start one for inline HTML', () => {
    expect(sections('<div>\n- a\n\n- b')).toEqual(['html 0-1', 'list 3-3']);
    expect(sections('<span>a</span>\ntext')).toEqual(['paragraph 0-1']);
    expect(sections('text\n<span>\n\n<span>\ntext')).toEqual(['paragraph 0-1', 'html 3-4']);
  });

  it('should read ATX headings and their closing hashes', () => {
    const scan = scanNote('# a #\n## b#\n### ###\n#nope\n####### seven');
    expect(scan.headings.map((h) => `${h.level} ${h.text}`)).toEqual(['1 a', '2 b#', '3 ']);
  });
});
