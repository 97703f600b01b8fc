// Columns and blanks, as CommonMark counts them (tab stops every four columns).

export function isSpaceOrTab(ch: number): boolean {
  return ch === 32 || ch === 9;
}


/** Columns of spaces and tabs in `text` from `from`, which sits at column `startColumn` (tab stops every 4). */
export function indentFrom(text: string, from: number, startColumn = 0): { columns: number; end: number } {
  let column = startColumn;
  let i = from;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
  }
  return { columns: column - startColumn, end: i };
}

/** Whether `text` from `from` is empty or whitespace only, as String.prototype.trim sees it. */
export function blankAfter(text: string, from: number): boolean {
  if (from >= text.length) return true;
  return /^\s*$/.test(text.slice(from));
}


export function leadingChars(text: string, columns: number, from = 0): number {
  let column = 0;
  let i = from;
  while (i < text.length && column < columns) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - (column % 4);
    else break;
    i++;
  }
  return i - from;
}
