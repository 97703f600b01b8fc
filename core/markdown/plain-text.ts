import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

// remark-parse's own parser, called directly: `unified().use(remarkParse).parse(doc)` is exactly
// `fromMarkdown(doc)` with no extensions, and unified's pipeline around it (vfile, trough, extend) was
// about 13 KB of the plugin doing nothing for a single parse. No remark-frontmatter either: the line scan
// reads frontmatter exactly as Obsidian does, and remark only ever sees a commitment's own words, never
// the top of a note. The equivalence is a test (test/markdown/plain-text.test.ts).
const separator = 'ftsep7q3xk9';

/** Remove the Obsidian syntax remark does not know: wikilinks, comments, highlights, tags, footnote marks. */
function stripObsidian(text: string): string {
  return text
    .replace(/%%[\s\S]*?%%/g, ' ')
    .replace(/!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target: string, alias?: string) => alias ?? target)
    .replace(/==([^=\n]+)==/g, '$1')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/(^|\s)#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*/gu, '$1');
}

/**
 * Turn pieces of inline Markdown into plain text, with one remark parse for
 * all of those that hold Markdown (emphasis, links and code lose their marks;
 * HTML is dropped); plain prose is left as it is.
 */
export function toPlainTexts(sources: readonly string[]): string[] {
  const stripped = sources.map((s) => stripObsidian(s));
  // Most commitments are plain prose: only pieces with Markdown's inline marks go through remark.
  const needsRemark = stripped.map((s) => /[*_`[\]<>&!\\~]|^\s*(?:[#>|]|\d+[.)]\s|[-+]\s)/m.test(s));
  const parsed = parseAll(stripped.filter((_s, i) => needsRemark[i]));
  let next = 0;
  return stripped.map((s, i) => (needsRemark[i] ? (parsed[next++] ?? '') : s)).map((s) => s.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim());
}

function parseAll(sources: readonly string[]): string[] {
  if (sources.length === 0) return [];
  const doc = sources.join(`\n\n${separator}\n\n`);
  const tree = fromMarkdown(doc);
  const out: string[] = [];
  let current: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph' && toString(node) === separator) {
      out.push(current.join('\n'));
      current = [];
      continue;
    }
    if (node.type === 'html' || node.type === 'yaml') continue;
    current.push(toString(node, { includeHtml: false }));
  }
  out.push(current.join('\n'));
  return out;
}
