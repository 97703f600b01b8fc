// The plain text of a one-line paragraph whose only Markdown is `*` emphasis ("**Dana**: send the deck"), read
// without micromark: the text micromark's attention construct (micromark-core-commonmark/lib/attention.js) leaves,
// worked out the same way, step for step. Most pieces with a mark in a vault are of this kind, and micromark
// costs more to set up for a piece than the piece is long. test/markdown/plain-text.test.ts holds it to remark.

/** A run of `*` still open to matching, or text (a run left unmatched is text too). */
type Node = { run: true; len: number; open: boolean; close: boolean } | { run: false; text: string };

/** How micromark classes the code unit next to a run: 1 whitespace (or the line's edge), 2 punctuation or a symbol, 0 other. */
function classOf(text: string, at: number): 0 | 1 | 2 {
  if (at < 0 || at >= text.length) return 1;
  const ch = text.charAt(at); // one UTF-16 code unit, as micromark reads them
  if (/\s/.test(ch)) return 1;
  if (/\p{P}|\p{S}/u.test(ch)) return 2;
  return 0;
}

/** Whether a piece is one paragraph line whose only Markdown is `*`: then `emphasisText` reads it. */
export function isEmphasisOnly(text: string): boolean {
  // Not a line that opens a block (a heading, quote, table, list, setext line or indented code); nothing but `*`
  // that inline Markdown reads; no NUL, which micromark reads as U+FFFD.
  if (!/^(?![\s#>|=+\-\d])[^\n\r_`[\]<>&!\\~]+$/.test(text) || text.includes('\u0000')) return false;
  if (text.charCodeAt(0) !== 42) return true;
  // A line that opens with `*` is a paragraph only when the run is followed by something other than a space or
  // tab (else it is a list item or a thematic break).
  let k = 0;
  while (text.charCodeAt(k) === 42) k++;
  return k < text.length && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9;
}

/** The plain text of a piece `isEmphasisOnly` accepts: the `*` that make emphasis taken out, the rest as written. */
export function emphasisText(text: string): string {
  const nodes: Node[] = [];
  let from = 0;
  for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', from)) {
    if (i > from) nodes.push({ run: false, text: text.slice(from, i) });
    let end = i;
    while (text.charCodeAt(end) === 42) end++;
    const before = classOf(text, i - 1);
    const after = classOf(text, end);
    nodes.push({ run: true, len: end - i, open: after === 0 || (after === 2 && before !== 0), close: before === 0 || (before === 2 && after !== 0) });
    from = end;
  }
  if (from < text.length) nodes.push({ run: false, text: text.slice(from) });
  return resolve(nodes)
    .map((n) => (n.run ? '' : n.text))
    .join('');
}

/** micromark's resolveAllAttention on the nodes: matched runs become groups (here, their inner text); runs left are text. */
function resolve(nodes: Node[]): Node[] {
  for (let index = 0; index < nodes.length; index++) {
    const closer = nodes[index];
    if (!closer?.run || !closer.close) continue;
    for (let open = index - 1; open >= 0; open--) {
      const opener = nodes[open];
      if (!opener?.run || !opener.open) continue;
      // The rule of three, on the runs' lengths as they are now.
      if ((opener.close || closer.open) && closer.len % 3 && !((opener.len + closer.len) % 3)) continue;
      const use = opener.len > 1 && closer.len > 1 ? 2 : 1;
      opener.len -= use;
      closer.len -= use;
      // What sits between is resolved on its own; its runs left unmatched are text and match nothing outside.
      const inner = resolve(nodes.slice(open + 1, index))
        .map((n) => (n.run ? '' : n.text))
        .join('');
      const next: Node[] = [];
      if (opener.len > 0) next.push(opener);
      next.push({ run: false, text: inner });
      const closerLeft = closer.len > 0;
      if (closerLeft) next.push(closer);
      nodes.splice(open, index - open + 1, ...next);
      // The closer is looked at again while it has marks left; else the node after the group (the loop adds one).
      index = open + next.length - (closerLeft ? 2 : 1);
      break;
    }
  }
  return nodes.map((n) => (n.run ? { run: false, text: '*'.repeat(n.len) } : n));
}
