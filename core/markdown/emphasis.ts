// The plain text of the commonest marked piece, a line of plain words with `*` or `**` pairs around words
// ("**Dana**: send the deck"), read without micromark, which costs more to set up for a piece than the piece is
// long. Only a shape whose reading is certain is taken: each run of stars opens (after the line's start, a space
// or punctuation, before a letter) or closes (the other way round) emphasis, never both, and they alternate, each
// closer as long as its opener. In micromark's attention construct (micromark-core-commonmark/lib/attention.js)
// each closer then takes the opener before it (no rule of three: neither run can do the other's part) two stars
// at a time while both have two, then one, so both end together: the words are the line without its stars.
// Anything else goes to micromark. test/markdown/plain-text.test.ts holds it to remark.

/**
 * One paragraph line: no block opens on it (a heading, quote, table, list, setext line, indented code, or a
 * thematic break or list item of `*`), no mark but `*` that inline Markdown reads, no NUL (micromark reads U+FFFD).
 */
const lineRe = /^(?:\*+(?=[^\s*])|(?![\s#>|=+\-\d*]))[^\n\r\0_`[\]<>&!\\~]+$/;

/** Whether micromark reads a code unit beside a run as a letter (not whitespace, not the line's edge, not punctuation or a symbol). */
function isLetter(ch: string): boolean {
  return ch !== '' && !/\s|\p{P}|\p{S}/u.test(ch);
}

/** The plain text of a line of words with pairs of `*` runs around words; undefined for any other piece. */
export function emphasisText(text: string): string | undefined {
  if (!lineRe.test(text)) return undefined;
  // Words and runs of `*` by turns: runs at 1, 3, 5, …, openers at 1, 5, …, each closer two parts after its opener.
  const parts = text.split(/(\*+)/);
  for (let i = 1; i < parts.length; i += 2) {
    const opens = i % 4 === 1;
    const run = parts[i] ?? '';
    if (!opens && run !== parts[i - 2]) return undefined;
    if (isLetter((parts[i - 1] ?? '').slice(-1)) === opens || isLetter((parts[i + 1] ?? '').charAt(0)) !== opens) return undefined;
  }
  if (parts.length % 4 !== 1) return undefined; // a run left without its closer
  return parts.filter((_part, i) => i % 2 === 0).join('');
}
