// Small helpers for tracking tests: build a note, run `track` on it for a day,
// tick its items the way a client would, and read the tracking back.

import { parse as parseYaml } from 'yaml';
import { type ReadNote, type TrackOptions, type Tracking, applyEdits, parseNote, planTrack, readTracking } from '../../core/index.js';

/** Options every test passes: the CLI's YAML parser. */
export const parseOptions = { parseYaml: (source: string) => parseYaml(source, { uniqueKeys: false }) as unknown };

/** A session note: frontmatter lines (without the fences), then a "## Commitments" list. */
export function sessionNote(frontmatter: readonly string[], commitments: readonly string[]): string {
  const head = frontmatter.length > 0 ? `---\n${frontmatter.join('\n')}\n---\n\n` : '';
  return `${head}# Session\n\n## Commitments\n\n${commitments.join('\n')}\n\n## Notes\n\nSomething the coach wrote.\n`;
}

/** Read a note with the test parse options. */
export function read(text: string): ReadNote {
  return parseNote(text, parseOptions);
}

/** Run `track` on a note for `today` and return the new text. */
export function track(text: string, today: string, options: Partial<TrackOptions> = {}): string {
  const plan = planTrack(text, { ...parseOptions, ...options, today });
  return applyEdits(text, plan.edits);
}

/** Run `track` on a note for each day in turn. */
export function trackDays(text: string, days: readonly string[], options: Partial<TrackOptions> = {}): string {
  return days.reduce((t, day) => track(t, day, options), text);
}

/** The tracking of every commitment in a note, in the order they appear. */
export function trackingOf(text: string, today: string, options: Partial<TrackOptions> = {}): Tracking[] {
  const note = parseNote(text, { ...parseOptions, ...options });
  const map = readTracking(note, { ...parseOptions, ...options, today });
  return note.commitments.map((c) => map.get(c.id) ?? { periods: [], pattern: null });
}

/** The lines of a note that hold a checklist item of the period starting on `compactStart` ("20261123"). */
export function itemLines(text: string, compactStart: string): string[] {
  return text.split('\n').filter((line) => new RegExp(`^\\s*- \\[.\\] .*\\^ft-[a-z0-9]+-${compactStart}-\\d+\\s*$`).test(line));
}

/**
 * Set the box of checklist items as a client would: `marks[k]` is the
 * character written into the k-th item (in note order) of the period starting
 * `compactStart`; undefined leaves it alone.
 */
export function mark(text: string, compactStart: string, marks: ReadonlyArray<string | undefined>, commitmentIndex = 0): string {
  const ids = read(text).commitments.map((c) => c.id);
  const id = ids[commitmentIndex];
  let k = 0;
  return text
    .split('\n')
    .map((line) => {
      if (!id || !line.includes(`^${id}-${compactStart}-`) || !/^\s*- \[.\]/.test(line)) return line;
      const m = marks[k++];
      return m === undefined ? line : line.replace(/\[.\]/, `[${m}]`);
    })
    .join('\n');
}

/** The prompt callouts in a note, each as its lines joined by "\n". */
export function prompts(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*> \[!question\]/.test(lines[i] ?? '')) continue;
    const block: string[] = [];
    while (i < lines.length && /^\s*>/.test(lines[i] ?? '')) block.push(lines[i++] ?? '');
    out.push(block.join('\n'));
  }
  return out;
}
