// Obsidian's comments (`%% … %%`): a comment is open after a line with an odd number of `%%`, outside inline code.

import { countOf, withoutCodeSpans } from '../lines.js';

/** Whether a line of text leaves a `%%` comment open: an odd number of `%%` on it, outside inline code. */
export function opensComment(line: string): boolean {
  return line.includes('%%') && countOf(withoutCodeSpans(line), '%%') % 2 === 1;
}
