// Stands in for core/markdown/emphasis.ts in the plugin bundle (esbuild.config.mjs). That module reads a line of
// words with `*` pairs without micromark, only to be quicker; micromark reads the same line to the same words
// (test/markdown/plain-text.test.ts holds both to remark). The plugin reads a few notes at a time, so it lets
// micromark read every marked piece and spends the bytes on the reader's words instead.

/** Never a quick reading: every marked piece goes to micromark. */
export function emphasisText(_text: string): string | undefined {
  return undefined;
}
