/** One physical line of a note: its text without the line ending, and where it sits. */
export interface Line {
  /** Text of the line, without `\n` or `\r\n`. */
  text: string;
  /** Offset of the first character in the note. */
  start: number;
  /** The line ending that follows (`''` for the last line). */
  eol: '' | '\n' | '\r\n' | '\r';
}

/** Split a note into lines, keeping each line's ending so nothing is lost. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  if (!text.includes('\r')) {
    // The common case: only \n endings, found by the engine's own search.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ text: text.slice(start, i), start, eol: '\n' });
      start = i + 1;
    }
    lines.push({ text: text.slice(start), start, eol: '' });
    return lines;
  }
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      lines.push({ text: text.slice(start, i), start, eol: '\n' });
      start = i + 1;
    } else if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) {
        lines.push({ text: text.slice(start, i), start, eol: '\r\n' });
        i++;
      } else {
        lines.push({ text: text.slice(start, i), start, eol: '\r' });
      }
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), start, eol: '' });
  return lines;
}

/** Measure leading whitespace in columns, with tab stops every 4 columns. */
export function indentWidth(text: string): number {
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** Whether a line holds only whitespace. */
export function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/**
 * A line with its inline code spans (`` `a %% b` ``) blanked out, so that what
 * looks like a comment or math marker inside code is not read as one: a run of
 * backticks and the next run of the same length close a span.
 */
export function withoutCodeSpans(text: string): string {
  return text.includes('`') ? text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (m) => ' '.repeat(m.length)) : text;
}

/** How many times `needle` occurs in `text`, not overlapping. */
export function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
