import { describe, expect, it } from 'vitest';
import { applyEdits, planTrack, scanNote } from '../../core/index.js';
import { buildCache } from '../obsidian-fake/metadata.js';
import { on } from '../support/yaml.js';

// Issue 12, "the id lands inside code", the cases the first fix left: where a
// fence or indented code ends, read as CommonMark reads it (spec 0.31, "Fenced
// code blocks" and "List items": a container's end closes the code in it; a
// closing fence is indented under four columns; code has no lazy lines).
// Each reading is held to an independent one (remark, through the Obsidian
// fake's cache builder, test/obsidian-fake/metadata.ts); the recordings in
// ../shared/data/obsidian-metadata hold none of these shapes. Each test failed
// on the scanner before this fix: it read a commitment inside code, and
// tracking wrote the id and a checklist into the code block.

const head = '---\nsession: 2026-11-23\n---\n## Commitments\n\n';
const walk = '- I will walk every day after lunch.';
const read = '- I will read ten pages every night.';

function track(text: string): string {
  return applyEdits(text, planTrack(text, on('2026-11-23')).edits);
}

/** Each list item's line, end and parent, as the scanner reads them and as remark does. */
function readings(text: string): { scanner: number[][]; remark: number[][] } {
  return {
    scanner: scanNote(text).listItems.map((i) => [i.line, i.endLine, i.parent]),
    remark: (buildCache(text).listItems ?? []).map((i) => [i.position.start.line, i.position.end.line, i.parent]),
  };
}

/** Whether every line of `before` is in `after`, unchanged and in order (new lines may come between). */
function keepsEveryLine(before: string, after: string): boolean {
  const want = before.split('\n');
  let k = 0;
  for (const line of after.split('\n')) if (line === want[k]) k++;
  return k === want.length;
}

describe('code in and around list items ends where CommonMark ends it', () => {
  it('should not close a fence with a fence line indented four columns or more', () => {
    // The second ``` is code inside the block: the block runs on over the plan.
    const text = `${head}\`\`\`\n    \`\`\`\n${read}\n\`\`\`\n`;
    const { scanner, remark } = readings(text);
    expect(scanner).toEqual([]);
    expect(scanner).toEqual(remark);
    expect(track(text)).toBe(text);
  });

  it('should end a fence in a list item where the item ends, so a fence after it opens a block of its own', () => {
    // Line 6 (```) is not indented into the item: the item ends, its fence with it,
    // and the line opens a top-level fence that holds the second plan.
    const text = `${head}${walk}\n    \`\`\`\n\`\`\`\n${read}\n\`\`\`\n`;
    const { scanner, remark } = readings(text);
    expect(scanner).toEqual([[5, 6, -5]]);
    expect(scanner).toEqual(remark);
    const after = track(text);
    expect(after).not.toMatch(/every night\. \^ft-/);
    expect(after).toContain(`\`\`\`\n${read}\n\`\`\`\n`);
    expect(keepsEveryLine(text, after)).toBe(true);
  });

  it('should read a fence after a nested item in the outer item, and write nothing into it when it is left open', () => {
    // Line 7 (```) is indented to the outer item, not the nested one: the nested item ends, and the fence is the
    // outer item's. Line 8 (indented four more) does not close it; line 10 does; line 11 opens another, open to the
    // end of the item. A checklist added after line 11 would be code. (A property run found this, FT_RUNS=20000.)
    const text = `${head}${walk}\n  - after the walk, stretch\n  \`\`\`\n      \`\`\`\n  - [ ] code, not a task\n  \`\`\`\n    \`\`\`\n${read}\n`;
    // (The scanner and the fake's remark reading differ on where the outer item's own text ends here, after its
    // nested item; the recordings hold no such shape. What matters below is what tracking writes.)
    const after = track(text);
    // Nothing was added under the walk: every added line comes after the reading plan.
    const added = after.split('\n').filter((line) => !text.split('\n').includes(line));
    expect(added.some((line) => /every night\. \^ft-/.test(line))).toBe(true);
    expect(after.slice(0, after.indexOf(read.slice(2)))).toBe(text.slice(0, text.indexOf(read.slice(2))));
  });

  it('should read the item after an unclosed fence in the item before it', () => {
    const text = `${head}${walk}\n  \`\`\`\n  code\n${read}\n`;
    const { scanner, remark } = readings(text);
    expect(scanner).toEqual([
      [5, 7, -5],
      [8, 8, -5],
    ]);
    expect(scanner).toEqual(remark);
    expect(track(text)).toMatch(/every night\. \^ft-[a-z0-9]{6}\n/);
  });

  it('should end a fence in a list item in a quote where the item ends', () => {
    const text = '> - a\n>   ```\n> - b\n> - c\n';
    const { scanner, remark } = readings(text);
    expect(scanner).toEqual([
      [0, 1, -1],
      [2, 2, -1],
      [3, 3, -1],
    ]);
    expect(scanner).toEqual(remark);
  });

  it('should not read the line after indented code in an item as that item’s words', () => {
    // Indented code is not paragraph text: a line at column 0 after it ends the list.
    const text = `${head}${walk}\n\n      code\nwords\n${read}\n`;
    const { scanner, remark } = readings(text);
    expect(scanner).toEqual([
      [5, 7, -5],
      [9, 9, -9],
    ]);
    expect(scanner).toEqual(remark);
  });

  it('should read a backtick line with a backtick after its run as words, not as a fence, inside an item', () => {
    // "```a```" is inline code: the item's text goes on, and the next item is read.
    const text = '- a\n  ```a```\n- b\n```\n';
    const { scanner, remark } = readings(text);
    expect(scanner).toEqual([
      [0, 1, -1],
      [2, 2, -1],
    ]);
    expect(scanner).toEqual(remark);
  });

  it('should read a lone tag after words in a nested item as a lazy line, not as HTML that hides the next item', () => {
    // A lone tag (CommonMark's HTML kind 7) may not interrupt a paragraph: after the nested
    // item's words it goes on that paragraph, and `  - d` is an item of the outer list again.
    const text = '- a\n  - c\ntext\n  <span>\n  - d\n';
    const { scanner, remark } = readings(text);
    expect(scanner.map(([line, , parent]) => [line, parent])).toEqual([
      [0, -1],
      [1, 0],
      [4, 0],
    ]);
    expect(scanner.map(([line, , parent]) => [line, parent])).toEqual(remark.map(([line, , parent]) => [line, parent]));
  });
});
