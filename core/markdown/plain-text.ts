import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse, postprocess, preprocess } from 'micromark';
import type { Event } from 'micromark-util-types';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { emphasisText } from './emphasis.js';

// remark-parse's parser reads with micromark and builds a tree; the plain text of a commitment's words is read
// here straight from micromark's events, as mdast-util-to-string would read that tree (emphasis, links and code
// lose their marks, a link keeps its words, an image its alt text, HTML is dropped). Building the tree cost the
// plugin 11 KB for nothing more. test/markdown/plain-text.test.ts holds this to unified().use(remarkParse) with
// mdast-util-to-string, on random inline Markdown and on every real plan. No remark-frontmatter: the line scan
// reads frontmatter exactly as Obsidian does, and only a commitment's own words come here, never a note's top.

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
 * Turn pieces of inline Markdown into plain text, with micromark for
 * all of those that hold Markdown (emphasis, links and code lose their marks;
 * HTML is dropped); plain prose is left as it is.
 */
export function toPlainTexts(sources: readonly string[]): string[] {
  const stripped = sources.map((s) => stripObsidian(s));
  // Most commitments are plain prose: only pieces with Markdown's marks are parsed, but for a line of words with
  // `*` pairs around words, read without the parser exactly as the parser reads it.
  const read = stripped.map((s) => (/[*_`[\]<>&!\\~]|^\s*(?:[#>|]|\d+[.)]\s|[-+]\s)|^ {0,3}(?:=+|-+)[ \t]*$/m.test(s) ? emphasisText(s) : s));
  const parsed = parseAll(stripped.filter((_s, i) => read[i] === undefined));
  let next = 0;
  return read.map((s) => (s ?? parsed[next++] ?? '').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim());
}

/**
 * Each piece read on its own: joined into one document, a piece that leaves a fence or an HTML block open would
 * swallow the pieces after it (a test shows it).
 */
function parseAll(sources: readonly string[]): string[] {
  return sources.map((source) =>
    topLevelTexts(eventsOf(source))
      .filter((node) => node.type !== 'htmlFlow')
      .map((node) => node.text)
      .join('\n'),
  );
}

/**
 * One parser for every piece: building one combines micromark's constructs, which cost more than reading a
 * short piece. What a parser keeps of a document (the definitions it found, which lines were lazy) is made
 * afresh for each piece, so each is read exactly as by a parser of its own.
 */
let parser: ReturnType<typeof parse> | undefined;

/**
 * The blocks micromark would look for in a piece, turned off: a piece is the lines of an item's paragraphs (the
 * scan passes code, headings, HTML and quotes inside an item over, see core/markdown/item-text.ts), so it is read
 * as a paragraph's inline Markdown, by construction. ("2. …" or "===" where two paragraphs join, a line whose quote
 * marks were taken off, stay words.) The plugin's build leaves these constructs' code out (esbuild.config.mjs).
 * Indented code stays on: micromark asks about it inside the constructs that remain (esbuild.config.mjs says so too).
 */
export const blocksOff = ['list', 'blockQuote', 'headingAtx', 'thematicBreak', 'setextUnderline', 'htmlFlow', 'codeFenced'];

/** micromark's events for a piece, as remark-parse asks for them (its tokenizer is fed the whole piece at once). */
function eventsOf(source: string): Event[] {
  parser ??= parse({ extensions: [{ disable: { null: blocksOff } }] });
  parser.defined = [];
  parser.lazy = {};
  const tokenizer = parser.document();
  const feed = tokenizer.write.bind(tokenizer); // a micromark tokenizer's method, not the DOM's document.write
  return postprocess(feed(preprocess()(source, undefined, true)));
}

/** Tokens whose words are not the text: where a link points, its title, a reference's label, HTML, a code fence's info. */
const hidden = new Set(['resource', 'reference', 'definition', 'htmlText', 'htmlFlow', 'codeFencedFence']);
/** Tokens that are text as written. */
const literal = new Set(['data', 'codeTextData', 'codeFlowValue', 'characterEscapeValue', 'autolinkProtocol', 'autolinkEmail']);
/** Containers whose line endings come between their blocks: the blocks' texts run on with nothing between (as in the tree). */
const between = new Set(['listUnordered', 'listOrdered', 'blockQuote', 'content', 'setextHeading', 'atxHeading']);
/** Blocks at the top of the document whose lines are one text. */
const skipAtTop = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'whitespace']);

/** The plain text of each block at the top of the document, in order, as mdast-util-to-string reads its node. */
function topLevelTexts(events: readonly Event[]): Array<{ type: string; text: string }> {
  const out: Array<{ type: string; text: string }> = [];
  let depth = 0;
  let node: { type: string; parts: string[] } | undefined;
  const open: string[] = [];
  let hiddenDepth = 0;
  let afterBreak = false;
  let inCode: string | undefined;
  let nodeDepth = 0;
  /** The base of the character reference being read: 10 or 16 when numeric, 0 when named. */
  let referenceBase = 0;
  for (const [kind, token, context] of events) {
    const type = token.type as string;
    if (kind === 'enter') {
      // A node of the tree's top: a block, or each paragraph and definition in a top-level content chunk.
      if (depth === 0 || (depth === 1 && open[0] === 'content')) {
        node = skipAtTop.has(type) || type === 'content' ? undefined : { type, parts: [] };
        nodeDepth = depth;
        inCode = type === 'codeFenced' || type === 'codeIndented' ? type : undefined;
      }
      depth++;
      open.push(type);
      if (hidden.has(type)) hiddenDepth++;
      if (!node || hiddenDepth > 0) continue;
      if (type === 'characterReferenceMarkerNumeric') referenceBase = 10;
      if (type === 'characterReferenceMarkerHexadecimal') referenceBase = 16;
      if (literal.has(type)) {
        node.parts.push(context.sliceSerialize(token));
        afterBreak = false;
      } else if (type === 'characterReferenceValue') {
        const value = context.sliceSerialize(token);
        node.parts.push(referenceBase === 0 ? decodeNamedCharacterReference(value) || `&${value};` : decodeNumericCharacterReference(value, referenceBase));
        referenceBase = 0;
        afterBreak = false;
      } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
        afterBreak = true;
      } else if (type === 'lineEnding' && depth > 1 && !between.has(open[open.length - 2] ?? '')) {
        // A line ending after a hard break is the break's; in text and code (inline code too, as the tree keeps it) a new line.
        if (!afterBreak) node.parts.push('\n');
        afterBreak = false;
      }
      continue;
    }
    if (hidden.has(type)) hiddenDepth--;
    open.pop();
    depth--;
    if (depth === nodeDepth && node) {
      let text = node.parts.join('');
      // A fenced block's value is its lines between the fences: the line endings next to them are the fences'.
      if (inCode === 'codeFenced') text = text.replace(/^\n/, '').replace(/\n$/, '');
      if (inCode === 'codeIndented') text = text.replace(/\n+$/, '');
      out.push({ type: node.type, text });
      node = undefined;
    }
  }
  return out;
}
