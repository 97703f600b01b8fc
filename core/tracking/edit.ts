import { type Line, splitLines } from '../markdown/lines.js';

/**
 * One change to a note, by 0-based line of the original text. `track` only
 * inserts lines and appends a block id; `replace` and `delete` only heal
 * copies of its own lines left by a sync merge.
 */
export type Edit =
  | { kind: 'insert'; after: number; order: number; lines: string[] }
  | { kind: 'append'; line: number; text: string }
  | { kind: 'replace'; line: number; from: string; to: string }
  | { kind: 'delete'; line: number; from: string };

/** The line ending most used in a note (CRLF stays CRLF); `\n` for a note of one line. */
export function eolOf(lines: readonly Line[]): '\n' | '\r\n' | '\r' {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (const line of lines) {
    if (line.eol === '\n') lf++;
    else if (line.eol === '\r\n') crlf++;
    else if (line.eol === '\r') cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** A line of the edited note: kept, removed or added, with the 0-based line it sits at in each version. */
interface Row {
  op: ' ' | '-' | '+';
  text: string;
  /** The line ending written after it in the new note (for kept and added lines). */
  eol: string;
  before: number;
  after: number;
}

/** Lay the edits over the note's lines, in order. */
function rowsOf(text: string, edits: readonly Edit[]): Row[] {
  const lines = splitLines(text);
  const eol = eolOf(lines);
  const inserts = new Map<number, Array<{ order: number; seq: number; lines: string[] }>>();
  const appends = new Map<number, string[]>();
  const replaces = new Map<number, string>();
  const deletes = new Set<number>();
  edits.forEach((edit, seq) => {
    if (edit.kind === 'insert') {
      const list = inserts.get(edit.after) ?? [];
      list.push({ order: edit.order, seq, lines: edit.lines });
      inserts.set(edit.after, list);
    } else if (edit.kind === 'append') {
      appends.set(edit.line, [...(appends.get(edit.line) ?? []), edit.text]);
    } else if (lines[edit.line]?.text === edit.from) {
      // A replace or delete applies only to the line it was planned against.
      if (edit.kind === 'replace') replaces.set(edit.line, edit.to);
      else deletes.add(edit.line);
    }
  });

  const rows: Row[] = [];
  let after = 0;
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    const added = (inserts.get(index) ?? []).sort((a, b) => a.order - b.order || a.seq - b.seq).flatMap((g) => g.lines);
    if (deletes.has(index)) {
      rows.push({ op: '-', text: line.text, eol: '', before: index, after });
    } else {
      const changed = replaces.has(index) || appends.has(index);
      const newText = (replaces.get(index) ?? line.text) + (appends.get(index) ?? []).join('');
      // The last line keeps its (missing) ending unless lines are added after it.
      const lineEol = line.eol || (isLast && added.length > 0 ? eol : '');
      if (changed) rows.push({ op: '-', text: line.text, eol: '', before: index, after });
      rows.push({ op: changed ? '+' : ' ', text: newText, eol: lineEol, before: index, after });
      after++;
    }
    added.forEach((newLine, k) => {
      const lastOfAll = isLast && k === added.length - 1;
      rows.push({ op: '+', text: newLine, eol: lastOfAll ? line.eol : eol, before: index + 1, after });
      after++;
    });
  });
  return rows;
}

/** Apply edits to a note, keeping every byte they do not touch. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  return rowsOf(text, edits)
    .filter((row) => row.op !== '-')
    .map((row) => row.text + row.eol)
    .join('');
}

/** Show what edits would change, as a unified diff with 3 lines of context (for `--dry-run`). */
export function describeEdits(path: string, text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return '';
  const rows = rowsOf(text, edits);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  const context = 3;
  let k = 0;
  while (k < rows.length) {
    if (rows[k]?.op === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    for (;;) {
      while (end < rows.length && rows[end]?.op !== ' ') end++;
      let gap = end;
      while (gap < rows.length && rows[gap]?.op === ' ') gap++;
      if (gap < rows.length && gap - end <= context * 2) end = gap;
      else {
        end = Math.min(rows.length, end + context);
        break;
      }
    }
    const hunk = rows.slice(start, end);
    const first = hunk[0];
    const aCount = hunk.filter((r) => r.op !== '+').length;
    const bCount = hunk.filter((r) => r.op !== '-').length;
    out.push(`@@ -${(first?.before ?? 0) + 1},${aCount} +${(first?.after ?? 0) + 1},${bCount} @@`);
    for (const row of hunk) out.push(`${row.op}${row.text}`);
    k = end;
  }
  return out.join('\n');
}
