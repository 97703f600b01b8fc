// The research behind each finding is written once in core/findings/research.ts; the README's table says it
// again, shorter. Both name every finding, with the same sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { research } from '../../core/findings/research.js';
import { wording } from '../../core/findings/wording.js';

const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

describe('the research behind each finding', () => {
  it('should be written for every finding there is', () => {
    expect(Object.keys(research).sort()).toEqual(Object.keys(wording).sort());
  });

  it.each(Object.entries(research))('should name the same sources for %s in the README', (code, why) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
    expect(row, `a README row for ${code}`).toBeDefined();
    const sources = /\(([^()]*\d{4}[^()]*|the accountability article)\)\.?$/.exec(why)?.[1];
    if (sources) expect(row).toContain(`(${sources})`);
  });
});
