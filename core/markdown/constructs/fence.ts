// A fenced code block: how it starts (a run of backticks or tildes) and how it ends (a closing run).

import { indentWidth, isBlank } from '../lines.js';

export const fenceRe = /^(`{3,}|~{3,})/;

/**
 * The run of an opening code fence in `trimmed` (a line trimmed at the start,
 * indented under four columns in its container), if it opens one: three or
 * more backticks or tildes; a backtick fence's info string holds no backtick
 * (else the line is inline code).
 */
export function fenceOpen(trimmed: string): string | undefined {
  const run = fenceRe.exec(trimmed)?.[1];
  if (!run) return undefined;
  if (run.startsWith('`') && trimmed.includes('`', run.length)) return undefined;
  return run;
}

/**
 * Whether `content` (a line with its container's prefix taken off) closes the
 * fence opened with `run`: under four columns of indent, a run of the same
 * character at least as long, then only spaces or tabs. A fence indented four
 * or more columns is code inside the block, not its end.
 */
export function closesFence(run: string, content: string): boolean {
  if (indentWidth(content) >= 4) return false;
  const trimmed = content.trimStart();
  if (!trimmed.startsWith(run)) return false;
  const ch = run.charCodeAt(0);
  let i = run.length;
  while (trimmed.charCodeAt(i) === ch) i++;
  return isBlank(trimmed.slice(i));
}
