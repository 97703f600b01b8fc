// An editor reads its note again on every keystroke, with a ReadingCache that
// keeps the readings of the words it read last: a note read with the cache
// reads exactly as it reads without, keystroke after keystroke, and what one
// reading's caller does to it never reaches another's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadingCache, parseNote, readingOf } from '../../core/index.js';
import { listHeavyNote } from '../../bench/vault.js';
import { sharedData } from '../support/shared.js';
import { parseYaml } from '../support/yaml.js';

const options = { parseYaml };

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('a ReadingCache', () => {
  it('should read a note as it reads without one, edit after edit', () => {
    const lines = listHeavyNote(3).split('\n');
    const readings = new ReadingCache(50);
    const rnd = lcg(11);
    const endings = ['x', ' every week', '. If it rains, then I will walk inside.', ' when I get home', ''];
    for (let k = 0; k < 120; k++) {
      const at = Math.floor(rnd() * lines.length);
      lines[at] = `${lines[at] ?? ''}${endings[k % endings.length] ?? ''}`;
      const text = lines.join('\n');
      expect(readingOf(parseNote(text, { ...options, readings }))).toEqual(readingOf(parseNote(text, options)));
    }
  });

  it('should give each caller its own copy', () => {
    const text = '## Commitments\n\n- When I get home, I will go for a run. If it rains, then I will go to the gym.\n';
    const readings = new ReadingCache();
    const first = parseNote(text, { ...options, readings });
    const c = first.commitments[0];
    if (!c) throw new Error('no commitment');
    c.coping.push({ obstacle: 'changed', response: 'by a caller' });
    if (c.cadence) c.cadence.count = 99;
    expect(readingOf(parseNote(text, { ...options, readings }))).toEqual(readingOf(parseNote(text, options)));
  });

  it('should read every real plan as it reads without one, also when it is read again', () => {
    const dir = sharedData('commitment-corpus');
    if (!dir) return;
    const plans = ['dev.jsonl', 'real-plans.jsonl'].flatMap((file) =>
      readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    const readings = new ReadingCache(20); // smaller than the notes below: readings go and come back
    for (let i = 0; i < plans.length; i += 5) {
      const items = plans.slice(i, i + 5).map((p) => `- ${p.replace(/\n/g, ' ')}`);
      const text = `## Commitments\n\n${items.join('\n')}\n${items.slice(0, 2).join('\n')}\n`;
      expect(readingOf(parseNote(text, { ...options, readings }))).toEqual(readingOf(parseNote(text, options)));
    }
  });
});
