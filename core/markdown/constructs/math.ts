// Math blocks (`$$ … $$`), as Obsidian reads them: a line starting with `$$`
// opens one, which ends at a line ending with `$$` (the same line when it holds both).

import type { OpenLeaf, ScanState } from './state.js';

/** Whether a line (trimmed at the start) starts a math block. */
export function startsMath(trimmed: string): boolean {
  return trimmed.startsWith('$$');
}

/** Whether the math block that `trimmed` starts stays open after its first line. */
export function leavesMathOpen(trimmed: string): boolean {
  if (!(trimmed.length < 4 || !trimmed.trimEnd().endsWith('$$') || trimmed.trim() === '$$')) return false;
  return trimmed.trim() === '$$' || !trimmed.slice(2).includes('$$');
}

/** Whether a line inside an open math block ends it. */
export function closesMath(line: string): boolean {
  return line.trimEnd().endsWith('$$');
}

/** An open math block: every line is math up to one that ends with `$$`. */
class OpenMath implements OpenLeaf {
  goOn(scan: ScanState, i: number, text: string): boolean {
    scan.extend(i);
    if (closesMath(text)) scan.leaf = undefined;
    return true;
  }
}

const openMath = new OpenMath();

/** Math opening a top-level block (not inside a paragraph, which `$$` goes on). */
export function startMath(scan: ScanState, i: number, trimmed: string): boolean {
  if (!startsMath(trimmed) || scan.section?.type === 'paragraph') return false;
  scan.open('math', i);
  if (leavesMathOpen(trimmed)) scan.leaf = openMath;
  scan.blankBefore = false;
  return true;
}
