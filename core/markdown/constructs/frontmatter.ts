// Frontmatter: a note that opens with `---` (after any byte-order mark) holds YAML up to a `---` or `...` line.

import type { Line } from '../lines.js';
import type { ScannedNote, ScannedSection } from '../scanned.js';

/** The note's frontmatter, if it has a closed one (recorded in `sections` as `yaml`), and the first line after it. */
export function readFrontmatter(lines: Line[], sections: ScannedSection[]): { frontmatter: ScannedNote['frontmatter']; first: number } {
  const firstText = lines[0]?.text ?? '';
  if (!/^---[ \t]*$/.test(firstText.replace(/^\uFEFF/, ''))) return { frontmatter: undefined, first: 0 };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i]?.text ?? '')) {
      close = i;
      break;
    }
  }
  if (close < 0) return { frontmatter: undefined, first: 0 };
  const source = lines
    .slice(1, close)
    .map((l) => l.text)
    .join('\n');
  sections.push({ type: 'yaml', startLine: 0, endLine: close });
  return { frontmatter: { startLine: 0, endLine: close, source, closed: true }, first: close + 1 };
}
