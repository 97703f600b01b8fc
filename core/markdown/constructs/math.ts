// Math blocks (`$$ … $$`), as Obsidian reads them: a line starting with `$$`
// opens one, which ends at a line ending with `$$` (the same line when it holds both).

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
