import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
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
 * all of them (emphasis, links and code lose their marks; HTML is dropped).
 */
export function toPlainTexts(sources: readonly string[]): string[] {
  if (sources.length === 0) return [];
  const doc = sources.map((s) => stripObsidian(s)).join(`\n\n${separator}\n\n`);
  const tree = processor.parse(doc);
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
  return out.map((s) => s.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim());
}
