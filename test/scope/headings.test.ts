// Where commitments are found: the headings coaches use, headings that say a
// plan was dropped or finished, and a list so long it is a log.

import { describe, expect, it } from 'vitest';
import { maxHeadingItems } from '../../core/note.js';
import { read } from '../support/tracking.js';

const plan = "- When I pour my morning coffee, I'll write three lines in my journal.";

describe('headings coaches use', () => {
  it.each(['## Homework', '### Next steps', '## Accountability', '## Agreements', '## Experiments'])('should read the items under "%s"', (heading) => {
    const note = read(`# Session\n\n${heading}\n\n${plan}\n`);
    expect(note.commitments).toHaveLength(1);
  });

  it('should keep the gentle homework note for a "Homework" heading, once', () => {
    const note = read(`# Session\n\n### Homework\n\n${plan}\n- After lunch I'll walk for ten minutes.\n`);
    const codes = note.commitments.map((c) => c.findings.filter((f) => f.code === 'homework-language').length);
    expect(codes).toEqual([1, 0]);
  });

  it.each([
    '## Old commitments I dropped',
    '## Dropped commitments',
    '## Commitments (done)',
    '## Completed commitments',
    '## Archive',
    '## Finished experiments',
  ])('should not track what sits under "%s"', (heading) => {
    const note = read(`# Session\n\n${heading}\n\n${plan}\n`);
    expect(note.commitments).toHaveLength(0);
  });

  it('should not track a commitments heading nested under an archive', () => {
    const note = read(`# Session\n\n## Archive\n\n### Commitments\n\n${plan}\n\n## Commitments\n\n- After dinner I'll tidy the desk.\n`);
    expect(note.commitments.map((c) => c.intention)).toEqual(["tidy the desk"]);
  });

  it('should still read a heading that plans to get things done', () => {
    const note = read(`# Session\n\n## Action items to get done\n\n${plan}\n`);
    expect(note.commitments).toHaveLength(1);
  });
});

describe('a list so long it is a log', () => {
  it('should read only the first items of a 50,000-item list, with one diagnostic giving the count', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => `- ran ${i % 10} km on day ${i}`);
    const note = read(`# Running log\n\n## Commitments\n\n${items.join('\n')}\n`);
    expect(note.commitments).toHaveLength(maxHeadingItems);
    const diagnostics = note.diagnostics.filter((d) => d.code === 'too-many-items');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('50000');
    expect(diagnostics[0]?.line).toBe(5 + maxHeadingItems);
  });

  it('should read a list of a few dozen items whole, with no diagnostic', () => {
    const items = Array.from({ length: maxHeadingItems }, (_, i) => `- After lunch on day ${i} I'll walk.`);
    const note = read(`# Plans\n\n## Commitments\n\n${items.join('\n')}\n`);
    expect(note.commitments).toHaveLength(maxHeadingItems);
    expect(note.diagnostics.filter((d) => d.code === 'too-many-items')).toHaveLength(0);
  });
});
