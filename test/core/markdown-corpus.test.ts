import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseNote, splitLines } from '../../core/index.js';
import { markdownFiles, sharedData } from '../support/shared.js';

const dir = sharedData('markdown-corpus');
const notes = (dir ? markdownFiles(dir) : []).map((file) => ({ name: path.relative(dir ?? '', file), text: readFileSync(file, 'utf8') }));

describe.skipIf(!dir)('parseNote on the shared markdown corpus (real notes, none with commitments)', () => {
  it('should have the notes to read', () => {
    expect(notes.length).toBeGreaterThan(100);
  });

  it('should find no commitments and report nothing in any note, and never throw', () => {
    const reported: string[] = [];
    for (const { name, text } of notes) {
      let note;
      try {
        note = parseNote(text, { parseYaml });
      } catch (error) {
        reported.push(`${name}: threw ${String(error)}`);
        continue;
      }
      for (const c of note.commitments) reported.push(`${name}:${c.line} commitment "${c.text}"`);
      for (const d of note.diagnostics) reported.push(`${name}:${d.line} ${d.code}`);
    }
    expect(reported).toEqual([]);
  });

  it('should still find a commitment added at the end of each note, on its line', () => {
    // The control for the test above: the parser does read these notes, it just finds nothing to report in them.
    const missed: string[] = [];
    for (const { name, text } of notes) {
      // A note that ends inside an open fence, comment or math block would swallow the addition; CommonMark agrees.
      const added = `${text}\n\n## Commitments\n\n- When I pour my first coffee, I'll write for ten minutes. If I oversleep, then I'll write at lunch.\n`;
      const expected = splitLines(added).length - 1;
      const note = parseNote(added, { parseYaml });
      const lines = note.commitments.map((c) => c.line);
      if (lines.length !== 1 || lines[0] !== expected) missed.push(`${name}: found on ${JSON.stringify(lines)}, expected [${expected}]`);
    }
    expect(missed).toEqual([]);
  });
});
